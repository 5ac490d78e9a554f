import { registerEnumType } from '@nestjs/graphql';
import { COUNTER_STATUSES, CounterStatus } from '../counters/counter-status';
import { PRIORITY_GROUPS, PriorityGroup, Stage, STAGES, TICKET_STATUSES, TicketStatus } from '@antrian/contracts';

function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

export const StageEnum = enumObject<Stage>(STAGES);
export const TicketStatusEnum = enumObject<TicketStatus>(TICKET_STATUSES);
/** The same enum as scheduling's: composition merges the two. */
export const PriorityGroupEnum = enumObject<PriorityGroup>(PRIORITY_GROUPS);
export const CounterStatusEnum = enumObject<CounterStatus>(COUNTER_STATUSES);

registerEnumType(StageEnum, { name: 'Stage' });
registerEnumType(TicketStatusEnum, { name: 'TicketStatus' });
registerEnumType(PriorityGroupEnum, { name: 'PriorityGroup' });
registerEnumType(CounterStatusEnum, { name: 'CounterStatus' });

import { registerEnumType } from '@nestjs/graphql';
import {
  BOOKING_STATUSES,
  BookingStatus,
  PRIORITY_GROUPS,
  PriorityGroup,
  SERVICE_KINDS,
  ServiceKind,
} from '@antrian/contracts';

function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

export const ServiceKindEnum = enumObject<ServiceKind>(SERVICE_KINDS);
export const PriorityGroupEnum = enumObject<PriorityGroup>(PRIORITY_GROUPS);
export const BookingStatusEnum = enumObject<BookingStatus>(BOOKING_STATUSES);

registerEnumType(ServiceKindEnum, { name: 'ServiceKind' });
registerEnumType(PriorityGroupEnum, { name: 'PriorityGroup' });
registerEnumType(BookingStatusEnum, { name: 'BookingStatus' });

import { DeadLetterEventEntity } from './dead-letter-event.entity';
import { InboxEventEntity } from './inbox-event.entity';
import { CreateOutboxAndInbox1764200000000 } from './migrations/1764200000000-create-outbox-and-inbox';
import { CreateDeadLetterEvent1766000000000 } from './migrations/1766000000000-create-dead-letter-event';
import { OutboxTraceContext1766700000000 } from './migrations/1766700000000-outbox-trace-context';
import { OutboxEventEntity } from './outbox-event.entity';

/** Each service adds these to its own data source: every service database has its outbox, inbox and dead letters. */
export const MESSAGING_ENTITIES = [OutboxEventEntity, InboxEventEntity, DeadLetterEventEntity];
export const MESSAGING_MIGRATIONS = [
  CreateOutboxAndInbox1764200000000,
  CreateDeadLetterEvent1766000000000,
  OutboxTraceContext1766700000000,
];

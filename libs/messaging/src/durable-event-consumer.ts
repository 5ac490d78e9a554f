import { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventEnvelope } from '@antrian/contracts';
import { Logger } from '@antrian/logging';
import { counterMetric } from '@antrian/observability';
import { DeadLetterReason } from './dead-letter-event.entity';
import { Delivery, EventBus, UnreadableMessage, Unsubscribe } from './event-bus.port';
import { errorText, isDeterministicFailure } from './failure-kind';
import { InboxService } from './inbox.service';
import { loadMessagingSettings } from './messaging-settings';

/** What one event changes, in the transaction that also records it in the inbox. */
export type EventChange = (manager: EntityManager) => Promise<void>;

const FIRST_DELIVERY: Delivery = { attempt: 1, lastAttempt: false };
/** How much of an unreadable message the dead-letter row keeps. */
const MAX_UNREADABLE_LENGTH = 10_000;

/**
 * What the dead-letter row keeps of an unreadable message for the operator to see, up to a size.
 * jsonb refuses the NUL character and a lone surrogate, which the cut may leave (half of an emoji):
 * the insert would fail on every delivery.
 */
function keptForTheOperator(data: string): string {
  let kept = data.slice(0, MAX_UNREADABLE_LENGTH);
  const last = kept.charCodeAt(kept.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) kept = kept.slice(0, -1);
  return kept.replaceAll('\u0000', '\uFFFD');
}

/**
 * A durable consumer that lives as long as its Nest application: it joins its consumer group once
 * the application is up and leaves it at shutdown, so no event is taken by a half-stopped service.
 * Every event it understands is applied exactly once, through the inbox under its durable name.
 *
 * Nothing is acknowledged and lost: an event that fails deterministically (a malformed id, a
 * `PermanentEventError`, a payload that is not JSON) or on its last delivery goes to the
 * dead-letter table at once, logged once, for `npm run events:replay-dead-letters`; one of a
 * version this consumer does not know is parked there too, and tried again when the (upgraded)
 * consumer starts.
 */
export abstract class DurableEventConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private unsubscribe?: Unsubscribe;
  private replayTimer?: NodeJS.Timeout;
  private readonly handled = counterMetric(
    'antrian_consumer_events_total',
    'Events a durable consumer handled: applied, duplicate (seen before), parked (unknown version), ' +
      'failed (to be redelivered) or dead_lettered',
    ['durable', 'outcome'],
  );
  private replaying?: Promise<number>;

  protected constructor(
    private readonly bus: EventBus,
    private readonly inbox: InboxService,
    protected readonly logger: Logger,
    private readonly durable: string,
    private readonly subjects: readonly string[],
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Events parked for a version this consumer did not know: it may know it now (an upgrade).
    await this.replayDeadLetters(true).catch((error: unknown) =>
      this.logger.warn({ err: error, durable: this.durable }, 'could not replay parked events'),
    );
    this.unsubscribe = await this.bus.consume({
      durable: this.durable,
      subjects: [...this.subjects],
      handler: async (envelope, delivery) => void (await this.handle(envelope, delivery)),
      onUnreadable: (message) => this.handleUnreadable(message),
    });
    const pollMs = loadMessagingSettings().deadLetterPollMs;
    this.replayTimer = setInterval(() => {
      this.replayDeadLetters(false).catch((error: unknown) =>
        this.logger.warn({ err: error, durable: this.durable }, 'could not replay dead letters'),
      );
    }, pollMs);
    this.replayTimer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.replayTimer);
    await this.unsubscribe?.();
    await this.replaying?.catch(() => undefined);
  }

  /**
   * Handles one delivery; returns whether it was applied now (false: handled before, parked, or
   * dead-lettered). Throwing (a transient failure before the last delivery) makes the bus deliver
   * it again later.
   */
  async handle(envelope: EventEnvelope, delivery: Delivery = FIRST_DELIVERY): Promise<boolean> {
    const change = this.changeFor(envelope);
    if (!change) {
      await this.deadLetter(envelope, 'unknown_version', `version ${envelope.version} is unknown to this consumer`, 1);
      this.handled.inc({ durable: this.durable, outcome: 'parked' });
      return false;
    }
    try {
      const applied = await this.inbox.handleOnce(this.durable, envelope, change);
      this.handled.inc({ durable: this.durable, outcome: applied ? 'applied' : 'duplicate' });
      return applied;
    } catch (error) {
      if (!isDeterministicFailure(error) && !delivery.lastAttempt) {
        this.handled.inc({ durable: this.durable, outcome: 'failed' });
        throw error;
      }
      await this.deadLetter(envelope, 'failed', errorText(error), delivery.attempt);
      this.handled.inc({ durable: this.durable, outcome: 'dead_lettered' });
      return false;
    }
  }

  /**
   * A message that is no event at all (not JSON) fails the same way on every delivery: it is
   * dead-lettered at once, as the bus read it, under a stand-in envelope of version 0 (which no
   * consumer knows, so a replay leaves it where it is).
   */
  async handleUnreadable(message: UnreadableMessage): Promise<void> {
    const standIn: EventEnvelope = {
      id: message.id,
      subject: message.subject,
      version: 0,
      occurredAt: new Date().toISOString(),
      payload: { unreadable: keptForTheOperator(message.data) },
    };
    await this.deadLetter(standIn, 'failed', message.error, message.attempt);
    this.handled.inc({ durable: this.durable, outcome: 'dead_lettered' });
  }

  /**
   * Applies the dead letters of this consumer an operator asked to replay (and, with
   * `withParked`, parked events whose version it now knows). Returns how many were applied.
   */
  replayDeadLetters(withParked = false): Promise<number> {
    const run = async () => {
      let applied = 0;
      for (const letter of await this.inbox.deadLetters.dueForReplay(this.durable, withParked)) {
        const change = this.changeFor(letter.envelope);
        if (!change) {
          if (letter.reason !== 'unknown_version' || withParked === false) {
            // Version 0 is the stand-in of an unreadable message: its error (not JSON...) stays.
            const version = letter.envelope.version;
            await this.inbox.deadLetters.failedAgain(
              letter.id,
              version === 0 ? undefined : `version ${version} is still unknown`,
            );
          }
          continue;
        }
        try {
          await this.inbox.handleOnce(this.durable, letter.envelope, change);
          await this.inbox.deadLetters.resolve(letter.id);
          applied++;
        } catch (error) {
          await this.inbox.deadLetters.failedAgain(letter.id, errorText(error));
          this.logger.error(
            {
              durable: this.durable,
              eventId: letter.envelope.id,
              subject: letter.envelope.subject,
              error: errorText(error),
            },
            'a replayed dead letter failed again',
          );
        }
      }
      if (applied > 0) this.logger.info({ durable: this.durable, applied }, 'dead letters replayed');
      return applied;
    };
    const previous = this.replaying ?? Promise.resolve(0);
    const next = previous.catch(() => 0).then(run);
    this.replaying = next;
    return next;
  }

  private async deadLetter(envelope: EventEnvelope, reason: DeadLetterReason, error: string, attempts: number) {
    const first = await this.inbox.deadLetters.record(this.durable, envelope, reason, error, attempts);
    if (!first) return;
    const context = {
      durable: this.durable,
      eventId: envelope.id,
      subject: envelope.subject,
      version: envelope.version,
    };
    if (reason === 'unknown_version') {
      this.logger.warn(context, 'parked an event of unknown version; it is applied once this consumer knows it');
    } else {
      this.logger.error(
        { ...context, attempts, error },
        'event dead-lettered; replay it with npm run events:replay-dead-letters',
      );
    }
  }

  /** What the event changes; null for an event (or version) this consumer does not understand. */
  protected abstract changeFor(envelope: EventEnvelope): EventChange | null;
}

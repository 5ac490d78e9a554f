import { Inject, Injectable } from '@nestjs/common';
import {
  ApplicantRegistered,
  EventEnvelope,
  FamilyMemberAdded,
  FamilyMemberUpdated,
  isEvent,
  PersonFacts,
} from '@antrian/contracts';
import { Logger } from '@antrian/logging';
import { DurableEventConsumer, EventChange, EVENT_BUS, EventBus, InboxService } from '@antrian/messaging';
import { SCHEDULING_LOGGER } from '../config/scheduling.config';
import { PersonFactsRepository } from '../person-facts/person-facts.repository';

export const PERSON_FACTS_CONSUMER = 'scheduling-identity-person-facts';

/**
 * Keeps each applicant's and family member's birth date and sex as identity announces them, for
 * the priority-group rule. A durable consumer of its own, so that it reads identity's stream from
 * its start and learns the people registered before it existed. Events written before identity
 * carried these facts change nothing: their bookings' claims are accepted and checked at reception.
 */
@Injectable()
export class PersonFactsConsumer extends DurableEventConsumer {
  constructor(
    @Inject(EVENT_BUS) bus: EventBus,
    @Inject(SCHEDULING_LOGGER) logger: Logger,
    inbox: InboxService,
    private readonly facts: PersonFactsRepository,
  ) {
    super(bus, inbox, logger, PERSON_FACTS_CONSUMER, [
      ApplicantRegistered.subject,
      FamilyMemberAdded.subject,
      FamilyMemberUpdated.subject,
    ]);
  }

  protected changeFor(envelope: EventEnvelope): EventChange | null {
    let personId: string;
    let facts: Partial<PersonFacts>;
    if (isEvent(envelope, ApplicantRegistered)) [personId, facts] = [envelope.payload.applicantId, envelope.payload];
    else if (isEvent(envelope, FamilyMemberAdded))
      [personId, facts] = [envelope.payload.familyMemberId, envelope.payload];
    else if (isEvent(envelope, FamilyMemberUpdated))
      [personId, facts] = [envelope.payload.familyMemberId, envelope.payload];
    else return null;
    const known = completeFacts(facts);
    return async (manager) => {
      if (known) await this.facts.record(manager, personId, known, new Date(envelope.occurredAt));
    };
  }
}

function completeFacts(facts: Partial<PersonFacts>): PersonFacts | null {
  const { birthDate, sex } = facts;
  if (typeof birthDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) return null;
  if (sex !== 'F' && sex !== 'M') return null;
  return { birthDate, sex };
}

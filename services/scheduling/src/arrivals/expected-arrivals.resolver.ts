import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { actsForOffice, Identity } from '@antrian/auth';
import { message } from '@antrian/messages';
import { CurrentIdentity, DateScalar, DomainError, requireIdentity } from '@antrian/subgraph';
import { BookingRepository } from '../bookings/booking.repository';
import { SessionRepository } from '../sessions/session.repository';
import { SessionArrivalsModel } from './session-arrivals.model';

@Resolver(() => SessionArrivalsModel)
export class ExpectedArrivalsResolver {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly bookings: BookingRepository,
  ) {}

  /** Two queries whatever the size of the day: its sessions, then their bookings. */
  @Query(() => [SessionArrivalsModel], {
    description:
      'Officers of the office: each session of the office-local day with its bookings, cancelled sessions included',
  })
  async expectedArrivals(
    @Args('officeId', { type: () => ID }) officeId: string,
    @Args('date', { type: () => DateScalar }) date: string,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<SessionArrivalsModel[]> {
    if (!actsForOffice(requireIdentity(identity), officeId)) {
      throw new DomainError('FORBIDDEN', message('arrivals.forbidden'));
    }
    const sessions = await this.sessions.onDate(officeId, date);
    const bySession = await this.bookings.findExpectedBySessions(sessions.map((session) => session.id));
    return sessions.map((session) => ({ session, bookings: bySession.get(session.id) ?? [] }));
  }
}

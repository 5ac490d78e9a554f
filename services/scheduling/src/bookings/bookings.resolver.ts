import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { message } from '@antrian/messages';
import { Identity } from '@antrian/auth';
import { CurrentIdentity, DomainError, RequestContext, requestLoader } from '@antrian/subgraph';
import { OfficeEntity } from '../offices/office.entity';
import { OfficeModel } from '../offices/office.model';
import { OfficesService } from '../offices/offices.service';
import { SessionEntity } from '../sessions/session.entity';
import { SessionModel } from '../sessions/session.model';
import { SessionRepository } from '../sessions/session.repository';
import { BookSessionInput } from './book-session.input';
import { BookingEntity } from './booking.entity';
import { ApplicantReference, BookingModel, FamilyMemberReference } from './booking.model';
import { BookingsService } from './bookings.service';
import { RescheduleService } from './reschedule.service';
import { qrSvg } from './qr-svg';

@Resolver(() => BookingModel)
export class BookingsResolver {
  constructor(
    private readonly bookings: BookingsService,
    private readonly rescheduling: RescheduleService,
    private readonly offices: OfficesService,
    private readonly sessions: SessionRepository,
  ) {}

  @Mutation(() => BookingModel)
  bookSession(
    @Args('input') input: BookSessionInput,
    @CurrentIdentity() identity: Identity | null,
    @Context() context: RequestContext,
  ): Promise<BookingEntity> {
    return this.bookings.book(identity, input, context.clientAddress);
  }

  @Mutation(() => BookingModel)
  cancelBooking(
    @Args('id', { type: () => ID }) id: string,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<BookingEntity> {
    return this.bookings.cancel(identity, id);
  }

  @Mutation(() => BookingModel)
  rescheduleBooking(
    @Args('id', { type: () => ID }) id: string,
    @Args('sessionId', { type: () => ID }) sessionId: string,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<BookingEntity> {
    return this.rescheduling.reschedule(identity, id, sessionId);
  }

  @Query(() => [BookingModel])
  myBookings(@CurrentIdentity() identity: Identity | null): Promise<BookingEntity[]> {
    return this.bookings.myBookings(identity);
  }

  @Query(() => BookingModel, {
    nullable: true,
    description: 'Its owner, or an officer of its office; NOT_FOUND for anyone else, as for an unknown code',
  })
  booking(@Args('code') code: string, @CurrentIdentity() identity: Identity | null): Promise<BookingEntity> {
    return this.bookings.byCode(identity, code);
  }

  @ResolveField('office', () => OfficeModel)
  office(@Parent() booking: BookingEntity, @Context() context: RequestContext): Promise<OfficeEntity | null> {
    return requestLoader(context, 'office', (ids) => this.offices.findByIds(ids)).load(booking.officeId);
  }

  @ResolveField('session', () => SessionModel)
  session(@Parent() booking: BookingEntity, @Context() context: RequestContext): Promise<SessionEntity | null> {
    return this.sessionOf(booking, context);
  }

  @ResolveField('applicant', () => ApplicantReference, { description: 'The account holder who booked' })
  applicant(@Parent() booking: BookingEntity): ApplicantReference {
    return { id: booking.applicantId };
  }

  @ResolveField('familyMember', () => FamilyMemberReference, {
    nullable: true,
    description: 'The family member this booking is for; null when the applicant booked for herself',
  })
  familyMember(@Parent() booking: BookingEntity): FamilyMemberReference | null {
    return booking.familyMemberId ? { id: booking.familyMemberId } : null;
  }

  @ResolveField('qrToken', () => String, { description: 'Signed token that the QR code carries' })
  async qrToken(@Parent() booking: BookingEntity, @Context() context: RequestContext): Promise<string> {
    return this.bookings.qrToken(booking, (await this.sessionOf(booking, context))!);
  }

  @ResolveField('qrSvg', () => String, { description: 'The QR code as an SVG image' })
  async qrSvg(@Parent() booking: BookingEntity, @Context() context: RequestContext): Promise<string> {
    return qrSvg(await this.bookings.qrToken(booking, (await this.sessionOf(booking, context))!));
  }

  /** Other services (the counter's tickets) reference bookings; the same visibility rule applies. */
  @ResolveReference()
  async resolveReference(reference: { id: string }, context: RequestContext): Promise<BookingEntity | null> {
    if (!context.identity) throw new DomainError('UNAUTHENTICATED', message('scheduling.signInForBookings'));
    const booking = await requestLoader(context, 'booking', (ids) =>
      this.bookings.findVisible(context.identity, ids),
    ).load(reference.id);
    return booking;
  }

  private sessionOf(booking: BookingEntity, context: RequestContext): Promise<SessionEntity | null> {
    return requestLoader(context, 'session', (ids) => this.sessions.findByIds(ids)).load(booking.sessionId);
  }
}

import { Context, Parent, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { RequestContext, requestLoader } from '@antrian/subgraph';
import { BookingEntity } from './booking.entity';
import { ApplicantReference, BookingModel } from './booking.model';
import { BookingsService } from './bookings.service';

@Resolver(() => ApplicantReference)
export class ApplicantBookingsResolver {
  constructor(private readonly bookings: BookingsService) {}

  @ResolveReference()
  resolveReference(reference: { id: string }): ApplicantReference {
    return { id: reference.id };
  }

  @ResolveField('bookings', () => [BookingModel])
  async bookingsOf(
    @Parent() applicant: ApplicantReference,
    @Context() context: RequestContext,
  ): Promise<BookingEntity[]> {
    const loader = requestLoader(context, 'applicant-bookings', (ids) =>
      this.bookings.bookingsOf(context.identity, ids),
    );
    return (await loader.load(applicant.id)) ?? [];
  }
}

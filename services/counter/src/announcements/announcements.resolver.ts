import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Language } from '@antrian/messages';
import { LanguageEnum, RequestContext } from '@antrian/subgraph';
import { CounterCallModel } from '../board/queue-board.model';
import { announcement } from './announcement';

/** `CounterCall.announcement`: what the board shows and says aloud for a call. */
@Resolver(() => CounterCallModel)
export class AnnouncementsResolver {
  @ResolveField('announcement', () => String, {
    description:
      'What the board shows and says aloud, in the request’s language when left out: ' +
      '"Nomor antrian A-017, silakan menuju Loket 2." / "Ticket A-017, please go to Loket 2."',
  })
  announcement(
    @Parent() call: CounterCallModel,
    @Context() context: RequestContext,
    @Args('language', { type: () => LanguageEnum, nullable: true }) language?: Language | null,
  ): string {
    return announcement(
      { ticketNumber: call.ticket.number, counterName: call.counter.name },
      language ?? context.language,
    );
  }
}

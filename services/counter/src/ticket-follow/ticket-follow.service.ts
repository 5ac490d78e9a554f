import { Inject, Injectable } from '@nestjs/common';
import { isFollowCodeShaped } from '@antrian/contracts';
import { AttemptLimiter } from '@antrian/subgraph';
import { CounterRepository } from '../counters/counter.repository';
import { paceKey, TicketRepository } from '../tickets/tickets/ticket.repository';
import { estimateWaitSeconds } from '../tickets/tickets/wait-estimate';
import { TicketFollowModel } from './ticket-follow.model';

/** Follow codes that match nothing, per client address (an AttemptLimiter over `attempt_limit`). */
export const FOLLOW_LOOKUP_MISSES = Symbol('FOLLOW_LOOKUP_MISSES');

/**
 * A printed ticket followed by its code, by anyone who holds the paper: its number, place and
 * where to go, nothing about a person or a booking.
 *
 * A look-up is taken from the client address's allowance before it is made and given back when
 * it finds a ticket (the attempt limiter's pattern): guessing codes soon stops, while a phone that
 * follows its own ticket is never held up, even behind a carrier's shared address. Requests
 * without an address (the gateway's live executions, shared by many sockets) are not counted:
 * the gateway limits subscribes per socket and sockets per address.
 */
@Injectable()
export class TicketFollowService {
  constructor(
    @Inject(FOLLOW_LOOKUP_MISSES) private readonly misses: AttemptLimiter,
    private readonly tickets: TicketRepository,
    private readonly counters: CounterRepository,
  ) {}

  /** Null for a code no ticket carries. */
  async followTicket(code: string, clientAddress: string | null): Promise<TicketFollowModel | null> {
    if (clientAddress) await this.misses.take(clientAddress);
    const ticket = isFollowCodeShaped(code) ? await this.tickets.findByFollowCode(code) : null;
    if (!ticket) return null;
    if (clientAddress) await this.misses.giveBack(clientAddress);
    const atCounter = ticket.status === 'CALLED' || ticket.status === 'SERVING';
    const counter = atCounter && ticket.counterId ? await this.counters.findById(ticket.counterId) : null;
    let position: number | null = null;
    let estimatedWaitSeconds: number | null = null;
    if (ticket.status === 'WAITING') {
      const key = paceKey(ticket.officeId, ticket.stage);
      const [positions, paces] = await Promise.all([this.tickets.positions([ticket.id]), this.tickets.pace([key])]);
      position = positions.get(ticket.id) ?? null;
      const pace = paces.get(key);
      estimatedWaitSeconds =
        position === null
          ? null
          : estimateWaitSeconds(position, pace?.averageServiceSeconds ?? null, pace?.openCounters ?? 0);
    }
    return {
      number: ticket.number,
      status: ticket.status,
      stage: ticket.stage,
      position,
      estimatedWaitSeconds,
      counterName: counter?.name ?? null,
      officeId: ticket.officeId,
    };
  }
}

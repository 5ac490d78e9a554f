import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Identity } from '@antrian/auth';
import { message } from '@antrian/messages';
import { DomainError, requireIdentity } from '@antrian/subgraph';
import { SessionEntity } from '../sessions/session.entity';
import { SessionRepository } from '../sessions/session.repository';
import { BookingCancellationsService } from './booking-cancellations.service';
import { cancelReason, mayCancelSession, sessionCancellation } from './office-cancellation-rules';

/** `cancelSession`: network trouble, a power cut; the office cancels one session with a reason. */
@Injectable()
export class SessionCancellationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionRepository,
    private readonly cancellations: BookingCancellationsService,
  ) {}

  async cancelSession(actor: Identity | null, sessionId: string, reason: string, now = new Date()) {
    const caller = requireIdentity(actor);
    const session = await this.sessions.findById(sessionId);
    // An officer of another office learns nothing about this one's sessions.
    if (!session) throw new DomainError('NOT_FOUND', message('session.notFound'));
    if (!mayCancelSession(caller, session.officeId)) {
      throw new DomainError('FORBIDDEN', message('session.cancelForbidden'));
    }
    const told = cancelReason(reason);
    if (!told) throw new DomainError('BAD_USER_INPUT', message('session.reasonRequired'));
    const verdict = sessionCancellation(session, now);
    if (verdict === 'ALREADY_CANCELLED')
      throw new DomainError('INVALID_TRANSITION', message('session.alreadyCancelled'));
    if (verdict === 'ENDED') throw new DomainError('INVALID_TRANSITION', message('session.ended'));
    const cancelled: SessionEntity | null = await this.dataSource.transaction((manager) =>
      this.cancellations.cancelSession(manager, session.id, told, now),
    );
    // Another supervisor cancelled it a moment earlier.
    if (!cancelled) throw new DomainError('INVALID_TRANSITION', message('session.alreadyCancelled'));
    return cancelled;
  }
}

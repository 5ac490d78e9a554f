import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { message } from '@antrian/messages';
import { Identity } from '@antrian/auth';
import { OfficerCreated } from '@antrian/contracts';
import { Logger } from '@antrian/logging';
import { OutboxService } from '@antrian/messaging';
import { DomainError } from '@antrian/subgraph';
import { isUniqueViolation, lockUntilTransactionEnds } from '@antrian/database';
import { IDENTITY_CONFIG, IdentityConfig } from '../config/identity.config';
import { IDENTITY_LOGGER } from '../identity.tokens';
import { OfficeCopyRepository } from '../offices/office-copy.repository';
import { PasswordHasher } from '../shared/password-hasher.service';
import { CreateOfficerInput } from './create-officer.input';
import { isValidNip } from './nip';
import { OfficerEntity } from './officer.entity';
import { judgeOfficerCreation } from './officer-policy';
import { OfficerRepository } from './officer.repository';

@Injectable()
export class OfficersService {
  constructor(
    private readonly officers: OfficerRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
    @Inject(IDENTITY_LOGGER) private readonly logger: Logger,
    private readonly outbox: OutboxService,
    private readonly hasher: PasswordHasher,
    private readonly offices: OfficeCopyRepository,
  ) {}

  async create(actor: Identity | null, input: CreateOfficerInput): Promise<OfficerEntity> {
    const officeId = input.officeId ?? null;
    const verdict = judgeOfficerCreation(actor, { officeId, roles: input.roles });
    if (!verdict.allowed) throw new DomainError(verdict.code, verdict.reason);
    if (!isValidNip(input.nip)) {
      throw new DomainError('BAD_USER_INPUT', message('identity.nipFormat'));
    }
    // Scheduling owns offices; identity knows them from its events, a moment after their creation.
    if (officeId && !(await this.offices.exists(officeId)))
      throw new DomainError('NOT_FOUND', message('identity.noSuchOffice'));
    const passwordHash = await this.hasher.hash(input.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const officer = await this.officers.insert(manager, {
          nip: input.nip,
          fullName: input.fullName.trim(),
          officeId,
          roles: input.roles,
          passwordHash,
        });
        await this.outbox.append(manager, OfficerCreated, { officerId: officer.id, officeId, roles: officer.roles });
        return officer;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError('ALREADY_REGISTERED', message('identity.nipTaken'));
      throw error;
    }
  }

  /**
   * Creates the first ADMIN from the bootstrap settings when there is none. An advisory lock
   * keeps two replicas starting at once from both creating one.
   */
  async ensureBootstrapAdmin(): Promise<void> {
    const { BOOTSTRAP_ADMIN_NIP: nip, BOOTSTRAP_ADMIN_PASSWORD: password } = this.config;
    const passwordHash = nip && password ? await this.hasher.hash(password) : undefined;
    const created = await this.dataSource.transaction(async (manager) => {
      await lockUntilTransactionEnds(manager, 'identity.bootstrap-admin');
      if (await this.officers.anyAdmin(manager)) return false;
      if (!nip || !passwordHash) {
        this.logger.warn('No ADMIN exists and BOOTSTRAP_ADMIN_NIP/BOOTSTRAP_ADMIN_PASSWORD are not set');
        return false;
      }
      const admin = await this.officers.insert(manager, {
        nip,
        fullName: 'Administrator',
        officeId: null,
        roles: ['ADMIN'],
        passwordHash,
      });
      await this.outbox.append(manager, OfficerCreated, { officerId: admin.id, officeId: null, roles: admin.roles });
      return true;
    });
    if (created) this.logger.info('Created the bootstrap ADMIN');
  }

  findById(id: string): Promise<OfficerEntity | null> {
    return this.officers.findById(id);
  }

  findByIds(ids: readonly string[]): Promise<Map<string, OfficerEntity>> {
    return this.officers.findByIds(ids);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { EmailConfirmationEntity } from './email-confirmation.entity';

export type NewConfirmationCode = Pick<EmailConfirmationEntity, 'applicantId' | 'codeHash' | 'expiresAt' | 'sentAt'>;

/** The pending e-mail confirmation codes, one per applicant. */
@Injectable()
export class EmailConfirmationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(manager: EntityManager = this.dataSource.manager) {
    return manager.getRepository(EmailConfirmationEntity);
  }

  /** A new code replaces the one before, with its failed attempts. */
  async replace(manager: EntityManager, code: NewConfirmationCode): Promise<void> {
    await this.repo(manager).upsert({ ...code, failedAttempts: 0 }, ['applicantId']);
  }

  find(applicantId: string, manager?: EntityManager): Promise<EmailConfirmationEntity | null> {
    return this.repo(manager).findOneBy({ applicantId });
  }

  async countFailure(manager: EntityManager, applicantId: string): Promise<void> {
    await this.repo(manager).increment({ applicantId }, 'failedAttempts', 1);
  }

  async remove(manager: EntityManager, applicantId: string): Promise<void> {
    await this.repo(manager).delete({ applicantId });
  }
}

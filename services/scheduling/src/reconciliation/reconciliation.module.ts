import { Module } from '@nestjs/common';
import { ReconciliationCaseRepository } from './reconciliation-case.repository';

@Module({ providers: [ReconciliationCaseRepository], exports: [ReconciliationCaseRepository] })
export class ReconciliationModule {}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/**
 * An open database transaction as services hold it: they pass it to repositories and never use
 * it themselves (services and resolvers never touch TypeORM; repositories do).
 */
export type Transaction = EntityManager;

/** Runs work in one transaction: everything the repositories do with it commits or rolls back together. */
@Injectable()
export class UnitOfWork {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  run<T>(work: (transaction: Transaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Outside any transaction: for a read after a refusal (the transaction is already gone). */
  get outside(): Transaction {
    return this.dataSource.manager;
  }
}

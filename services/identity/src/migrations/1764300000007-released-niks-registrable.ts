import { MigrationInterface, QueryRunner } from 'typeorm';

/** A unique rule moved onto a partial index: the index it gets and the table constraint it replaces. */
interface UniqueRule {
  table: string;
  column: string;
  /** Rows for which the rule holds: open accounts, present family entries. */
  where: string;
  /** The name of the previous table constraint, which the new index takes over. */
  name: string;
}

const RULES: UniqueRule[] = [
  { table: 'applicant', column: 'nik', where: 'closed_at IS NULL', name: 'applicant_nik_key' },
  { table: 'applicant', column: 'email', where: 'closed_at IS NULL', name: 'applicant_email_key' },
  { table: 'family_member', column: 'nik', where: 'removed_at IS NULL', name: 'family_member_nik_key' },
];

/**
 * A released NIK can be registered again by its owner (and the closed account's e-mail address
 * used for a new account): NIKs and e-mail addresses are unique among open accounts and present
 * family entries only. The closed account and the removed entry keep theirs, so bookings and the
 * audit record still resolve to who held them.
 *
 * Safe while the previous version serves, which is why it runs outside a transaction: each new
 * index is built CONCURRENTLY beside the old constraint, which is dropped only then, and the index
 * takes the constraint's name, so both versions still map its violation to ALREADY_REGISTERED (the
 * previous version never closes an account, so for it the rule is unchanged). Each step can be run
 * again after a crash half-way. (TypeORM's undo does not honour `transaction = false`: revert it
 * with `undoLastMigration({ transaction: 'none' })`; a revert fails while a NIK is held twice.)
 */
export class ReleasedNiksRegistrable1764300000007 implements MigrationInterface {
  name = 'ReleasedNiksRegistrable1764300000007';
  transaction = false;

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const rule of RULES) await this.replace(queryRunner, rule, rule.where);
    await queryRunner.query(
      `CREATE INDEX CONCURRENTLY IF NOT EXISTS refresh_token_principal_idx ON refresh_token (principal_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX CONCURRENTLY IF EXISTS refresh_token_principal_idx`);
    for (const rule of RULES) await this.replace(queryRunner, rule, null);
  }

  /** Builds the rule's index beside the old one, drops the old one, and gives the new one its name. */
  private async replace(queryRunner: QueryRunner, rule: UniqueRule, where: string | null): Promise<void> {
    const building = `${rule.name}_next`;
    // A build interrupted by a crash leaves an invalid index behind; it is built again.
    await queryRunner.query(`DROP INDEX CONCURRENTLY IF EXISTS ${building}`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX CONCURRENTLY ${building} ON ${rule.table} (${rule.column})${where ? ` WHERE ${where}` : ''}`,
    );
    await queryRunner.query(`ALTER TABLE ${rule.table} DROP CONSTRAINT IF EXISTS ${rule.name}`);
    await queryRunner.query(`DROP INDEX CONCURRENTLY IF EXISTS ${rule.name}`);
    await queryRunner.query(`ALTER INDEX ${building} RENAME TO ${rule.name}`);
  }
}

import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkedInSchemas, checkSchema, contractSource, failed, SchemaCheckInput } from './schema-check';
import { SUPERGRAPH_PATH } from './compose-supergraph';

/**
 * `npm run schema:check` on schemas changed by hand: identity's checked-in SDL stands for "its code
 * now", edited to compose badly, to break a client, or to lose part of the contract. (CI runs the
 * real command on every service's printed schema.)
 */
const LAST_SIGN_IN = '\n  """When this account last signed in"""\n  lastSignInAt: DateTime\n';

describe('schema:check', () => {
  const checkedIn = checkedInSchemas();
  const identity = checkedIn.identity;
  const input = (newSdl: string, contract = contractSource()): SchemaCheckInput => ({
    service: 'identity',
    newSdl,
    checkedIn,
    committedSupergraph: readFileSync(SUPERGRAPH_PATH, 'utf8'),
    contract,
  });
  const edit = (from: string | RegExp, to: string): string => {
    const edited = identity.replace(from, to);
    expect(edited).not.toBe(identity);
    return edited;
  };

  it('passes the schema as checked in, and an additive change', async () => {
    const same = await checkSchema(input(identity));
    expect(same).toMatchObject({ compositionErrors: [], breaking: [], contractMissing: [] });
    const added = await checkSchema(input(edit('  phone: String\n', '  phone: String\n  preferredLanguage: String\n')));
    expect(failed(added)).toBe(false);
    expect(added.supergraph).toMatch(/preferredLanguage: String/);
  });

  it('fails on a composition error: a root field another subgraph owns, not shareable', async () => {
    const report = await checkSchema(input(edit(/type Query \{\n/, 'type Query {\n  offices: [Applicant!]!\n')));
    expect(failed(report)).toBe(true);
    expect(report.compositionErrors.join('\n')).toMatch(/Query\.offices/);
    expect(report.supergraph).toBeUndefined();
  });

  it('fails on a breaking change: a field a client may read is gone, an argument becomes required', async () => {
    // lastSignInAt is not in the contract: this fails as a breaking change alone.
    const removed = await checkSchema(input(edit(LAST_SIGN_IN, '\n')));
    expect(failed(removed)).toBe(true);
    expect(removed.breaking).toEqual([
      expect.stringMatching(/Field 'lastSignInAt' was removed from object type 'Applicant'/),
    ]);
    expect(removed.contractMissing).toEqual([]);

    const required = await checkSchema(input(edit('  officeId: ID\n', '  officeId: ID!\n')));
    expect(required.breaking.join('\n')).toMatch(/CreateOfficerInput\.officeId/);
  });

  it('fails on anything of the contract going missing, and not on what the supergraph never had', async () => {
    const report = await checkSchema(input(edit('  phone: String\n', '')));
    expect(report.contractMissing).toEqual(['field Applicant.phone']);
    // The contract names more than is built today; the unchanged schema loses none of it.
    expect((await checkSchema(input(identity))).contractMissing).toEqual([]);
  });

  it('takes the contract from ../shared when it is there, else from the checked-in copy', () => {
    const empty = mkdtempSync(join(tmpdir(), 'antrian-no-shared-'));
    try {
      expect(contractSource(join(empty, 'shared'))).toMatchObject({
        origin: 'checked-in copy',
        contract: expect.stringMatching(/tools\/contract\/contract\.graphql$/),
      });
      mkdirSync(join(empty, 'shared', 'tools'), { recursive: true });
      writeFileSync(join(empty, 'shared', 'contract.graphql'), 'type Query { a: Int }');
      writeFileSync(join(empty, 'shared', 'tools', 'check-contract.mjs'), '');
      expect(contractSource(join(empty, 'shared')).origin).toBe('shared');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('the checked-in contract copy works as the fallback', async () => {
    const copy = contractSource(join(tmpdir(), 'no-such-shared-folder'));
    const report = await checkSchema(input(edit('  phone: String\n', ''), copy));
    expect(report.contractMissing).toEqual(['field Applicant.phone']);
  });
});

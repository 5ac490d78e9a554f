import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findHandMadeSentences } from './hand-made-sentences';

const ROOT = join(__dirname, '..', '..', '..');
const SCANNED = ['services/identity/src', 'services/scheduling/src', 'services/counter/src', 'gateway/src', 'libs'];

/**
 * Sentences that no client reads: messages for the people who run the system (start-up notices
 * in the logs). Each entry says why.
 */
const OPERATOR_FACING = new Set([
  'services/identity/src/config/startup-notices.ts', // log lines at start-up, for operators
  'gateway/src/config/gateway.config.ts', // refusals of a bad setting, for whoever deploys
  'libs/messaging/src/messaging-settings.ts', // likewise
  'libs/subgraph/src/readiness-checks.ts', // details of /health/ready, for the platform's probes
]);

/**
 * Input classes' constraint texts (`@IsUUID('all', { message: 'must be an office id' })`) are the
 * technical detail in `extensions.problems`, the same in every language; the sentence a person
 * reads names the fields, from the catalogue (`input.invalidFields`).
 */
const CONSTRAINT_DETAIL = /\.(input|args)\.ts$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      return ['node_modules', 'testing', 'migrations', 'dist'].includes(name) ? [] : sourceFiles(path);
    }
    return /\.ts$/.test(name) && !/\.(spec|int-spec|e2e-spec|d)\.ts$/.test(name) ? [path] : [];
  });
}

describe('no resolver or service builds a user-facing sentence by hand', () => {
  it('recognises sentences written by hand, and lets catalogue messages through', () => {
    const source = [
      "throw new DomainError('NOT_FOUND', 'No such office');",
      'throw new DomainError(code, `Ask for at most ${days} days`, { days });',
      "return new GraphQLError('Sign in first', { extensions: { code } });",
      "return { allowed: false, code: 'FORBIDDEN', reason: 'Only an ADMIN may do this' };",
      "throw new DomainError('NOT_FOUND', message('scheduling.noSuchOffice'));",
      "throw new DomainError(verdict.code, verdict.reason, { field: 'priority' });",
      "return new GraphQLError(translate(language, 'gateway.tooDeep', { limit }));",
      "return { allowed: false, reason: 'NO_SHOW' };",
      "// new DomainError('NOT_FOUND', 'in a comment') explains, it does not refuse",
    ].join('\n');
    expect(findHandMadeSentences(source).map(({ line }) => line)).toEqual([1, 2, 3, 4]);
  });

  it('finds none in the services, the gateway and the libs: every sentence comes from the catalogue', () => {
    const files = SCANNED.flatMap((dir) => sourceFiles(join(ROOT, dir)))
      .map((path) => relative(ROOT, path).split('\\').join('/'))
      .filter((path) => !OPERATOR_FACING.has(path) && !CONSTRAINT_DETAIL.test(path));
    expect(files.length).toBeGreaterThan(100);
    const handMade = files.flatMap((path) =>
      findHandMadeSentences(readFileSync(join(ROOT, path), 'utf8')).map(({ line, text }) => `${path}:${line} ${text}`),
    );
    expect(handMade).toEqual([]);
  });
});

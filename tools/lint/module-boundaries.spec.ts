import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/** Would-be source files, each making one import, and whether the layers allow it. */
const probes = [
  {
    claim: 'a service importing the testing lib outside its tests is refused',
    file: 'services/identity/src/boundary-probe-1.ts',
    importLine: "import { freePort as imported } from '@antrian/testing';",
    refusedFor: /type:service/,
  },
  {
    claim: 'a domain lib importing an infrastructure lib is refused',
    file: 'libs/contracts/src/boundary-probe-2.ts',
    importLine: "import { loadConfig as imported } from '@antrian/config';",
    refusedFor: /layer:domain/,
  },
  {
    claim: 'a service importing another service by path is refused',
    file: 'services/identity/src/boundary-probe-3.ts',
    importLine: "import { imported } from '../../counter/src/main';",
    refusedFor: /./,
  },
  {
    claim: 'a service using a lib is allowed',
    file: 'services/identity/src/boundary-probe-4.ts',
    importLine: "import { DomainError as imported } from '@antrian/subgraph';",
    refusedFor: null,
  },
  {
    claim: 'a test using the testing lib is allowed',
    file: 'services/identity/src/boundary-probe-5.spec.ts',
    importLine: "import { freePort as imported } from '@antrian/testing';",
    refusedFor: null,
  },
];

describe('the layers of the workspace are enforced by lint', () => {
  const errors = new Map<string, string[]>();

  // One ESLint run over every probe, as `npm run lint` runs it (its flat config is an ES module,
  // which Jest's sandbox cannot load), after Nx has computed the project graph the rule reads.
  beforeAll(() => {
    const env = { ...process.env, NX_DAEMON: 'false' };
    try {
      for (const probe of probes) {
        writeFileSync(join(root, probe.file), `${probe.importLine}\nexport const used = imported;\n`);
      }
      execFileSync('npx', ['nx', 'show', 'projects'], { cwd: root, env, stdio: 'ignore' });
      let report: string;
      try {
        report = execFileSync('npx', ['eslint', '--format', 'json', ...probes.map((probe) => probe.file)], {
          cwd: root,
          env,
          encoding: 'utf8',
        });
      } catch (failure) {
        report = (failure as { stdout: string }).stdout; // ESLint exits 1 when it finds errors
      }
      const results = JSON.parse(report) as {
        filePath: string;
        messages: { ruleId: string | null; message: string }[];
      }[];
      for (const result of results) {
        errors.set(
          result.filePath,
          result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message),
        );
      }
    } finally {
      for (const probe of probes) rmSync(join(root, probe.file), { force: true });
    }
  }, 120_000);

  it.each(probes)('$claim', ({ file, refusedFor }) => {
    const found = errors.get(join(root, file));
    expect(found).toBeDefined();
    if (refusedFor) expect(found!.join('\n')).toMatch(refusedFor);
    else expect(found).toEqual([]);
  });
});

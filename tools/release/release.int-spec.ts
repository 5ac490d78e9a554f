import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../build/build-project';

/**
 * Independent releases (nx release, version plans): a plan that names one service bumps that
 * service's version and changelog alone. Dry run: nothing is written, committed or tagged.
 */
describe('nx release', () => {
  const plan = join(REPO_ROOT, '.nx', 'version-plans', `release-test-${process.pid}.md`);

  afterAll(() => rmSync(plan, { force: true }));

  it('releases one service without the others: its version, its changelog, its tag', () => {
    mkdirSync(join(REPO_ROOT, '.nx', 'version-plans'), { recursive: true });
    writeFileSync(plan, '---\ncounter: minor\n---\n\nA walk-in cap per weekday\n');
    const output = execFileSync('npx', ['nx', 'release', '--dry-run', '--skip-publish'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NO_COLOR: '1' },
    });
    expect(output).toMatch(/counter .*New version 0\.2\.0 written to manifest: services\/counter\/package\.json/);
    for (const other of ['identity', 'scheduling', 'gateway']) {
      expect(output).toMatch(new RegExp(`${other} .*No changes were detected within version plans`));
    }
    expect(output).toMatch(/Previewing an entry in services\/counter\/CHANGELOG\.md for counter@0\.2\.0/);
    expect(output).toMatch(/A walk-in cap per weekday/);
    expect(output).not.toMatch(/CHANGELOG\.md for (identity|scheduling|gateway)@/);
  }, 120_000);
});

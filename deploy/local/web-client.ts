import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { Server } from 'node:http';
import { join, relative } from 'node:path';
import express from 'express';
import { Logger } from '@antrian/logging';
import { REPO_ROOT } from './subgraph-registry';

export const WEB_ROOT = join(REPO_ROOT, 'services', 'web');
export const WEB_DIST = join(REPO_ROOT, 'dist', 'services', 'web');
const HASH_FILE = '.source-hash';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ['node_modules', 'test-results', 'browser'].includes(entry.name) ? [] : files(path);
    return entry.name.endsWith('.spec.ts') || entry.name.endsWith('.spec.tsx') ? [] : [path];
  });
}

/** A fingerprint of everything the web client's build reads: its sources and the lockfile. */
export function webSourceHash(root = WEB_ROOT): string {
  const hash = createHash('sha256');
  const inputs = [...files(join(root, 'src'))];
  for (const name of ['index.html', 'vite.config.mts']) inputs.push(join(root, name));
  inputs.push(join(REPO_ROOT, 'package-lock.json'));
  for (const path of inputs.sort()) {
    if (!existsSync(path) || !statSync(path).isFile()) continue;
    hash.update(relative(REPO_ROOT, path)).update('\0').update(readFileSync(path)).update('\0');
  }
  return hash.digest('hex');
}

/**
 * Builds the web client's static files (Vite) unless the last build was of the same sources:
 * `npm start` builds once, and again only when the client changed.
 */
export async function buildWebClient(logger: Logger, force = false): Promise<'built' | 'unchanged'> {
  const hash = webSourceHash();
  const hashPath = join(WEB_DIST, HASH_FILE);
  if (
    !force &&
    existsSync(hashPath) &&
    readFileSync(hashPath, 'utf8') === hash &&
    existsSync(join(WEB_DIST, 'index.html'))
  ) {
    return 'unchanged';
  }
  logger.info('building the web client (services/web)');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
        'build',
        '--logLevel',
        'warn',
        '-c',
        join(WEB_ROOT, 'vite.config.mts'),
      ],
      { cwd: REPO_ROOT, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`the web client's build failed (exit ${code})`)),
    );
  });
  writeFileSync(hashPath, hash);
  return 'built';
}

export interface WebClientServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Serves the built web client: its files, `/config.json` naming the gateway, and index.html for
 * every other path (the screens are client-side routes). Production uses nginx instead
 * (deploy/docker/web.Dockerfile).
 */
export async function serveWebClient(options: {
  port: number;
  host: string;
  graphqlUrl: string;
  dist?: string;
}): Promise<WebClientServer> {
  const dist = options.dist ?? WEB_DIST;
  const app = express();
  app.disable('x-powered-by');
  app.get('/config.json', (_req, res) => {
    res.set('cache-control', 'no-store').json({ graphqlUrl: options.graphqlUrl });
  });
  app.use('/assets', express.static(join(dist, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  app.use(express.static(dist, { index: false }));
  app.use((_req, res) => {
    res.set('cache-control', 'no-cache').sendFile(join(dist, 'index.html'));
  });
  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(options.port, options.host, () => resolve(listening));
    listening.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shownHost = ['0.0.0.0', '::', '127.0.0.1'].includes(options.host) ? 'localhost' : options.host;
  return {
    url: `http://${shownHost}:${port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

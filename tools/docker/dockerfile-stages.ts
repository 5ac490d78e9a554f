import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';

/**
 * Runs a Dockerfile's stages as a script, without a container engine: each stage gets a folder of
 * its own standing for its filesystem, WORKDIR is a folder in it, COPY copies from the repository
 * (or, with --from, from the named stage's folder) and RUN runs through `sh` there with the stage's
 * ARG and ENV values. What an engine would do differently is said where it is done:
 *
 * - the base image is this machine: `npm install --global npm@…` is skipped when npm is already
 *   that major version, and RUN steps that only delete files of the base image (`rm -rf /usr/…`)
 *   are skipped (they would delete this machine's);
 * - the build stage's full `npm ci` links the repository's node_modules, installed from the same
 *   lockfile, instead of downloading it again (`npm ci --omit=dev` runs for real);
 * - `RUN --mount=type=cache` runs without the cache mount, and npm prefers this machine's cache.
 */

export interface Instruction {
  keyword: string;
  args: string;
  flags: Record<string, string>;
}

export interface Stage {
  name: string;
  base: string;
  instructions: Instruction[];
}

export interface Dockerfile {
  /** ARGs before the first FROM, with their defaults. */
  globalArgs: Record<string, string>;
  stages: Stage[];
}

export function parseDockerfile(text: string): Dockerfile {
  const parsed = DockerfileParser.parse(text);
  const globalArgs: Record<string, string> = {};
  const stages: Stage[] = [];
  for (const instruction of parsed.getInstructions()) {
    const keyword = instruction.getKeyword();
    const args = instruction.getArgumentsContent() ?? '';
    const flags = Object.fromEntries(
      ('getFlags' in instruction
        ? (instruction.getFlags as () => { getName(): string; getValue(): string | null }[])()
        : []
      ).map((flag) => [flag.getName(), flag.getValue() ?? '']),
    );
    if (keyword === 'FROM') {
      const [base, , name] = args.split(/\s+/);
      stages.push({ name: name ?? String(stages.length), base, instructions: [] });
    } else if (stages.length === 0) {
      if (keyword === 'ARG') {
        const [name, value = ''] = args.split(/=(.*)/s);
        globalArgs[name] = value;
      }
    } else {
      stages[stages.length - 1].instructions.push({ keyword, args, flags });
    }
  }
  return { globalArgs, stages };
}

const substitute = (text: string, values: Record<string, string>): string =>
  text.replace(/\$\{(\w+)\}|\$(\w+)/g, (whole, braced: string, bare: string) => values[braced ?? bare] ?? whole);

/** The words of a shell-style argument list (no quotes are used in COPY lines here). */
const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

export interface RunOptions {
  dockerfile: string;
  /** The build context (the repository root). */
  context: string;
  /** Where each stage's folder is made. */
  workspace: string;
  buildArgs: Record<string, string>;
  /** Stops after this stage (default: the last). */
  target?: string;
  log?: (line: string) => void;
}

export interface StageResult {
  name: string;
  root: string;
  workdir: string;
  env: Record<string, string>;
  user?: string;
  cmd?: string;
  healthcheck?: string;
  /** What each COPY --from brought into the stage (source stage and absolute path in this stage's root). */
  copiedFromStages: string[];
}

const CONTEXT_SKIP = new Set(['node_modules', 'dist', '.nx', '.git', '.data', 'coverage']);

export function runDockerfileStages(options: RunOptions): StageResult[] {
  const { globalArgs, stages } = parseDockerfile(readFileSync(options.dockerfile, 'utf8'));
  const log = options.log ?? (() => undefined);
  const results: StageResult[] = [];
  for (const stage of stages) {
    const root = join(options.workspace, stage.name);
    mkdirSync(root, { recursive: true });
    const result: StageResult = { name: stage.name, root, workdir: root, env: {}, copiedFromStages: [] };
    const values: Record<string, string> = { ...globalArgs };
    const rooted = (path: string) => join(root, path);
    for (const { keyword, args, flags } of stage.instructions) {
      const text = substitute(args, values);
      if (keyword === 'ARG') {
        const [name, fallback] = text.split(/=(.*)/s);
        values[name] = options.buildArgs[name] ?? fallback ?? '';
      } else if (keyword === 'ENV') {
        const [name, value] = text.split(/=(.*)/s);
        values[name] = value;
        result.env[name] = value;
      } else if (keyword === 'WORKDIR') {
        result.workdir = text.startsWith('/') ? rooted(text) : join(result.workdir, text);
        mkdirSync(result.workdir, { recursive: true });
      } else if (keyword === 'COPY') {
        const parts = words(text);
        const written = parts.pop()!;
        const destination = resolve(result.workdir, written);
        const intoFolder = written.endsWith('/') || parts.length > 1;
        const from = flags.from ? results.find((done) => done.name === flags.from) : undefined;
        if (flags.from && !from) throw new Error(`COPY --from=${flags.from}: no such earlier stage`);
        for (const source of parts) {
          const path = from ? join(from.root, source) : join(options.context, source);
          // As Docker does: a folder's contents go into the destination; a file goes into it when it is a folder.
          const target =
            statSync(path).isDirectory() || !intoFolder ? destination : join(destination, basename(source));
          // From the build context, never local installs or outputs (Dockerfile.dockerignore excludes them).
          const filter = from ? undefined : (file: string) => !CONTEXT_SKIP.has(basename(file));
          cpSync(path, target, { recursive: true, filter });
          if (from) result.copiedFromStages.push(target);
        }
        log(`${stage.name}: COPY ${flags.from ? `--from=${flags.from} ` : ''}${text}`);
      } else if (keyword === 'RUN') {
        runStep(stage.name, text, result, values, options, log);
      } else if (keyword === 'USER') {
        result.user = text;
      } else if (keyword === 'CMD') {
        result.cmd = text;
      } else if (keyword === 'HEALTHCHECK') {
        result.healthcheck = text;
      }
    }
    results.push(result);
    if (stage.name === options.target) break;
  }
  return results;
}

function runStep(
  stage: string,
  command: string,
  result: StageResult,
  values: Record<string, string>,
  options: RunOptions,
  log: (line: string) => void,
): void {
  const npmUpgrade = /^npm install --global .*"?npm@(\d+)/.exec(command);
  if (npmUpgrade) {
    const major = execFileSync('npm', ['--version'], { encoding: 'utf8' }).split('.')[0];
    if (major !== npmUpgrade[1])
      throw new Error(`${stage}: this machine's npm is ${major}, the image's ${npmUpgrade[1]}`);
    log(`${stage}: skipped (npm ${major} is here): ${command}`);
    return;
  }
  if (/^rm -rf (\/usr\/\S+\s*)+$/.test(command)) {
    log(`${stage}: skipped (deletes the base image's files): ${command.replace(/\s+/g, ' ')}`);
    return;
  }
  if (/^npm ci\b/.test(command) && !/--omit=dev/.test(command)) {
    symlinkSync(join(options.context, 'node_modules'), join(result.workdir, 'node_modules'), 'dir');
    log(`${stage}: linked the repository's node_modules instead of: ${command}`);
    return;
  }
  log(`${stage}: RUN ${command}`);
  // Not the npm settings of whatever started this (npx sets npm_config_local_prefix to the
  // repository, which would make `npm ci` install there); this machine's npm cache first.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
  const run = spawnSync('sh', ['-c', command], {
    cwd: result.workdir,
    env: { ...inherited, ...values, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', npm_config_prefer_offline: 'true' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) {
    throw new Error(`${stage}: RUN ${command} failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
}

/** Kilobytes on disk under each path (`du -sk`). */
export function diskKb(paths: string[]): number {
  if (paths.length === 0) return 0;
  const output = execFileSync('du', ['-skc', ...paths], { encoding: 'utf8' });
  return Number(/^(\d+)\s+total$/m.exec(output)?.[1] ?? NaN);
}

/**
 * node:20-bookworm-slim for linux/amd64 as Docker Hub publishes it: about 65 MB compressed and
 * 190 MB unpacked (not measurable here: no engine, no registry but npm's). An image's size is
 * this plus what its final stage copies in; layers that delete base files (npm) do not shrink it.
 */
export const BASE_IMAGE_MB = { compressed: 65, unpacked: 190 };

/** `node -r @swc-node/register tools/docker/dockerfile-stages.ts <project>`: size estimate of one image. */
if (require.main === module) {
  const project = process.argv[2];
  const workspace = mkdtempSync(join(tmpdir(), `antrian-image-${project}-`));
  try {
    const repo = resolve(__dirname, '..', '..');
    const stages = runDockerfileStages({
      dockerfile: join(repo, 'deploy', 'docker', 'Dockerfile'),
      context: repo,
      workspace,
      buildArgs: { PROJECT: project },
      log: (line) => console.warn(line),
    });
    const final = stages[stages.length - 1];
    const copiedMb = diskKb([final.root]) / 1024;
    console.warn(
      `${project}: the final stage copies ${copiedMb.toFixed(0)} MB; image ≈ ${(copiedMb + BASE_IMAGE_MB.unpacked).toFixed(0)} MB unpacked ` +
        `(base ${BASE_IMAGE_MB.unpacked} MB)`,
    );
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

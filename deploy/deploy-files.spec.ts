import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { validate, ValidationSeverity } from 'dockerfile-utils';
import { DEV_SECRETS } from '@antrian/config';
import { arr, at, obj, Obj, parseYamlFile, REPO, str, strings, walk } from './manifest-helpers';
import { parseDockerfile } from '../tools/docker/dockerfile-stages';

/**
 * Static checks of the Docker deployment files (deploy/docker, deploy/compose.yaml); the Kubernetes
 * manifests have their own (k8s/kubernetes.spec.ts) and the image's stages run as a script in
 * docker/build-stages.int-spec.ts. Nothing here runs Docker. Each check returns the problems it
 * finds, so the last block can prove, on broken copies, that the checks do fail.
 */

const DEPLOY = __dirname;
const COMPOSE_FILE = join(DEPLOY, 'compose.yaml');
const DOCKERFILE = join(DEPLOY, 'docker', 'Dockerfile');
const WEB_DOCKERFILE = join(DEPLOY, 'docker', 'web.Dockerfile');
const DOCKERIGNORE = join(DEPLOY, 'docker', 'Dockerfile.dockerignore');
const PROJECTS = ['identity', 'scheduling', 'counter', 'gateway'];
/** Settings that are secrets: never a literal value, always a required variable. */
const SECRET_NAME = /SECRET|PASSWORD|TOKEN|_KEY$|_SEED$|^DATABASE_URL$/;

// ------------------------------------------------------------------------------------------------
// Dockerfile
// ------------------------------------------------------------------------------------------------

/** dockerfile-utils (the linter of the Dockerfile language server) with every rule an error. */
function lintDockerfile(text: string): string[] {
  const everyRule = {
    deprecatedMaintainer: ValidationSeverity.ERROR,
    directiveCasing: ValidationSeverity.ERROR,
    emptyContinuationLine: ValidationSeverity.ERROR,
    instructionCasing: ValidationSeverity.ERROR,
    instructionCmdMultiple: ValidationSeverity.ERROR,
    instructionEntrypointMultiple: ValidationSeverity.ERROR,
    instructionHealthcheckMultiple: ValidationSeverity.ERROR,
    instructionJSONInSingleQuotes: ValidationSeverity.ERROR,
    instructionWorkdirRelative: ValidationSeverity.ERROR,
  };
  return validate(text, everyRule).map(
    (diagnostic) => `line ${diagnostic.range.start.line + 1}: ${diagnostic.message}`,
  );
}

function checkDockerfile(text: string, ignore: string): string[] {
  const problems: string[] = [];
  const { stages, globalArgs } = parseDockerfile(text);
  for (const stage of stages) {
    const base = stage.base.replace(/\$\{(\w+)\}/g, (_, name: string) => globalArgs[name] ?? '');
    if (!/^node:20-bookworm-slim(@sha256:[0-9a-f]{64})?$/.test(base)) {
      problems.push(`Dockerfile: stage ${stage.name} is FROM ${base}, not node:20-bookworm-slim`);
    }
  }
  const final = stages[stages.length - 1];
  if (!final) return ['Dockerfile: no stage'];
  const of = (keyword: string) => final.instructions.filter((instruction) => instruction.keyword === keyword);
  const user = of('USER').pop()?.args;
  if (!user || /^(root|0)(:|$)/.test(user))
    problems.push('Dockerfile: the final stage does not run as a non-root user');
  if (!of('ENV').some((instruction) => /\bNODE_ENV=production\b/.test(instruction.args))) {
    problems.push('Dockerfile: the final stage does not set NODE_ENV=production');
  }
  if (of('HEALTHCHECK').length !== 1) problems.push('Dockerfile: the final stage has no HEALTHCHECK');
  if (of('CMD').pop()?.args !== '["node", "main.js"]')
    problems.push('Dockerfile: the final command is not node main.js');
  // What the final stage holds: copies from the build stages only, never the build context.
  const copies = of('COPY');
  for (const copy of copies) {
    if (!copy.flags.from) problems.push(`Dockerfile: the final stage copies ${copy.args} from the build context`);
  }
  const dependencies = stages.find(
    (stage) => stage.name === copies.find((c) => /node_modules/.test(c.args))?.flags.from,
  );
  if (!dependencies?.instructions.some((i) => i.keyword === 'RUN' && /\bnpm ci\b.*--omit=dev/.test(i.args))) {
    problems.push('Dockerfile: node_modules of the final stage is not a production-only `npm ci --omit=dev`');
  }
  const build = stages[0];
  if (!build.instructions.some((i) => i.keyword === 'ARG' && i.args === 'PROJECT'))
    problems.push('Dockerfile: no PROJECT argument');
  if (!build.instructions.some((i) => i.keyword === 'RUN' && /nx run "\$\{PROJECT\}:build"/.test(i.args))) {
    problems.push("Dockerfile: the build stage does not run the project's build target");
  }
  const ignored = ignore.split('\n').map((line) => line.trim());
  for (const pattern of ['**/node_modules', '.git', '**/.env', '**/dist']) {
    if (!ignored.includes(pattern)) problems.push(`Dockerfile.dockerignore: ${pattern} is not excluded`);
  }
  for (const needed of ['libs', 'services', 'gateway', 'tools', 'nx.json', 'tsconfig.base.json', 'package-lock.json']) {
    if (ignored.includes(needed)) problems.push(`Dockerfile.dockerignore: ${needed} is excluded but needed`);
  }
  return problems;
}

// ------------------------------------------------------------------------------------------------
// Compose
// ------------------------------------------------------------------------------------------------

const REQUIRED_VARIABLE = /^\$\{[A-Z][A-Z0-9_]*:\?[^}]+\}$/;
/** First-start-only secrets may be absent: an empty default, never a literal one. */
const OPTIONAL_VARIABLE = /^\$\{BOOTSTRAP_[A-Z0-9_]+:-\}$/;
const DATABASE_URL_VALUE = /^postgres(ql)?:\/\/[^:@/]+:\$\{[A-Z][A-Z0-9_]*:\?[^}]+\}@[^@]+$/;

const loadCompose = (): Obj => obj(parseYamlFile(COMPOSE_FILE).values[0]);
const composeServices = (compose: Obj): Obj => obj(compose.services);
const composeEnv = (service: unknown): Obj => {
  const environment = at(service, 'environment');
  if (!Array.isArray(environment)) return obj(environment);
  return Object.fromEntries(
    environment.map((entry) => String(entry).split(/=(.*)/s).slice(0, 2) as [string, string | undefined]),
  );
};
/** The project a Node.js service runs (from its image build), or undefined for postgres and nats. */
const projectOf = (service: unknown): string | undefined => str(at(service, 'build', 'args', 'PROJECT'));

function checkComposeServices(compose: Obj): string[] {
  const problems: string[] = [];
  const services = composeServices(compose);
  const names = Object.keys(services);
  for (const required of ['postgres', 'nats', ...PROJECTS]) {
    if (!names.includes(required)) problems.push(`compose: no ${required} service`);
  }
  if (!String(at(services, 'postgres', 'image')).startsWith('postgres:15'))
    problems.push('compose: postgres is not 15');
  const nats = obj(services.nats);
  if (!strings(nats.command).includes('-js')) problems.push('compose: nats runs without JetStream (-js)');
  if (arr(nats.volumes).length === 0) problems.push('compose: nats keeps JetStream without a volume');

  for (const [name, service] of Object.entries(services)) {
    const dependsOn = obj(at(service, 'depends_on'));
    for (const [dependency, spec] of Object.entries(dependsOn)) {
      const condition = at(spec, 'condition');
      if (!names.includes(dependency)) {
        problems.push(`compose: ${name} depends on undefined service ${dependency}`);
        continue;
      }
      if (condition === 'service_healthy' && !at(services, dependency, 'healthcheck')) {
        problems.push(`compose: ${name} waits for ${dependency} to be healthy, which has no healthcheck`);
      }
      if (condition === 'service_completed_successfully' && at(services, dependency, 'restart') !== 'no') {
        problems.push(`compose: ${dependency} is awaited to complete but restarts`);
      }
    }
    const project = projectOf(service);
    if (!project) continue;
    const env = composeEnv(service);
    const build = obj(at(service, 'build'));
    if (resolve(DEPLOY, String(build.context)) !== REPO || resolve(REPO, String(build.dockerfile)) !== DOCKERFILE) {
      problems.push(`compose: ${name} is not built from deploy/docker/Dockerfile in the repository root`);
    }
    if (!PROJECTS.includes(project)) problems.push(`compose: ${name} builds unknown project ${project}`);
    if (!String(at(service, 'image')).includes(`/${project}:`))
      problems.push(`compose: ${name}'s image is not ${project}'s`);
    if (env.NODE_ENV !== 'production') problems.push(`compose: ${name} is not in production mode`);
    if (at(service, 'read_only') !== true) problems.push(`compose: ${name} has a writable root filesystem`);
    const command = strings(at(service, 'command')).join(' ');
    const migrate = command === 'node migrate.js';
    if (!migrate && command !== 'node main.js') problems.push(`compose: ${name} runs ${command}, not node main.js`);
    if (migrate && at(service, 'restart') !== 'no') problems.push(`compose: ${name} is a one-shot step but restarts`);
    if (!migrate && at(service, 'healthcheck', 'test') === undefined)
      problems.push(`compose: ${name} has no healthcheck`);
    if (!migrate && project !== 'gateway') {
      const step = Object.entries(services).find(
        ([, other]) => projectOf(other) === project && strings(at(other, 'command')).join(' ') === 'node migrate.js',
      );
      if (!step) problems.push(`compose: ${name} has no migration service`);
      else if (at(service, 'depends_on', step[0], 'condition') !== 'service_completed_successfully') {
        problems.push(`compose: ${name} does not wait for ${step[0]} to complete successfully`);
      } else if (composeEnv(step[1]).DATABASE_URL !== env.DATABASE_URL) {
        problems.push(`compose: ${step[0]} migrates another database than ${name} uses`);
      }
      for (const setting of ['PORT', 'HOST', 'DATABASE_URL', 'NATS_URL', 'GATEWAY_PUBLIC_KEY', 'LOG_LEVEL']) {
        if (!env[setting]) problems.push(`compose: ${name} has no ${setting}`);
      }
    }
  }
  return problems;
}

function checkComposeSecrets(compose: Obj): string[] {
  const problems: string[] = [];
  for (const [name, service] of Object.entries(composeServices(compose))) {
    for (const [key, raw] of Object.entries(composeEnv(service))) {
      if (!SECRET_NAME.test(key)) continue;
      const value = String(raw ?? '');
      const ok =
        key === 'DATABASE_URL'
          ? DATABASE_URL_VALUE.test(value)
          : REQUIRED_VARIABLE.test(value) || OPTIONAL_VARIABLE.test(value);
      if (!ok) problems.push(`compose: ${name}.${key} is not a required variable \${${key}:?...}`);
    }
  }
  return problems;
}

/** The subgraphs the checked-in supergraph routes to: each must be deployed. */
function supergraphSubgraphs(): string[] {
  const supergraph = readFileSync(join(REPO, 'gateway', 'supergraph.graphql'), 'utf8');
  return [...supergraph.matchAll(/@join__graph\(name: "([^"]+)"/g)].map((match) => match[1]);
}

const deployFiles = (): string[] => [COMPOSE_FILE, ...walk(join(DEPLOY, 'docker'))];

describe('Docker deployment files', () => {
  const dockerfile = readFileSync(DOCKERFILE, 'utf8');
  const ignore = readFileSync(DOCKERIGNORE, 'utf8');

  it('every YAML file parses without errors or warnings', () => {
    const files = deployFiles().filter((file) => /\.ya?ml$/.test(file));
    expect(files.length).toBeGreaterThan(0);
    expect(files.flatMap((file) => parseYamlFile(file).errors)).toEqual([]);
  });

  describe('Dockerfile', () => {
    it('passes dockerfile-utils with every rule an error (and so does the web client placeholder)', () => {
      expect(lintDockerfile(dockerfile)).toEqual([]);
      expect(lintDockerfile(readFileSync(WEB_DOCKERFILE, 'utf8'))).toEqual([]);
    });
    it('builds one project (PROJECT) on node:20; the final stage: built code and production dependencies, non-root, health check', () => {
      expect(checkDockerfile(dockerfile, ignore)).toEqual([]);
    });
  });

  describe('compose', () => {
    const compose = loadCompose();

    it('one image per project, one-shot migrations before their service, healthchecks, read-only', () => {
      expect(checkComposeServices(compose)).toEqual([]);
    });
    it('every secret is a required variable, never a literal', () => {
      expect(checkComposeSecrets(compose)).toEqual([]);
    });
    it('every subgraph of the checked-in supergraph runs, and the gateway knows its URL', () => {
      const services = composeServices(compose);
      const gatewayEnv = composeEnv(services.gateway);
      for (const name of supergraphSubgraphs()) {
        const port = composeEnv(services[name]).PORT;
        expect([name, gatewayEnv[`${name.toUpperCase()}_URL`]]).toEqual([
          name,
          `http://${name}:${String(port)}/graphql`,
        ]);
      }
    });
  });

  it('no deployment file carries a key or a development secret', () => {
    const leaks = deployFiles().flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const found = Object.entries(DEV_SECRETS)
        .filter(([, value]) => text.includes(value) || text.includes(value.replace(/\n/g, '\\n')))
        .map(([name]) => name);
      if (/-----BEGIN [A-Z ]*KEY-----/.test(text)) found.push('PEM block');
      return found.map((what) => `${relative(REPO, file)}: ${what}`);
    });
    expect(leaks).toEqual([]);
  });

  describe('the checks catch broken files', () => {
    it('the linter: lower-case instructions, two CMDs, a relative WORKDIR', () => {
      const broken = `${dockerfile.replace('WORKDIR /app', 'WORKDIR app').replace('USER node', 'user node')}\nCMD ["node", "migrate.js"]\n`;
      const problems = lintDockerfile(broken).join('\n');
      expect(problems).toMatch(/WORKDIR paths should be absolute/);
      expect(problems).toMatch(/uppercase/);
      expect(problems).toMatch(/only be one CMD/);
    });
    it('a Dockerfile on another base, that ends as root, copies the sources or installs devDependencies', () => {
      expect(
        checkDockerfile(dockerfile.replace('ARG NODE_IMAGE=node:20-bookworm-slim', 'ARG NODE_IMAGE=node:22'), ignore),
      ).toHaveLength(3);
      expect(checkDockerfile(`${dockerfile}\nUSER root\n`, ignore)).toEqual([
        'Dockerfile: the final stage does not run as a non-root user',
      ]);
      expect(
        checkDockerfile(dockerfile.replace('COPY --from=build /src/out ./', 'COPY services ./services'), ignore),
      ).toEqual(['Dockerfile: the final stage copies services ./services from the build context']);
      expect(checkDockerfile(dockerfile.replace('npm ci --omit=dev', 'npm ci'), ignore)).toEqual([
        'Dockerfile: node_modules of the final stage is not a production-only `npm ci --omit=dev`',
      ]);
      expect(checkDockerfile(dockerfile, ignore.replace('**/.env\n', ''))).toEqual([
        'Dockerfile.dockerignore: **/.env is not excluded',
      ]);
    });
    it('compose: an undefined dependency, a subgraph not waiting for its migration, a literal secret, a writable root', () => {
      const broken = structuredClone(loadCompose());
      const services = composeServices(broken);
      obj(services.gateway).depends_on = { ghost: { condition: 'service_started' } };
      obj(at(services, 'identity', 'depends_on'))['identity-migrate'] = { condition: 'service_started' };
      obj(at(services, 'gateway', 'environment')).GATEWAY_PRIVATE_KEY = '-----BEGIN PRIVATE KEY-----literal';
      obj(at(services, 'scheduling', 'environment')).DATABASE_URL = 'postgres://antrian_scheduling:pw@postgres/x';
      obj(services.counter).read_only = false;
      const problems = checkComposeServices(broken).join('\n');
      expect(problems).toMatch(/gateway depends on undefined service ghost/);
      expect(problems).toMatch(/identity does not wait for identity-migrate/);
      expect(problems).toMatch(/counter has a writable root filesystem/);
      expect(checkComposeSecrets(broken)).toEqual([
        'compose: scheduling.DATABASE_URL is not a required variable ${DATABASE_URL:?...}',
        'compose: gateway.GATEWAY_PRIVATE_KEY is not a required variable ${GATEWAY_PRIVATE_KEY:?...}',
      ]);
    });
  });
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { DEV_SECRETS } from '@antrian/config';

/**
 * Static checks of the production deployment files (deploy/docker, deploy/compose.yaml,
 * deploy/k8s): nothing here runs Docker or a cluster. Each check is a function that returns the
 * problems it finds, so the last block can prove, on broken copies, that the checks do fail.
 */

const REPO = resolve(__dirname, '..');
const DEPLOY = __dirname;
const K8S = join(DEPLOY, 'k8s');
const COMPOSE_FILE = join(DEPLOY, 'compose.yaml');
const DOCKERFILE = join(DEPLOY, 'docker', 'Dockerfile');
const DOCKERIGNORE = join(DEPLOY, 'docker', 'Dockerfile.dockerignore');
const SECRET_TEMPLATE = 'secrets.template.yaml';
const NAMESPACE = 'antrian';
/** The image name in the manifests; kustomization.yaml's `images` pins the released tag. */
const K8S_IMAGE = 'antrian';
/** Annotation on a migration Job: the Deployment it must complete before. */
const RUN_BEFORE = 'antrian/run-before';
/** Settings that are secrets: never a literal value, always from a Secret or a required variable. */
const SECRET_NAME = /SECRET|PASSWORD|TOKEN|_KEY$|^DATABASE_URL$/;
const NODE_COMMAND = ['node', '-r', '@swc-node/register'];

type Obj = Record<string, unknown>;

const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
const obj = (value: unknown): Obj => (isObj(value) ? value : {});
const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const at = (value: unknown, ...path: string[]): unknown => path.reduce<unknown>((node, key) => obj(node)[key], value);
const strings = (value: unknown): string[] => arr(value).map((item) => String(item));

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function parseYamlFile(file: string): { values: unknown[]; errors: string[] } {
  const documents = parseAllDocuments(readFileSync(file, 'utf8'), { merge: true });
  const errors = documents.flatMap((document) =>
    [...document.errors, ...document.warnings].map((error) => `${relative(REPO, file)}: ${error.message}`),
  );
  const values = documents.map((document) => document.toJSON() as unknown).filter((value) => value != null);
  return { values, errors };
}

// ------------------------------------------------------------------------------------------------
// Kubernetes
// ------------------------------------------------------------------------------------------------

interface K8sDoc extends Obj {
  kind?: string;
  apiVersion?: string;
  metadata?: Obj;
  spec?: Obj;
}

interface K8sSet {
  /** Documents of every file the kustomization lists. */
  docs: K8sDoc[];
  /** The Secret template (keys only, not applied). */
  secrets: K8sDoc[];
}

const nameOf = (doc: unknown): string => str(at(doc, 'metadata', 'name')) ?? '<unnamed>';
const label = (doc: unknown): string => `${str(at(doc, 'kind')) ?? '?'}/${nameOf(doc)}`;
const ofKind = (docs: K8sDoc[], kind: string): K8sDoc[] => docs.filter((doc) => doc.kind === kind);
const labelsMatch = (selector: Obj, labels: Obj): boolean =>
  Object.keys(selector).length > 0 && Object.entries(selector).every(([key, value]) => labels[key] === value);
const podTemplateLabels = (doc: unknown): Obj => obj(at(doc, 'spec', 'template', 'metadata', 'labels'));
const podSpec = (doc: unknown): Obj => obj(at(doc, 'spec', 'template', 'spec'));
const containersOf = (doc: unknown): Obj[] => arr(podSpec(doc).containers).map(obj);
const workloads = (docs: K8sDoc[]): K8sDoc[] => docs.filter((doc) => doc.kind === 'Deployment' || doc.kind === 'Job');

function loadKustomization(): Obj {
  const { values } = parseYamlFile(join(K8S, 'kustomization.yaml'));
  return obj(values[0]);
}

function loadK8s(): K8sSet {
  const resources = strings(loadKustomization().resources);
  return {
    docs: resources.flatMap((file) => parseYamlFile(join(K8S, file)).values.map((value) => obj(value) as K8sDoc)),
    secrets: parseYamlFile(join(K8S, SECRET_TEMPLATE)).values.map((value) => obj(value) as K8sDoc),
  };
}

function checkKustomization(kustomization: Obj, files: string[]): string[] {
  const problems: string[] = [];
  const resources = strings(kustomization.resources);
  if (kustomization.namespace !== NAMESPACE) problems.push(`kustomization namespace is not ${NAMESPACE}`);
  for (const file of resources) if (!files.includes(file)) problems.push(`kustomization lists missing ${file}`);
  for (const file of files) {
    if (file === 'kustomization.yaml' || !/\.ya?ml$/.test(file)) continue;
    if (file === SECRET_TEMPLATE) {
      if (resources.includes(file)) {
        problems.push(`${SECRET_TEMPLATE} must not be applied (it would blank the Secrets)`);
      }
    } else if (!resources.includes(file)) problems.push(`${file} is not listed in kustomization.yaml`);
  }
  if (!arr(kustomization.images).some((image) => at(image, 'name') === K8S_IMAGE)) {
    problems.push(`kustomization does not pin the ${K8S_IMAGE} image`);
  }
  return problems;
}

function checkMetadata({ docs, secrets }: K8sSet): string[] {
  const problems: string[] = [];
  for (const doc of [...docs, ...secrets]) {
    const where = label(doc);
    if (!str(doc.apiVersion)) problems.push(`${where}: no apiVersion`);
    if (!str(doc.kind)) problems.push(`${where}: no kind`);
    if (!str(at(doc, 'metadata', 'name'))) problems.push(`${where}: no metadata.name`);
    if (doc.kind === 'Namespace') {
      if (nameOf(doc) !== NAMESPACE) problems.push(`${where}: the namespace is not ${NAMESPACE}`);
    } else if (at(doc, 'metadata', 'namespace') !== NAMESPACE) {
      problems.push(`${where}: metadata.namespace is not ${NAMESPACE}`);
    }
  }
  if (ofKind(docs, 'Namespace').length !== 1) problems.push('exactly one Namespace is expected');
  return problems;
}

/** Pod-level hardening shared by Deployments and migration Jobs. */
function checkPodSecurity(doc: K8sDoc): string[] {
  const problems: string[] = [];
  const where = label(doc);
  const spec = podSpec(doc);
  const pod = obj(spec.securityContext);
  if (pod.runAsNonRoot !== true) problems.push(`${where}: pod securityContext.runAsNonRoot is not true`);
  if (pod.runAsUser === 0) problems.push(`${where}: pod runs as uid 0`);
  if (at(pod, 'seccompProfile', 'type') !== 'RuntimeDefault') problems.push(`${where}: no RuntimeDefault seccomp`);
  const volumes = arr(spec.volumes).map((volume) => str(at(volume, 'name')));
  const containers = containersOf(doc);
  if (containers.length === 0) problems.push(`${where}: no containers`);
  for (const container of containers) {
    const id = `${where}/${str(container.name) ?? '?'}`;
    const context = obj(container.securityContext);
    if (context.allowPrivilegeEscalation !== false) problems.push(`${id}: allowPrivilegeEscalation is not false`);
    if (context.runAsUser === 0) problems.push(`${id}: runs as uid 0`);
    if (!strings(at(context, 'capabilities', 'drop')).includes('ALL')) problems.push(`${id}: capabilities not dropped`);
    if (context.readOnlyRootFilesystem !== true) problems.push(`${id}: root filesystem is writable`);
    // @swc-node/register writes its transform cache to /tmp and hangs when it cannot.
    const tmp = arr(container.volumeMounts).find((mount) => at(mount, 'mountPath') === '/tmp');
    if (!tmp || !volumes.includes(str(at(tmp, 'name')))) problems.push(`${id}: no writable /tmp volume`);
    for (const bound of ['requests', 'limits']) {
      for (const resource of ['cpu', 'memory']) {
        if (at(container, 'resources', bound, resource) == null) problems.push(`${id}: no ${bound}.${resource}`);
      }
    }
    if (container.image !== K8S_IMAGE) problems.push(`${id}: image is not ${K8S_IMAGE} (pinned by kustomization)`);
    const command = strings(container.command);
    if (command.slice(0, 3).join(' ') !== NODE_COMMAND.join(' ')) problems.push(`${id}: not a node -r swc command`);
    const entry = command[3];
    if (!entry || !existsSync(join(REPO, entry))) problems.push(`${id}: entry file ${entry} does not exist`);
  }
  return problems;
}

const declaresPort = (container: Obj, port: unknown): boolean =>
  arr(container.ports).some((declared) => at(declared, 'name') === port || at(declared, 'containerPort') === port);

function checkDeployments({ docs }: K8sSet): string[] {
  const problems: string[] = [];
  const deployments = ofKind(docs, 'Deployment');
  if (deployments.length === 0) problems.push('no Deployment');
  for (const deployment of deployments) {
    const where = label(deployment);
    if (Number(at(deployment, 'spec', 'replicas')) < 2) problems.push(`${where}: fewer than 2 replicas`);
    const matchLabels = obj(at(deployment, 'spec', 'selector', 'matchLabels'));
    if (!labelsMatch(matchLabels, podTemplateLabels(deployment))) {
      problems.push(`${where}: selector.matchLabels do not match the pod template labels`);
    }
    problems.push(...checkPodSecurity(deployment));
    for (const container of containersOf(deployment)) {
      const id = `${where}/${str(container.name) ?? '?'}`;
      for (const [probe, path] of [
        ['livenessProbe', '/health/live'],
        ['readinessProbe', '/health/ready'],
      ]) {
        const httpGet = obj(at(container, probe, 'httpGet'));
        if (httpGet.path !== path) problems.push(`${id}: ${probe} is not GET ${path}`);
        else if (!declaresPort(container, httpGet.port)) problems.push(`${id}: ${probe} targets an undeclared port`);
      }
    }
  }
  return problems;
}

function checkServices({ docs }: K8sSet): string[] {
  const problems: string[] = [];
  const deployments = ofKind(docs, 'Deployment');
  for (const service of ofKind(docs, 'Service')) {
    const where = label(service);
    const selector = obj(at(service, 'spec', 'selector'));
    const selected = deployments.filter((deployment) => labelsMatch(selector, podTemplateLabels(deployment)));
    if (selected.length !== 1) {
      problems.push(`${where}: selects ${selected.length} Deployments, expected 1`);
      continue;
    }
    for (const job of ofKind(docs, 'Job')) {
      if (labelsMatch(selector, podTemplateLabels(job))) problems.push(`${where}: also selects ${label(job)} pods`);
    }
    const ports = arr(at(service, 'spec', 'ports'));
    if (ports.length === 0) problems.push(`${where}: no ports`);
    for (const port of ports) {
      const target = at(port, 'targetPort') ?? at(port, 'port');
      if (!containersOf(selected[0]).some((container) => declaresPort(container, target))) {
        problems.push(`${where}: targetPort ${String(target)} is not a containerPort of ${label(selected[0])}`);
      }
    }
  }
  return problems;
}

function servicePortExists(docs: K8sDoc[], name: unknown, port: unknown): boolean {
  const service = ofKind(docs, 'Service').find((candidate) => nameOf(candidate) === name);
  return arr(at(service, 'spec', 'ports')).some(
    (declared) => at(declared, 'name') === port || at(declared, 'port') === port,
  );
}

function checkIngressAndBudgets({ docs }: K8sSet): string[] {
  const problems: string[] = [];
  const ingresses = ofKind(docs, 'Ingress');
  if (ingresses.length === 0) problems.push('no Ingress');
  for (const ingress of ingresses) {
    const paths = arr(at(ingress, 'spec', 'rules')).flatMap((rule) => arr(at(rule, 'http', 'paths')));
    if (!paths.some((path) => at(path, 'path') === '/graphql')) problems.push(`${label(ingress)}: no /graphql path`);
    for (const path of paths) {
      const service = at(path, 'backend', 'service');
      const port = at(service, 'port', 'name') ?? at(service, 'port', 'number');
      if (!servicePortExists(docs, at(service, 'name'), port)) {
        problems.push(`${label(ingress)}: backend ${String(at(service, 'name'))}:${String(port)} does not exist`);
      }
    }
    const timeout = Number(
      obj(at(ingress, 'metadata', 'annotations'))['nginx.ingress.kubernetes.io/proxy-read-timeout'],
    );
    if (!(timeout >= 600)) problems.push(`${label(ingress)}: read timeout too short for graphql-ws`);
  }
  for (const budget of ofKind(docs, 'PodDisruptionBudget')) {
    const selector = obj(at(budget, 'spec', 'selector', 'matchLabels'));
    if (!ofKind(docs, 'Deployment').some((deployment) => labelsMatch(selector, podTemplateLabels(deployment)))) {
      problems.push(`${label(budget)}: selects no Deployment`);
    }
  }
  return problems;
}

const entryDir = (container: Obj): string => (strings(container.command)[3] ?? '').replace(/\/src\/[^/]+$/, '');

function checkMigrations({ docs }: K8sSet): string[] {
  const problems: string[] = [];
  const deployments = ofKind(docs, 'Deployment');
  const jobs = ofKind(docs, 'Job');
  for (const job of jobs) {
    const where = label(job);
    problems.push(...checkPodSecurity(job));
    const target = str(at(job, 'metadata', 'annotations', RUN_BEFORE));
    const deployment = deployments.find((candidate) => `deployment/${nameOf(candidate)}` === target);
    if (!deployment) {
      problems.push(`${where}: annotation ${RUN_BEFORE} names no Deployment`);
      continue;
    }
    if (at(job, 'metadata', 'labels', 'app.kubernetes.io/component') !== 'migration') {
      problems.push(`${where}: not labelled app.kubernetes.io/component=migration (CD selects on it)`);
    }
    if (!['Never', 'OnFailure'].includes(String(podSpec(job).restartPolicy))) {
      problems.push(`${where}: bad restartPolicy`);
    }
    if (Number(at(job, 'spec', 'parallelism') ?? 1) !== 1) {
      problems.push(`${where}: migrations must not run in parallel`);
    }
    const [migrate] = containersOf(job);
    const [serve] = containersOf(deployment);
    if (!migrate || !serve) continue;
    if (migrate.image !== serve.image) problems.push(`${where}: image differs from ${label(deployment)}`);
    if (!String(strings(migrate.command)[3]).endsWith('/migrate.ts') || entryDir(migrate) !== entryDir(serve)) {
      problems.push(`${where}: does not run the migrate.ts of ${label(deployment)}`);
    }
    const databaseOf = (container: Obj) =>
      JSON.stringify(arr(container.env).find((env) => at(env, 'name') === 'DATABASE_URL'));
    if (databaseOf(migrate) !== databaseOf(serve)) problems.push(`${where}: DATABASE_URL differs from its Deployment`);
  }
  for (const deployment of deployments) {
    if (at(deployment, 'metadata', 'labels', 'app.kubernetes.io/component') !== 'subgraph') continue;
    const found = jobs.filter(
      (job) => at(job, 'metadata', 'annotations', RUN_BEFORE) === `deployment/${nameOf(deployment)}`,
    );
    if (found.length !== 1) problems.push(`${label(deployment)}: ${found.length} migration Jobs, expected 1`);
  }
  return problems;
}

/** Each container's environment as name → value (ConfigMap values resolved, Secrets as `secret:<name>/<key>`). */
function effectiveEnv(container: Obj, docs: K8sDoc[]): Map<string, string> {
  const env = new Map<string, string>();
  for (const source of arr(container.envFrom)) {
    const configMap = ofKind(docs, 'ConfigMap').find((map) => nameOf(map) === at(source, 'configMapRef', 'name'));
    for (const [key, value] of Object.entries(obj(configMap?.data))) env.set(key, String(value));
  }
  for (const entry of arr(container.env)) {
    const secret = at(entry, 'valueFrom', 'secretKeyRef');
    const value = secret
      ? `secret:${String(at(secret, 'name'))}/${String(at(secret, 'key'))}`
      : String(at(entry, 'value') ?? '');
    env.set(String(at(entry, 'name')), value);
  }
  return env;
}

function checkEnvironment({ docs, secrets }: K8sSet): string[] {
  const problems: string[] = [];
  const secretKeys = new Map(
    secrets.map((secret) => [nameOf(secret), Object.keys({ ...obj(secret.data), ...obj(secret.stringData) })]),
  );
  for (const secret of secrets) {
    if (secret.kind !== 'Secret') problems.push(`${SECRET_TEMPLATE}: ${label(secret)} is not a Secret`);
    for (const [key, value] of Object.entries({ ...obj(secret.data), ...obj(secret.stringData) })) {
      if (value !== '' && value != null) problems.push(`${SECRET_TEMPLATE}: ${nameOf(secret)}.${key} holds a value`);
    }
  }
  const configMaps = new Map(ofKind(docs, 'ConfigMap').map((map) => [nameOf(map), obj(map.data)]));
  for (const [name, data] of configMaps) {
    for (const key of Object.keys(data)) if (SECRET_NAME.test(key)) problems.push(`ConfigMap/${name}: secret ${key}`);
  }
  for (const workload of workloads(docs)) {
    for (const container of containersOf(workload)) {
      const id = `${label(workload)}/${str(container.name) ?? '?'}`;
      for (const source of arr(container.envFrom)) {
        const configMap = at(source, 'configMapRef', 'name');
        const secret = at(source, 'secretRef', 'name');
        if (configMap !== undefined && !configMaps.has(String(configMap))) {
          problems.push(`${id}: envFrom ConfigMap ${String(configMap)} does not exist`);
        }
        if (secret !== undefined && !secretKeys.has(String(secret))) {
          problems.push(`${id}: envFrom Secret ${String(secret)} is not in the template`);
        }
      }
      for (const entry of arr(container.env)) {
        const name = String(at(entry, 'name'));
        const secretRef = at(entry, 'valueFrom', 'secretKeyRef');
        const configRef = at(entry, 'valueFrom', 'configMapKeyRef');
        if (secretRef) {
          const keys = secretKeys.get(String(at(secretRef, 'name')));
          if (!keys) problems.push(`${id}: ${name} names Secret ${String(at(secretRef, 'name'))}, not in the template`);
          else if (!keys.includes(String(at(secretRef, 'key')))) {
            problems.push(`${id}: ${name} names key ${String(at(secretRef, 'key'))}, not in the template`);
          }
        } else if (SECRET_NAME.test(name)) {
          problems.push(`${id}: secret ${name} is not read from a Secret`);
        }
        if (configRef && !(String(at(configRef, 'key')) in (configMaps.get(String(at(configRef, 'name'))) ?? {}))) {
          problems.push(`${id}: ${name} names a ConfigMap key that does not exist`);
        }
      }
    }
  }
  return problems;
}

/** What each process's configuration needs in production, and the gateway's URL of each subgraph. */
function checkProcessSettings({ docs }: K8sSet): string[] {
  const problems: string[] = [];
  const deployments = ofKind(docs, 'Deployment');
  const subgraphs = deployments.filter(
    (deployment) => at(deployment, 'metadata', 'labels', 'app.kubernetes.io/component') === 'subgraph',
  );
  const gateways = deployments.filter((deployment) => nameOf(deployment) === 'gateway');
  if (gateways.length !== 1) problems.push('no gateway Deployment');
  const requireSettings = (id: string, env: Map<string, string>, names: string[]) => {
    for (const name of names) if (!env.get(name)) problems.push(`${id}: ${name} is not set`);
  };
  for (const workload of [...subgraphs, ...ofKind(docs, 'Job'), ...gateways]) {
    for (const container of containersOf(workload)) {
      const id = `${label(workload)}/${str(container.name) ?? '?'}`;
      const env = effectiveEnv(container, docs);
      requireSettings(id, env, ['NODE_ENV', 'LOG_LEVEL', 'NATS_URL']);
      if (env.get('NODE_ENV') !== 'production') problems.push(`${id}: NODE_ENV is not production`);
      // Only the gateway signs identity headers: no other process may hold its key.
      const gateway = gateways.includes(workload);
      requireSettings(id, env, [gateway ? 'GATEWAY_PRIVATE_KEY' : 'GATEWAY_PUBLIC_KEY']);
      if (!gateway && env.has('GATEWAY_PRIVATE_KEY')) problems.push(`${id}: holds the gateway's GATEWAY_PRIVATE_KEY`);
      if (workload.kind === 'Job') requireSettings(id, env, ['DATABASE_URL']);
    }
  }
  for (const subgraph of subgraphs) {
    const [container] = containersOf(subgraph);
    const id = label(subgraph);
    const env = effectiveEnv(container ?? {}, docs);
    requireSettings(id, env, ['PORT', 'HOST', 'DATABASE_URL']);
    if (!declaresPort(container ?? {}, Number(env.get('PORT')))) problems.push(`${id}: PORT is not its containerPort`);
    const service = ofKind(docs, 'Service').find((candidate) =>
      labelsMatch(obj(at(candidate, 'spec', 'selector')), podTemplateLabels(subgraph)),
    );
    const [gateway] = gateways.flatMap(containersOf);
    const url = effectiveEnv(gateway ?? {}, docs).get(`${nameOf(subgraph).toUpperCase()}_URL`);
    const expected = `http://${nameOf(service)}:${String(at(arr(at(service, 'spec', 'ports'))[0], 'port'))}/graphql`;
    if (url !== expected) {
      problems.push(`gateway: ${nameOf(subgraph).toUpperCase()}_URL is ${url}, expected ${expected}`);
    }
  }
  for (const gateway of gateways) {
    for (const container of containersOf(gateway)) {
      const env = effectiveEnv(container, docs);
      requireSettings('gateway', env, ['GATEWAY_PORT', 'AUTH_PUBLIC_KEY']);
      if (!declaresPort(container, Number(env.get('GATEWAY_PORT')))) {
        problems.push('gateway: GATEWAY_PORT is not its containerPort');
      }
    }
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

function loadCompose(): Obj {
  return obj(parseYamlFile(COMPOSE_FILE).values[0]);
}

const composeServices = (compose: Obj): Obj => obj(compose.services);
const composeEnv = (service: unknown): Obj => {
  const environment = at(service, 'environment');
  if (!Array.isArray(environment)) return obj(environment);
  return Object.fromEntries(
    environment.map((entry) => String(entry).split(/=(.*)/s).slice(0, 2) as [string, string | undefined]),
  );
};
const isNodeService = (service: unknown): boolean =>
  strings(at(service, 'command')).slice(0, 3).join(' ') === NODE_COMMAND.join(' ');

function checkComposeServices(compose: Obj): string[] {
  const problems: string[] = [];
  const services = composeServices(compose);
  const names = Object.keys(services);
  for (const required of ['postgres', 'nats', 'gateway']) {
    if (!names.includes(required)) problems.push(`compose: no ${required} service`);
  }
  if (!String(at(services, 'postgres', 'image')).startsWith('postgres:15')) {
    problems.push('compose: postgres is not 15');
  }
  const nats = obj(services.nats);
  if (!String(nats.image).startsWith('nats:2.9')) problems.push('compose: nats is not 2.9');
  if (!strings(nats.command).includes('-js')) problems.push('compose: nats runs without JetStream (-js)');
  if (arr(nats.volumes).length === 0) problems.push('compose: nats keeps JetStream without a volume');
  for (const volume of arr(at(services, 'postgres', 'volumes')).map(String)) {
    const source = volume.split(':')[0];
    if (source.startsWith('.') && !existsSync(resolve(DEPLOY, source))) {
      problems.push(`compose: ${source} does not exist`);
    }
  }

  for (const [name, service] of Object.entries(services)) {
    const dependsOn = at(service, 'depends_on');
    const dependencies: [string, unknown][] = Array.isArray(dependsOn)
      ? dependsOn.map((dependency) => [String(dependency), undefined])
      : Object.entries(obj(dependsOn)).map(([dependency, spec]) => [dependency, at(spec, 'condition')]);
    for (const [dependency, condition] of dependencies) {
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
    if (!isNodeService(service)) continue;

    const command = strings(at(service, 'command'));
    const entry = command[3] ?? '';
    const env = composeEnv(service);
    if (!existsSync(join(REPO, entry))) problems.push(`compose: ${name} runs missing ${entry}`);
    if (env.NODE_ENV !== 'production') problems.push(`compose: ${name} is not in production mode`);
    const build = obj(at(service, 'build'));
    if (resolve(DEPLOY, String(build.context)) !== REPO || resolve(REPO, String(build.dockerfile)) !== DOCKERFILE) {
      problems.push(`compose: ${name} is not built from deploy/docker/Dockerfile in the repository root`);
    }
    if (
      at(service, 'read_only') === true &&
      !strings(at(service, 'tmpfs')).some((mount) => mount.split(':')[0] === '/tmp')
    ) {
      problems.push(`compose: ${name} has a read-only root filesystem and no /tmp`);
    }

    const migrate = /^services\/([a-z-]+)\/src\/migrate\.ts$/.exec(entry);
    const serve = /^services\/([a-z-]+)\/src\/main\.ts$/.exec(entry);
    if (migrate && at(service, 'restart') !== 'no') problems.push(`compose: ${name} is a one-shot step but restarts`);
    if (serve) {
      const step = Object.entries(services).find(
        ([, candidate]) => strings(at(candidate, 'command'))[3] === `services/${serve[1]}/src/migrate.ts`,
      );
      if (!step) problems.push(`compose: ${name} has no migration service`);
      else if (at(service, 'depends_on', step[0], 'condition') !== 'service_completed_successfully') {
        problems.push(`compose: ${name} does not wait for ${step[0]} to complete successfully`);
      } else if (JSON.stringify(composeEnv(step[1]).DATABASE_URL) !== JSON.stringify(env.DATABASE_URL)) {
        problems.push(`compose: ${step[0]} migrates another database than ${name} uses`);
      }
      for (const setting of ['PORT', 'HOST', 'DATABASE_URL', 'NATS_URL', 'GATEWAY_PUBLIC_KEY', 'LOG_LEVEL']) {
        if (!env[setting]) problems.push(`compose: ${name} has no ${setting}`);
      }
      if (env.GATEWAY_PRIVATE_KEY) problems.push(`compose: ${name} holds the gateway's GATEWAY_PRIVATE_KEY`);
    }
    if (serve || entry === 'gateway/src/main.ts') {
      const port = String(serve ? env.PORT : env.GATEWAY_PORT);
      const test = strings(at(service, 'healthcheck', 'test')).join(' ');
      if (!test.includes(`:${port}/health/`)) problems.push(`compose: ${name} has no healthcheck on :${port}/health/`);
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

// ------------------------------------------------------------------------------------------------
// Dockerfile
// ------------------------------------------------------------------------------------------------

interface Instruction {
  keyword: string;
  args: string;
}

function parseDockerfile(text: string): Instruction[] {
  const lines = text.split('\n').filter((line) => !/^\s*#/.test(line));
  return lines
    .join('\n')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [keyword, ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
}

function checkDockerfile(text: string, ignore: string): string[] {
  const problems: string[] = [];
  const instructions = parseDockerfile(text);
  const froms = instructions.filter((instruction) => instruction.keyword === 'FROM');
  if (froms.length === 0) problems.push('Dockerfile: no FROM');
  for (const from of froms)
    if (!/^node:20([.-]|\s|$)/.test(from.args)) problems.push(`Dockerfile: FROM ${from.args} is not node:20`);
  const lastFrom = instructions.lastIndexOf(froms[froms.length - 1]);
  const final = instructions.slice(lastFrom + 1);
  const users = final.filter((instruction) => instruction.keyword === 'USER');
  const user = users[users.length - 1]?.args;
  if (!user || /^(root|0)(:|$)/.test(user)) {
    problems.push('Dockerfile: the final stage does not run as a non-root user');
  }
  if (!final.some((instruction) => instruction.keyword === 'ENV' && /\bNODE_ENV=production\b/.test(instruction.args))) {
    problems.push('Dockerfile: the final stage does not set NODE_ENV=production');
  }
  if (!instructions.some((instruction) => instruction.keyword === 'RUN' && /\bnpm ci\b/.test(instruction.args))) {
    problems.push('Dockerfile: dependencies are not installed with npm ci');
  }
  const copied = final.filter((instruction) => instruction.keyword === 'COPY').map((instruction) => instruction.args);
  for (const needed of ['node_modules', 'tsconfig.json', 'tsconfig.base.json', 'libs', 'services', 'gateway']) {
    if (!copied.some((args) => args.split(/\s+/).some((part) => part.replace(/^.*\//, '') === needed))) {
      problems.push(`Dockerfile: the final stage does not copy ${needed}`);
    }
  }
  const command = final.filter((instruction) => /^(CMD|ENTRYPOINT)$/.test(instruction.keyword)).map((i) => i.args);
  if (command.some((args) => /npm/.test(args))) problems.push('Dockerfile: the process runs through npm');
  const ignored = ignore.split('\n').map((line) => line.trim());
  for (const pattern of ['**/node_modules', '.git', '**/.env']) {
    if (!ignored.includes(pattern)) problems.push(`Dockerfile.dockerignore: ${pattern} is not excluded`);
  }
  for (const needed of ['libs', 'services', 'gateway', 'tsconfig.json', 'tsconfig.base.json', 'package-lock.json']) {
    if (ignored.includes(needed)) problems.push(`Dockerfile.dockerignore: ${needed} is excluded but needed`);
  }
  return problems;
}

// ------------------------------------------------------------------------------------------------

/** The subgraphs the checked-in supergraph routes to: each must be deployed. */
function supergraphSubgraphs(): string[] {
  const supergraph = readFileSync(join(REPO, 'gateway', 'supergraph.graphql'), 'utf8');
  return [...supergraph.matchAll(/@join__graph\(name: "([^"]+)"/g)].map((match) => match[1]);
}

const deployFiles = (): string[] => [COMPOSE_FILE, ...walk(join(DEPLOY, 'docker')), ...walk(K8S)];

describe('deployment files', () => {
  describe('YAML', () => {
    it('every YAML file parses without errors or warnings', () => {
      const files = deployFiles().filter((file) => /\.ya?ml$/.test(file));
      expect(files.length).toBeGreaterThan(5);
      expect(files.flatMap((file) => parseYamlFile(file).errors)).toEqual([]);
    });
  });

  describe('Kubernetes', () => {
    const k8s = loadK8s();
    const files = walk(K8S).map((file) => relative(K8S, file));

    it('kustomization lists every manifest but the Secret template, and pins the image', () => {
      expect(checkKustomization(loadKustomization(), files)).toEqual([]);
    });
    it('every document has apiVersion, kind, metadata.name and the namespace', () => {
      expect(checkMetadata(k8s)).toEqual([]);
    });
    it('Deployments have 2+ replicas, matching selectors, probes, resources and a hardened non-root pod', () => {
      expect(checkDeployments(k8s)).toEqual([]);
    });
    it('each Service selects one Deployment (not migration pods) and targets a declared containerPort', () => {
      expect(checkServices(k8s)).toEqual([]);
    });
    it('the Ingress routes /graphql to the gateway Service with WebSocket timeouts; budgets select Deployments', () => {
      expect(checkIngressAndBudgets(k8s)).toEqual([]);
    });
    it('each subgraph has one migration Job, on the same image and database, to run before its rollout', () => {
      expect(checkMigrations(k8s)).toEqual([]);
    });
    it('env comes from the ConfigMap or from keys of the Secret template, which holds no values', () => {
      expect(checkEnvironment(k8s)).toEqual([]);
    });
    it("each process gets its configuration's production settings; the gateway the URL of each subgraph", () => {
      expect(checkProcessSettings(k8s)).toEqual([]);
    });
    it('every subgraph of the checked-in supergraph is deployed', () => {
      const deployed = ofKind(k8s.docs, 'Deployment').map(nameOf);
      expect(supergraphSubgraphs().filter((name) => !deployed.includes(name))).toEqual([]);
    });
  });

  describe('compose', () => {
    const compose = loadCompose();

    it('services, depends_on, one-shot migrations, healthchecks and the build are consistent', () => {
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

  describe('Dockerfile', () => {
    it('builds on node:20, installs with npm ci, and runs as a non-root user in production mode', () => {
      expect(existsSync(DOCKERFILE)).toBe(true);
      expect(checkDockerfile(readFileSync(DOCKERFILE, 'utf8'), readFileSync(DOCKERIGNORE, 'utf8'))).toEqual([]);
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
    const k8s = loadK8s();
    const compose = loadCompose();
    const mutate = (change: (copy: K8sSet) => void): K8sSet => {
      const copy = structuredClone(k8s);
      change(copy);
      return copy;
    };
    const deployment = (set: K8sSet, name: string): K8sDoc => {
      const found = ofKind(set.docs, 'Deployment').find((doc) => nameOf(doc) === name);
      if (!found) throw new Error(`no Deployment ${name}`);
      return found;
    };
    const firstContainer = (doc: K8sDoc): Obj => containersOf(doc)[0] ?? {};

    it('a Deployment without a readiness probe, or with a root or writable container', () => {
      expect(
        checkDeployments(mutate((set) => delete firstContainer(deployment(set, 'identity')).readinessProbe)),
      ).toEqual(['Deployment/identity/identity: readinessProbe is not GET /health/ready']);
      const root = mutate((set) => {
        obj(podSpec(deployment(set, 'gateway')).securityContext).runAsNonRoot = false;
        obj(firstContainer(deployment(set, 'gateway')).securityContext).readOnlyRootFilesystem = false;
      });
      expect(checkDeployments(root)).toHaveLength(2);
    });
    it('a selector that does not match, and a Service aimed at an undeclared port', () => {
      const broken = mutate((set) => {
        obj(at(deployment(set, 'identity'), 'spec', 'selector', 'matchLabels'))['app.kubernetes.io/name'] = 'other';
        const service = ofKind(set.docs, 'Service').find((doc) => nameOf(doc) === 'gateway');
        obj(arr(at(service, 'spec', 'ports'))[0]).targetPort = 'metrics';
      });
      expect(checkDeployments(broken).join()).toMatch(/Deployment\/identity: selector/);
      expect(checkServices(broken).join()).toMatch(/Service\/gateway: targetPort metrics/);
    });
    it('a Secret key that the template lacks, a literal secret and a template with a value', () => {
      const broken = mutate((set) => {
        const env = arr(firstContainer(deployment(set, 'identity')).env).map(obj);
        obj(
          at(
            env.find((entry) => entry.name === 'DATABASE_URL'),
            'valueFrom',
            'secretKeyRef',
          ),
        ).key = 'DB_URL';
        obj(env.find((entry) => entry.name === 'GATEWAY_PUBLIC_KEY')).valueFrom = undefined;
        obj(set.secrets[0].stringData).GATEWAY_PUBLIC_KEY = 'hunter2';
      });
      const problems = checkEnvironment(broken).join('\n');
      expect(problems).toMatch(/DATABASE_URL names key DB_URL, not in the template/);
      expect(problems).toMatch(/secret GATEWAY_PUBLIC_KEY is not read from a Secret/);
      expect(problems).toMatch(/antrian-shared.GATEWAY_PUBLIC_KEY holds a value/);
    });
    it("a subgraph holding the gateway's private key, or a gateway without it", () => {
      const broken = mutate((set) => {
        const counter = arr(firstContainer(deployment(set, 'counter')).env);
        counter.push({
          name: 'GATEWAY_PRIVATE_KEY',
          valueFrom: { secretKeyRef: { name: 'antrian-gateway', key: 'GATEWAY_PRIVATE_KEY' } },
        });
        const gateway = firstContainer(deployment(set, 'gateway'));
        gateway.env = arr(gateway.env).filter((entry) => at(entry, 'name') !== 'GATEWAY_PRIVATE_KEY');
      });
      expect(checkProcessSettings(broken)).toEqual([
        "Deployment/counter/counter: holds the gateway's GATEWAY_PRIVATE_KEY",
        'Deployment/gateway/gateway: GATEWAY_PRIVATE_KEY is not set',
      ]);
    });
    it('a migration Job on another image, and a subgraph without one', () => {
      const broken = mutate((set) => {
        const jobs = ofKind(set.docs, 'Job');
        firstContainer(jobs[0]).image = 'antrian:old';
        obj(jobs[1].metadata).annotations = {};
      });
      expect(checkMigrations(broken).join('\n')).toMatch(/image differs[\s\S]*0 migration Jobs, expected 1/);
    });
    it('compose: an undefined dependency, a subgraph not waiting for its migration, a literal secret', () => {
      const broken = structuredClone(compose);
      const services = composeServices(broken);
      obj(services.gateway).depends_on = { ghost: { condition: 'service_started' } };
      obj(at(services, 'identity', 'depends_on'))['identity-migrate'] = { condition: 'service_started' };
      obj(at(services, 'gateway', 'environment')).GATEWAY_PRIVATE_KEY = 'a-literal-private-key';
      obj(at(services, 'scheduling', 'environment')).DATABASE_URL = 'postgres://antrian_scheduling:pw@postgres/x';
      expect(checkComposeServices(broken).join('\n')).toMatch(/gateway depends on undefined service ghost/);
      expect(checkComposeServices(broken).join('\n')).toMatch(/identity does not wait for identity-migrate/);
      expect(checkComposeSecrets(broken)).toEqual([
        'compose: scheduling.DATABASE_URL is not a required variable ${DATABASE_URL:?...}',
        'compose: gateway.GATEWAY_PRIVATE_KEY is not a required variable ${GATEWAY_PRIVATE_KEY:?...}',
      ]);
    });
    it('a Dockerfile on another base, or that ends as root', () => {
      const ignore = readFileSync(DOCKERIGNORE, 'utf8');
      const text = readFileSync(DOCKERFILE, 'utf8');
      expect(
        checkDockerfile(text.replace(/FROM node:20-bookworm-slim AS runtime/, 'FROM node:22 AS runtime'), ignore),
      ).toEqual(['Dockerfile: FROM node:22 AS runtime is not node:20']);
      expect(checkDockerfile(`${text}\nUSER root\n`, ignore)).toEqual([
        'Dockerfile: the final stage does not run as a non-root user',
      ]);
      expect(checkDockerfile(text, ignore.replace('**/.env\n', ''))).toEqual([
        'Dockerfile.dockerignore: **/.env is not excluded',
      ]);
    });
  });
});

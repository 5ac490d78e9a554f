import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv, { ValidateFunction } from 'ajv';
import { DEV_SECRETS } from '@antrian/config';
import { arr, at, isObj, Obj, obj, parseYamlFile, parseYamlText, REPO, str, strings, walk } from '../manifest-helpers';

/**
 * The Kubernetes deployment (deploy/k8s): the production overlay as `kubectl kustomize` renders it,
 * every built-in object validated against the Kubernetes schemas (kubernetes-models), every custom
 * resource against the CRD checked in under crds/, and what the manifests promise checked against
 * each other: hardened pods, autoscaling within the databases' connections, network reachability,
 * one PostgreSQL cluster with backups per service, NATS credentials per process, released versions.
 * Each check returns the problems it finds, so the last block can prove on broken copies that it
 * does fail.
 */

const K8S = join(REPO, 'deploy', 'k8s');
const BASE = join(K8S, 'base');
const PRODUCTION = join(K8S, 'overlays', 'production');
const NAMESPACE = 'antrian';
const SUBGRAPHS = ['identity', 'scheduling', 'counter'];
const PROCESSES = [...SUBGRAPHS, 'gateway'];
const SECRET_TEMPLATE = join(K8S, 'secrets.template.yaml');
const RUN_BEFORE = 'antrian/run-before';
const SECRET_NAME = /SECRET|PASSWORD|TOKEN|_KEY$|_SEED$|^DATABASE_UR[LI]$/;
/** Connections PostgreSQL keeps for superusers, out of max_connections. */
const RESERVED_CONNECTIONS = 3;

interface K8sDoc extends Obj {
  kind?: string;
  apiVersion?: string;
  metadata?: Obj;
  spec?: Obj;
}

function render(dir: string): K8sDoc[] {
  const output = execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
  return parseYamlText(output, relative(REPO, dir)).values.map((value) => obj(value) as K8sDoc);
}

const nameOf = (doc: unknown): string => str(at(doc, 'metadata', 'name')) ?? '<unnamed>';
const label = (doc: unknown): string => `${str(at(doc, 'kind')) ?? '?'}/${nameOf(doc)}`;
const ofKind = (docs: K8sDoc[], kind: string): K8sDoc[] => docs.filter((doc) => doc.kind === kind);
const named = (docs: K8sDoc[], kind: string, name: string): K8sDoc | undefined =>
  ofKind(docs, kind).find((doc) => nameOf(doc) === name);
const labelsMatch = (selector: Obj, labels: Obj): boolean =>
  Object.entries(selector).every(([key, value]) => labels[key] === value);
const podTemplateLabels = (doc: unknown): Obj => obj(at(doc, 'spec', 'template', 'metadata', 'labels'));
const podSpec = (doc: unknown): Obj => obj(at(doc, 'spec', 'template', 'spec'));
const containersOf = (doc: unknown): Obj[] => arr(podSpec(doc).containers).map(obj);
const componentOf = (doc: unknown): unknown => at(doc, 'metadata', 'labels', 'app.kubernetes.io/component');
const workloads = (docs: K8sDoc[]): K8sDoc[] => docs.filter((doc) => doc.kind === 'Deployment' || doc.kind === 'Job');
const version = (project: string): string =>
  (
    JSON.parse(
      readFileSync(join(REPO, project === 'gateway' ? 'gateway' : `services/${project}`, 'package.json'), 'utf8'),
    ) as { version: string }
  ).version;

// ------------------------------------------------------------------------------------------------
// Schemas
// ------------------------------------------------------------------------------------------------

interface ModelClass {
  new (data: unknown): { validate(): void };
}

/** Built-in kinds against kubernetes-models' schemas; anything else must have a checked-in CRD. */
function checkSchemas(docs: K8sDoc[], crds: CrdValidators): string[] {
  const problems: string[] = [];
  for (const doc of docs) {
    const apiVersion = String(doc.apiVersion);
    const kind = String(doc.kind);
    const custom = crds.get(`${apiVersion}/${kind}`);
    if (custom) {
      if (!custom(doc)) {
        for (const error of custom.errors ?? []) problems.push(`${label(doc)}${error.instancePath}: ${error.message}`);
      }
      continue;
    }
    let Model: ModelClass | undefined;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      Model = (require(`kubernetes-models/${apiVersion}`) as Record<string, ModelClass>)[kind];
    } catch {
      Model = undefined;
    }
    if (!Model) {
      problems.push(`${label(doc)}: ${apiVersion} ${kind} is neither a built-in kind nor a checked-in CRD`);
      continue;
    }
    try {
      new Model(doc).validate();
    } catch (error) {
      problems.push(`${label(doc)}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return problems;
}

type CrdValidators = Map<string, ValidateFunction>;

/**
 * A CRD's schema as the API server applies it, and stricter: a field the schema does not name is an
 * error (as `kubectl apply --validate=strict` reports it), so a misspelt setting fails here.
 */
function strictSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(strictSchema);
  if (!isObj(schema)) return schema;
  const out: Obj = {};
  for (const [key, value] of Object.entries(schema)) out[key] = key === 'enum' ? value : strictSchema(value);
  if (schema['x-kubernetes-int-or-string'] === true) {
    delete out.type;
    out.anyOf = [{ type: 'integer' }, { type: 'string' }];
  }
  if (isObj(schema.properties) && schema.additionalProperties === undefined) {
    if (schema['x-kubernetes-preserve-unknown-fields'] !== true) out.additionalProperties = false;
  }
  return out;
}

function loadCrds(): CrdValidators {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  const validators: CrdValidators = new Map();
  for (const file of walk(join(K8S, 'crds')).filter((path) => path.endsWith('.yaml'))) {
    const [crd] = parseYamlFile(file).values;
    const group = String(at(crd, 'spec', 'group'));
    const kind = String(at(crd, 'spec', 'names', 'kind'));
    for (const version of arr(at(crd, 'spec', 'versions'))) {
      const schema = obj(strictSchema(at(version, 'schema', 'openAPIV3Schema')));
      // metadata is the API server's (ObjectMeta), not the CRD's to describe.
      schema.properties = { ...obj(schema.properties), metadata: { type: 'object' } };
      validators.set(`${group}/${String(at(version, 'name'))}/${kind}`, ajv.compile(schema));
    }
  }
  return validators;
}

// ------------------------------------------------------------------------------------------------
// Layout, metadata, pods
// ------------------------------------------------------------------------------------------------

function checkKustomization(): string[] {
  const problems: string[] = [];
  const kustomization = obj(parseYamlFile(join(BASE, 'kustomization.yaml')).values[0]);
  if (kustomization.namespace !== NAMESPACE) problems.push(`base: namespace is not ${NAMESPACE}`);
  const used = [
    ...strings(kustomization.resources),
    ...arr(kustomization.patches).map((patch) => String(at(patch, 'path'))),
  ];
  for (const file of walk(BASE).map((path) => relative(BASE, path))) {
    if (file !== 'kustomization.yaml' && !used.includes(file))
      problems.push(`base/${file} is not used by base/kustomization.yaml`);
  }
  const production = obj(parseYamlFile(join(PRODUCTION, 'kustomization.yaml')).values[0]);
  if (!strings(production.resources).includes('../../base')) problems.push('production does not build on the base');
  return problems;
}

function checkMetadata(docs: K8sDoc[]): string[] {
  const problems: string[] = [];
  for (const doc of docs) {
    if (doc.kind === 'Namespace') {
      if (nameOf(doc) !== NAMESPACE) problems.push(`${label(doc)}: the namespace is not ${NAMESPACE}`);
      if (at(doc, 'metadata', 'labels', 'pod-security.kubernetes.io/enforce') !== 'restricted') {
        problems.push(`${label(doc)}: Pod Security "restricted" is not enforced`);
      }
    } else if (at(doc, 'metadata', 'namespace') !== NAMESPACE) {
      problems.push(`${label(doc)}: metadata.namespace is not ${NAMESPACE}`);
    }
    if (at(doc, 'metadata', 'labels', 'app.kubernetes.io/part-of') !== 'antrian') {
      problems.push(`${label(doc)}: not labelled app.kubernetes.io/part-of=antrian`);
    }
  }
  if (ofKind(docs, 'Namespace').length !== 1) problems.push('exactly one Namespace is expected');
  return problems;
}

/** The project a workload runs: identity for Deployment/identity and Job/identity-migrate. */
const projectOf = (doc: K8sDoc): string => nameOf(doc).replace(/-migrate$/, '');

function checkPodSecurity(doc: K8sDoc): string[] {
  const problems: string[] = [];
  const where = label(doc);
  const spec = podSpec(doc);
  const pod = obj(spec.securityContext);
  if (pod.runAsNonRoot !== true) problems.push(`${where}: pod securityContext.runAsNonRoot is not true`);
  if (pod.runAsUser === 0) problems.push(`${where}: pod runs as uid 0`);
  if (at(pod, 'seccompProfile', 'type') !== 'RuntimeDefault') problems.push(`${where}: no RuntimeDefault seccomp`);
  if (spec.automountServiceAccountToken !== false) problems.push(`${where}: mounts a service-account token`);
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
    for (const mount of arr(container.volumeMounts)) {
      if (!volumes.includes(str(at(mount, 'name'))))
        problems.push(`${id}: mounts undeclared ${String(at(mount, 'name'))}`);
    }
    for (const bound of ['requests', 'limits']) {
      for (const resource of ['cpu', 'memory']) {
        if (at(container, 'resources', bound, resource) == null) problems.push(`${id}: no ${bound}.${resource}`);
      }
    }
    const project = projectOf(doc);
    const image = String(container.image);
    if (!image.endsWith(`/antrian/${project}:${version(project)}`)) {
      problems.push(`${id}: image ${image} is not antrian/${project} at its version ${version(project)}`);
    }
    const entry = doc.kind === 'Job' ? 'migrate' : 'main';
    if (strings(container.command).join(' ') !== `node ${entry}.js`)
      problems.push(`${id}: command is not node ${entry}.js`);
    const source = project === 'gateway' ? 'gateway/src' : `services/${project}/src`;
    if (!existsSync(join(REPO, source, `${entry}.ts`))) problems.push(`${id}: ${source}/${entry}.ts does not exist`);
  }
  return problems;
}

const declaresPort = (container: Obj, port: unknown): boolean =>
  arr(container.ports).some((declared) => at(declared, 'name') === port || at(declared, 'containerPort') === port);

function checkDeployments(docs: K8sDoc[]): string[] {
  const problems: string[] = [];
  const deployments = ofKind(docs, 'Deployment');
  if (deployments.map(nameOf).sort().join() !== [...PROCESSES].sort().join()) {
    problems.push(`Deployments are ${deployments.map(nameOf).join(', ')}, expected ${PROCESSES.join(', ')}`);
  }
  for (const deployment of deployments) {
    const where = label(deployment);
    if (at(deployment, 'spec', 'replicas') !== undefined) {
      problems.push(`${where}: sets replicas, which its HorizontalPodAutoscaler owns`);
    }
    const matchLabels = obj(at(deployment, 'spec', 'selector', 'matchLabels'));
    if (Object.keys(matchLabels).length === 0 || !labelsMatch(matchLabels, podTemplateLabels(deployment))) {
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
    const autoscalers = ofKind(docs, 'HorizontalPodAutoscaler').filter(
      (hpa) =>
        at(hpa, 'spec', 'scaleTargetRef', 'kind') === 'Deployment' &&
        at(hpa, 'spec', 'scaleTargetRef', 'name') === nameOf(deployment),
    );
    if (autoscalers.length !== 1) problems.push(`${where}: ${autoscalers.length} HorizontalPodAutoscalers, expected 1`);
    for (const hpa of autoscalers) {
      const min = Number(at(hpa, 'spec', 'minReplicas'));
      const max = Number(at(hpa, 'spec', 'maxReplicas'));
      if (!(min >= 2)) problems.push(`${label(hpa)}: minReplicas below 2`);
      if (!(max >= min)) problems.push(`${label(hpa)}: maxReplicas below minReplicas`);
      if (!arr(at(hpa, 'spec', 'metrics')).some((metric) => at(metric, 'resource', 'name') === 'cpu')) {
        problems.push(`${label(hpa)}: does not scale on CPU`);
      }
    }
    const budgets = ofKind(docs, 'PodDisruptionBudget').filter((pdb) =>
      labelsMatch(obj(at(pdb, 'spec', 'selector', 'matchLabels')), podTemplateLabels(deployment)),
    );
    if (budgets.length !== 1) problems.push(`${where}: ${budgets.length} PodDisruptionBudgets, expected 1`);
  }
  return problems;
}

function checkServicesAndIngress(docs: K8sDoc[]): string[] {
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
    for (const port of arr(at(service, 'spec', 'ports'))) {
      const target = at(port, 'targetPort') ?? at(port, 'port');
      if (!containersOf(selected[0]).some((container) => declaresPort(container, target))) {
        problems.push(`${where}: targetPort ${String(target)} is not a containerPort of ${label(selected[0])}`);
      }
    }
  }
  const ingresses = ofKind(docs, 'Ingress');
  if (ingresses.length !== 1) problems.push('one Ingress is expected');
  for (const ingress of ingresses) {
    const paths = arr(at(ingress, 'spec', 'rules')).flatMap((rule) => arr(at(rule, 'http', 'paths')));
    if (!paths.some((path) => at(path, 'path') === '/graphql')) problems.push(`${label(ingress)}: no /graphql path`);
    for (const path of paths) {
      const backend = at(path, 'backend', 'service');
      const service = named(docs, 'Service', String(at(backend, 'name')));
      const port = at(backend, 'port', 'name') ?? at(backend, 'port', 'number');
      if (!arr(at(service, 'spec', 'ports')).some((p) => at(p, 'name') === port || at(p, 'port') === port)) {
        problems.push(`${label(ingress)}: backend ${String(at(backend, 'name'))}:${String(port)} does not exist`);
      }
    }
    const timeout = Number(
      obj(at(ingress, 'metadata', 'annotations'))['nginx.ingress.kubernetes.io/proxy-read-timeout'],
    );
    if (!(timeout >= 600)) problems.push(`${label(ingress)}: read timeout too short for graphql-ws`);
  }
  return problems;
}

function checkMigrations(docs: K8sDoc[]): string[] {
  const problems: string[] = [];
  const jobs = ofKind(docs, 'Job');
  for (const job of jobs) {
    const where = label(job);
    problems.push(...checkPodSecurity(job));
    const deployment = named(
      docs,
      'Deployment',
      String(at(job, 'metadata', 'annotations', RUN_BEFORE)).replace(/^deployment\//, ''),
    );
    if (!deployment) {
      problems.push(`${where}: annotation ${RUN_BEFORE} names no Deployment`);
      continue;
    }
    if (componentOf(job) !== 'migration') problems.push(`${where}: not labelled app.kubernetes.io/component=migration`);
    if (podSpec(job).restartPolicy !== 'Never') problems.push(`${where}: restartPolicy is not Never`);
    if (Number(at(job, 'spec', 'parallelism') ?? 1) !== 1)
      problems.push(`${where}: migrations must not run in parallel`);
    const [migrate] = containersOf(job);
    const [serve] = containersOf(deployment);
    if (!migrate || !serve) continue;
    if (migrate.image !== serve.image) problems.push(`${where}: image differs from ${label(deployment)}`);
    const database = (container: Obj) =>
      JSON.stringify(arr(container.env).filter((env) => /^DATABASE_UR[IL]$/.test(String(at(env, 'name')))));
    if (database(migrate) !== database(serve))
      problems.push(`${where}: its database differs from ${label(deployment)}'s`);
  }
  for (const name of SUBGRAPHS) {
    const found = jobs.filter((job) => at(job, 'metadata', 'annotations', RUN_BEFORE) === `deployment/${name}`);
    if (found.length !== 1) problems.push(`Deployment/${name}: ${found.length} migration Jobs, expected 1`);
  }
  return problems;
}

// ------------------------------------------------------------------------------------------------
// Settings and secrets
// ------------------------------------------------------------------------------------------------

/** Secrets CloudNativePG creates for a Cluster named <cluster>: the owner's credentials and the CA. */
const CNPG_SECRETS: Record<string, string[]> = {
  app: ['uri', 'username', 'password', 'host', 'port', 'dbname'],
  ca: ['ca.crt'],
};

function secretKeysAvailable(docs: K8sDoc[], template: K8sDoc[]): Map<string, string[]> {
  const keys = new Map(
    template.map((secret) => [nameOf(secret), Object.keys({ ...obj(secret.data), ...obj(secret.stringData) })]),
  );
  for (const cluster of ofKind(docs, 'Cluster')) {
    for (const [suffix, names] of Object.entries(CNPG_SECRETS)) keys.set(`${nameOf(cluster)}-${suffix}`, names);
  }
  return keys;
}

/** Each container's environment as name → value (ConfigMap values resolved, Secrets as `secret:<name>/<key>`). */
function effectiveEnv(container: Obj, docs: K8sDoc[]): Map<string, string> {
  const env = new Map<string, string>();
  for (const source of arr(container.envFrom)) {
    const configMap = named(docs, 'ConfigMap', String(at(source, 'configMapRef', 'name')));
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

function checkEnvironment(docs: K8sDoc[], template: K8sDoc[]): string[] {
  const problems: string[] = [];
  for (const secret of template) {
    if (secret.kind !== 'Secret') problems.push(`secrets.template.yaml: ${label(secret)} is not a Secret`);
    for (const [key, value] of Object.entries({ ...obj(secret.data), ...obj(secret.stringData) })) {
      if (value !== '' && value != null) problems.push(`secrets.template.yaml: ${nameOf(secret)}.${key} holds a value`);
    }
  }
  const keys = secretKeysAvailable(docs, template);
  for (const map of ofKind(docs, 'ConfigMap')) {
    for (const key of Object.keys(obj(map.data)))
      if (SECRET_NAME.test(key)) problems.push(`${label(map)}: secret ${key}`);
  }
  const secretRefs: [string, string, string][] = [];
  for (const workload of workloads(docs)) {
    for (const container of containersOf(workload)) {
      const id = `${label(workload)}/${str(container.name) ?? '?'}`;
      for (const entry of arr(container.env)) {
        const name = String(at(entry, 'name'));
        const ref = at(entry, 'valueFrom', 'secretKeyRef');
        if (ref) secretRefs.push([id, String(at(ref, 'name')), String(at(ref, 'key'))]);
        else if (SECRET_NAME.test(name) && !/^\$\(DATABASE_URI\)/.test(String(at(entry, 'value')))) {
          problems.push(`${id}: secret ${name} is not read from a Secret`);
        }
      }
      for (const volume of arr(podSpec(workload).volumes)) {
        const secret = at(volume, 'secret');
        for (const item of arr(at(secret, 'items')))
          secretRefs.push([id, String(at(secret, 'secretName')), String(at(item, 'key'))]);
      }
    }
  }
  for (const custom of docs.filter((doc) => doc.kind === 'ObjectStore')) {
    for (const credential of Object.values(obj(at(custom, 'spec', 'configuration', 's3Credentials')))) {
      secretRefs.push([label(custom), String(at(credential, 'name')), String(at(credential, 'key'))]);
    }
  }
  for (const [id, secret, key] of secretRefs) {
    if (!keys.has(secret))
      problems.push(`${id}: Secret ${secret} is neither in the template nor made by CloudNativePG`);
    else if (!keys.get(secret)!.includes(key)) problems.push(`${id}: Secret ${secret} has no key ${key}`);
  }
  return problems;
}

/** The settings named by the one patch that adds the key between gateway and subgraphs. */
function gatewayKeySettings(): { subgraph: string; gateway: string } {
  const nameIn = (file: string) =>
    String(at(arr(parseYamlFile(join(BASE, 'patches', file)).values[0])[0], 'value', 'name'));
  return { subgraph: nameIn('gateway-key-subgraph.yaml'), gateway: nameIn('gateway-key-gateway.yaml') };
}

function checkProcessSettings(docs: K8sDoc[]): string[] {
  const problems: string[] = [];
  const keys = gatewayKeySettings();
  const require = (id: string, env: Map<string, string>, names: string[]) => {
    for (const name of names) if (!env.get(name)) problems.push(`${id}: ${name} is not set`);
  };
  for (const workload of workloads(docs)) {
    const [container] = containersOf(workload);
    const id = label(workload);
    const env = effectiveEnv(container ?? {}, docs);
    require(id, env, ['NODE_ENV', 'LOG_LEVEL']);
    if (env.get('NODE_ENV') !== 'production') problems.push(`${id}: NODE_ENV is not production`);
    const gateway = nameOf(workload) === 'gateway';
    require(id, env, [gateway ? keys.gateway : keys.subgraph]);
    if (workload.kind === 'Deployment') require(id, env, ['NATS_URL', 'NATS_NKEY_SEED']);
    if (!gateway) {
      require(id, env, ['DATABASE_URL']);
      if (!/sslmode=verify-full/.test(env.get('DATABASE_URL') ?? ''))
        problems.push(`${id}: the database is not reached over verified TLS`);
    }
    if (workload.kind === 'Deployment' && !gateway) {
      require(id, env, ['PORT', 'HOST']);
      if (!declaresPort(container ?? {}, Number(env.get('PORT'))))
        problems.push(`${id}: PORT is not its containerPort`);
    }
  }
  const gateway = named(docs, 'Deployment', 'gateway');
  const gatewayEnv = effectiveEnv(containersOf(gateway)[0] ?? {}, docs);
  require('gateway', gatewayEnv, ['GATEWAY_PORT', 'AUTH_PUBLIC_KEY']);
  for (const name of SUBGRAPHS) {
    const service = named(docs, 'Service', name);
    const expected = `http://${name}:${String(at(arr(at(service, 'spec', 'ports'))[0], 'port'))}/graphql`;
    const url = gatewayEnv.get(`${name.toUpperCase()}_URL`);
    if (url !== expected) problems.push(`gateway: ${name.toUpperCase()}_URL is ${url}, expected ${expected}`);
  }
  return problems;
}

// ------------------------------------------------------------------------------------------------
// Databases, autoscaling, versions
// ------------------------------------------------------------------------------------------------

function checkDatabases(docs: K8sDoc[], minInstances: number): string[] {
  const problems: string[] = [];
  for (const name of SUBGRAPHS) {
    const clusterName = `${name}-db`;
    const cluster = named(docs, 'Cluster', clusterName);
    if (!cluster) {
      problems.push(`${name}: no CloudNativePG Cluster ${clusterName}`);
      continue;
    }
    const where = label(cluster);
    if (Number(at(cluster, 'spec', 'instances')) < minInstances)
      problems.push(`${where}: fewer than ${minInstances} instances`);
    const initdb = obj(at(cluster, 'spec', 'bootstrap', 'initdb'));
    if (initdb.database !== `antrian_${name}` || initdb.owner !== `antrian_${name}`) {
      problems.push(`${where}: does not create antrian_${name} owned by antrian_${name}`);
    }
    const plugin = arr(at(cluster, 'spec', 'plugins')).find((p) => at(p, 'name') === 'barman-cloud.cloudnative-pg.io');
    if (!plugin || at(plugin, 'isWALArchiver') !== true) problems.push(`${where}: WAL is not archived`);
    const store = named(docs, 'ObjectStore', String(at(plugin, 'parameters', 'barmanObjectName')));
    if (!store) problems.push(`${where}: its backup ObjectStore does not exist`);
    else if (!String(at(store, 'spec', 'configuration', 'destinationPath')).endsWith(`/${name}`)) {
      problems.push(`${label(store)}: destinationPath is not the ${name} folder`);
    }
    const scheduled = ofKind(docs, 'ScheduledBackup').filter(
      (backup) => at(backup, 'spec', 'cluster', 'name') === clusterName,
    );
    if (scheduled.length !== 1 || at(scheduled[0], 'spec', 'method') !== 'plugin') {
      problems.push(`${where}: no scheduled base backup through the plugin`);
    }

    const deployment = named(docs, 'Deployment', name);
    const env = effectiveEnv(containersOf(deployment)[0] ?? {}, docs);
    if (env.get('DATABASE_URI') !== `secret:${clusterName}-app/uri`)
      problems.push(`Deployment/${name}: does not use ${clusterName}-app`);
    const ca = arr(podSpec(deployment).volumes).find(
      (volume) => at(volume, 'secret', 'secretName') === `${clusterName}-ca`,
    );
    if (!ca) problems.push(`Deployment/${name}: does not mount the CA of ${clusterName}`);

    const hpa = ofKind(docs, 'HorizontalPodAutoscaler').find((h) => at(h, 'spec', 'scaleTargetRef', 'name') === name);
    const pool = Number(env.get('DATABASE_POOL_SIZE'));
    const maxConnections = Number(at(cluster, 'spec', 'postgresql', 'parameters', 'max_connections') ?? 100);
    // Every replica's pool, a migration Job's and the old pods' during a rolling update (maxSurge 1).
    const needed = (Number(at(hpa, 'spec', 'maxReplicas')) + 2) * pool;
    if (!(needed <= maxConnections - RESERVED_CONNECTIONS)) {
      problems.push(
        `${name}: up to ${needed} connections at maxReplicas, ${clusterName} allows ${maxConnections - RESERVED_CONNECTIONS}`,
      );
    }
  }
  return problems;
}

function checkReleasedVersions(): string[] {
  const production = obj(parseYamlFile(join(PRODUCTION, 'kustomization.yaml')).values[0]);
  const problems: string[] = [];
  for (const project of PROCESSES) {
    const image = arr(production.images).find((entry) => at(entry, 'name') === `antrian-${project}`);
    if (!image) problems.push(`production: no image antrian-${project}`);
    else if (at(image, 'newTag') !== version(project)) {
      problems.push(
        `production: antrian-${project} is at ${String(at(image, 'newTag'))}, its package.json at ${version(project)}`,
      );
    }
  }
  return problems;
}

// ------------------------------------------------------------------------------------------------
// Network reachability
// ------------------------------------------------------------------------------------------------

interface Pod {
  name: string;
  namespace: string;
  labels: Obj;
}

const namespaceLabels = (namespace: string): Obj => ({ 'kubernetes.io/metadata.name': namespace });

function selectorMatches(selector: unknown, labels: Obj): boolean {
  if (!isObj(selector)) return false;
  if (!labelsMatch(obj(selector.matchLabels), labels)) return false;
  return arr(selector.matchExpressions).every((expression) => {
    const values = strings(at(expression, 'values'));
    const value = labels[String(at(expression, 'key'))];
    switch (at(expression, 'operator')) {
      case 'In':
        return values.includes(String(value));
      case 'NotIn':
        return !values.includes(String(value));
      case 'Exists':
        return value !== undefined;
      case 'DoesNotExist':
        return value === undefined;
      default:
        return false;
    }
  });
}

/** Whether a NetworkPolicy peer (in a policy of `policyNamespace`) covers `pod`. */
function peerMatches(peer: unknown, policyNamespace: string, pod: Pod): boolean {
  const namespaceSelector = at(peer, 'namespaceSelector');
  const podSelector = at(peer, 'podSelector');
  if (at(peer, 'ipBlock')) return true;
  const namespaceOk =
    namespaceSelector === undefined
      ? pod.namespace === policyNamespace
      : selectorMatches(namespaceSelector, namespaceLabels(pod.namespace));
  const podOk = podSelector === undefined ? true : selectorMatches(podSelector, pod.labels);
  return namespaceOk && podOk;
}

function allows(policies: K8sDoc[], direction: 'Ingress' | 'Egress', subject: Pod, other: Pod, port: number): boolean {
  const applying = policies.filter(
    (policy) =>
      String(at(policy, 'metadata', 'namespace')) === subject.namespace &&
      strings(at(policy, 'spec', 'policyTypes')).includes(direction) &&
      selectorMatches(at(policy, 'spec', 'podSelector'), subject.labels),
  );
  if (applying.length === 0) return true;
  const rulesKey = direction === 'Ingress' ? 'ingress' : 'egress';
  const peersKey = direction === 'Ingress' ? 'from' : 'to';
  return applying.some((policy) =>
    arr(at(policy, 'spec', rulesKey)).some((rule) => {
      const ports = arr(at(rule, 'ports'));
      const portOk = ports.length === 0 || ports.some((p) => Number(at(p, 'port')) === port);
      const peers = arr(at(rule, peersKey));
      const peerOk = peers.length === 0 || peers.some((peer) => peerMatches(peer, subject.namespace, other));
      return portOk && peerOk;
    }),
  );
}

/** Every pod the system has, and strangers: the Antrian pods from their templates, the others as their charts label them. */
function podsOf(docs: K8sDoc[]): Pod[] {
  const pods: Pod[] = workloads(docs).map((workload) => ({
    name: nameOf(workload),
    namespace: NAMESPACE,
    labels: podTemplateLabels(workload),
  }));
  for (const cluster of ofKind(docs, 'Cluster')) {
    pods.push({
      name: nameOf(cluster),
      namespace: NAMESPACE,
      labels: { 'cnpg.io/cluster': nameOf(cluster), 'cnpg.io/podRole': 'instance' },
    });
  }
  pods.push(
    {
      name: 'nats',
      namespace: NAMESPACE,
      labels: {
        'app.kubernetes.io/name': 'nats',
        'app.kubernetes.io/instance': 'nats',
        'app.kubernetes.io/component': 'nats',
      },
    },
    { name: 'ingress-nginx', namespace: 'ingress-nginx', labels: { 'app.kubernetes.io/name': 'ingress-nginx' } },
    { name: 'cnpg-operator', namespace: 'cnpg-system', labels: { 'app.kubernetes.io/name': 'cloudnative-pg' } },
    { name: 'stranger-in-namespace', namespace: NAMESPACE, labels: { app: 'debug' } },
    { name: 'stranger-elsewhere', namespace: 'default', labels: { app: 'debug' } },
  );
  return pods;
}

const PORTS = [4000, 4001, 4002, 4003, 4222, 5432];

/** "source -> target:port" for every connection the NetworkPolicies allow between the pods above. */
function reachability(docs: K8sDoc[]): string[] {
  const policies = ofKind(docs, 'NetworkPolicy');
  const pods = podsOf(docs);
  const listening = (pod: Pod): number[] => {
    if (pod.name === 'nats') return [4222];
    if (pod.labels['cnpg.io/cluster']) return [5432];
    const workload = workloads(docs).find((w) => nameOf(w) === pod.name && w.kind === 'Deployment');
    return containersOf(workload).flatMap((container) =>
      arr(container.ports).map((p) => Number(at(p, 'containerPort'))),
    );
  };
  const reached: string[] = [];
  for (const target of pods.filter((pod) => pod.namespace === NAMESPACE)) {
    for (const port of listening(target).filter((p) => PORTS.includes(p))) {
      for (const source of pods) {
        if (source === target) continue;
        if (allows(policies, 'Ingress', target, source, port) && allows(policies, 'Egress', source, target, port)) {
          reached.push(`${source.name} -> ${target.name}:${port}`);
        }
      }
    }
  }
  return reached.sort();
}

const EXPECTED_REACHABILITY = [
  'ingress-nginx -> gateway:4000',
  ...SUBGRAPHS.map((name, index) => `gateway -> ${name}:${4001 + index}`),
  ...PROCESSES.map((name) => `${name} -> nats:4222`),
  ...SUBGRAPHS.flatMap((name) => [
    `${name} -> ${name}-db:5432`,
    `${name}-migrate -> ${name}-db:5432`,
    `cnpg-operator -> ${name}-db:5432`,
  ]),
].sort();

// ------------------------------------------------------------------------------------------------
// NATS
// ------------------------------------------------------------------------------------------------

function checkNats(docs: K8sDoc[]): string[] {
  const problems: string[] = [];
  const chart = obj(parseYamlFile(join(K8S, 'nats', 'chart.yaml')).values[0]);
  if (!/^\d+\.\d+\.\d+$/.test(String(chart.version)))
    problems.push(`nats/chart.yaml: version ${String(chart.version)} is not pinned`);
  const values = obj(parseYamlFile(join(K8S, 'nats', 'values.yaml')).values[0]);
  const replicas = Number(at(values, 'config', 'cluster', 'replicas'));
  if (at(values, 'config', 'cluster', 'enabled') !== true || replicas !== 3) problems.push('nats: not a cluster of 3');
  if (
    at(values, 'config', 'jetstream', 'enabled') !== true ||
    at(values, 'config', 'jetstream', 'fileStore', 'enabled') !== true
  ) {
    problems.push('nats: JetStream is not on file storage');
  }
  const config = named(docs, 'ConfigMap', 'antrian-config');
  if (Number(at(config, 'data', 'NATS_STREAM_REPLICAS')) !== replicas)
    problems.push('NATS_STREAM_REPLICAS is not the number of NATS servers');
  if (!String(at(config, 'data', 'NATS_URL')).startsWith(`nats://${String(chart.release)}:`))
    problems.push('NATS_URL is not the chart release');
  const users = arr(at(values, 'config', 'merge', 'accounts', 'ANTRIAN', 'users'));
  const env = obj(at(values, 'container', 'env'));
  for (const process of PROCESSES) {
    const variable = `${process.toUpperCase()}_NKEY`;
    if (!users.some((user) => at(user, 'nkey') === `<< $${variable} >>`)) problems.push(`nats: no user for ${process}`);
    if (!env[variable]) problems.push(`nats: ${variable} is not given to the server`);
  }
  return problems;
}

// ------------------------------------------------------------------------------------------------

describe('Kubernetes manifests', () => {
  const production = render(PRODUCTION);
  const base = render(BASE);
  const crds = loadCrds();
  const template = parseYamlFile(SECRET_TEMPLATE).values.map((value) => obj(value) as K8sDoc);

  it('the production overlay and the base render; every YAML file parses', () => {
    expect(production.length).toBeGreaterThan(30);
    expect(base.length).toBe(production.length);
    const files = walk(K8S).filter((file) => file.endsWith('.yaml'));
    expect(files.flatMap((file) => parseYamlFile(file).errors)).toEqual([]);
  });
  it('every built-in object is valid against the Kubernetes schemas, every custom resource against its CRD', () => {
    expect(crds.has('postgresql.cnpg.io/v1/Cluster')).toBe(true);
    expect(checkSchemas(production, crds)).toEqual([]);
  });
  it('the base kustomization uses every file beside it; production builds on it', () => {
    expect(checkKustomization()).toEqual([]);
  });
  it('everything is in the antrian namespace, which enforces the restricted Pod Security Standard', () => {
    expect(checkMetadata(production)).toEqual([]);
  });
  it('Deployments: autoscaled from 2, disruption budgets, probes, hardened non-root pods, each on its own image and version', () => {
    expect(checkDeployments(production)).toEqual([]);
  });
  it('Services select their Deployment; the Ingress routes /graphql to the gateway', () => {
    expect(checkServicesAndIngress(production)).toEqual([]);
  });
  it('each subgraph has one migration Job, on its image and database, to run before its rollout', () => {
    expect(checkMigrations(production)).toEqual([]);
  });
  it('secrets come from the Secret template or from CloudNativePG; the template holds no values', () => {
    expect(checkEnvironment(production, template)).toEqual([]);
  });
  it('each process gets its production settings, the gateway key named by the patch, NATS credentials and verified TLS to its database', () => {
    expect(checkProcessSettings(production)).toEqual([]);
  });
  it('a CloudNativePG cluster per service database, with WAL archiving and daily backups; connections suffice at maxReplicas', () => {
    expect(checkDatabases(production, 3)).toEqual([]);
    expect(checkDatabases(base, 1)).toEqual([]);
  });
  it('only the gateway reaches subgraphs, only services reach their PostgreSQL and NATS, only the ingress reaches the gateway', () => {
    expect(reachability(production)).toEqual(EXPECTED_REACHABILITY);
  });
  it("NATS: the chart's version is pinned; 3 servers with JetStream on files, stream replicas to match, a user per process", () => {
    expect(checkNats(production)).toEqual([]);
  });
  it('production runs each project at the version its package.json gives', () => {
    expect(checkReleasedVersions()).toEqual([]);
  });
  it('no deployment file carries a key or a development secret', () => {
    const leaks = walk(K8S).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const found = Object.entries(DEV_SECRETS)
        .filter(([, value]) => text.includes(value) || text.includes(value.replace(/\n/g, '\\n')))
        .map(([name]) => name);
      if (/-----BEGIN [A-Z ]*KEY-----/.test(text) || /\bSU[A-Z2-7]{56}\b/.test(text)) found.push('key material');
      return found.map((what) => `${relative(REPO, file)}: ${what}`);
    });
    expect(leaks).toEqual([]);
  });

  describe('the checks catch broken manifests', () => {
    const mutate = (change: (docs: K8sDoc[]) => void): K8sDoc[] => {
      const copy = structuredClone(production);
      change(copy);
      return copy;
    };
    const the = (docs: K8sDoc[], kind: string, name: string): K8sDoc => {
      const found = named(docs, kind, name);
      if (!found) throw new Error(`no ${kind} ${name}`);
      return found;
    };

    it('a wrong type in a built-in object, a misspelt field in a Cluster', () => {
      const broken = mutate((docs) => {
        obj(arr(containersOf(the(docs, 'Deployment', 'identity'))[0].ports)[0]).containerPort = 'http';
        obj(the(docs, 'Cluster', 'counter-db').spec).instance = 3;
      });
      const problems = checkSchemas(broken, crds).join('\n');
      expect(problems).toMatch(/Deployment\/identity.*containerPort must be integer/);
      expect(problems).toMatch(/Cluster\/counter-db\/spec: must NOT have additional properties/);
    });
    it('a subgraph open to every pod, a database open to the gateway', () => {
      const broken = mutate((docs) => {
        obj(arr(at(the(docs, 'NetworkPolicy', 'scheduling'), 'spec', 'ingress'))[0]).from = [];
        arr(at(the(docs, 'NetworkPolicy', 'counter-db'), 'spec', 'ingress')).push({
          from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'gateway' } } }],
        });
      });
      const extra = reachability(broken).filter((line) => !EXPECTED_REACHABILITY.includes(line));
      expect(extra).toEqual(
        expect.arrayContaining(['stranger-in-namespace -> scheduling:4002', 'cnpg-operator -> scheduling:4002']),
      );
      // The gateway's own egress policy still keeps it from counter-db: both ends must allow a connection.
      expect(extra.some((line) => line.startsWith('gateway -> counter-db'))).toBe(false);
    });
    it('a Deployment with a fixed replica count, an autoscaler beyond its database, a root container', () => {
      const broken = mutate((docs) => {
        obj(the(docs, 'Deployment', 'counter').spec).replicas = 2;
        obj(the(docs, 'HorizontalPodAutoscaler', 'identity').spec).maxReplicas = 40;
        obj(containersOf(the(docs, 'Deployment', 'gateway'))[0].securityContext).readOnlyRootFilesystem = false;
      });
      expect(checkDeployments(broken).join('\n')).toMatch(
        /Deployment\/counter: sets replicas[\s\S]*gateway: root filesystem is writable/,
      );
      expect(checkDatabases(broken, 3).join('\n')).toMatch(/identity: up to 420 connections/);
    });
    it('a secret read from a missing Secret key, a Job on another image', () => {
      const broken = mutate((docs) => {
        const env = arr(containersOf(the(docs, 'Deployment', 'scheduling'))[0].env).map(obj);
        obj(
          at(
            env.find((entry) => entry.name === 'NATS_NKEY_SEED'),
            'valueFrom',
            'secretKeyRef',
          ),
        ).key = 'SEED';
        containersOf(the(docs, 'Job', 'counter-migrate'))[0].image = 'registry.example.go.id/antrian/counter:0.0.1';
      });
      expect(checkEnvironment(broken, template).join('\n')).toMatch(/Secret antrian-scheduling has no key SEED/);
      expect(checkMigrations(broken).join('\n')).toMatch(/Job\/counter-migrate: image differs/);
    });
  });
});

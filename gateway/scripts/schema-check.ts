import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { GraphQLSchema, parse } from 'graphql';
import { REPO_ROOT, SUBGRAPHS } from '../../deploy/local/subgraph-registry';
import { printSdl, SUPERGRAPH_PATH } from './compose-supergraph';

/**
 * `npm run schema:check <service>`: may this service's current code be released on its own?
 * Composes its NEW schema (printed from its code now) with the others' checked-in schemas
 * (`services/<name>/schema.graphql`, what is deployed beside it) and fails on
 *   1. a composition error;
 *   2. a breaking change of the public API against the checked-in `gateway/supergraph.graphql`
 *      (@graphql-inspector/core on the API schemas: a removed field, a narrowed argument, …);
 *   3. anything of the public contract (`contract.graphql`) that the checked-in supergraph has and
 *      the new one lacks (the contract also names what is not built yet: that is not this check's).
 * The contract and its checker come from `../shared` when it exists, else from the copies checked
 * in under `tools/contract/`.
 */

export interface ContractSource {
  contract: string;
  checker: string;
  /** Where they were found, for the report. */
  origin: 'shared' | 'checked-in copy';
}

export function contractSource(sharedDir = resolve(REPO_ROOT, '..', 'shared')): ContractSource {
  const shared = {
    contract: join(sharedDir, 'contract.graphql'),
    checker: join(sharedDir, 'tools', 'check-contract.mjs'),
  };
  if (existsSync(shared.contract) && existsSync(shared.checker)) return { ...shared, origin: 'shared' };
  const copy = join(REPO_ROOT, 'tools', 'contract');
  return {
    contract: join(copy, 'contract.graphql'),
    checker: join(copy, 'check-contract.mjs'),
    origin: 'checked-in copy',
  };
}

export interface SchemaCheckInput {
  service: string;
  /** The service's schema as its code prints it now. */
  newSdl: string;
  /** Every subgraph's checked-in SDL, by name (the service's own is replaced by newSdl). */
  checkedIn: Record<string, string>;
  committedSupergraph: string;
  contract: ContractSource;
}

export interface SchemaCheckReport {
  compositionErrors: string[];
  breaking: string[];
  /** Reported, not failing: changes that may surprise a client (a new enum value, say). */
  dangerous: string[];
  contractMissing: string[];
  /** The supergraph the new schema composes into. */
  supergraph?: string;
}

export const failed = (report: SchemaCheckReport): boolean =>
  report.compositionErrors.length + report.breaking.length + report.contractMissing.length > 0;

/** What of the contract a supergraph lacks, as the contract checker lists it. */
function missingFromContract(supergraph: string, contract: ContractSource): Set<string> {
  const folder = mkdtempSync(join(tmpdir(), 'antrian-schema-check-'));
  try {
    const file = join(folder, 'supergraph.graphql');
    writeFileSync(file, supergraph);
    let output: string;
    try {
      output = execFileSync('node', [contract.checker, file, contract.contract], { cwd: REPO_ROOT, encoding: 'utf8' });
    } catch (error) {
      // The checker exits 1 when anything is missing; its list is on stdout either way.
      output = String((error as { stdout?: string }).stdout ?? '');
      if (!output.includes('contract:')) throw error;
    }
    return new Set(output.split('\n').filter((line) => line.startsWith('missing: ')));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const apiSchema = (supergraphSdl: string): GraphQLSchema =>
  Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();

export async function checkSchema(input: SchemaCheckInput): Promise<SchemaCheckReport> {
  const report: SchemaCheckReport = { compositionErrors: [], breaking: [], dangerous: [], contractMissing: [] };
  const sdls = { ...input.checkedIn, [input.service]: input.newSdl };
  const composed = composeServices(
    SUBGRAPHS.map((subgraph) => ({
      name: subgraph.name,
      url: `http://127.0.0.1:${subgraph.defaultPort}/graphql`,
      typeDefs: parse(sdls[subgraph.name]),
    })),
  );
  if (composed.errors) {
    report.compositionErrors = composed.errors.map((error) => error.message);
    return report;
  }
  report.supergraph = `${composed.supergraphSdl.trim()}\n`;

  const changes = await diff(apiSchema(input.committedSupergraph), apiSchema(report.supergraph));
  for (const change of changes) {
    if (change.criticality.level === CriticalityLevel.Breaking) report.breaking.push(change.message);
    else if (change.criticality.level === CriticalityLevel.Dangerous) report.dangerous.push(change.message);
  }

  const before = missingFromContract(input.committedSupergraph, input.contract);
  const after = missingFromContract(report.supergraph, input.contract);
  report.contractMissing = [...after].filter((line) => !before.has(line)).map((line) => line.slice('missing: '.length));
  return report;
}

/** The checked-in SDL of every subgraph. */
export function checkedInSchemas(): Record<string, string> {
  return Object.fromEntries(SUBGRAPHS.map((subgraph) => [subgraph.name, readFileSync(subgraph.schemaPath, 'utf8')]));
}

async function main(service: string | undefined): Promise<number> {
  const names = SUBGRAPHS.map((subgraph) => subgraph.name);
  if (!service || !names.includes(service)) {
    console.error(`usage: npm run schema:check <${names.join('|')}>`);
    return 2;
  }
  const contract = contractSource();
  const report = await checkSchema({
    service,
    newSdl: await printSdl(service),
    checkedIn: checkedInSchemas(),
    committedSupergraph: readFileSync(SUPERGRAPH_PATH, 'utf8'),
    contract,
  });
  const section = (title: string, lines: string[]) => {
    if (lines.length) console.error(`${title}:\n${lines.map((line) => `  - ${line}`).join('\n')}`);
  };
  section('composition errors', report.compositionErrors);
  section(`breaking changes against ${relative(REPO_ROOT, SUPERGRAPH_PATH)}`, report.breaking);
  section(
    `missing from the contract (${contract.origin}: ${relative(REPO_ROOT, contract.contract)})`,
    report.contractMissing,
  );
  section('dangerous changes (not failing)', report.dangerous);
  if (failed(report)) {
    console.error(`schema:check ${service}: FAILED`);
    return 1;
  }
  console.warn(
    `schema:check ${service}: composes, nothing breaking, nothing of the contract lost (${contract.origin})`,
  );
  return 0;
}

if (require.main === module) {
  main(process.argv[2]).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}

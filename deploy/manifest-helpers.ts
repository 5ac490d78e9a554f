import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';

/** Small readers for YAML documents of unknown shape, shared by the deploy-file tests. */

export const REPO = resolve(__dirname, '..');

export type Obj = Record<string, unknown>;

export const isObj = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const obj = (value: unknown): Obj => (isObj(value) ? value : {});
export const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
export const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
export const at = (value: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((node, key) => obj(node)[key], value);
export const strings = (value: unknown): string[] => arr(value).map((item) => String(item));

export function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

export function parseYamlText(text: string, where: string): { values: unknown[]; errors: string[] } {
  const documents = parseAllDocuments(text, { merge: true });
  const errors = documents.flatMap((document) =>
    [...document.errors, ...document.warnings].map((error) => `${where}: ${error.message}`),
  );
  const values = documents.map((document) => document.toJSON() as unknown).filter((value) => value != null);
  return { values, errors };
}

export function parseYamlFile(file: string): { values: unknown[]; errors: string[] } {
  return parseYamlText(readFileSync(file, 'utf8'), relative(REPO, file));
}

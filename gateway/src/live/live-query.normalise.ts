import { createHash } from 'node:crypto';
import {
  astFromValue,
  buildSchema,
  DocumentNode,
  ExecutionResult,
  executeSync,
  FieldNode,
  FragmentDefinitionNode,
  getArgumentValues,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLField,
  GraphQLFormattedError,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLSchema,
  isAbstractType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  print,
  printSchema,
} from 'graphql';
// graphql-js's own field collection (fragments, type conditions, @skip/@include), exactly as its
// executor applies it; internal in graphql 16, so pinned by the major version in package.json.
import { collectFields, collectSubfields } from 'graphql/execution/collectFields';

type Variables = Record<string, unknown>;
type FieldMap = Map<string, readonly FieldNode[]>;
type Path = readonly (string | number)[];

/**
 * Turns one subscriber's results of a shared, normalised live query into what her own selection
 * asks for: her aliases, her fragments, her field order.
 */
export interface LiveProjection {
  /** Subscribers with equal keys get the very same projected result. */
  readonly key: string;
  apply(result: ExecutionResult): ExecutionResult;
}

export interface NormalisedLiveQuery {
  /** The selection with aliases stripped, fragments resolved, variables inlined, fields sorted. */
  query: string;
  projection: LiveProjection;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * What identifies a field in the normalised query: its name, and a digest of its argument values
 * when it has any. It depends on what is asked, never on how: two aliases of one field with the
 * same arguments are one field, the same field with other arguments another. The normalised
 * query uses it as the field's alias only where one name is asked with several argument sets;
 * elsewhere the bare name (so it has no more aliases than what the subscriber wrote).
 */
export function canonicalKey(fieldName: string, args: Variables): string {
  if (Object.keys(args).length === 0) return fieldName;
  return `${fieldName}_${createHash('sha256').update(stableJson(args)).digest('hex').slice(0, 16)}`;
}

/** A field's value in a normalised result: under its canonical key, or its bare name where that is unique. */
function normalisedValue(source: unknown, fieldName: string, args: Variables): unknown {
  const object = source as Record<string, unknown> | null | undefined;
  if (!object) return object;
  const key = canonicalKey(fieldName, args);
  return key in object ? object[key] : object[fieldName];
}

/**
 * The schema without resolvers, for projecting results: Apollo Server wraps the resolvers of the
 * schema it serves in place (its plugins' `willResolveField`), and a field's own resolver wins
 * over the projection's `fieldResolver`, which alone knows where a field asked with several
 * argument sets sits in the shared result.
 */
const resolverFree = new WeakMap<GraphQLSchema, GraphQLSchema>();
function projectionSchema(schema: GraphQLSchema): GraphQLSchema {
  let copy = resolverFree.get(schema);
  if (!copy) {
    copy = buildSchema(printSchema(schema));
    resolverFree.set(schema, copy);
  }
  return copy;
}

interface Context {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Variables;
}

function fieldDefinition(type: GraphQLObjectType, name: string): GraphQLField<unknown, unknown> | undefined {
  return type.getFields()[name];
}

/** `name(args)`, or `key: name(args)`, for one normalised field. */
function printField(key: string, field: GraphQLField<unknown, unknown>, args: Variables): string {
  const printed = field.args
    .filter((arg) => arg.name in args)
    .map((arg) => `${arg.name}: ${print(astFromValue(args[arg.name], arg.type) ?? { kind: Kind.NULL })}`);
  const call = printed.length > 0 ? `${field.name}(${printed.join(', ')})` : field.name;
  return key === field.name ? call : `${key}: ${call}`;
}

function printSelection(context: Context, type: GraphQLObjectType, fields: FieldMap): string[] {
  const byKey = new Map<string, { field: GraphQLField<unknown, unknown>; args: Variables; nodes: FieldNode[] }>();
  let typename = false;
  for (const nodes of fields.values()) {
    const name = nodes[0].name.value;
    if (name === '__typename') {
      typename = true;
      continue;
    }
    const field = fieldDefinition(type, name);
    if (!field) throw new Error(`${type.name}.${name} is not in the schema`);
    const args = getArgumentValues(field, nodes[0], context.variables);
    const key = canonicalKey(name, args);
    const entry = byKey.get(key) ?? { field, args, nodes: [] };
    entry.nodes.push(...nodes);
    byKey.set(key, entry);
  }
  const perName = new Map<string, number>();
  for (const { field } of byKey.values()) perName.set(field.name, (perName.get(field.name) ?? 0) + 1);
  const printed = [...byKey.entries()]
    .map(([key, entry]) => ({ ...entry, key: (perName.get(entry.field.name) ?? 0) > 1 ? key : entry.field.name }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ key, field, args, nodes }) => printField(key, field, args) + printSubselection(context, field.type, nodes));
  return typename ? ['__typename', ...printed] : printed;
}

function printSubselection(context: Context, type: GraphQLOutputType, nodes: readonly FieldNode[]): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  const { schema, fragments, variables } = context;
  if (isObjectType(named)) {
    const inner = printSelection(context, named, collectSubfields(schema, fragments, variables, named, nodes));
    return ` { ${inner.join(' ')} }`;
  }
  // An abstract type: per possible type, what applies to it, so that fragments written in any way
  // come out the same; `__typename` tells each subscriber's projection which one it got.
  const parts = ['__typename'];
  const possible = [...schema.getPossibleTypes(named)].sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const concrete of possible) {
    const inner = printSelection(context, concrete, collectSubfields(schema, fragments, variables, concrete, nodes));
    if (inner.length > 0) parts.push(`... on ${concrete.name} { ${inner.join(' ')} }`);
  }
  return ` { ${parts.join(' ')} }`;
}

function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return fragments;
}

/**
 * A live query (a query operation, as `rewriteAsLiveQuery` makes it) in a normal form that does
 * not depend on how it was written, and the projection back to what its subscriber wrote.
 * Subscribers whose selections ask for the same thing share one execution per live message
 * whatever their aliases, fragments, variables or field order; aliases cannot defeat sharing.
 */
export function normaliseLiveQuery(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables,
): NormalisedLiveQuery {
  const queryType = schema.getQueryType();
  if (!queryType) throw new Error('The schema has no Query type');
  const context: Context = { schema, fragments: fragmentsOf(document), variables };
  const root = collectFields(schema, context.fragments, variables, queryType, operation.selectionSet);
  const query = `{ ${printSelection(context, queryType, root).join(' ')} }`;
  const projected: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [operation, ...Object.values(context.fragments)],
  };
  return {
    query,
    projection: {
      key: stableJson([print(projected), variables]),
      apply: (result) => project(context, projected, operation, queryType, result),
    },
  };
}

function project(
  context: Context,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  queryType: GraphQLObjectType,
  result: ExecutionResult,
): ExecutionResult {
  const errors = (result.errors ?? []).flatMap((error) => translateError(context, operation, queryType, result, error));
  if (!result.data) return errors.length > 0 ? { data: result.data, errors } : { data: result.data };
  const projected = executeSync({
    schema: projectionSchema(context.schema),
    document,
    variableValues: context.variables,
    rootValue: result.data,
    fieldResolver: (source, args, _context, info) => normalisedValue(source, info.fieldName, args as Variables),
    typeResolver: (value) => (value as { __typename?: string } | null)?.__typename,
  });
  errors.push(...(projected.errors ?? []));
  return errors.length > 0 ? { data: projected.data, errors } : { data: projected.data };
}

interface Position {
  path: (string | number)[];
  type: GraphQLOutputType;
  /** The selections at this position; null at the root, whose selection is the operation's. */
  nodes: readonly FieldNode[] | null;
  data: unknown;
}

/**
 * An error of the shared result at the subscriber's own path (one per alias that asks for the
 * erroneous field). Where the path cannot be followed (an abstract type whose data is gone), the
 * error keeps the part it could translate.
 */
function translateError(
  context: Context,
  operation: OperationDefinitionNode,
  queryType: GraphQLObjectType,
  result: ExecutionResult,
  error: GraphQLError | GraphQLFormattedError,
): GraphQLError[] {
  const rebuilt = (path: Path | undefined) =>
    new GraphQLError(error.message, { path, extensions: error.extensions as Record<string, unknown> | undefined });
  if (!error.path) return [rebuilt(undefined)];
  let positions: Position[] = [{ path: [], type: queryType, nodes: null, data: result.data }];
  for (const segment of error.path) {
    const next: Position[] = [];
    for (const position of positions) {
      const type = getNullableType(position.type);
      const data = position.data as Record<string | number, unknown> | null | undefined;
      if (typeof segment === 'number') {
        if (isListType(type))
          next.push({ ...position, path: [...position.path, segment], type: type.ofType, data: data?.[segment] });
        continue;
      }
      const named = getNamedType(type);
      const runtime = isObjectType(named)
        ? named
        : isAbstractType(named)
          ? context.schema.getType(String((data as { __typename?: unknown } | null)?.__typename))
          : undefined;
      if (!isObjectType(runtime)) continue;
      const { schema, fragments, variables } = context;
      const fields: FieldMap = position.nodes
        ? collectSubfields(schema, fragments, variables, runtime, position.nodes)
        : collectFields(schema, fragments, variables, runtime, operation.selectionSet);
      for (const [responseKey, nodes] of fields) {
        const field = fieldDefinition(runtime, nodes[0].name.value);
        if (!field) continue;
        const key = canonicalKey(field.name, getArgumentValues(field, nodes[0], variables));
        // The bare name stands for the field where the normalised query asks it with one argument set.
        if (segment !== key && !(segment === field.name && !(key in ((data as object | null) ?? {})))) continue;
        next.push({ path: [...position.path, responseKey], type: field.type, nodes, data: data?.[segment] });
      }
    }
    if (next.length === 0) break;
    positions = next;
  }
  return positions.map((position) => rebuilt(position.path.length > 0 ? position.path : undefined));
}

import type { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode,
  FieldNode,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isObjectType,
  isScalarType,
  OperationDefinitionNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { LocalizedMessage, message } from '@antrian/messages';
import { DomainError } from './domain-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every id of this system is a database UUID; anything else names nothing. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/**
 * The technical detail of each problem, in `extensions.problems` (the same in every language;
 * they never repeat the value they refuse). The message a person reads names the fields.
 */
export const INPUT_GUARD_MESSAGES = {
  notAnId: 'is not a valid id',
  nulCharacter: 'must not contain a NUL character',
} as const;

export interface InputProblem {
  /** Where the value sits: `office.id`, `bookSession.input.sessionId`, `_entities.representations.0.id`. */
  path: string;
  problem: keyof typeof INPUT_GUARD_MESSAGES;
}

function checkValue(type: GraphQLInputType, value: unknown, path: string, problems: InputProblem[]): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (Array.isArray(value))
      value.forEach((item, index) => checkValue(nullable.ofType, item, `${path}.${index}`, problems));
    else checkValue(nullable.ofType, value, path, problems);
    return;
  }
  if (isInputObjectType(nullable)) {
    if (typeof value !== 'object') return;
    for (const [name, field] of Object.entries(nullable.getFields())) {
      checkValue(field.type, (value as Record<string, unknown>)[name], `${path}.${name}`, problems);
    }
    return;
  }
  if (isScalarType(nullable)) {
    if (nullable.name === 'ID' && !isUuid(value)) problems.push({ path, problem: 'notAnId' });
    else if (typeof value === 'string' && value.includes('\u0000')) problems.push({ path, problem: 'nulCharacter' });
  }
}

/** `_entities` representations are `_Any`: their key fields are checked by the entity's own types. */
function checkRepresentations(schema: GraphQLSchema, value: unknown, path: string, problems: InputProblem[]): void {
  if (!Array.isArray(value)) return;
  value.forEach((representation: unknown, index) => {
    if (typeof representation !== 'object' || representation === null) return;
    const { __typename: typename, ...keys } = representation as Record<string, unknown>;
    const type = typeof typename === 'string' ? schema.getType(typename) : undefined;
    if (!isObjectType(type)) return;
    const fields = type.getFields();
    for (const [name, key] of Object.entries(keys)) {
      const field = fields[name];
      if (!field) continue;
      const named = getNamedType(field.type);
      if (named.name === 'ID' && !isUuid(key)) problems.push({ path: `${path}.${index}.${name}`, problem: 'notAnId' });
      else if (typeof key === 'string' && key.includes('\u0000')) {
        problems.push({ path: `${path}.${index}.${name}`, problem: 'nulCharacter' });
      }
    }
  });
}

/** A field with arguments in an operation, and its definition. */
interface ArgumentSite {
  node: FieldNode;
  field: GraphQLField<unknown, unknown>;
}

/** Apollo Server reuses the parsed document of a query it has seen: its sites are found once. */
const sitesByDocument = new WeakMap<DocumentNode, Map<OperationDefinitionNode, ArgumentSite[]>>();

function argumentSites(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): ArgumentSite[] {
  let byOperation = sitesByDocument.get(document);
  if (!byOperation) sitesByDocument.set(document, (byOperation = new Map()));
  let sites = byOperation.get(operation);
  if (sites) return sites;
  const found: ArgumentSite[] = [];
  const typeInfo = new TypeInfo(schema);
  const visited = {
    ...document,
    definitions: document.definitions.filter(
      (definition) => definition.kind !== 'OperationDefinition' || definition === operation,
    ),
  };
  visit(
    visited,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const field = typeInfo.getFieldDef();
        if (field && field.args.length > 0) found.push({ node, field });
      },
    }),
  );
  sites = found;
  byOperation.set(operation, sites);
  return sites;
}

/**
 * Every argument and input field of an operation, wherever it sits (literal or variable, nested
 * in inputs and lists, in fragments), checked before anything runs: an `ID` must be a UUID and no
 * string may carry a NUL character. Such values would otherwise reach PostgreSQL and come back
 * as internal errors. Arguments that do not coerce are left to GraphQL's own validation.
 */
export function findInputProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): InputProblem[] {
  const sites = argumentSites(schema, document, operation);
  if (sites.length === 0) return [];
  // The values as sent are checked by their declared types (an ID sent as a number is no UUID
  // either); only defaults written in the operation need GraphQL's coercion to be seen, which
  // execution repeats, so it is spent only then.
  let variableValues = variables ?? {};
  if (operation.variableDefinitions?.some((definition) => definition.defaultValue)) {
    const coerced = getVariableValues(schema, operation.variableDefinitions, variableValues);
    if (coerced.errors) return [];
    variableValues = coerced.coerced;
  }
  const problems: InputProblem[] = [];
  for (const { node, field } of sites) {
    let values: Record<string, unknown>;
    try {
      values = getArgumentValues(field, node, variableValues);
    } catch {
      continue;
    }
    for (const argument of field.args) {
      const path = `${node.name.value}.${argument.name}`;
      if (field.name === '_entities' && argument.name === 'representations') {
        checkRepresentations(schema, values[argument.name], path, problems);
      } else checkValue(argument.type, values[argument.name], path, problems);
    }
  }
  return problems;
}

/** "Invalid input: a, b." in the reader's language, each field named once. */
export function invalidFields(fields: readonly string[]): LocalizedMessage {
  return message('input.invalidFields', { fields: [...new Set(fields)].join(', ') });
}

/**
 * The subgraphs' input guard (see `findInputProblems`): a bad value is refused with
 * BAD_USER_INPUT before any resolver runs, and a refusal of bad input is an answer, not a
 * failed request: it goes back with HTTP 200 so that the gateway passes its code on to the
 * client rather than turning a 400 into an internal error.
 */
export function inputGuardPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const problems = findInputProblems(schema, document, operation, request.variables);
          if (problems.length === 0) return;
          const lines = problems.map(({ path, problem }) => `${path}: ${INPUT_GUARD_MESSAGES[problem]}`);
          throw new DomainError('BAD_USER_INPUT', invalidFields(problems.map(({ path }) => path)), {
            problems: lines,
          });
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (errors?.length && errors.every((error) => error.extensions?.code === 'BAD_USER_INPUT')) {
            response.http.status = 200;
          }
        },
      };
    },
  };
}

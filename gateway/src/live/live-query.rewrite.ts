import {
  ArgumentNode,
  DocumentNode,
  FieldNode,
  Kind,
  NameNode,
  OperationDefinitionNode,
  OperationTypeNode,
  separateOperations,
} from 'graphql';
import { LiveField } from './live-fields';

function name(value: string): NameNode {
  return { kind: Kind.NAME, value };
}

/**
 * The query that resolves a subscription's payloads: the same operation (name, variables,
 * directives, fragments) with its root field swapped for the paired query field, arguments
 * renamed as the registry says, and aliased to the subscription's response key so that each
 * result already has the subscription's shape. Fragments used only by other operations of the
 * document are dropped, as the query would otherwise fail validation for unused fragments.
 */
export function rewriteAsLiveQuery(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  root: FieldNode,
  target: Pick<LiveField, 'query' | 'args'>,
): DocumentNode {
  const own = separateOperations(document)[operation.name?.value ?? ''];
  const renamed = root.arguments?.map((argument): ArgumentNode => ({
    ...argument,
    name: name(target.args?.[argument.name.value] ?? argument.name.value),
  }));
  const queryRoot: FieldNode = {
    ...root,
    alias: root.alias ?? root.name,
    name: name(target.query),
    arguments: renamed,
  };
  const query: OperationDefinitionNode = {
    ...operation,
    operation: OperationTypeNode.QUERY,
    selectionSet: { ...operation.selectionSet, selections: [queryRoot] },
  };
  return { ...own, definitions: own.definitions.map((definition) => (definition === operation ? query : definition)) };
}

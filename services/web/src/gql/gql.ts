/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresAt\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  fragment BoardFields on QueueBoard {\n    officeId\n    date\n    updatedAt\n    nowServing {\n      counter {\n        id\n        name\n      }\n      ticket {\n        id\n        number\n        stage\n        status\n        callCount\n        calledAt\n      }\n    }\n    queues {\n      stage\n      waiting\n      averageWaitSeconds\n    }\n  }\n": typeof types.BoardFieldsFragmentDoc,
    "\n  query BoardOffices {\n    offices {\n      id\n      code\n      name\n      timeZone\n    }\n  }\n": typeof types.BoardOfficesDocument,
    "\n  query Board($officeId: ID!) {\n    queueBoard(officeId: $officeId) {\n      ...BoardFields\n    }\n  }\n": typeof types.BoardDocument,
    "\n  subscription BoardChanged($officeId: ID!) {\n    queueBoardChanged(officeId: $officeId) {\n      ...BoardFields\n    }\n  }\n": typeof types.BoardChangedDocument,
};
const documents: Documents = {
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresAt\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  fragment BoardFields on QueueBoard {\n    officeId\n    date\n    updatedAt\n    nowServing {\n      counter {\n        id\n        name\n      }\n      ticket {\n        id\n        number\n        stage\n        status\n        callCount\n        calledAt\n      }\n    }\n    queues {\n      stage\n      waiting\n      averageWaitSeconds\n    }\n  }\n": types.BoardFieldsFragmentDoc,
    "\n  query BoardOffices {\n    offices {\n      id\n      code\n      name\n      timeZone\n    }\n  }\n": types.BoardOfficesDocument,
    "\n  query Board($officeId: ID!) {\n    queueBoard(officeId: $officeId) {\n      ...BoardFields\n    }\n  }\n": types.BoardDocument,
    "\n  subscription BoardChanged($officeId: ID!) {\n    queueBoardChanged(officeId: $officeId) {\n      ...BoardFields\n    }\n  }\n": types.BoardChangedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardFields on QueueBoard {\n    officeId\n    date\n    updatedAt\n    nowServing {\n      counter {\n        id\n        name\n      }\n      ticket {\n        id\n        number\n        stage\n        status\n        callCount\n        calledAt\n      }\n    }\n    queues {\n      stage\n      waiting\n      averageWaitSeconds\n    }\n  }\n"): (typeof documents)["\n  fragment BoardFields on QueueBoard {\n    officeId\n    date\n    updatedAt\n    nowServing {\n      counter {\n        id\n        name\n      }\n      ticket {\n        id\n        number\n        stage\n        status\n        callCount\n        calledAt\n      }\n    }\n    queues {\n      stage\n      waiting\n      averageWaitSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardOffices {\n    offices {\n      id\n      code\n      name\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query BoardOffices {\n    offices {\n      id\n      code\n      name\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Board($officeId: ID!) {\n    queueBoard(officeId: $officeId) {\n      ...BoardFields\n    }\n  }\n"): (typeof documents)["\n  query Board($officeId: ID!) {\n    queueBoard(officeId: $officeId) {\n      ...BoardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardChanged($officeId: ID!) {\n    queueBoardChanged(officeId: $officeId) {\n      ...BoardFields\n    }\n  }\n"): (typeof documents)["\n  subscription BoardChanged($officeId: ID!) {\n    queueBoardChanged(officeId: $officeId) {\n      ...BoardFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
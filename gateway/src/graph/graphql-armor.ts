import { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ValidationRule } from 'graphql';
import { GatewayConfig } from '../config/gateway.config';

export interface Armor {
  plugins: ApolloServerPlugin[];
  /** Shared by HTTP operations and subscriptions, so both meet the same limits. */
  validationRules: ValidationRule[];
}

/**
 * Limits on what one operation may ask for. The token limit is not here: Apollo Server and the
 * subscription planner enforce it while parsing (`parse`'s `maxTokens`), before any work is done.
 * Nor is cost: armor's cost ignores list sizes and variables; see operation-cost.ts.
 */
export function createArmor(limits: Pick<GatewayConfig, 'MAX_DEPTH' | 'MAX_ALIASES' | 'MAX_DIRECTIVES'>): Armor {
  const { plugins, validationRules } = new ApolloArmor({
    // Fragments add no nesting of their own: a union member's fields are as deep as any other.
    maxDepth: { n: limits.MAX_DEPTH, flattenFragments: true },
    maxAliases: { n: limits.MAX_ALIASES },
    costLimit: { enabled: false },
    maxDirectives: { n: limits.MAX_DIRECTIVES },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return { plugins, validationRules };
}

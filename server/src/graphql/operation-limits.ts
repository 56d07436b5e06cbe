import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import type { OperationLimits } from '../config.js';
import { queryTooComplex, type OperationLimit } from '../shared/errors.js';
import { listCostRule } from './list-cost.js';

/**
 * GraphQL Armor's depth, alias and directive rules and our cost by list sizes (`list-cost.ts`), reporting a typed QUERY_TOO_COMPLEX that names
 * the limit instead of Armor's own untyped message. The same rules run for HTTP (Apollo's
 * `validationRules`) and for WebSocket operations (`http/websocket.ts`), which Apollo never sees.
 * Token counts are limited by the parser (`parseOptions.maxTokens`), before any of these run.
 */
export function operationLimitRules(limits: OperationLimits): ValidationRule[] {
  const reject = (limit: OperationLimit, max: number) => (context: ValidationContext | null) => {
    const refusal = queryTooComplex(limit, max);
    context?.reportError(new GraphQLError(refusal.message, { originalError: refusal }));
  };
  // Armor's rules take a list of handlers
  const report = (limit: OperationLimit, max: number) => [reject(limit, max)];
  const quiet = { propagateOnRejection: false, exposeLimits: false };
  return [
    maxDepthRule({ ...quiet, n: limits.maxDepth, flattenFragments: true, onReject: report('depth', limits.maxDepth) }),
    maxAliasesRule({ ...quiet, n: limits.maxAliases, onReject: report('aliases', limits.maxAliases) }),
    listCostRule(limits.maxCost, reject('cost', limits.maxCost)),
    maxDirectivesRule({ ...quiet, n: limits.maxDirectives, onReject: report('directives', limits.maxDirectives) }),
  ];
}

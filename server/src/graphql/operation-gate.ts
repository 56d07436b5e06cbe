import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  OperationTypeNode,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ParseOptions,
  type ValidationRule,
} from 'graphql';
import type { OperationLimits } from '../config.js';
import { AppError, ErrorCode } from '../shared/errors.js';
import { controlCharacterRefusal } from './input-guard.js';
import { operationLimitRules } from './operation-limits.js';

/** An AppError as the GraphQLError graphql-js and Apollo pass along; `format-error.ts` gives it its code. */
export function asGraphQLError(error: AppError, status?: number): GraphQLError {
  return new GraphQLError(error.message, { originalError: error, ...(status ? { extensions: { http: { status } } } : {}) });
}

export interface GateOptions {
  limits: OperationLimits;
  /** Production: no introspection and no schema hints in errors. */
  production: boolean;
}

export type Admitted = { document: DocumentNode; operation: OperationDefinitionNode };

/**
 * What every operation passes before it runs, over HTTP and WebSocket alike: a token limit while
 * parsing, the specification's validation rules plus depth, alias, cost and directive limits (and no
 * introspection in production), and no control characters in its input. Apollo applies the same
 * rules and options through `apolloOptions()`; graphql-ws, which bypasses Apollo, calls `admit()`.
 */
export class OperationGate {
  readonly parseOptions: ParseOptions;
  readonly validationRules: ValidationRule[];

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly options: GateOptions,
  ) {
    this.parseOptions = { maxTokens: options.limits.maxTokens };
    this.validationRules = operationLimitRules(options.limits);
  }

  admit(
    source: string,
    variables: Record<string, unknown> | null | undefined,
    operationName: string | null | undefined,
    only?: OperationTypeNode,
  ): Admitted | GraphQLError[] {
    let document: DocumentNode;
    try {
      document = parse(source, this.parseOptions);
    } catch (error) {
      return [error instanceof GraphQLError ? error : new GraphQLError('Syntax Error')];
    }
    const rules = [...specifiedRules, ...this.validationRules, ...(this.options.production ? [NoSchemaIntrospectionCustomRule] : [])];
    const errors = validate(this.schema, document, rules);
    if (errors.length > 0) return [...errors];
    const operation = getOperationAST(document, operationName ?? undefined);
    if (!operation) return [new GraphQLError('Unable to identify the operation', { extensions: { code: 'BAD_REQUEST' } })];
    if (only && operation.operation !== only)
      return [new GraphQLError(`Only ${only} operations are accepted here`, { extensions: { code: 'BAD_REQUEST' } })];
    const refusal = controlCharacterRefusal(document, variables);
    if (refusal) return [asGraphQLError(refusal)];
    return { document, operation };
  }

  /** The same rules for Apollo, which parses and validates HTTP operations itself. */
  apolloOptions(): { parseOptions: ParseOptions; validationRules: ValidationRule[]; plugins: ApolloServerPlugin[] } {
    return { parseOptions: this.parseOptions, validationRules: this.validationRules, plugins: [inputAndStatusPlugin] };
  }
}

/** HTTP statuses that say what a typed refusal means to proxies and scripts, plus `Retry-After`. */
const STATUS_BY_CODE: Partial<Record<string, number>> = {
  [ErrorCode.TooManyRequests]: 429,
  [ErrorCode.QueryTooComplex]: 400,
};

const inputAndStatusPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request, operation }) {
        // a subscription needs a socket to deliver to; over HTTP it would fail inside its resolver
        if (operation?.operation === OperationTypeNode.SUBSCRIPTION)
          throw new GraphQLError('Subscriptions are accepted over the WebSocket only', {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
        const refusal = controlCharacterRefusal(document, request.variables);
        if (refusal) throw asGraphQLError(refusal, 400);
      },
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        for (const error of response.body.singleResult.errors ?? []) {
          const status = STATUS_BY_CODE[String(error.extensions?.code)];
          if (!status) continue;
          response.http.status = status;
          const retryAfter = error.extensions?.retryAfterSeconds;
          if (typeof retryAfter === 'number') response.http.headers.set('retry-after', String(retryAfter));
          return;
        }
      },
    };
  },
};

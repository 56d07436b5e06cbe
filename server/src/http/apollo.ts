import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { formatError, serviceUnavailableStatusPlugin, type FormatErrorOptions } from '../graphql/format-error.js';
import type { OperationGate } from '../graphql/operation-gate.js';
import { sharedAnswerPlugin, type SharedAnswers } from '../graphql/shared-answers.js';
import { operationMetricsPlugin } from '../graphql/operation-metrics.js';
import type { Metrics } from '../shared/metrics.js';

/** Apollo Server for HTTP operations, behind the same gate and error format as the WebSocket, started. */
export async function startApollo(options: {
  schema: GraphQLSchema;
  gate: OperationGate;
  sharedAnswers: SharedAnswers;
  format: FormatErrorOptions;
  production: boolean;
  metrics: Metrics;
}): Promise<ApolloServer<GraphQLContext>> {
  const limits = options.gate.apolloOptions();
  const apollo = new ApolloServer<GraphQLContext>({
    schema: options.schema,
    includeStacktraceInErrorResponses: false,
    introspection: !options.production,
    hideSchemaDetailsFromClientErrors: options.production,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    // main.ts stops everything in order on SIGINT/SIGTERM, and HttpApp.stop drains the connections first
    // (http/drain.ts): Apollo's own handler and drain plugin would race it.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => formatError(formatted, error, options.format),
    plugins: [
      // no cache hints are used; the plugin would otherwise wrap every field resolver of every response
      ApolloServerPluginCacheControlDisabled(),
      ...limits.plugins,
      sharedAnswerPlugin(options.sharedAnswers),
      serviceUnavailableStatusPlugin,
      operationMetricsPlugin(options.metrics),
    ],
  });
  await apollo.start();
  return apollo;
}

import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Metrics } from '../shared/metrics.js';

/** What an answer is counted as: OK, or the code of its first error (a fixed vocabulary: `shared/errors.ts`). */
export function resultLabel(errors: ReadonlyArray<GraphQLFormattedError> | undefined): string {
  const code = errors?.[0]?.extensions?.code;
  if (!errors?.length) return 'OK';
  return typeof code === 'string' ? code : 'ERROR';
}

/** Counts every HTTP GraphQL operation by name, type and result, and times it from arrival to answer. */
export function operationMetricsPlugin(metrics: Metrics): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart({ request }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operation, operationName, response }) {
          const labels = {
            operation: metrics.operationLabel(operationName ?? operation?.name?.value ?? request.operationName),
            // refused before an operation was found (unparsable, too complex): no type to name
            type: operation?.operation ?? 'none',
          };
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          metrics.graphqlOperations.inc({ ...labels, result: resultLabel(errors) });
          metrics.graphqlDuration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };
}

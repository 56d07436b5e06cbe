import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Seconds: from a quick answer to one a person gives up on. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Operation names are the client's to choose: past this many, new ones are counted as `other`. */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

type LabelValues = Record<string, string>;

/**
 * The app's metrics, in one prom-client registry per app (tests run several apps in one process, and the
 * global registry would mix their figures). Any floor may count into it: the counters and histograms the
 * HTTP, GraphQL and fan-out edges share are here, gauges read their value when `/metrics` is asked (`gauge`).
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();

  readonly httpRequests = new Counter({
    name: 'kollektiv_http_requests_total',
    help: 'HTTP requests answered, by route, method and status code.',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: 'kollektiv_http_request_duration_seconds',
    help: 'Time from an HTTP request arriving to its answer being sent, by route and method.',
    labelNames: ['route', 'method'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  readonly graphqlOperations = new Counter({
    name: 'kollektiv_graphql_operations_total',
    help: 'GraphQL operations, by operation name, type and result (OK or the first error code).',
    labelNames: ['operation', 'type', 'result'] as const,
    registers: [this.registry],
  });

  readonly graphqlDuration = new Histogram({
    name: 'kollektiv_graphql_operation_duration_seconds',
    help: 'Time to answer a GraphQL query or mutation (over HTTP), or to start a subscription, by operation name and type.',
    labelNames: ['operation', 'type'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  readonly fanoutDelay = new Histogram({
    name: 'kollektiv_fanout_delay_seconds',
    help: 'Time from a booking change being logged, the last step before its commit, to its message being written to the subscribers of one delivery group.',
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  constructor(options: { processMetrics?: boolean } = {}) {
    // memory, CPU and event-loop lag of the process; off in tests that start many apps
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry, prefix: 'kollektiv_' });
  }

  /** The label for a GraphQL operation's name: bounded, so a stranger inventing names cannot grow the registry. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(name);
    return name;
  }

  /**
   * A gauge read when `/metrics` is asked, from `read`: one value, or one per label set; null when it cannot
   * be known. A read that fails (the database away) gives NaN or no label sets, rather than failing the whole
   * answer or showing a 0 that looks like good news.
   */
  gauge(
    name: string,
    help: string,
    read: () => Promise<number | null | Array<[LabelValues, number]>>,
    labelNames: readonly string[] = [],
  ): void {
    new Gauge({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        let value: Awaited<ReturnType<typeof read>>;
        try {
          value = await read();
        } catch {
          value = null;
        }
        this.reset();
        if (Array.isArray(value)) for (const [labels, figure] of value) this.set(labels, figure);
        else if (labelNames.length === 0) this.set(value ?? NaN);
      },
    });
  }
}

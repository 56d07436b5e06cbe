import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import parsePrometheusTextFormat, { type PrometheusFamily, type PrometheusSample } from 'parse-prometheus-text-format';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, createTestApp, ENGINE, subscribed, until, type ApiClient, type TestApp } from '../../test/harness.js';
import { Factory } from '../../test/factories.js';
import { BOOKING_CHANGED, CREATE_BOOKING } from '../../test/documents.js';
import { ChangeFeed } from '../realtime/change-feed.js';
import { routeLabel } from './observability.js';

const TOKEN = 'metrics-token-for-the-test-0123456789';

let app: TestApp;
let factory: Factory;
let staff: ApiClient;
let roomId: string;
let organizationId: string;

beforeAll(async () => {
  app = await createTestApp({ config: { metricsToken: TOKEN } });
  factory = new Factory(app);
  staff = (await factory.staffClient()).client;
  roomId = (await factory.room()).id;
  organizationId = (await factory.organization()).id;
});

afterAll(async () => {
  await app?.stop();
});

async function scrapeText(): Promise<string> {
  const response = await fetch(`${app.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
}

async function scrape(): Promise<PrometheusFamily[]> {
  return parsePrometheusTextFormat(await scrapeText());
}

/**
 * One label set of a labelled histogram. The parser folds all of a histogram's label sets into one sample
 * (it knows only unlabelled ones), so the lines of the wanted set are handed to it alone, without those labels.
 */
function histogram(text: string, name: string, labels: Record<string, string>): PrometheusSample | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  const lines = text.split('\n').filter((line) => line.startsWith(`# HELP ${name} `) || line.startsWith(`# TYPE ${name} `));
  for (const line of text.split('\n')) {
    const sample = new RegExp(`^(${name}_(?:bucket|sum|count))\\{([^}]*)\\} (.+)$`).exec(line);
    if (!sample) continue;
    const pairs = sample[2]!.split(',');
    if (!wanted.every((pair) => pairs.includes(pair))) continue;
    const rest = pairs.filter((pair) => !wanted.includes(pair));
    lines.push(`${sample[1]}${rest.length ? `{${rest.join(',')}}` : ''} ${sample[3]}`);
  }
  // the parser takes a sample only once its line has ended
  return parsePrometheusTextFormat(`${lines.join('\n')}\n`).find((candidate) => candidate.name === name)?.metrics[0];
}

function family(families: PrometheusFamily[], name: string): PrometheusFamily {
  const found = families.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no metric ${name} in ${families.map((candidate) => candidate.name).join(', ')}`);
  return found;
}

/** The sample whose labels include `labels`. */
function sample(families: PrometheusFamily[], name: string, labels: Record<string, string> = {}): PrometheusSample | undefined {
  return family(families, name).metrics.find((metric) => Object.entries(labels).every(([key, value]) => metric.labels?.[key] === value));
}

const value = (families: PrometheusFamily[], name: string, labels: Record<string, string> = {}) =>
  Number(sample(families, name, labels)?.value ?? NaN);

const booking = (title: string, hour: number) => ({
  input: {
    roomId,
    organizationId,
    title,
    category: 'MEETING',
    start: `2026-06-02T${String(hour).padStart(2, '0')}:00:00+02:00`,
    end: `2026-06-02T${String(hour + 1).padStart(2, '0')}:00:00+02:00`,
  },
});

describe(`GET /metrics on ${ENGINE}`, () => {
  it('answers nothing without the token, with a wrong one, or with the token in another scheme', async () => {
    for (const authorization of [undefined, 'Bearer wrong-token-wrong-token-wrong', `Basic ${TOKEN}`, `Bearer ${TOKEN}x`]) {
      const response = await fetch(`${app.url}/metrics`, { headers: authorization ? { authorization } : {} });
      expect(response.status, authorization).toBe(401);
      expect(await response.text()).not.toContain('kollektiv_');
    }
  });

  it('does not exist when METRICS_TOKEN is not set', async () => {
    const closed = await createTestApp();
    try {
      const response = await fetch(`${closed.url}/metrics`, { headers: { authorization: 'Bearer anything-at-all-anything' } });
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('kollektiv_');
    } finally {
      await closed.stop();
    }
  });

  it('counts GraphQL operations by name, type and result, and HTTP requests by route and status', async () => {
    await staff.data(`mutation CreateMeeting($input: CreateBookingInput!) { createBooking(input: $input) { id } }`, booking('Plenum', 10));
    const conflict = await staff.request(
      `mutation CreateMeeting($input: CreateBookingInput!) { createBooking(input: $input) { id } }`,
      booking('Plenum doppelt', 10),
    );
    expect(conflict.errors?.[0]?.extensions?.code).toBe('BOOKING_CONFLICT');
    await staff.data(`query WhoAmI { me { id } }`);

    const text = await scrapeText();
    const families = parsePrometheusTextFormat(text);
    expect(value(families, 'kollektiv_graphql_operations_total', { operation: 'CreateMeeting', type: 'mutation', result: 'OK' })).toBe(1);
    expect(
      value(families, 'kollektiv_graphql_operations_total', { operation: 'CreateMeeting', type: 'mutation', result: 'BOOKING_CONFLICT' }),
    ).toBe(1);
    expect(value(families, 'kollektiv_graphql_operations_total', { operation: 'WhoAmI', type: 'query', result: 'OK' })).toBe(1);
    expect(family(families, 'kollektiv_graphql_operation_duration_seconds').type).toBe('HISTOGRAM');
    const durations = histogram(text, 'kollektiv_graphql_operation_duration_seconds', { operation: 'CreateMeeting', type: 'mutation' });
    expect(Number(durations?.count)).toBe(2);
    expect(Number(durations?.buckets?.['+Inf'])).toBe(2);
    expect(value(families, 'kollektiv_http_requests_total', { route: '/graphql', method: 'POST', status: '200' })).toBeGreaterThanOrEqual(
      3,
    );
    expect(value(families, 'kollektiv_http_requests_total', { route: '/metrics', method: 'GET', status: '401' })).toBeGreaterThanOrEqual(4);
    expect(
      Number(histogram(text, 'kollektiv_http_request_duration_seconds', { route: '/graphql', method: 'POST' })?.count),
    ).toBeGreaterThanOrEqual(3);
  });

  it('counts an operation name a stranger invents once, not as a label of its own past the bound', async () => {
    const names = new Set(family(await scrape(), 'kollektiv_graphql_operations_total').metrics.map((metric) => metric.labels?.operation));
    await staff.request(`query ${'x'.repeat(70)} { me { id } }`);
    const after = family(await scrape(), 'kollektiv_graphql_operations_total').metrics.map((metric) => metric.labels?.operation);
    expect(after.filter((name) => !names.has(name))).toEqual(['other']);
  });

  it('shows open sockets and subscriptions, the fan-out delay and a change feed that has caught up', async () => {
    const subscriber = (await factory.staffClient()).client;
    const stream = await subscribed(app, 1, () => collect(subscriber.subscriptions(), BOOKING_CHANGED));
    let families = await scrape();
    expect(value(families, 'kollektiv_websocket_connections')).toBe(1);
    expect(value(families, 'kollektiv_graphql_subscriptions')).toBe(1);
    expect(value(families, 'kollektiv_graphql_operations_total', { operation: 'anonymous', type: 'subscription', result: 'OK' })).toBe(1);

    const delays = Number(sample(families, 'kollektiv_fanout_delay_seconds')?.count ?? 0);
    await staff.data(CREATE_BOOKING, booking('Chorprobe', 14));
    await stream.waitFor(1);
    await app.services.changeFeed.settle();
    families = await scrape();
    expect(Number(sample(families, 'kollektiv_fanout_delay_seconds')?.count)).toBe(delays + 1);
    expect(Number(sample(families, 'kollektiv_fanout_delay_seconds')?.sum)).toBeLessThan(5);
    expect(value(families, 'kollektiv_change_log_lag_changes')).toBe(0);
    expect(value(families, 'kollektiv_change_log_lag_seconds')).toBe(0);

    stream.dispose();
    await subscriber.closeSockets();
    await until(async () => value(await scrape(), 'kollektiv_websocket_connections') === 0, 'the socket is counted as closed');
  });

  it('names the request in the errors of HTTP and WebSocket operations, and counts a refused subscription by its code', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ nothingHere }' }),
    });
    const body = (await response.json()) as { errors: Array<{ extensions: { requestId?: string } }> };
    expect(body.errors[0]?.extensions.requestId).toBe(response.headers.get('x-request-id'));
    // refused before GraphQL: a body that is no JSON
    const malformed = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":',
    });
    expect(malformed.status).toBe(400);
    const badBody = (await malformed.json()) as { errors: Array<{ extensions: { code?: string; requestId?: string } }> };
    expect(badBody.errors[0]?.extensions).toEqual({ code: 'BAD_REQUEST', requestId: malformed.headers.get('x-request-id') });

    const client = (await factory.staffClient()).client;
    // the socket's own sink: the harness's collect() takes the request id out of errors
    const refusal = await new Promise<unknown>((resolve) =>
      client
        .subscriptions()
        .subscribe(
          { query: `query OverSocket { me { id } }`, operationName: 'OverSocket' },
          { next: () => {}, error: resolve, complete: () => resolve([]) },
        ),
    );
    const [error] = refusal as Array<{ extensions?: { code?: string; requestId?: string } }>;
    expect(error?.extensions?.requestId).toMatch(/^[\w-]+-[\w-]+$/);
    const families = await scrape();
    expect(
      value(families, 'kollektiv_graphql_operations_total', {
        operation: 'OverSocket',
        type: 'subscription',
        result: error!.extensions!.code!,
      }),
    ).toBe(1);
    await client.closeSockets();
  });

  it('says how far a node whose feed stopped reading is behind the log', async () => {
    // a second feed over the same database that reads no more, as a node whose listener is cut off
    const behind = new ChangeFeed(app.services.database);
    await behind.start();
    await behind.stop();
    await factory.booking({ roomId, organizationId, start: '2026-06-03T10:00:00+02:00', end: '2026-06-03T11:00:00+02:00' });
    const lag = await behind.lag();
    expect(lag.changes).toBe(1);
    expect(lag.seconds).toBeGreaterThan(0);
    expect(lag.seconds).toBeLessThan(60);
    await app.services.changeFeed.settle();
    const families = await scrape();
    expect(value(families, 'kollektiv_change_log_lag_changes')).toBe(0);
    expect(value(families, 'kollektiv_change_log_lag_seconds')).toBe(0);
  });

  it('shows the database pool and the mail queues', async () => {
    const families = await scrape();
    // the scrape's own queries use the pool while it is read: connections may be busy, one may be waiting
    const connections =
      value(families, 'kollektiv_database_pool_connections', { state: 'idle' }) +
      value(families, 'kollektiv_database_pool_connections', { state: 'busy' });
    expect(connections).toBeGreaterThanOrEqual(1);
    expect(connections).toBeLessThanOrEqual(ENGINE === 'pglite' ? 1 : 10);
    expect(value(families, 'kollektiv_database_pool_waiting')).toBeGreaterThanOrEqual(0);
    for (const queue of ['booking_change_mail', 'coaching_change_mail', 'network_mail']) {
      expect(value(families, 'kollektiv_mail_queue_messages', { queue })).toBe(0);
      expect(value(families, 'kollektiv_mail_queue_overdue_seconds', { queue })).toBe(0);
    }
  });

  it("shows the age of the last backup by the app's clock, +Inf before the first", async () => {
    // none yet: as stale as can be, so an alert on the age fires
    expect(sample(await scrape(), 'kollektiv_backup_age_seconds')?.value).toBe('+Inf');
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kollektiv-metrics-backup-'));
    try {
      await app.services.backups.take(path.join(folder, 'backup.jsonl.gz'));
      app.clock.set('2026-06-01T10:00:00Z');
      expect(value(await scrape(), 'kollektiv_backup_age_seconds')).toBe(7200);
    } finally {
      app.clock.set('2026-06-01T08:00:00Z');
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('counts an e-mail that waits past its time in its queue', async () => {
    const user = await factory.user('MEMBER', organizationId);
    const made = await factory.booking({ roomId, organizationId, start: '2026-06-04T10:00:00+02:00', end: '2026-06-04T11:00:00+02:00' });
    await app.services.database.dataSource.query(
      `INSERT INTO booking_change_mail (booking_id, recipient, language, before, last_cursor, due_at)
       VALUES ($1, $2, 'de', '{}'::jsonb, 0, $3)`,
      [made.id, user.email, '2026-06-01T07:00:00Z'],
    );
    try {
      const families = await scrape();
      expect(value(families, 'kollektiv_mail_queue_messages', { queue: 'booking_change_mail' })).toBe(1);
      // the app's clock stands at 08:00: due an hour ago
      expect(value(families, 'kollektiv_mail_queue_overdue_seconds', { queue: 'booking_change_mail' })).toBe(3600);
    } finally {
      await app.services.database.dataSource.query(`DELETE FROM booking_change_mail WHERE booking_id = $1`, [made.id]);
    }
  });
});

describe('routeLabel', () => {
  it('names a request by a fixed route, never by a path that holds a token or a name', () => {
    expect(routeLabel('/graphql')).toBe('/graphql');
    expect(routeLabel('/readyz')).toBe('/readyz');
    expect(routeLabel('/ical/feed/3q2-secret-token_abc.ics')).toBe('/ical');
    expect(routeLabel('/reports/usage.csv')).toBe('/reports');
    expect(routeLabel('/assets/index-abc123.js')).toBe('/assets');
    expect(routeLabel('/invite/3q2-secret-token_abc')).toBe('other');
    expect(routeLabel('/mo/Ukrainischer-Chor-Kalyna')).toBe('other');
  });
});

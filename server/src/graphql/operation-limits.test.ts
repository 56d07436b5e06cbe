import { Kind, parse, print, specifiedRules, validate, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as clientDocuments from '../../../client/src/graphql/graphql.js';
import { collect, createTestApp, healthWhile, responsiveBound, type TestApp } from '../../test/harness.js';
import { Factory } from '../../test/factories.js';
import { loadConfig } from '../config.js';
import { operationLimitRules } from './operation-limits.js';
import { buildAppSchema } from '../app/schema.js';

/** `locations { rooms { location { rooms { … } } } }`, `depth` levels of rooms: the nesting that once produced 76 MB. */
function nestedLocations(depth: number): string {
  let selection = 'id name';
  for (let level = 0; level < depth; level++) selection = level % 2 === 0 ? `rooms { ${selection} }` : `location { ${selection} }`;
  return `{ locations { ${selection} } }`;
}

function aliasedBookings(count: number): string {
  const fields = Array.from(
    { length: count },
    (_, index) => `b${index}: bookings(from: "2026-05-01T00:00:00Z", to: "2026-07-01T00:00:00Z") { id title start end room { name } }`,
  );
  return `{ ${fields.join(' ')} }`;
}

describe('the limits leave the client’s own operations alone', () => {
  const documents = Object.entries(clientDocuments).filter(
    (entry): entry is [string, DocumentNode] =>
      typeof entry[1] === 'object' &&
      (entry[1] as DocumentNode).kind === Kind.DOCUMENT &&
      (entry[1] as DocumentNode).definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION),
  );

  it('finds the client’s documents', () => {
    expect(documents.length).toBeGreaterThan(8);
  });

  it('passes every document of client/src with room to spare (half of every limit)', async () => {
    const schema = await buildAppSchema();
    const limits = loadConfig({}).operationLimits;
    const halved = {
      ...limits,
      maxDepth: Math.floor(limits.maxDepth / 2) + 1,
      maxAliases: Math.floor(limits.maxAliases / 2),
      maxCost: Math.floor(limits.maxCost / 2),
      maxDirectives: Math.floor(limits.maxDirectives / 2),
    };
    for (const [name, document] of documents) {
      const reparsed = parse(print(document), { maxTokens: Math.floor(limits.maxTokens / 2) });
      expect(validate(schema, reparsed, [...specifiedRules, ...operationLimitRules(halved)]), name).toEqual([]);
    }
  });
});

describe('operation limits', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
    const factory = new Factory(app);
    const location = await factory.location();
    for (let i = 0; i < 5; i++) await factory.room({ locationId: location.id });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('refuses anonymous nesting beyond the depth limit before it runs, and /healthz stays quick', async () => {
    const anonymous = app.client();
    expect((await anonymous.data(nestedLocations(1))).locations).toBeDefined();
    const { result, slowestHealthMs, quietHealthMs } = await healthWhile(app.url, () =>
      Promise.all(Array.from({ length: 20 }, () => anonymous.request(nestedLocations(8)))),
    );
    for (const response of result) {
      expect(response.status).toBe(400);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth', max: 6 });
    }
    expect(slowestHealthMs).toBeLessThan(responsiveBound({ quietHealthMs }));
  });

  it('refuses a thousand aliases of bookings, and /healthz stays quick', async () => {
    const anonymous = app.client();
    const { result, slowestHealthMs, quietHealthMs } = await healthWhile(app.url, () =>
      Promise.all(Array.from({ length: 10 }, () => anonymous.request(aliasedBookings(1000)))),
    );
    for (const response of result) expect(response.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(slowestHealthMs).toBeLessThan(responsiveBound({ quietHealthMs }));
    const fewer = await anonymous.request(aliasedBookings(20));
    expect(fewer.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases', max: 15 });
  });

  it('counts tokens while parsing and names that limit', async () => {
    const fields = Array.from({ length: 2000 }, () => 'id').join(' ');
    const response = await app.client().request(`{ locations { ${fields} } }`);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'tokens', max: 1500 });
  });

  it('refuses a body over 100 KB with a typed answer', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ appInfo { demo } }`, variables: { padding: 'x'.repeat(120_000) } }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: Array<{ extensions: unknown }> }).errors[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'size',
    });
  });

  it('refuses a subscription sent over HTTP with a typed 400, not an internal error', async () => {
    const response = await app.client().request(`subscription { bookingChanged { cursor } }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('applies the same limits to operations over the WebSocket', async () => {
    const socket = app.client().subscriptions();
    const deep = collect(
      socket,
      `subscription { bookingChanged { booking { room { location { rooms { location { rooms { id } } } } } } } }`,
    );
    await deep.waitFor(1).catch(() => undefined);
    expect(deep.errors.flat()).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', limit: 'depth' }) }),
    ]);
    await socket.dispose();
  });
});

describe('in production', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp({ config: { nodeEnv: 'production' } });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('answers introspection over HTTP and over the WebSocket with a validation error', async () => {
    const http = await app.client().request(`{ __schema { types { name } } }`);
    expect(http.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const socket = app.client().subscriptions();
    const schemaQuery = collect(socket, `query { __schema { types { name } } }`);
    await schemaQuery.waitFor(1).catch(() => undefined);
    expect(schemaQuery.errors.flat()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          message: expect.stringMatching(/introspection has been disabled/),
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        }),
      ]),
    );
    await socket.dispose();
  });

  it('gives no "Did you mean …" hints about the schema', async () => {
    const response = await app.client().request(`{ bookingz { id } }`);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const socket = app.client().subscriptions();
    const misspelt = collect(socket, `subscription { bookingChange { cursor } }`);
    await misspelt.waitFor(1).catch(() => undefined);
    expect(JSON.stringify(misspelt.errors.flat())).not.toMatch(/Did you mean/);
    expect(JSON.stringify(misspelt.errors)).toMatch(/bookingChange/);
    await socket.dispose();
  });
});

import { getNamedType, getNullableType, isListType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, healthWhile, type TestApp } from '../../test/harness.js';
import { Factory } from '../../test/factories.js';
import { LIST_BOUNDS } from './list-cost.js';
import { buildAppSchema } from '../app/schema.js';

describe('every list of objects has a bound', () => {
  it('in LIST_BOUNDS, and LIST_BOUNDS names no field that is gone', async () => {
    const schema = await buildAppSchema();
    const lists: string[] = [];
    for (const type of Object.values(schema.getTypeMap()))
      if (isObjectType(type) && !type.name.startsWith('__'))
        for (const field of Object.values(type.getFields()))
          if (isListType(getNullableType(field.type)) && isObjectType(getNamedType(field.type))) lists.push(`${type.name}.${field.name}`);
    expect(lists.filter((name) => !(name in LIST_BOUNDS))).toEqual([]);
    expect(Object.keys(LIST_BOUNDS).filter((name) => !lists.includes(name))).toEqual([]);
  });
});

describe('an answer weighed by its lists', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
    const factory = new Factory(app);
    // a city's worth of rooms: 262 in three houses
    for (let house = 0; house < 3; house++) {
      const location = await factory.location();
      for (let room = 0; room < (house === 0 ? 88 : 87); room++) await factory.room({ locationId: location.id });
    }
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('refuses rooms of the house of every room, fifteen times over, before it runs, and /healthz answers meanwhile', async () => {
    const nested = Array.from({ length: 15 }, (_, index) => `n${index}: locations { rooms { location { rooms { location { name } } } } }`);
    const attack = `{ ${nested.join(' ')} }`;
    const started = performance.now();
    const { result, slowestHealthMs } = await healthWhile(app.url, () =>
      Promise.all(Array.from({ length: 4 }, () => app.client().request(attack))),
    );
    const tookMs = performance.now() - started;
    for (const response of result) {
      expect(response.status).toBe(400);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', max: 1_000_000 });
    }
    // figures for the closing note, not assertions
    console.log(
      `4 × the 15-alias nesting over 262 rooms: refused in ${tookMs.toFixed(0)} ms, slowest /healthz ${slowestHealthMs.toFixed(0)} ms`,
    );
  });

  it('costs a chain of fragments that each spread the next twice in linear time, and refuses it', async () => {
    // 40 levels: walked naively, 2^40 visits; costed once per fragment, forty
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, index) =>
      index === levels - 1
        ? `fragment f${index} on Query { locations { id } }`
        : `fragment f${index} on Query { ...f${index + 1} ...f${index + 1} }`,
    );
    const started = performance.now();
    const response = await app.client().request(`{ ...f0 } ${fragments.join(' ')}`);
    const tookMs = performance.now() - started;
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
    console.log(`a doubling chain of ${levels} fragments refused in ${tookMs.toFixed(0)} ms`);
  });

  it('still answers what the calendar asks: every house with its rooms', async () => {
    const { locations } = await app
      .client()
      .data<{ locations: Array<{ rooms: Array<{ name: string }> }> }>(`{ locations { id name rooms { id name capacity features } } }`);
    expect(locations.reduce((sum, location) => sum + location.rooms.length, 0)).toBe(262);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createTestApp, ENGINE, type TestApp } from '../../test/harness.js';
import { ALWAYS_OPEN, Factory } from '../../test/factories.js';
import { CREATE_BOOKING, CREATE_CLOSURE } from '../../test/documents.js';

let app: TestApp;
let staff: ApiClient;
let member: ApiClient;
let locationId: string;
let roomId: string;
let organizationId: string;

beforeAll(async () => {
  app = await createTestApp({ now: '2026-06-01T08:00:00Z' });
  const factory = new Factory(app);
  organizationId = (await factory.organization()).id;
  locationId = (await factory.location({ openingHours: ALWAYS_OPEN })).id;
  roomId = (await factory.room({ locationId, capacity: 20 })).id;
  staff = (await factory.staffClient()).client;
  member = (await factory.memberClient(organizationId)).client;
});

afterAll(async () => {
  await app?.stop();
});

const codeOf = (answer: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => {
  const extensions = answer.errors?.[0]?.extensions;
  return extensions ? `${JSON.stringify(extensions.code)}:${JSON.stringify(extensions.field ?? '')}` : 'OK';
};

describe(`a booking and a closure of its house at the same moment (${ENGINE})`, () => {
  it('never leave the booking inside the closure: one of the two is refused, with its reason', async () => {
    const outcomes: string[] = [];
    for (let index = 0; index < 16; index++) {
      const day = `2026-06-${String(10 + index).padStart(2, '0')}`;
      const next = `2026-06-${String(11 + index).padStart(2, '0')}`;
      // the booking leaves a little later each time, so it meets the closure at every step of the closure's write
      const [booked, closed] = await Promise.all([
        new Promise((resolve) => setTimeout(resolve, index * 3)).then(() =>
          member.request(CREATE_BOOKING, {
            input: { roomId, organizationId, title: 'Chorprobe', category: 'CHOIR', start: `${day}T16:00:00Z`, end: `${day}T17:00:00Z` },
          }),
        ),
        // nobody was asked about a booking made meanwhile, so the closure names none to keep, move or cancel
        staff.request(CREATE_CLOSURE, {
          input: { locationId, start: `${day}T00:00:00Z`, end: `${next}T00:00:00Z`, reason: 'Wasserschaden' },
          decisions: [],
        }),
      ]);
      outcomes.push(`${codeOf(booked)} / ${codeOf(closed)}`);
    }
    console.log(
      `booking / closure at once, ${outcomes.length} times: ${JSON.stringify(outcomes.reduce<Record<string, number>>((counts, outcome) => ({ ...counts, [outcome]: (counts[outcome] ?? 0) + 1 }), {}))}`,
    );
    for (const outcome of outcomes) expect(['OK / "BAD_USER_INPUT":"decisions"', '"LOCATION_CLOSED":"start" / OK']).toContain(outcome);
    const inside = await app.services.database.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM booking b JOIN room r ON r.id = b.room_id JOIN closure c ON c.location_id = r.location_id
        WHERE b.status <> 'CANCELLED' AND tstzrange(b.starts_at, b.ends_at, '[)') && tstzrange(c.starts_at, c.ends_at, '[)')`,
    );
    expect(inside[0]?.n).toBe(0);
  });
});

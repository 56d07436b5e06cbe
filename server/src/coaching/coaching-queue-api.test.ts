import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createTestApp, type TestApp } from '../../test/harness.js';
import { Factory } from '../../test/factories.js';
import { ASSIGN_COACH, REQUEST_COACHING } from '../../test/documents.js';

const QUEUE = `
  query ($status: [CoachingStatus!]) {
    coachingRequests(status: $status) {
      id status deadline overdue
      suggestedCoaches { coach { id name userId } knowsTopic sharedLanguages }
    }
  }
`;
const ONE = `query ($id: ID!) { coachingRequest(id: $id) { id overdue suggestedCoaches { coach { id } } coach { id userId } } }`;

let app: TestApp;
let factory: Factory;
let organizationId: string;
let staff: ApiClient;
let member: ApiClient;
let coach: ApiClient;
let coachUserId: string;
let amiraId: string;

beforeAll(async () => {
  app = await createTestApp({ now: '2026-06-01T08:00:00Z' });
  factory = new Factory(app);
  organizationId = (await factory.organization()).id;
  staff = (await factory.staffClient()).client;
  member = (await factory.memberClient(organizationId)).client;
  const amira = await factory.coachClient({ name: 'Amira', topics: ['FUNDING', 'FINANCES'], languages: ['ar', 'de'] });
  coach = amira.client;
  coachUserId = amira.user.id;
  amiraId = amira.coach.id;
  await factory.coach({ name: 'Bernd', topics: ['EVENTS'], languages: ['de'] });
  await factory.coach({ name: 'Chen', topics: ['FUNDING'], languages: ['zh'] });
  await factory.coach({ name: 'Dilan', topics: ['LEGAL'], languages: ['tr'] });
  await factory.coach({ name: 'Resting', topics: ['FUNDING'], languages: ['ar'], active: false });
});

afterAll(async () => {
  await app?.stop();
});

async function ask(deadline: string | null): Promise<string> {
  const input = { organizationId, topic: 'FUNDING', text: 'Hilfe beim Antrag', languages: ['ar', 'de'], deadline };
  return ((await member.data(REQUEST_COACHING, { input })).requestCoaching as { id: string }).id;
}

type Listed = {
  id: string;
  overdue: boolean;
  suggestedCoaches: Array<{ coach: { id: string; name: string; userId: string | null }; knowsTopic: boolean; sharedLanguages: string[] }>;
};

describe('the staff coaching queue', () => {
  it('suggests active coaches by topic and language, best first, with why', async () => {
    const id = await ask(null);
    const listed = (await staff.data(QUEUE, { status: ['REQUESTED'] })).coachingRequests as Listed[];
    const request = listed.find((one) => one.id === id);
    expect(request?.suggestedCoaches.map((s) => [s.coach.name, s.knowsTopic, s.sharedLanguages])).toEqual([
      ['Amira', true, ['ar', 'de']],
      ['Bernd', false, ['de']],
      ['Chen', true, []],
    ]);
    // staff see whom to link: the person who signs in as the coach
    expect(request?.suggestedCoaches[0]?.coach.userId).toBe(coachUserId);
  });

  it('calls a waiting request overdue within seven days of its deadline, by the server clock', async () => {
    const soon = await ask('2026-06-07T08:00:00Z');
    const later = await ask('2026-06-20T08:00:00Z');
    const overdue = async (id: string) => ((await staff.data(ONE, { id })).coachingRequest as { overdue: boolean }).overdue;
    expect(await overdue(soon)).toBe(true);
    expect(await overdue(later)).toBe(false);
    app.clock.set('2026-06-14T08:00:00Z');
    try {
      expect(await overdue(later)).toBe(true);
      await staff.data(ASSIGN_COACH, { requestId: later, coachId: amiraId });
      expect(await overdue(later)).toBe(true);
    } finally {
      app.clock.set('2026-06-01T08:00:00Z');
    }
  });

  it('shows neither suggestions nor the coach’s account to the MO or the coach', async () => {
    const id = await ask(null);
    await staff.data(ASSIGN_COACH, { requestId: id, coachId: amiraId });
    for (const reader of [member, coach]) {
      const { coachingRequest } = await reader.data(ONE, { id });
      expect(coachingRequest).toMatchObject({ suggestedCoaches: [], coach: { id: amiraId, userId: null } });
    }
  });
});

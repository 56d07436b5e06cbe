import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createTestApp, type TestApp } from '../../test/harness.js';
import { Factory } from '../../test/factories.js';
import { ASSIGN_COACH, CLOSE_COACHING_REQUEST, REQUEST_COACHING, SCHEDULE_COACHING_SESSION } from '../../test/documents.js';
import { coachingRequestAbilities } from '../auth/policy.js';

let app: TestApp;
let organizationId: string;
let staff: ApiClient;
let member: ApiClient;
let coach: ApiClient;
let coachId: string;
let otherCoach: ApiClient;
let otherCoachId: string;

beforeAll(async () => {
  app = await createTestApp({ now: '2026-06-01T08:00:00Z' });
  const factory = new Factory(app);
  organizationId = (await factory.organization()).id;
  staff = (await factory.staffClient()).client;
  member = (await factory.memberClient(organizationId)).client;
  const coachLogin = await factory.coachClient();
  coach = coachLogin.client;
  coachId = coachLogin.coach.id;
  const otherLogin = await factory.coachClient();
  otherCoach = otherLogin.client;
  otherCoachId = otherLogin.coach.id;
});

afterAll(async () => {
  await app?.stop();
});

const VIEWER_MAY = `
  query ($id: ID!) {
    coachingRequest(id: $id) { viewerMay { message writeStaffOnly schedule moveOrCancelSessions close assign decline } }
  }
`;

const nothing = {
  message: false,
  writeStaffOnly: false,
  schedule: false,
  moveOrCancelSessions: false,
  close: false,
  assign: false,
  decline: false,
};

async function newRequest(): Promise<string> {
  const { requestCoaching } = await member.data(REQUEST_COACHING, {
    input: { organizationId, topic: 'FUNDING', text: 'Hilfe beim Förderantrag', languages: ['de'] },
  });
  return requestCoaching.id as string;
}

const viewerMay = async (client: ApiClient, id: string) => (await client.data(VIEWER_MAY, { id })).coachingRequest.viewerMay;

describe('what a viewer may do on a request (viewerMay)', () => {
  let requested: string;
  let scheduled: string;
  let closed: string;

  beforeAll(async () => {
    requested = await newRequest();
    scheduled = await newRequest();
    await staff.data(ASSIGN_COACH, { requestId: scheduled, coachId });
    await coach.data(SCHEDULE_COACHING_SESSION, {
      requestId: scheduled,
      input: { start: '2026-06-02T15:00:00Z', end: '2026-06-02T16:00:00Z', onlineUrl: 'https://meet.example/abc' },
    });
    closed = await newRequest();
    await staff.data(ASSIGN_COACH, { requestId: closed, coachId });
    await member.data(CLOSE_COACHING_REQUEST, { requestId: closed, outcome: 'Erledigt.' });
  });

  it('lets a member write, close and change sessions, never schedule, assign or write for staff only', async () => {
    expect(await viewerMay(member, scheduled)).toEqual({ ...nothing, message: true, moveOrCancelSessions: true, close: true });
    expect(await viewerMay(member, requested)).toEqual({ ...nothing, message: true, close: true });
  });

  it('lets the request’s coach write (also for staff), schedule and change sessions, not close, assign or decline', async () => {
    expect(await viewerMay(coach, scheduled)).toEqual({
      ...nothing,
      message: true,
      writeStaffOnly: true,
      schedule: true,
      moveOrCancelSessions: true,
    });
  });

  it('gives another coach nothing: the request is not found, and the policy allows no step', async () => {
    expect((await otherCoach.errorCode(VIEWER_MAY, { id: scheduled })).code).toBe('NOT_FOUND');
    const viewer = { kind: 'coach', userId: 'u', coachId: otherCoachId, sessionId: 's' } as const;
    for (const status of ['REQUESTED', 'ASSIGNED', 'SCHEDULED'] as const)
      expect(coachingRequestAbilities(viewer, { organizationId, coachId, status })).toEqual(nothing);
  });

  it('lets staff do every step the state allows: assign and decline until a session is set', async () => {
    expect(await viewerMay(staff, requested)).toEqual({
      message: true,
      writeStaffOnly: true,
      schedule: false,
      moveOrCancelSessions: false,
      close: true,
      assign: true,
      decline: true,
    });
    expect(await viewerMay(staff, scheduled)).toEqual({
      message: true,
      writeStaffOnly: true,
      schedule: true,
      moveOrCancelSessions: true,
      close: true,
      // a coach who drops out is replaced while sessions are set; declining is over once one is
      assign: true,
      decline: false,
    });
  });

  it('allows nobody any step on a closed request', async () => {
    for (const client of [member, coach, staff]) expect(await viewerMay(client, closed)).toEqual(nothing);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, ENGINE, collect, createTestApp, subscribed, until, type TestApp } from '../../test/harness.js';
import { ALWAYS_OPEN, Factory } from '../../test/factories.js';
import {
  CREATE_NETWORK_MEETING,
  NETWORK_CHANGES,
  RESPOND_TO_NETWORK_MEETING,
  UPDATE_NETWORK_MEETING,
} from '../../test/meeting-documents.js';
import { mayHearNetworkChange } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';

describe('who hears a network change live', () => {
  const member = (organizationId: string): Viewer => ({ kind: 'member', userId: 'u', organizationId, sessionId: '' });
  const staff: Viewer = { kind: 'staff', userId: 's', sessionId: '' };
  const coach: Viewer = { kind: 'coach', userId: 'c', coachId: 'c1', sessionId: '' };
  const stranger: Viewer = { kind: 'anonymous' };
  const answer = { entity: 'MEETING_RESPONSE', organizationId: 'kalyna' };
  const meeting = { entity: 'NETWORK_MEETING', organizationId: null };
  it.each([
    ['staff, of an MO’s answer', staff, answer, true],
    ['a member of the answering MO', member('kalyna'), answer, true],
    ['a member of another MO, of that answer', member('dari'), answer, false],
    ['a coach, of an MO’s answer', coach, answer, false],
    ['a member of another MO, of a meeting', member('dari'), meeting, true],
    ['a coach, of a meeting', coach, meeting, true],
    ['a stranger, of a meeting', stranger, meeting, false],
  ] as Array<[string, Viewer, { entity: string; organizationId: string | null }, boolean]>)('%s', (_name, viewer, change, heard) => {
    expect(mayHearNetworkChange(viewer, change)).toBe(heard);
  });
});

// Monday 1 June 2026, 10:00 in Leipzig; the meeting is the week after
const NOW = '2026-06-01T08:00:00Z';
let app: TestApp;
let staff: ApiClient;
let kalyna: ApiClient;
let dari: ApiClient;
let coach: ApiClient;
let roomId: string;

beforeAll(async () => {
  app = await createTestApp({ now: NOW });
  const factory = new Factory(app);
  roomId = (await factory.room({ locationId: (await factory.location({ openingHours: ALWAYS_OPEN })).id })).id;
  staff = (await factory.staffClient()).client;
  kalyna = (await factory.memberClient((await factory.organization({ name: 'Chor Kalyna' })).id)).client;
  dari = (await factory.memberClient((await factory.organization({ name: 'Dari-Kreis' })).id)).client;
  coach = (await factory.coachClient()).client;
});

afterAll(async () => {
  await app?.stop();
});

type Heard = { networkChanges: { entity: string; action: string; meetingId: string | null } };

describe(`an MO's answer on networkChanges on ${ENGINE}`, () => {
  it('reaches staff and the answering MO; other MOs and coaches hear only the meeting’s own changes', async () => {
    const clients = { staff, kalyna, dari, coach };
    const streams = await subscribed(app, 4, () =>
      Object.fromEntries(Object.entries(clients).map(([name, client]) => [name, collect<Heard>(client.subscriptions(), NETWORK_CHANGES)])),
    );
    try {
      const { createNetworkMeeting } = await staff.data(CREATE_NETWORK_MEETING, {
        input: {
          roomId,
          title: 'Netzwerktreffen',
          start: '2026-06-09T18:00:00+02:00',
          end: '2026-06-09T20:00:00+02:00',
          agendaDeadline: '2026-06-08T18:00:00+02:00',
        },
      });
      const meetingId = createNetworkMeeting.id as string;
      await kalyna.data(RESPOND_TO_NETWORK_MEETING, { meetingId, input: { attending: true, people: 2 } });
      // a change of the meeting after the answer: once everyone heard it, the answer was handed out or held back
      await staff.data(UPDATE_NETWORK_MEETING, { id: meetingId, input: { description: 'Mit Imbiss' } });
      const heard = (name: string) =>
        streams[name]!.events.filter((event) => event.networkChanges.meetingId === meetingId).map(
          (event) => `${event.networkChanges.entity} ${event.networkChanges.action}`,
        );
      for (const name of Object.keys(clients))
        await until(() => heard(name).includes('NETWORK_MEETING UPDATED'), `${name} heard the meeting change`);
      const withAnswer = ['NETWORK_MEETING CREATED', 'MEETING_RESPONSE CREATED', 'NETWORK_MEETING UPDATED'];
      const withoutAnswer = ['NETWORK_MEETING CREATED', 'NETWORK_MEETING UPDATED'];
      expect(heard('staff')).toEqual(withAnswer);
      expect(heard('kalyna')).toEqual(withAnswer);
      expect(heard('dari')).toEqual(withoutAnswer);
      expect(heard('coach')).toEqual(withoutAnswer);
    } finally {
      for (const stream of Object.values(streams)) stream.dispose();
      await Promise.all(Object.values(clients).map((client) => client.closeSockets()));
    }
  });
});

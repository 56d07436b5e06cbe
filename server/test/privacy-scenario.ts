import type { DataSource } from 'typeorm';
import {
  ACCEPT_INVITATION,
  ADD_COACHING_MESSAGE,
  CREATE_BOOKING,
  CREATE_PASSWORD_RESET,
  INVITE_USER,
  MOVE_BOOKING,
  REQUEST_COACHING,
  UPDATE_ME,
  UPDATE_ORGANIZATION,
} from './documents.js';
import { ALWAYS_OPEN, Factory } from './factories.js';
import { createTestApp, type ApiClient, type TestApp } from './harness.js';
import { startMailbox } from './smtp.js';

export interface PersonWithHistory {
  id: string;
  name: string;
  email: string;
  client: ApiClient;
  bookingId: string;
  requestId: string;
}

/**
 * A person who has lived in the app a while, leaving a trace in most tables that hold people: invited by staff
 * (under a shorter name), signed up, booked (and staff moved it: a notice and a queued mail), asked for
 * coaching and wrote a note, became their MO's contact, got a reset link from staff, chose a language and
 * fetched their calendar feeds. Every step goes through the API, as people do.
 */
export async function personWithHistory(
  app: TestApp,
  staff: ApiClient,
  place: { organizationId: string; roomId: string; day: string },
  who: { name: string; email: string },
): Promise<PersonWithHistory> {
  const { inviteUser } = await staff.data<{ inviteUser: { url: string } }>(INVITE_USER, {
    input: { email: who.email, name: who.name.split(' ')[0], role: 'MEMBER', organizationId: place.organizationId, language: 'uk' },
  });
  const client = app.client();
  const token = inviteUser.url.split('/invite/')[1]!;
  const { acceptInvitation } = await client.data<{ acceptInvitation: { id: string } }>(ACCEPT_INVITATION, {
    token,
    name: who.name,
    password: 'Morgenröte über Leipzig 7',
  });
  const id = acceptInvitation.id;
  const { createBooking } = await client.data<{ createBooking: { id: string; version: number } }>(CREATE_BOOKING, {
    input: {
      roomId: place.roomId,
      organizationId: place.organizationId,
      title: 'Elterncafé',
      category: 'MEETING',
      start: `${place.day}T16:00:00Z`,
      end: `${place.day}T18:00:00Z`,
    },
  });
  await staff.data(MOVE_BOOKING, {
    id: createBooking.id,
    expectedVersion: createBooking.version,
    roomId: place.roomId,
    start: `${place.day}T17:00:00Z`,
    end: `${place.day}T19:00:00Z`,
  });
  const { requestCoaching } = await client.data<{ requestCoaching: { id: string } }>(REQUEST_COACHING, {
    input: {
      organizationId: place.organizationId,
      topic: 'FUNDING',
      text: 'Wir brauchen Hilfe beim Antrag für den Stadtteilfonds.',
      languages: ['uk', 'de'],
      availability: [{ weekday: 2, from: '17:00', to: '20:00' }],
    },
  });
  await client.data(ADD_COACHING_MESSAGE, { requestId: requestCoaching.id, text: 'Dienstags passt es am besten.' });
  await staff.data(UPDATE_ORGANIZATION, { id: place.organizationId, input: { contactEmail: who.email } });
  await staff.data(CREATE_PASSWORD_RESET, { userId: id });
  await client.data(UPDATE_ME, { input: { language: 'de' } });
  await client.data(`{ calendarFeeds { kind url } }`);
  return { id, name: who.name, email: who.email, client, bookingId: createBooking.id, requestId: requestCoaching.id };
}

/**
 * An app on a fixed clock with a real SMTP server (change mails gathered for an hour, so they wait in the queue),
 * a house open all day, and one person with a history in an MO of their own.
 */
export async function appWithPerson(who: { name: string; email: string }, organization: { name?: string } = {}) {
  const mailbox = await startMailbox();
  const app = await createTestApp({ now: '2026-06-01T08:00:00Z', config: { smtpUrl: mailbox.url, changeMailDelaySeconds: 3600 } });
  const factory = new Factory(app);
  const roomId = (await factory.room({ locationId: (await factory.location({ openingHours: ALWAYS_OPEN })).id, capacity: 50 })).id;
  const organizationId = (await factory.organization(organization)).id;
  const staff = (await factory.staffClient()).client;
  const person = await personWithHistory(app, staff, { organizationId, roomId, day: '2026-06-02' }, who);
  return {
    app,
    mailbox,
    factory,
    staff,
    person,
    async stop() {
      await app.stop();
      await mailbox.stop();
    },
  };
}

/**
 * Every text, JSON and array column of every table (from `information_schema`, so a table added later is searched
 * too) that holds one of `words`, case-insensitively: "table.column: word" per find.
 */
export async function placesHolding(dataSource: DataSource, words: readonly string[]): Promise<string[]> {
  const columns: Array<{ table_name: string; column_name: string }> = await dataSource.query(
    `SELECT c.table_name, c.column_name
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
        AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')
      ORDER BY c.table_name, c.column_name`,
  );
  const found: string[] = [];
  for (const { table_name: table, column_name: column } of columns)
    for (const word of words) {
      const rows: Array<{ n: number }> = await dataSource.query(
        `SELECT count(*)::int AS n FROM "${table}" WHERE strpos(lower("${column}"::text), lower($1)) > 0`,
        [word],
      );
      if ((rows[0]?.n ?? 0) > 0) found.push(`${table}.${column}: ${word}`);
    }
  return found;
}

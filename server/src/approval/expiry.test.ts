import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE, createTestApp, type TestApp } from '../../test/harness.js';
import { Factory } from '../../test/factories.js';
import { startMailbox } from '../../test/smtp.js';
import { CREATE_BOOKING } from '../../test/documents.js';

const SET_RULES = `mutation ($locationId: ID, $input: ApprovalRulesInput!) { setApprovalRules(locationId: $locationId, input: $input) { id } }`;
const ALWAYS = { always: true, minAttendees: null, onWeekends: false, seriesLongerThan: null, firstBookings: null };
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '08:00', closes: '22:00' }));
// Friday before the change to summer time (Sunday 29 March 2027, 02:00 → 03:00 in Leipzig), 11:00 local
const FRIDAY = '2027-03-26T10:00:00Z';

/** An MO whose every booking in a house needs approval, and a request made on FRIDAY for the Tuesday after. */
async function scene(app: TestApp, titles: string[]) {
  const factory = new Factory(app);
  const organization = await factory.organization({ languages: ['ar'], contactEmail: 'kontakt@kalyna.example' });
  const locationId = (await factory.location({ openingHours: EVERY_DAY })).id;
  const roomId = (await factory.room({ locationId })).id;
  const staff = (await factory.staffClient()).client;
  const member = (await factory.memberClient(organization.id)).client;
  await staff.data(SET_RULES, { locationId, input: ALWAYS });
  const ids: string[] = [];
  for (const [index, title] of titles.entries()) {
    const start = `2027-03-30T${String(8 + 2 * index).padStart(2, '0')}:00:00Z`;
    const end = `2027-03-30T${String(9 + 2 * index).padStart(2, '0')}:00:00Z`;
    const input = { roomId, organizationId: organization.id, title, category: 'CHOIR', start, end };
    ids.push(((await member.data(CREATE_BOOKING, { input })).createBooking as { id: string }).id);
  }
  return { ids, roomId };
}

async function lapsedCounts(app: TestApp, ids: string[]) {
  const rows: Array<{ entity_id: string; count: number }> = await app.services.database.dataSource.query(
    `SELECT entity_id, count(*)::int AS count FROM change_log WHERE entity_id = ANY($1::uuid[]) AND after->>'status' = 'LAPSED' GROUP BY entity_id`,
    [ids],
  );
  return Object.fromEntries(rows.map((row) => [row.entity_id, row.count]));
}

describe(`requests nobody decides, on ${ENGINE}`, () => {
  let app: TestApp;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;

  beforeAll(async () => {
    mailbox = await startMailbox();
    app = await createTestApp({ now: FRIDAY, config: { smtpUrl: mailbox.url, changeMailDelaySeconds: 0 } });
  });
  afterAll(async () => {
    await app?.stop();
    await mailbox?.stop();
  });

  it('lapse 72 real hours later across the change to summer time, once, and the MO is told in its language', async () => {
    const { ids } = await scene(app, ['Chorprobe']);
    // 72 hours after Friday 11:00 CET is Monday 12:00 CEST: the wall clock moved an hour, the deadline did not
    app.clock.set('2027-03-29T09:59:59Z');
    expect(await app.services.requestExpiry.runNow()).toBe(0);
    app.clock.set('2027-03-29T10:00:00Z');
    expect(await app.services.requestExpiry.runNow()).toBe(1);
    expect(await app.services.requestExpiry.runNow()).toBe(0);
    expect(await lapsedCounts(app, ids)).toEqual({ [ids[0]!]: 1 });
    await app.services.changeMails.sendDue();
    const mail = await mailbox.waitFor('kontakt@kalyna.example');
    expect(mail.subject).toBe('انتهت مهلة الحجز: Chorprobe');
  });
});

describe.runIf(ENGINE === 'postgres')('two app nodes lapsing at once, and a node that was down', () => {
  it('lapse every request exactly once, and a restarted node finds what fell due while it was down', async () => {
    const nodeA = await createTestApp({ now: FRIDAY });
    const nodeB = await createTestApp({ now: FRIDAY, databaseUrl: nodeA.databaseUrl });
    let stopped = false;
    try {
      const { ids } = await scene(nodeA, ['A', 'B', 'C', 'D', 'E', 'F']);
      for (const node of [nodeA, nodeB]) node.clock.set('2027-03-29T10:00:00Z');
      const lapsed = await Promise.all([nodeA, nodeB].map((node) => node.services.requestExpiry.runNow()));
      expect(lapsed.reduce((sum, count) => sum + count, 0)).toBe(6);
      expect(await lapsedCounts(nodeA, ids)).toEqual(Object.fromEntries(ids.map((id) => [id, 1])));
      const notified: Array<{ booking_id: string; count: number }> = await nodeA.services.database.dataSource.query(
        `SELECT n.booking_id, count(*)::int AS count FROM notification n JOIN change_log c ON c.cursor = n.change_cursor
          WHERE n.booking_id = ANY($1::uuid[]) AND c.after->>'status' = 'LAPSED' GROUP BY n.booking_id`,
        [ids],
      );
      expect(notified.every((row) => row.count === 1) && notified.length === 6).toBe(true);

      // node B stops; a request falls due while only node A runs, whose timer does not come round; a node
      // started later (node C, as after a deploy) finds it overdue and lapses it
      await nodeB.stop();
      stopped = true;
      nodeA.clock.set(FRIDAY);
      const late = await scene(nodeA, ['G']);
      const nodeC = await createTestApp({ now: '2027-04-05T10:00:00Z', databaseUrl: nodeA.databaseUrl });
      try {
        expect(await nodeC.services.requestExpiry.runNow()).toBe(1);
        expect(await lapsedCounts(nodeC, late.ids)).toEqual({ [late.ids[0]!]: 1 });
      } finally {
        await nodeC.stop();
      }
    } finally {
      if (!stopped) await nodeB.stop();
      await nodeA.stop();
    }
  });
});

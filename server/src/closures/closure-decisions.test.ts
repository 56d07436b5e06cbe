import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createTestApp, type TestApp } from '../../test/harness.js';
import { Factory } from '../../test/factories.js';
import { houseTime, REFERENCE_NOW } from '../../test/dates.js';
import { startMailbox } from '../../test/smtp.js';
import { CLOSURE, CLOSURE_PREVIEW, CREATE_CLOSURE, DECIDE_CLOSURE_BOOKINGS, HOLIDAYS, NOTIFICATIONS } from '../../test/documents.js';

interface Preview {
  booking: { id: string };
  suggestions: Array<{ id: string; name: string; location: { id: string } }>;
}

let app: TestApp;
let mailbox: Awaited<ReturnType<typeof startMailbox>>;
let factory: Factory;
let staff: ApiClient;
let member: ApiClient;
let organizationId: string;

beforeAll(async () => {
  mailbox = await startMailbox();
  // Tuesday 8 June 2027, 10:00 in Leipzig; the closure lies over the rest of that week
  app = await createTestApp({ now: REFERENCE_NOW, config: { smtpUrl: mailbox.url, changeMailDelaySeconds: 60 } });
  factory = new Factory(app);
  organizationId = (await factory.organization({ name: 'Chor Kalyna', contactEmail: 'kontakt@kalyna.example', languages: ['ar', 'de'] }))
    .id;
  staff = (await factory.staffClient()).client;
  member = (await factory.memberClient(organizationId)).client;
});

afterAll(async () => {
  await app?.stop();
  await mailbox?.stop();
});

const at = (date: string, from: string, to: string) => ({ start: houseTime(date, from), end: houseTime(date, to) });

describe('entering a closure over bookings', () => {
  it('suggests a free room big enough in another house, and carries out a move, a cancellation and a keep, telling the MO', async () => {
    const north = (await factory.location({ name: 'Haus Nord' })).id;
    const hall = (await factory.room({ locationId: north, name: 'Saal Nord', capacity: 30 })).id;
    const south = (await factory.location({ name: 'Haus Süd' })).id;
    const small = (await factory.room({ locationId: south, name: 'Kleiner Raum', capacity: 10 })).id;
    const middle = (await factory.room({ locationId: south, name: 'Mittlerer Raum', capacity: 30 })).id;
    const large = (await factory.room({ locationId: south, name: 'Großer Raum', capacity: 60 })).id;
    const rehearsal = await factory.booking({
      roomId: hall,
      organizationId,
      title: 'Chorprobe',
      expectedAttendees: 25,
      ...at('2027-06-09', '10:00', '12:00'),
    });
    const board = await factory.booking({
      roomId: hall,
      organizationId,
      title: 'Vorstand',
      expectedAttendees: 6,
      ...at('2027-06-10', '18:00', '20:00'),
    });
    const party = await factory.booking({ roomId: hall, organizationId, title: 'Sommerfest', ...at('2027-06-11', '14:00', '18:00') });
    // the middle room is taken on Thursday evening, so it is not offered then
    await factory.booking({ roomId: middle, organizationId, title: 'Im Weg', ...at('2027-06-10', '17:00', '21:00') });

    const input = { locationId: north, reason: 'Wasserschaden', start: '2027-06-09T00:00:00+02:00', end: '2027-06-12T00:00:00+02:00' };
    const { closurePreview } = await staff.data<{ closurePreview: Preview[] }>(CLOSURE_PREVIEW, { input });
    expect(closurePreview.map((row) => [row.booking.id, row.suggestions.map((room) => room.id)])).toEqual([
      [rehearsal.id, [middle, large]],
      [board.id, [small, large]],
      // no attendees given: as big as the room it had
      [party.id, [middle, large]],
    ]);

    // a booking made after the question was asked has no decision: the closure is refused and nothing written
    const late = await factory.booking({ roomId: hall, organizationId, title: 'Nachzügler', ...at('2027-06-11', '10:00', '11:00') });
    const decisions = [
      { bookingId: rehearsal.id, action: 'MOVE', roomId: middle },
      { bookingId: board.id, action: 'CANCEL' },
      { bookingId: party.id, action: 'KEEP' },
    ];
    const refused = await staff.errorCode(CREATE_CLOSURE, { input, decisions });
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'decisions', reason: 'REQUIRED' });
    const closedNow = await member.data<{ holidays: unknown[] }>(HOLIDAYS, { from: input.start, to: input.end, locationId: north });
    expect(closedNow.holidays).toEqual([]);

    const { createClosure } = await staff.data(CREATE_CLOSURE, {
      input,
      decisions: [...decisions, { bookingId: late.id, action: 'KEEP' }],
    });
    const read = async (id: string) =>
      (await staff.data(`query ($id: ID!) { booking(id: $id) { status start end room { id } } }`, { id })).booking;
    expect(await read(rehearsal.id)).toEqual({ status: 'CONFIRMED', room: { id: middle }, ...isoOf(rehearsal) });
    expect((await read(board.id)).status).toBe('CANCELLED');
    expect((await read(party.id)).room.id).toBe(hall);
    // the kept ones stay listed under the closure, and the log says who kept them
    const { closure } = await staff.data(CLOSURE, { id: createClosure.id });
    expect(closure.affectedBookings.map((booking: { id: string }) => booking.id).sort()).toEqual([party.id, late.id].sort());
    const [logged] = await app.services.database.dataSource.query<Array<{ after: { keptBookingIds: string[]; keptBookings: string[] } }>>(
      `SELECT after FROM change_log WHERE entity = 'CLOSURE' AND entity_id = $1`,
      [createClosure.id],
    );
    expect(logged!.after.keptBookingIds.sort()).toEqual([party.id, late.id].sort());
    expect(logged!.after.keptBookings.sort()).toEqual(['Nachzügler', 'Sommerfest']);

    // the MO's member is told at once, with the closure's reason; the MO's address by e-mail, in Arabic
    const { notifications } = await member.data<{
      notifications: Array<{
        kind: string;
        reason: string;
        byStaff: boolean;
        booking: { id: string };
        previous: { houseName: string } | null;
      }>;
    }>(NOTIFICATIONS, {});
    const told = notifications.filter((notice) => [rehearsal.id, board.id].includes(notice.booking.id));
    expect(told.map((notice) => [notice.booking.id, notice.kind, notice.reason, notice.byStaff]).sort()).toEqual(
      [
        [rehearsal.id, 'UPDATED', 'Wasserschaden', true],
        [board.id, 'CANCELLED', 'Wasserschaden', true],
      ].sort(),
    );
    app.clock.set('2027-06-08T08:01:01Z');
    try {
      await app.services.changeMails.sendDue();
    } finally {
      app.clock.set(REFERENCE_NOW);
    }
    const toContact = mailbox.messages.filter((mail) => mail.to.includes('kontakt@kalyna.example'));
    expect(toContact.map((mail) => mail.language)).toEqual(['ar', 'ar']);
    const moved = toContact.find((mail) => mail.subject.includes('Chorprobe'));
    expect(moved?.text).toContain('Wasserschaden');
    expect(moved?.text).toContain('Haus Süd');
    expect(toContact.find((mail) => mail.subject.includes('Vorstand'))?.text).toContain('Wasserschaden');
  });

  it('decides later for the kept ones: a room inside the closure is refused, another house takes them', async () => {
    const house = (await factory.location()).id;
    const room = (await factory.room({ locationId: house })).id;
    const sameHouse = (await factory.room({ locationId: house })).id;
    const elsewhere = (await factory.room()).id;
    const kept = await factory.booking({ roomId: room, organizationId, ...at('2027-06-15', '10:00', '12:00') });
    const input = { locationId: house, reason: 'Stromausfall', start: '2027-06-15T00:00:00+02:00', end: '2027-06-16T00:00:00+02:00' };
    const { createClosure } = await staff.data(CREATE_CLOSURE, { input, decisions: [{ bookingId: kept.id, action: 'KEEP' }] });

    const intoClosure = await staff.errorCode(DECIDE_CLOSURE_BOOKINGS, {
      closureId: createClosure.id,
      decisions: [{ bookingId: kept.id, action: 'MOVE', roomId: sameHouse }],
    });
    expect(intoClosure).toMatchObject({ code: 'LOCATION_CLOSED', extensions: { name: 'Stromausfall' } });
    expect((await staff.errorCode(DECIDE_CLOSURE_BOOKINGS, { closureId: createClosure.id, decisions: [] })).extensions).toMatchObject({
      field: 'decisions',
      reason: 'REQUIRED',
    });
    const { decideClosureBookings } = await staff.data(DECIDE_CLOSURE_BOOKINGS, {
      closureId: createClosure.id,
      decisions: [{ bookingId: kept.id, action: 'MOVE', roomId: elsewhere }],
    });
    expect(decideClosureBookings.map((booking: { id: string; room: { id: string } }) => [booking.id, booking.room.id])).toEqual([
      [kept.id, elsewhere],
    ]);
    expect((await staff.data(CLOSURE, { id: createClosure.id })).closure.affectedBookings).toEqual([]);
  });
});

function isoOf(booking: { start: Date; end: Date }) {
  return { start: booking.start.toISOString(), end: booking.end.toISOString() };
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE, createTestApp, type TestApp } from '../../test/harness.js';
import { ALWAYS_OPEN, Factory } from '../../test/factories.js';
import { CREATE_BOOKING_SERIES } from '../../test/documents.js';

// Monday 1 June 2026, 10:00 in Leipzig; the choir meets on Tuesdays at 18:00
const NOW = '2026-06-01T08:00:00Z';
const TUESDAYS = ['2026-06-02', '2026-06-09', '2026-06-16', '2026-06-23', '2026-06-30', '2026-07-07', '2026-07-14'];
const NOTICES = `{ seriesNotices { toStaff read booking { id start series { id } organization { id } } } }`;

let app: TestApp;
afterAll(async () => {
  await app?.stop();
});

describe(`a series nobody comes to, on ${ENGINE}`, () => {
  let factory: Factory;
  beforeAll(async () => {
    app = await createTestApp({ now: NOW });
    factory = new Factory(app);
  });

  it('asks the MO whether it is still needed after three released dates in a row, and tells staff, once per three', async () => {
    const houseId = (await factory.location({ openingHours: ALWAYS_OPEN })).id;
    const roomId = (await factory.room({ locationId: houseId })).id;
    const organizationId = (await factory.organization()).id;
    const staff = await factory.staffClient();
    const member = await factory.memberClient(organizationId);
    const otherMember = await factory.memberClient((await factory.organization()).id);
    await staff.client.data(
      `mutation ($l: ID!) { setCheckInSettings(locationId: $l, input: { required: true, graceMinutes: 20 }) { required } }`,
      { l: houseId },
    );
    const { createBookingSeries } = await staff.client.data(CREATE_BOOKING_SERIES, {
      input: {
        roomId,
        organizationId,
        title: 'Chor',
        category: 'CHOIR',
        start: '2026-06-02T18:00:00+02:00',
        end: '2026-06-02T20:00:00+02:00',
        rrule: 'FREQ=WEEKLY;COUNT=7',
      },
    });
    const dates = createBookingSeries.created as Array<{ id: string }>;
    /** The Tuesday's date: nobody comes (released), or someone checks in. */
    const tuesday = async (index: number, came: boolean) => {
      const day = TUESDAYS[index]!;
      if (came) {
        app.clock.set(`${day}T18:00:00+02:00`);
        // weeks pass: each reader signs in again
        await (await factory.signIn(member.user)).data(`mutation ($id: ID!) { checkIn(bookingId: $id) { id } }`, { id: dates[index]!.id });
      }
      app.clock.set(`${day}T18:25:00+02:00`);
      await app.services.noShowRelease.runNow();
    };
    const unread = async () =>
      (await (await factory.signIn(member.user)).data(NOTICES)).seriesNotices as Array<{ toStaff: boolean; booking: { id: string } }>;

    // released, checked in, released, released: not three in a row yet
    await tuesday(0, false);
    await tuesday(1, true);
    await tuesday(2, false);
    await tuesday(3, false);
    expect(await unread()).toEqual([]);
    await tuesday(4, false);
    const asked = await unread();
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ toStaff: false, booking: { id: dates[4]!.id, series: { id: createBookingSeries.series.id } } });
    const told = (await (await factory.signIn(staff.user)).data(NOTICES)).seriesNotices;
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ toStaff: true, read: false, booking: { id: dates[4]!.id, organization: { id: organizationId } } });
    expect((await (await factory.signIn(otherMember.user)).data(NOTICES)).seriesNotices).toEqual([]);

    // the next two releases ask nothing new (the question stands); a third would make three more in a row
    await tuesday(5, false);
    await tuesday(6, false);
    expect(await unread()).toHaveLength(1);

    const reader = await factory.signIn(member.user);
    expect((await reader.data(`mutation { markSeriesNoticesRead }`)).markSeriesNoticesRead).toBe(1);
    expect((await reader.data(`{ seriesNotices(unreadOnly: true) { id } }`)).seriesNotices).toEqual([]);
  });
});

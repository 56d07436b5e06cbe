import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { Factory } from '../../test/factories.js';
import { UPDATE_ORGANIZATION } from '../../test/documents.js';

const PUBLIC_ORGANIZATIONS = `{
  publicOrganizations {
    shortName name description descriptionTranslations { language text } languages categories contactEmail
    regularMeetings { weekday startTime endTime roomName houseName }
    nextEvents { title start roomName houseName }
  }
}`;
const PUBLIC_ORGANIZATION = `query ($s: String!) { publicOrganization(shortName: $s) { name nextEvents { title } } }`;

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp({ now: '2026-06-01T08:00:00Z' });
  const factory = new Factory(app);
  const choir = await factory.organization({
    name: 'Ukrainischer Chor Kalyna',
    shortName: 'Kalyna',
    description: 'Wir singen ukrainische Lieder.',
    descriptionTranslations: { uk: 'Ми співаємо українські пісні.' },
    languages: ['uk', 'de'],
    profilePublic: true,
  });
  const hidden = await factory.organization({ name: 'Stille Beratung', shortName: 'Still', profilePublic: false });
  const house = (await factory.location({ name: 'KolLEktiv Zschochersche Straße', address: 'Zschochersche Str. 50, 04229 Leipzig' })).id;
  const hall = (await factory.room({ locationId: house, name: 'Großer Saal' })).id;
  // four Tuesdays 18:00–20:30: a regular meeting
  for (const day of ['02', '09', '16', '23'])
    await factory.booking({
      roomId: hall,
      organizationId: choir.id,
      title: 'Chorprobe',
      category: 'CHOIR',
      visibility: 'PUBLIC',
      start: `2026-06-${day}T18:00:00+02:00`,
      end: `2026-06-${day}T20:30:00+02:00`,
    });
  await factory.booking({
    roomId: hall,
    organizationId: choir.id,
    title: 'Vorstand intern',
    visibility: 'MEMBERS',
    start: '2026-06-03T18:00:00+02:00',
    end: '2026-06-03T19:00:00+02:00',
  });
  await factory.booking({
    roomId: hall,
    organizationId: choir.id,
    title: 'Geheim',
    visibility: 'PRIVATE',
    start: '2026-06-04T18:00:00+02:00',
    end: '2026-06-04T19:00:00+02:00',
  });
  await factory.booking({
    roomId: hall,
    organizationId: hidden.id,
    title: 'Beratung',
    visibility: 'PUBLIC',
    start: '2026-06-05T10:00:00+02:00',
    end: '2026-06-05T11:00:00+02:00',
  });
});

afterAll(async () => {
  await app?.stop();
});

describe('the public page of MO activities', () => {
  it('shows only MOs with a public profile, what they do and when they regularly meet, from PUBLIC bookings only', async () => {
    const { publicOrganizations } = await app.client().data(PUBLIC_ORGANIZATIONS);
    expect(publicOrganizations.map((organization: { shortName: string }) => organization.shortName)).toEqual(['Kalyna']);
    const [kalyna] = publicOrganizations;
    expect(kalyna).toMatchObject({
      description: 'Wir singen ukrainische Lieder.',
      descriptionTranslations: [{ language: 'uk', text: 'Ми співаємо українські пісні.' }],
      languages: ['uk', 'de'],
      categories: ['CHOIR'],
      regularMeetings: [
        { weekday: 2, startTime: '18:00', endTime: '20:30', roomName: 'Großer Saal', houseName: 'KolLEktiv Zschochersche Straße' },
      ],
    });
    expect(kalyna.nextEvents.map((event: { title: string }) => event.title)).toEqual(['Chorprobe', 'Chorprobe', 'Chorprobe', 'Chorprobe']);
    const text = JSON.stringify(publicOrganizations);
    for (const secret of ['Vorstand intern', 'Geheim', 'Stille Beratung', 'Beratung']) expect(text).not.toContain(secret);
  });

  it('publishes an MO’s contact only where it chose so, apart from its public profile', async () => {
    const contactOf = async () =>
      (await app.client().data<{ publicOrganizations: Array<{ contactEmail: string | null }> }>(PUBLIC_ORGANIZATIONS))
        .publicOrganizations[0]!.contactEmail;
    expect(await contactOf()).toBeNull();
    const staff = (await new Factory(app).staffClient()).client;
    const { organizations } = await staff.data<{ organizations: Array<{ id: string; shortName: string }> }>(
      `{ organizations { id shortName } }`,
    );
    const kalyna = organizations.find((organization) => organization.shortName === 'Kalyna')!;
    await staff.data(UPDATE_ORGANIZATION, { id: kalyna.id, input: { publicContact: true } });
    expect(await contactOf()).toBe('kontakt@mo.example');
    await staff.data(UPDATE_ORGANIZATION, { id: kalyna.id, input: { publicContact: false } });
    expect(await contactOf()).toBeNull();
  });

  it('finds one MO by its short name, and nothing for an MO without a public profile', async () => {
    expect((await app.client().data(PUBLIC_ORGANIZATION, { s: 'kalyna' })).publicOrganization.name).toBe('Ukrainischer Chor Kalyna');
    expect((await app.client().data(PUBLIC_ORGANIZATION, { s: 'Still' })).publicOrganization).toBeNull();
  });

  it('names the houses an MO meets in from its PUBLIC bookings of the coming half year, without a weekly meeting', async () => {
    const factory = new Factory(app);
    const salsa = await factory.organization({ name: 'Salsa Leipzig', shortName: 'Salsa', profilePublic: true });
    const house = async (name: string, address: string, sortOrder: number) =>
      (await factory.room({ locationId: (await factory.location({ name, address, sortOrder })).id })).id;
    const south = await house('Haus Süd', 'Beispielweg 7, 04275 Leipzig', 2);
    const east = await house('Haus Ost', 'Musterstraße 12, 04315 Leipzig', 1);
    const north = await house('Haus Nord', 'Nordstraße 1, 04105 Leipzig', 0);
    const far = await house('Haus Fern', 'Fernweg 9, 04103 Leipzig', 3);
    const once = (roomId: string, visibility: 'PUBLIC' | 'MEMBERS', day: string) =>
      factory.booking({ roomId, organizationId: salsa.id, visibility, start: `${day}T18:00:00+02:00`, end: `${day}T20:00:00+02:00` });
    // one evening each, no weekly rhythm: in October (four months ahead), next week, a members' evening, next year
    await once(south, 'PUBLIC', '2026-10-15');
    await once(east, 'PUBLIC', '2026-06-10');
    await once(north, 'MEMBERS', '2026-06-11');
    await once(far, 'PUBLIC', '2027-03-01');
    const { publicOrganizations } = await app.client().data<{
      publicOrganizations: Array<{ shortName: string; regularMeetings: unknown[]; houses: Array<{ name: string; address: string }> }>;
    }>(`{ publicOrganizations { shortName regularMeetings { weekday } houses { name address } } }`);
    const found = publicOrganizations.find((organization) => organization.shortName === 'Salsa')!;
    expect(found.regularMeetings).toEqual([]);
    expect(found.houses).toEqual([
      { name: 'Haus Ost', address: 'Musterstraße 12, 04315 Leipzig' },
      { name: 'Haus Süd', address: 'Beispielweg 7, 04275 Leipzig' },
    ]);
    expect(publicOrganizations.find((organization) => organization.shortName === 'Kalyna')!.houses).toEqual([
      { name: 'KolLEktiv Zschochersche Straße', address: 'Zschochersche Str. 50, 04229 Leipzig' },
    ]);
  });
});

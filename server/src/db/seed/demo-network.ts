import type { EntityManager } from 'typeorm';
import { Booking } from '../../bookings/booking.entity.js';
import { findBookingRecord } from '../../bookings/booking.repository.js';
import { recordBookingChange } from '../../bookings/booking-log.js';
import { closedPeriodFor, findClosedPeriods } from '../../closures/closed-periods.js';
import { Room } from '../../locations/room.entity.js';
import {
  AgendaItem,
  MeetingAttendance,
  MeetingDecision,
  MeetingResponse,
  NetworkMeeting,
  Proposal,
  ProposalSupport,
} from '../../network/network.entities.js';
import type { ProposalStatus } from '../../network/network.enums.js';
import { centreOrganizationId } from '../../network/network-meetings.js';
import { Organization } from '../../organizations/organization.entity.js';
import { zonedTimeToInstant } from '../../shared/zoned-time.js';
import { DEMO_ORGANIZATIONS } from './demo-data.js';

/** A calendar day in the houses' zone. */
export interface ZonedDay {
  year: number;
  month: number;
  day: number;
}

const TIME_ZONE = 'Europe/Berlin';

interface DemoMeeting {
  title: string;
  description: string;
  roomName: string;
  weeksFromNow: number;
  /** ISO weekday, Monday = 1. */
  weekday: number;
  from: string;
  to: string;
  interpretation: string[];
  /** MO key → people coming (0: not coming) and the languages they need interpreted. */
  answers: Array<[string, number, string[]]>;
  /** Topics: MO key (null: the centre), title, language, accepted. */
  agenda: Array<[string | null, string, string, boolean]>;
  minutes?: { text: string; decisions: Array<[string, string, 'OPEN' | 'DONE']>; present: Array<[string, number]> };
}

/** A meeting held five weeks ago with its minutes, and the next one with answers and an agenda taking shape. */
const DEMO_MEETINGS: DemoMeeting[] = [
  {
    title: 'Netzwerktreffen im Herbst',
    description: 'Rückblick auf das Jahr, Räume am Wochenende und das gemeinsame Sommerfest.',
    roomName: 'Großer Saal',
    weeksFromNow: -5,
    weekday: 5,
    from: '17:00',
    to: '19:30',
    interpretation: ['ar', 'uk'],
    answers: [
      ['sdkv', 3, ['ar']],
      ['kalyna', 2, ['uk']],
      ['afl', 2, []],
      ['kurd', 1, []],
      ['eritrea', 2, ['ar']],
      ['most', 1, []],
      ['mosaik', 2, []],
      ['vev', 0, []],
    ],
    agenda: [
      [null, 'Bericht an die Stadt: Zahlen des Jahres', 'de', true],
      ['sdkv', 'Räume am Samstagvormittag', 'de', true],
      ['kalyna', 'Спільне літнє свято', 'uk', true],
    ],
    minutes: {
      text:
        'Anwesend: Vertreter:innen von sieben MOs und das KolLEktiv-Team.\n\n' +
        '1. Das Team hat die Zahlen des Jahres vorgestellt; die MOs wünschen sich mehr Abendtermine.\n' +
        '2. Samstagvormittags werden Seminarraum und Lernraum für Kurse freigehalten.\n' +
        '3. Das Sommerfest wird gemeinsam geplant; eine Vorbereitungsgruppe trifft sich im Frühjahr.',
      decisions: [
        ['Seminarraum und Lernraum samstags 10–13 Uhr für Kurse freihalten', 'KolLEktiv-Team', 'DONE'],
        ['Vorbereitungsgruppe Sommerfest gründen', 'Kalyna e. V.', 'OPEN'],
        ['Abendtermine im Großen Saal prüfen', 'KolLEktiv-Team', 'OPEN'],
      ],
      present: [
        ['sdkv', 3],
        ['kalyna', 2],
        ['afl', 2],
        ['kurd', 1],
        ['eritrea', 1],
        ['most', 1],
        ['mosaik', 2],
      ],
    },
  },
  {
    title: 'Netzwerktreffen im Winter',
    description: 'Wir planen das nächste Halbjahr: Raumwünsche, Fortbildungen und das Sommerfest.',
    roomName: 'Großer Saal',
    weeksFromNow: 1,
    weekday: 5,
    from: '17:00',
    to: '19:30',
    interpretation: ['ar', 'uk', 'fa'],
    answers: [
      ['sdkv', 2, ['ar']],
      ['kalyna', 3, ['uk']],
      ['afl', 1, ['fa']],
      ['kunst', 2, ['fa']],
      ['latino', 0, []],
    ],
    agenda: [
      [null, 'Raumplanung für das Frühjahr', 'de', true],
      ['kalyna', 'Sommerfest: Vorbereitungsgruppe', 'de', true],
      ['sdkv', 'دورة حول طلبات التمويل', 'ar', false],
      ['afl', 'Kinderbetreuung während der Treffen', 'de', false],
    ],
  },
];

const DEMO_PROPOSALS: Array<{
  by: string;
  title: string;
  text: string;
  language: string;
  supporters: string[];
  status: ProposalStatus;
  answer?: string;
}> = [
  {
    by: 'kalyna',
    title: 'Sonntagnachmittags öffnen',
    text: 'Viele unserer Mitglieder arbeiten unter der Woche. Ein Haus am Sonntag von 14 bis 18 Uhr würde Chören und Familien helfen.',
    language: 'de',
    supporters: ['sdkv', 'afl', 'most', 'kurd', 'bg'],
    status: 'PLANNED',
    answer: 'Wir öffnen das Haus Ost ab März an zwei Sonntagen im Monat; die Termine folgen im Kalender.',
  },
  {
    by: 'sdkv',
    title: 'Ein Raum mit Klavier am Samstag',
    text: 'Für Musikunterricht mit Kindern brauchen wir samstags einen Raum mit Klavier.',
    language: 'de',
    supporters: ['kalyna', 'iberia', 'zh'],
    status: 'OPEN',
  },
  {
    by: 'afl',
    title: 'Kurs zu Förderanträgen',
    text: 'Ein Nachmittag, an dem wir lernen, wie man einen Antrag bei der Stadt schreibt.',
    language: 'de',
    supporters: ['eritrea', 'kamerun'],
    status: 'DONE',
    answer: 'Der Kurs hat im Oktober stattgefunden; die Unterlagen liegen im Büro.',
  },
  {
    by: 'kunst',
    title: 'Brennofen im Atelier',
    text: 'Für Keramikkurse wünschen wir uns einen Brennofen.',
    language: 'de',
    supporters: [],
    status: 'DECLINED',
    answer: 'Der Brandschutz im Haus Ost erlaubt keinen Brennofen; wir vermitteln gern an die Keramikwerkstatt im Stadtteil.',
  },
];

/**
 * The network's demo: the centre's own organisation, a past meeting with minutes, a coming one with answers and
 * agenda, and proposals in each state. A meeting whose day a house is closed (a holiday) is left out, as staff
 * could not have booked it.
 */
export async function seedNetwork(manager: EntityManager, now: Date, monday: (offset: number) => ZonedDay): Promise<void> {
  const organizations = await manager.getRepository(Organization).find();
  const byKey = new Map<string, string>();
  for (const demo of DEMO_ORGANIZATIONS) {
    const found = organizations.find((organization) => organization.name === demo.name);
    if (found) byKey.set(demo.key, found.id);
  }
  const id = (key: string): string => byKey.get(key) ?? '';
  // the MOs have worked with the centre for a year, so the meeting five weeks ago invited them all
  await manager.query(`UPDATE organization SET created_at = $1 WHERE kind = 'MO'`, [new Date(now.getTime() - 365 * 86_400_000)]);
  const centreId = await centreOrganizationId(manager);
  for (const demo of DEMO_MEETINGS) await seedMeeting(manager, now, monday, demo, centreId, id);
  for (const demo of DEMO_PROPOSALS) {
    const answered = demo.status !== 'OPEN';
    const proposal = await manager.getRepository(Proposal).save({
      organizationId: id(demo.by),
      title: demo.title,
      text: demo.text,
      language: demo.language,
      status: demo.status,
      answer: answered ? (demo.answer ?? null) : null,
      answeredAt: answered ? new Date(now.getTime() - 7 * 86_400_000) : null,
      answeredById: null,
      createdById: null,
      updatedAt: now,
    });
    // made weeks before it was answered, so the city's report counts it in the month it came
    const made = new Date(now.getTime() - (answered ? 37 : 10) * 86_400_000);
    await manager.query('UPDATE proposal SET created_at = $2 WHERE id = $1', [proposal.id, made]);
    await manager
      .getRepository(ProposalSupport)
      .insert(demo.supporters.map((key) => ({ proposalId: proposal.id, organizationId: id(key), supportedById: null })));
  }
}

async function seedMeeting(
  manager: EntityManager,
  now: Date,
  monday: (offset: number) => ZonedDay,
  demo: DemoMeeting,
  centreId: string,
  id: (key: string) => string,
): Promise<void> {
  const room = await manager.getRepository(Room).findOneBy({ name: demo.roomName });
  if (!room) return;
  // a holiday or closure on the day moves the meeting a week further from now, as staff would have planned it
  const away = Math.sign(demo.weeksFromNow) || 1;
  let slot: { start: Date; end: Date } | null = null;
  for (let shift = 0; shift < 4 && !slot; shift++) {
    const week = monday(demo.weeksFromNow + away * shift);
    const day = { ...week, day: week.day + demo.weekday - 1 };
    const at = (time: string) => {
      const [hour = 0, minute = 0] = time.split(':').map(Number);
      return zonedTimeToInstant({ ...day, hour, minute }, TIME_ZONE);
    };
    const candidate = { start: at(demo.from), end: at(demo.to) };
    const closed = await findClosedPeriods(manager, null, candidate.start, candidate.end);
    if (!closedPeriodFor({ roomId: room.id, ...candidate }, closed)) slot = candidate;
  }
  if (!slot) return;
  const { start, end } = slot;
  const inserted = await manager.getRepository(Booking).insert({
    roomId: room.id,
    organizationId: centreId,
    title: demo.title,
    category: 'NETWORK_MEETING',
    start,
    end,
    status: 'CONFIRMED',
    visibility: 'MEMBERS',
    expectedAttendees: null,
    notes: null,
    seriesId: null,
    createdById: null,
    version: 1,
    updatedAt: now,
  });
  const bookingId = String(inserted.identifiers[0]?.id);
  const record = await findBookingRecord(manager, bookingId);
  if (record) await recordBookingChange(manager, { kind: 'CREATED', actorId: null, before: null, after: record });
  const held = start.getTime() <= now.getTime();
  const meeting = await manager.getRepository(NetworkMeeting).save({
    bookingId,
    title: demo.title,
    description: demo.description,
    agendaDeadline: new Date(start.getTime() - 2 * 86_400_000),
    interpretationLanguages: demo.interpretation,
    minutes: held && demo.minutes ? demo.minutes.text : null,
    minutesPublishedAt: held && demo.minutes ? new Date(end.getTime() + 86_400_000) : null,
    // the demo's reminders count as sent: a fresh demo does not mail the MOs about meetings they never saw
    remindedUnansweredAt: now,
    remindedComingAt: now,
    createdById: null,
    updatedAt: now,
    version: 1,
  });
  await manager.getRepository(MeetingResponse).insert(
    demo.answers.map(([key, people, interpretation]) => ({
      meetingId: meeting.id,
      organizationId: id(key),
      attending: people > 0,
      people,
      interpretation,
      respondedById: null,
      updatedAt: now,
    })),
  );
  let position = 0;
  for (const [key, title, language, accepted] of demo.agenda)
    await manager.getRepository(AgendaItem).insert({
      meetingId: meeting.id,
      organizationId: key ? id(key) : null,
      proposalId: null,
      title,
      text: '',
      language,
      status: accepted ? 'ACCEPTED' : 'PROPOSED',
      mergedIntoId: null,
      movedFromMeetingId: null,
      position: accepted ? ++position : null,
      createdById: null,
      updatedAt: now,
    });
  if (!held || !demo.minutes) return;
  await manager.getRepository(MeetingDecision).insert(
    demo.minutes.decisions.map(([text, responsible, state], index) => ({
      meetingId: meeting.id,
      position: index + 1,
      text,
      responsible,
      state,
      updatedAt: now,
    })),
  );
  await manager
    .getRepository(MeetingAttendance)
    .insert(demo.minutes.present.map(([key, people]) => ({ meetingId: meeting.id, organizationId: id(key), people })));
}

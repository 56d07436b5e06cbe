import type { BookingCategory, BookingVisibility } from '../../bookings/booking.enums.js';
import type { CoachingStatus, CoachingTopic } from '../../coaching/coaching.enums.js';
import type { OpeningHours } from '../../locations/opening-hours.js';
import type { RoomFeature } from '../../locations/room.entity.js';

/** Invented demo data: names and addresses are examples, except the real address of the first house. */

const weekdays = (days: number[], opens: string, closes: string): OpeningHours[] => days.map((weekday) => ({ weekday, opens, closes }));

export interface DemoLocation {
  key: string;
  name: string;
  address: string;
  openingHours: OpeningHours[];
  rooms: Array<{ key: string; name: string; capacity: number; features: RoomFeature[]; colour: string }>;
}

export const DEMO_LOCATIONS: DemoLocation[] = [
  {
    key: 'west',
    name: 'KolLEktiv Zschochersche Straße',
    address: 'Zschochersche Str. 50, 04229 Leipzig',
    openingHours: [...weekdays([1, 2, 3, 4, 5], '08:00', '22:00'), ...weekdays([6], '10:00', '20:00')],
    rooms: [
      { key: 'saal', name: 'Großer Saal', capacity: 40, features: ['PIANO', 'SOUND_SYSTEM', 'STEP_FREE'], colour: '#2f6f9f' },
      { key: 'seminar', name: 'Seminarraum', capacity: 16, features: ['PROJECTOR', 'WHITEBOARD', 'STEP_FREE'], colour: '#3f8f6b' },
      { key: 'buero', name: 'Beratungsbüro', capacity: 4, features: ['STEP_FREE'], colour: '#8a6bb8' },
      { key: 'kueche', name: 'Küche & Treff', capacity: 20, features: ['KITCHEN'], colour: '#c0703a' },
    ],
  },
  {
    key: 'ost',
    name: 'KolLEktiv Ost (Demo)',
    address: 'Musterstraße 12, 04315 Leipzig',
    openingHours: [...weekdays([1, 2, 3, 4, 5], '09:00', '21:00'), ...weekdays([6, 7], '11:00', '18:00')],
    rooms: [
      { key: 'atelier', name: 'Atelier', capacity: 14, features: ['KITCHEN', 'STEP_FREE'], colour: '#b5527a' },
      { key: 'lernraum', name: 'Lernraum', capacity: 12, features: ['WHITEBOARD', 'PROJECTOR'], colour: '#4c7a3a' },
      { key: 'gruppenraum', name: 'Gruppenraum', capacity: 25, features: ['SOUND_SYSTEM', 'STEP_FREE'], colour: '#336699' },
    ],
  },
  {
    key: 'sued',
    name: 'KolLEktiv Süd (Demo)',
    address: 'Beispielweg 7, 04275 Leipzig',
    openingHours: weekdays([1, 2, 3, 4, 5, 6], '08:00', '22:00'),
    rooms: [
      { key: 'musik', name: 'Musikraum', capacity: 30, features: ['PIANO', 'SOUND_SYSTEM'], colour: '#7a4f9a' },
      { key: 'kursraum', name: 'Kursraum 1', capacity: 18, features: ['WHITEBOARD', 'PROJECTOR', 'STEP_FREE'], colour: '#2e8a8a' },
      { key: 'kursraum2', name: 'Kursraum 2', capacity: 10, features: ['WHITEBOARD'], colour: '#9a7b2e' },
      { key: 'sprechzimmer', name: 'Sprechzimmer', capacity: 3, features: ['STEP_FREE'], colour: '#6b6b6b' },
      { key: 'cafe', name: 'Café-Raum', capacity: 35, features: ['KITCHEN', 'STEP_FREE', 'SOUND_SYSTEM'], colour: '#c25b3f' },
    ],
  },
];

export interface DemoOrganization {
  key: string;
  name: string;
  shortName: string;
  description: string;
  languages: string[];
  profilePublic: boolean;
}

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    key: 'sdkv',
    name: 'Syrisch-Deutscher Kulturverein (Demo)',
    shortName: 'SDKV',
    description: 'Kultur, Sprache und Begegnung.',
    languages: ['ar', 'de'],
    profilePublic: true,
  },
  {
    key: 'kalyna',
    name: 'Ukrainischer Chor Kalyna (Demo)',
    shortName: 'Kalyna',
    description: 'Chor für ukrainische Volkslieder.',
    languages: ['uk', 'ru', 'de'],
    profilePublic: true,
  },
  {
    key: 'afl',
    name: 'Afghanische Frauen Leipzig (Demo)',
    shortName: 'AFL',
    description: 'Treffpunkt und Beratung für Frauen.',
    languages: ['fa', 'ps'],
    profilePublic: false,
  },
  {
    key: 'vev',
    name: 'Vietnamesischer Elternverein (Demo)',
    shortName: 'VEV',
    description: 'Muttersprachunterricht und Elternarbeit.',
    languages: ['vi', 'de'],
    profilePublic: true,
  },
  {
    key: 'latino',
    name: 'Lateinamerika-Treff (Demo)',
    shortName: 'LaTreff',
    description: 'Tanz, Musik und Austausch.',
    languages: ['es', 'pt'],
    profilePublic: true,
  },
  {
    key: 'kurd',
    name: 'Kurdisches Kulturhaus (Demo)',
    shortName: 'KKH',
    description: 'Sprachkurse und Kulturarbeit.',
    languages: ['ku', 'tr'],
    profilePublic: true,
  },
  {
    key: 'eritrea',
    name: 'Eritreische Gemeinschaft (Demo)',
    shortName: 'EriG',
    description: 'Gemeinschaft und Hausaufgabenhilfe.',
    languages: ['ti', 'ar'],
    profilePublic: false,
  },
  {
    key: 'most',
    name: 'Polnischer Kulturverein Most (Demo)',
    shortName: 'Most',
    description: 'Polnische Kultur in Leipzig.',
    languages: ['pl'],
    profilePublic: true,
  },
  {
    key: 'eltern',
    name: 'Russischsprachige Eltern (Demo)',
    shortName: 'RuEl',
    description: 'Elterninitiative und Spielgruppe.',
    languages: ['ru'],
    profilePublic: false,
  },
  {
    key: 'kunst',
    name: 'Iranische Künstler:innen (Demo)',
    shortName: 'IKL',
    description: 'Malerei und Kalligrafie.',
    languages: ['fa', 'en'],
    profilePublic: true,
  },
  {
    key: 'afrika',
    name: 'Afrikanisches Netzwerk (Demo)',
    shortName: 'AfriNet',
    description: 'Vernetzung afrikanischer Initiativen.',
    languages: ['fr', 'en'],
    profilePublic: true,
  },
  {
    key: 'tdf',
    name: 'Türkisch-Deutscher Frauenverein (Demo)',
    shortName: 'TDF',
    description: 'Frauenfrühstück und Beratung.',
    languages: ['tr', 'de'],
    profilePublic: true,
  },
  {
    key: 'hausaufgaben',
    name: 'Arabische Hausaufgabenhilfe (Demo)',
    shortName: 'AHH',
    description: 'Lernhilfe für Schulkinder.',
    languages: ['ar', 'de'],
    profilePublic: false,
  },
  {
    key: 'iberia',
    name: 'Georgischer Kulturverein Iberia (Demo)',
    shortName: 'Iberia',
    description: 'Georgischer Tanz und Gesang.',
    languages: ['ka', 'ru'],
    profilePublic: true,
  },
  {
    key: 'bg',
    name: 'Bulgarische Sonntagsschule (Demo)',
    shortName: 'BGS',
    description: 'Sprache und Geschichte für Kinder.',
    languages: ['bg'],
    profilePublic: true,
  },
  {
    key: 'indien',
    name: 'Indische Gemeinschaft (Demo)',
    shortName: 'IGL',
    description: 'Feste, Yoga und Musik.',
    languages: ['hi', 'ta', 'en'],
    profilePublic: true,
  },
  {
    key: 'hiil',
    name: 'Somalischer Verein Hiil (Demo)',
    shortName: 'Hiil',
    description: 'Beratung und Jugendarbeit.',
    languages: ['so', 'ar'],
    profilePublic: false,
  },
  {
    key: 'ro',
    name: 'Rumänische Gemeinschaft (Demo)',
    shortName: 'RoGe',
    description: 'Kultur und Nachbarschaft.',
    languages: ['ro'],
    profilePublic: true,
  },
  {
    key: 'kamerun',
    name: 'Kamerunischer Studierendenverein (Demo)',
    shortName: 'KSV',
    description: 'Studium, Ankommen, Netzwerk.',
    languages: ['fr', 'en'],
    profilePublic: true,
  },
  {
    key: 'mosaik',
    name: 'Migrantinnen-Netzwerk Mosaik (Demo)',
    shortName: 'Mosaik',
    description: 'Netzwerk von Frauen aus vielen Ländern.',
    languages: ['de', 'en', 'ar', 'fa'],
    profilePublic: true,
  },
  {
    key: 'zh',
    name: 'Chinesischer Kulturverein (Demo)',
    shortName: 'CKV',
    description: 'Sprachschule und Kalligrafie.',
    languages: ['zh'],
    profilePublic: true,
  },
];

export const DEMO_PASSWORD = 'kollektiv-demo';

export const DEMO_USERS = [
  { email: 'staff@kollektiv.example', name: 'Demo Team KolLEktiv', role: 'STAFF' as const, organizationKey: null },
  { email: 'member1@kollektiv.example', name: 'Demo Mitglied SDKV', role: 'MEMBER' as const, organizationKey: 'sdkv' },
  { email: 'member2@kollektiv.example', name: 'Demo Mitglied Kalyna', role: 'MEMBER' as const, organizationKey: 'kalyna' },
  { email: 'coach@kollektiv.example', name: 'Demo Coach', role: 'COACH' as const, organizationKey: null },
];

/** Coaches; the first signs in as the demo coach account. */
export const DEMO_COACHES = [
  {
    name: 'Amira Haddad',
    topics: ['FUNDING', 'FINANCES'],
    languages: ['ar', 'de', 'en'],
    contact: '0341 555 0101',
    userEmail: 'coach@kollektiv.example',
  },
  {
    name: 'Olena Kovalenko',
    topics: ['FOUNDING', 'LEGAL'],
    languages: ['uk', 'ru', 'de'],
    contact: 'olena@coaching.example',
    userEmail: null,
  },
  {
    name: 'Kemal Yıldız',
    topics: ['PUBLIC_RELATIONS', 'EVENTS', 'VOLUNTEERS'],
    languages: ['tr', 'de'],
    contact: '0341 555 0103',
    userEmail: null,
  },
] as const;

/**
 * A demo coaching session: in a room of a house in the week `weeksFromNow` from the current one (ISO weekday,
 * Berlin time; chosen where no weekly demo booking lies), or online `daysAgo` days before now.
 */
export type DemoCoachingSession =
  | { roomKey: string; weeksFromNow: number; weekday: number; from: string; to: string }
  | { onlineUrl: string; daysAgo: number; hours: number };

/** Requests in each state, so every view of the coaching queue (and the city's report) has something to show. */
export const DEMO_COACHING_REQUESTS: ReadonlyArray<{
  organizationKey: string;
  topic: CoachingTopic;
  text: string;
  languages: readonly string[];
  deadlineInDays: number | null;
  /** How long ago the MO asked. */
  askedDaysAgo: number;
  status: CoachingStatus;
  coachIndex: number | null;
  messages: ReadonlyArray<{ text: string; staffOnly: boolean }>;
  sessions: readonly DemoCoachingSession[];
}> = [
  {
    organizationKey: 'sdkv',
    topic: 'FUNDING',
    text: 'Wir möchten beim Stadtteilfonds Geld für unser Sommerfest beantragen und brauchen Hilfe beim Antrag.',
    languages: ['de', 'en'],
    deadlineInDays: 30,
    askedDaysAgo: 2,
    status: 'REQUESTED',
    coachIndex: null,
    messages: [],
    sessions: [],
  },
  {
    organizationKey: 'eritrea',
    topic: 'VOLUNTEERS',
    text: 'Für das Hausaufgabenprojekt brauchen wir mehr Ehrenamtliche. Der Förderantrag dafür ist bald fällig.',
    languages: ['ti', 'ar', 'de'],
    // due within the week: the queue shows it as overdue
    deadlineInDays: 4,
    askedDaysAgo: 10,
    status: 'REQUESTED',
    coachIndex: null,
    messages: [],
    sessions: [],
  },
  {
    organizationKey: 'iberia',
    topic: 'LEGAL',
    text: 'Wir möchten einen Mietvertrag für unseren Probenraum verstehen, bevor wir unterschreiben.',
    languages: ['ru', 'de'],
    deadlineInDays: 14,
    askedDaysAgo: 3,
    status: 'ASSIGNED',
    coachIndex: 1,
    messages: [{ text: 'Ich melde mich diese Woche mit Terminvorschlägen.', staffOnly: false }],
    sessions: [],
  },
  {
    organizationKey: 'kalyna',
    topic: 'FINANCES',
    text: 'Unsere neue Kassenwartin möchte lernen, wie man die Vereinskasse führt.',
    languages: ['uk', 'de'],
    deadlineInDays: null,
    askedDaysAgo: 6,
    status: 'ASSIGNED',
    coachIndex: 0,
    messages: [
      { text: 'Passt Ihnen ein Termin am Dienstagabend?', staffOnly: false },
      { text: 'Die Kassenprüfung vom letzten Jahr fehlt noch; bitte behutsam ansprechen.', staffOnly: true },
    ],
    sessions: [],
  },
  {
    organizationKey: 'kurd',
    topic: 'PUBLIC_RELATIONS',
    text: 'Wir möchten mehr Menschen im Stadtteil erreichen: Flyer, Instagram, Presse. Wie fangen wir an?',
    languages: ['ar', 'tr', 'de'],
    deadlineInDays: 45,
    askedDaysAgo: 12,
    status: 'SCHEDULED',
    coachIndex: 0,
    messages: [{ text: 'Ich buche uns das Beratungsbüro für nächsten Donnerstag.', staffOnly: false }],
    sessions: [{ roomKey: 'buero', weeksFromNow: 1, weekday: 4, from: '17:00', to: '18:30' }],
  },
  {
    organizationKey: 'afl',
    topic: 'FOUNDING',
    text: 'Wir wollen ein eingetragener Verein werden. Was brauchen wir für die Satzung?',
    languages: ['ar', 'de'],
    deadlineInDays: null,
    askedDaysAgo: 40,
    status: 'CLOSED',
    coachIndex: 0,
    messages: [{ text: 'Die Mustersatzung liegt im Büro bereit.', staffOnly: false }],
    sessions: [{ onlineUrl: 'https://meet.example/kollektiv-satzung', daysAgo: 21, hours: 2 }],
  },
  {
    organizationKey: 'vev',
    topic: 'OTHER',
    text: 'Wir suchen jemanden, der unsere Webseite baut.',
    languages: ['vi', 'de'],
    deadlineInDays: null,
    askedDaysAgo: 9,
    status: 'DECLINED',
    coachIndex: null,
    messages: [],
    sessions: [],
  },
];

export interface DemoWeeklyBooking {
  organizationKey: string;
  roomKey: string;
  /** ISO weekday: Monday = 1. */
  weekday: number;
  from: string;
  to: string;
  title: string;
  category: BookingCategory;
  visibility: BookingVisibility;
  expectedAttendees: number | null;
}

const weekly = (
  organizationKey: string,
  roomKey: string,
  weekday: number,
  from: string,
  to: string,
  title: string,
  category: BookingCategory,
  visibility: BookingVisibility = 'MEMBERS',
  expectedAttendees: number | null = null,
): DemoWeeklyBooking => ({ organizationKey, roomKey, weekday, from, to, title, category, visibility, expectedAttendees });

/** A typical week: what MOs do in the houses, spread over rooms and days. */
export const DEMO_WEEK: DemoWeeklyBooking[] = [
  weekly('kalyna', 'saal', 1, '18:00', '20:30', 'Chorprobe Kalyna', 'CHOIR', 'PUBLIC', 28),
  weekly('kalyna', 'musik', 4, '18:30', '20:30', 'Chorprobe Kalyna', 'CHOIR', 'PUBLIC', 25),
  weekly('sdkv', 'seminar', 1, '10:00', '12:00', 'Deutschkurs A2', 'LANGUAGE_COURSE', 'PUBLIC', 14),
  weekly('sdkv', 'seminar', 3, '10:00', '12:00', 'Deutschkurs A2', 'LANGUAGE_COURSE', 'PUBLIC', 14),
  weekly('sdkv', 'buero', 2, '14:00', '17:00', 'Sprechstunde Behördenpost', 'COUNSELLING', 'MEMBERS', 3),
  weekly('sdkv', 'kueche', 5, '17:00', '20:00', 'Kochabend', 'EVENT', 'MEMBERS', 18),
  weekly('afl', 'buero', 3, '09:00', '12:00', 'Beratung für Frauen', 'COUNSELLING', 'PRIVATE', 2),
  weekly('afl', 'atelier', 5, '15:00', '17:30', 'Nähkreis', 'ART_COURSE', 'MEMBERS', 10),
  weekly('vev', 'lernraum', 6, '11:00', '13:00', 'Vietnamesisch für Kinder', 'LANGUAGE_COURSE', 'PUBLIC', 12),
  weekly('latino', 'gruppenraum', 5, '18:00', '21:00', 'Salsa-Abend', 'EVENT', 'PUBLIC', 25),
  weekly('kurd', 'kursraum', 2, '17:00', '19:00', 'Kurmancî für Anfänger:innen', 'LANGUAGE_COURSE', 'PUBLIC', 15),
  weekly('eritrea', 'kursraum2', 3, '15:00', '17:00', 'Hausaufgabenhilfe', 'LANGUAGE_COURSE', 'MEMBERS', 8),
  weekly('most', 'cafe', 6, '14:00', '17:00', 'Polnisches Kaffeekränzchen', 'MEETING', 'PUBLIC', 20),
  weekly('eltern', 'atelier', 2, '10:00', '12:00', 'Spielgruppe', 'MEETING', 'MEMBERS', 12),
  weekly('kunst', 'atelier', 4, '17:00', '20:00', 'Malkurs Miniatur', 'ART_COURSE', 'PUBLIC', 12),
  weekly('afrika', 'seminar', 4, '18:00', '20:00', 'Vereinstreffen', 'MEETING', 'MEMBERS', 12),
  weekly('tdf', 'kueche', 3, '09:00', '11:30', 'Frauenfrühstück', 'MEETING', 'MEMBERS', 15),
  weekly('hausaufgaben', 'kursraum', 1, '14:00', '16:30', 'Hausaufgabenhilfe Klasse 3–6', 'LANGUAGE_COURSE', 'MEMBERS', 14),
  weekly('iberia', 'saal', 3, '18:00', '20:00', 'Georgischer Tanz', 'EVENT', 'PUBLIC', 24),
  weekly('bg', 'kursraum2', 6, '10:00', '12:00', 'Sonntagsschule (samstags)', 'LANGUAGE_COURSE', 'PUBLIC', 9),
  weekly('indien', 'gruppenraum', 6, '11:00', '13:00', 'Yoga für alle', 'EVENT', 'PUBLIC', 20),
  weekly('hiil', 'sprechzimmer', 4, '10:00', '13:00', 'Sprechstunde', 'OFFICE_HOURS', 'PRIVATE', 2),
  weekly('ro', 'cafe', 2, '18:00', '20:00', 'Nachbarschaftsabend', 'MEETING', 'MEMBERS', 20),
  weekly('kamerun', 'lernraum', 3, '17:00', '19:00', 'Studienberatung', 'COUNSELLING', 'MEMBERS', 8),
  weekly('mosaik', 'saal', 2, '10:00', '12:00', 'Coaching Vereinsfinanzen', 'COACHING', 'MEMBERS', 15),
  weekly('mosaik', 'seminar', 5, '10:00', '13:00', 'Vereinstreffen Mosaik', 'MEETING', 'MEMBERS', 16),
  weekly('zh', 'kursraum', 6, '09:00', '11:00', 'Chinesisch für Kinder', 'LANGUAGE_COURSE', 'PUBLIC', 15),
  weekly('sdkv', 'musik', 6, '15:00', '17:00', 'Oud-Unterricht', 'ART_COURSE', 'MEMBERS', 6),
  weekly('kalyna', 'kursraum2', 2, '16:00', '17:30', 'Ukrainisch für Kinder', 'LANGUAGE_COURSE', 'MEMBERS', 9),
  weekly('latino', 'cafe', 4, '15:00', '18:00', 'Vorstandssitzung', 'MEETING', 'PRIVATE', 6),
  weekly('vev', 'sprechzimmer', 1, '16:00', '18:00', 'Elternsprechstunde', 'OFFICE_HOURS', 'MEMBERS', 3),
  weekly('kurd', 'gruppenraum', 3, '18:00', '20:00', 'Theatergruppe', 'ART_COURSE', 'MEMBERS', 18),
];

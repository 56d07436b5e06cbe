import { DefaultApolloClient } from '@vue/apollo-composable';
import { createApp, defineComponent, type InjectionKey } from 'vue';
import type { MeQuery } from '../graphql/graphql.js';
import { i18n } from '../i18n/index.js';
import type { Timers } from '../app/liveSubscription.js';
import type { Booking, Location, Organization } from './types.js';

/** Builders for client tests: a booking as the API returns it. */
export function makeBooking(overrides: Partial<Booking> = {}): Booking {
  return {
    __typename: 'Booking',
    id: 'b1',
    title: 'Chorprobe',
    category: 'CHOIR',
    start: '2026-06-02T14:00:00.000Z',
    end: '2026-06-02T16:00:00.000Z',
    status: 'CONFIRMED',
    visibility: 'MEMBERS',
    expectedAttendees: 12,
    notes: null,
    version: 1,
    redacted: false,
    canManage: true,
    occurrenceStart: null,
    series: null,
    room: { __typename: 'Room', id: 'r1', name: 'Großer Saal', locationId: 'l1' },
    organization: { id: 'o1', name: 'Ukrainischer Chor Kalyna', shortName: 'Kalyna' },
    ...overrides,
  } as Booking;
}

export const LOCATIONS: Location[] = [
  {
    __typename: 'Location',
    id: 'l1',
    name: 'KolLEktiv Zschochersche Straße',
    address: 'Zschochersche Str. 50, 04229 Leipzig',
    timeZone: 'Europe/Berlin',
    openOnPublicHolidays: false,
    openingHours: [{ __typename: 'OpeningHours', weekday: 2, opens: '08:00', closes: '22:00' }],
    rooms: [
      { __typename: 'Room', id: 'r1', name: 'Großer Saal', capacity: 40, colour: '#2f6f9f', features: ['PIANO'], locationId: 'l1' },
      { __typename: 'Room', id: 'r2', name: 'Seminarraum', capacity: 16, colour: '#3f8f6b', features: [], locationId: 'l1' },
    ],
  },
] as unknown as Location[];

export const ORGANIZATIONS: Organization[] = [
  { __typename: 'Organization', id: 'o1', name: 'Ukrainischer Chor Kalyna', shortName: 'Kalyna' },
  { __typename: 'Organization', id: 'o2', name: 'Syrisch-Deutscher Kulturverein', shortName: 'SDKV' },
] as unknown as Organization[];

type Me = NonNullable<MeQuery['me']>;
const NO_CAPABILITIES: Me['capabilities'] = {
  administer: false,
  viewReports: false,
  readFairnessReport: false,
  manageDisplayLinks: false,
  bookForAnyOrganization: false,
  giveReasonForChanges: false,
  editOrganizationDescription: false,
  askForCoaching: false,
  workAsCoach: false,
  manageCoaching: false,
  manageNetwork: false,
  readNetwork: false,
  takePartInNetwork: false,
};

/** The signed-in person as `me` returns them: a member of Kalyna unless told otherwise. */
export function makeMe(overrides: Partial<Me> = {}, capabilities: Partial<Me['capabilities']> = { editOrganizationDescription: true }): Me {
  return {
    id: 'u1',
    name: 'Mitglied',
    email: 'member1@kollektiv.example',
    role: 'MEMBER',
    language: null,
    organization: { id: 'o1', name: 'Ukrainischer Chor Kalyna', shortName: 'Kalyna' },
    ...overrides,
    capabilities: { ...NO_CAPABILITIES, ...capabilities },
  };
}

/**
 * Runs a composable inside a component that renders nothing, with i18n and the given Apollo client and
 * injections, so a test calls it as a page would without mounting one. `unmount` runs its clean-up.
 */
export function runComposable<T>(
  composable: () => T,
  options: { apollo?: unknown; provide?: ReadonlyArray<readonly [InjectionKey<unknown> | string | symbol, unknown]> } = {},
): { result: T; unmount: () => void } {
  let result: T | undefined;
  const app = createApp(
    defineComponent({
      setup() {
        result = composable();
        return () => null;
      },
    }),
  );
  app.use(i18n);
  if (options.apollo) app.provide(DefaultApolloClient, options.apollo);
  for (const [key, value] of options.provide ?? []) app.provide(key, value);
  app.mount(document.createElement('div'));
  return { result: result as T, unmount: () => app.unmount() };
}

/** Timers the test runs by hand: what is waiting, and for how long. */
export function manualTimers() {
  const waiting = new Map<number, { callback: () => void; ms: number }>();
  let next = 0;
  const timers: Timers = {
    setTimeout: (callback, ms) => {
      waiting.set(++next, { callback, ms });
      return next;
    },
    clearTimeout: (handle) => void waiting.delete(handle as number),
  };
  const runAll = () => {
    const due = [...waiting.values()];
    waiting.clear();
    due.forEach((timer) => timer.callback());
  };
  return { timers, waiting, runAll };
}

import { calendarDate } from '../first-answers/calendarDay.js';
import { CALENDAR_VIEWS, TIME_ZONE, type CalendarState, type CalendarViewName } from '../shared/types.js';

type Query = Record<string, string | null | (string | null)[] | undefined>;

const list = (value: Query[string]): string[] =>
  (Array.isArray(value) ? value : value ? [value] : []).flatMap((entry) => (entry ?? '').split(',')).filter((entry) => entry !== '');

/** Today in Berlin as yyyy-mm-dd. */
export function todayInBerlin(now: Date = new Date()): string {
  return calendarDate(undefined, now, TIME_ZONE);
}

export function stateFromQuery(query: Query, now: Date = new Date()): CalendarState {
  const view =
    typeof query.view === 'string' && (CALENDAR_VIEWS as readonly string[]).includes(query.view)
      ? (query.view as CalendarViewName)
      : 'resourceTimeGridDay';
  const date = calendarDate(query.date, now, TIME_ZONE);
  return { view, date, locationIds: list(query.locations), roomIds: list(query.rooms), organizationIds: list(query.orgs) };
}

export function queryFromState(state: CalendarState): Record<string, string> {
  const query: Record<string, string> = { view: state.view, date: state.date };
  if (state.locationIds.length) query.locations = state.locationIds.join(',');
  if (state.roomIds.length) query.rooms = state.roomIds.join(',');
  if (state.organizationIds.length) query.orgs = state.organizationIds.join(',');
  return query;
}

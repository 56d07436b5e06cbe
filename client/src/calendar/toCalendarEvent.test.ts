import { describe, expect, it } from 'vitest';
import { calendarOptions, MIN_COLUMN_PX, toResources } from './calendarOptions.js';
import { FULLCALENDAR_SETUP } from './fullCalendarSetup.js';
import { queryFromState, stateFromQuery } from './calendarState.js';
import { contrastRatio, hexToRgb, organizationColours } from './organizationColour.js';
import { LOCATIONS, makeBooking } from '../shared/testing.js';
import { toCalendarEvent } from './toCalendarEvent.js';

describe('toCalendarEvent', () => {
  it('shows title, MO and a stable MO colour; draggable only when the viewer may manage it', () => {
    const event = toCalendarEvent(makeBooking(), { redactedTitle: 'belegt', highlighted: false, draggable: true, label: 'Chorprobe, …' });
    expect(event).toMatchObject({ id: 'b1', resourceId: 'r1', title: 'Chorprobe', startEditable: true, resourceEditable: true });
    expect(event.extendedProps?.organizationName).toBe('Kalyna');
    expect(event.backgroundColor).toBe(organizationColours('o1').background);
  });

  it('shows a redacted booking only as "belegt", in grey', () => {
    const event = toCalendarEvent(makeBooking({ redacted: true, title: null, organization: null }), {
      redactedTitle: 'belegt',
      highlighted: true,
      draggable: false,
      label: 'belegt, Großer Saal, …',
    });
    expect(event.title).toBe('belegt');
    expect(event.classNames).toEqual(['booking--changed', 'booking--redacted']);
    expect(event.startEditable).toBe(false);
  });
});

describe('organizationColours', () => {
  it('gives white text at least 4.5:1 contrast for many MOs', () => {
    for (let index = 0; index < 200; index++) {
      const { background } = organizationColours(`mo-${index}`);
      expect(contrastRatio(hexToRgb(background), [255, 255, 255])).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('calendar state in the URL', () => {
  it('round-trips view, date and filters', () => {
    const state = {
      view: 'resourceTimelineWeek' as const,
      date: '2026-06-02',
      locationIds: ['l1'],
      roomIds: [],
      organizationIds: ['o1', 'o2'],
    };
    expect(stateFromQuery(queryFromState(state))).toEqual(state);
  });

  it('falls back to today’s day view for missing or bad values', () => {
    expect(stateFromQuery({ view: 'nonsense', date: '02.06.2026' }, new Date('2026-06-01T23:30:00Z'))).toMatchObject({
      view: 'resourceTimeGridDay',
      date: '2026-06-02',
    });
  });
});

describe('calendarOptions', () => {
  const handlers = { datesSet: () => {}, select: () => {}, eventClick: () => {}, eventDrop: () => {}, eventResize: () => {} };
  const state = stateFromQuery({ date: '2026-06-02' });
  const words = { views: { day: 'Tag', roomsWeek: 'Woche (Räume)', week: 'Woche', list: 'Liste' }, rooms: 'Räume' };
  const inputs = { state, locations: LOCATIONS, handlers, words };

  it('shows Berlin time with the GPL licence key, German locale and Monday first', () => {
    const options = calendarOptions({ ...inputs, language: 'de', direction: 'ltr', canBook: true });
    expect(FULLCALENDAR_SETUP.schedulerLicenseKey).toBe('GPL-My-Project-Is-Open-Source');
    expect(FULLCALENDAR_SETUP.plugins?.length).toBeGreaterThanOrEqual(6);
    expect(options).toMatchObject({
      timeZone: 'Europe/Berlin',
      locale: 'de-u-nu-latn',
      direction: 'ltr',
      firstDay: 1,
      selectable: true,
      buttonText: { resourceTimeGridDay: 'Tag', listWeek: 'Liste' },
      views: { resourceTimeGridDay: { titleFormat: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } } },
    });
  });

  it('lets only signed-in users select slots, and follows the language', () => {
    const options = calendarOptions({ ...inputs, language: 'en', direction: 'ltr', canBook: false });
    expect(options.selectable).toBe(false);
    expect(options.locale).toBe('en-gb-u-nu-latn');
  });

  it('runs right to left in Arabic, still with Monday first and Western digits', () => {
    const options = calendarOptions({ ...inputs, language: 'ar', direction: 'rtl', canBook: true });
    expect(options).toMatchObject({ direction: 'rtl', locale: 'ar-u-nu-latn', firstDay: 1 });
  });

  it('keeps a house of many rooms readable: columns of at least MIN_COLUMN_PX, the rooms week a column per day', () => {
    const options = calendarOptions({ ...inputs, language: 'de', direction: 'ltr', canBook: true });
    expect(MIN_COLUMN_PX).toBeGreaterThanOrEqual(112);
    expect(options.views).toMatchObject({
      resourceTimeGridDay: { dayMinWidth: MIN_COLUMN_PX },
      resourceTimelineWeek: { slotDuration: { days: 1 }, slotMinWidth: MIN_COLUMN_PX },
    });
  });

  it('turns rooms into resources that carry their house, filtered by the state', () => {
    expect(toResources(LOCATIONS, { locationIds: [], roomIds: ['r2'] })).toEqual([
      expect.objectContaining({
        id: 'r2',
        title: 'Seminarraum',
        extendedProps: expect.objectContaining({ locationName: 'KolLEktiv Zschochersche Straße' }) as unknown,
      }),
    ]);
  });
});

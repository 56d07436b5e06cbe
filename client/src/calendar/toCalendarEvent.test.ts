import { describe, expect, it } from 'vitest';
import { calendarOptions } from './calendarOptions.js';
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
  const chosen: string[] = [];
  const handlers = {
    datesSet: () => {},
    select: () => {},
    eventClick: () => {},
    eventDrop: () => {},
    eventResize: () => {},
    chooseView: (view: string) => chosen.push(view),
  };
  const state = stateFromQuery({ date: '2026-06-02' });
  const words = { views: { day: 'Tag', roomsWeek: 'Woche (Räume)', week: 'Woche', list: 'Liste' } };
  const inputs = { state, locations: LOCATIONS, handlers, words };

  it('shows Berlin time with the German locale and Monday first, without any premium plugin', () => {
    const options = calendarOptions({ ...inputs, language: 'de', direction: 'ltr', canBook: true });
    expect(FULLCALENDAR_SETUP.plugins).toHaveLength(4);
    expect(options).toMatchObject({
      timeZone: 'Europe/Berlin',
      locale: 'de-u-nu-latn',
      direction: 'ltr',
      firstDay: 1,
      selectable: true,
      buttonText: { timeGridWeek: 'Woche', listWeek: 'Liste' },
      customButtons: { roomsDay: { text: 'Tag' }, roomsWeek: { text: 'Woche (Räume)' } },
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

  it('leaves the rooms day and week to the rooms view: their buttons switch the view', () => {
    const options = calendarOptions({ ...inputs, language: 'de', direction: 'ltr', canBook: true });
    const buttons = options.customButtons!;
    buttons.roomsDay!.click!(new MouseEvent('click'), document.createElement('button'));
    buttons.roomsWeek!.click!(new MouseEvent('click'), document.createElement('button'));
    expect(chosen).toEqual(['resourceTimeGridDay', 'resourceTimelineWeek']);
    expect(options.headerToolbar).toMatchObject({ right: 'roomsDay,roomsWeek,timeGridWeek,listWeek' });
  });
});

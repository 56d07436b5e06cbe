import { describe, expect, it } from 'vitest';
import { languageNeeds } from './language-needs.js';
import { meetingStateOf } from './meeting-state.js';
import { cleanResponse, cleanSeries } from './network-input.js';
import { seriesTimes, shiftWallTime } from './network-series.js';

const BERLIN = 'Europe/Berlin';

describe('shiftWallTime', () => {
  it.each([
    ['a week in summer time', '2026-06-04T16:00:00Z', 7, '2026-06-11T16:00:00.000Z'],
    ['over the end of summer time (25 October 2026)', '2026-10-22T16:00:00Z', 7, '2026-10-29T17:00:00.000Z'],
    ['over the start of summer time (28 March 2027)', '2027-03-25T17:00:00Z', 7, '2027-04-01T16:00:00.000Z'],
    ['across a year’s end', '2026-12-31T17:00:00Z', 14, '2027-01-14T17:00:00.000Z'],
    ['on the very day summer time ends', '2026-10-18T08:00:00Z', 7, '2026-10-25T09:00:00.000Z'],
  ])('keeps the wall time %s', (_name, from, days, expected) => {
    expect(shiftWallTime(new Date(from), days, BERLIN).toISOString()).toBe(expected);
  });
});

describe('seriesTimes', () => {
  it('is the one meeting without a series, and count meetings every N weeks with one', () => {
    const first = {
      start: new Date('2026-06-04T16:00:00Z'),
      end: new Date('2026-06-04T18:00:00Z'),
      agendaDeadline: new Date('2026-06-01T10:00:00Z'),
    };
    expect(seriesTimes(first, null, BERLIN)).toEqual([first]);
    const times = seriesTimes(first, { everyWeeks: 4, count: 3 }, BERLIN);
    expect(times.map((time) => time.start.toISOString())).toEqual([
      '2026-06-04T16:00:00.000Z',
      '2026-07-02T16:00:00.000Z',
      '2026-07-30T16:00:00.000Z',
    ]);
    expect(times[2]!.agendaDeadline.toISOString()).toBe('2026-07-27T10:00:00.000Z');
  });
});

describe('meetingStateOf', () => {
  const start = new Date('2026-06-02T16:00:00Z');
  it.each([
    ['a minute before its start', false, '2026-06-02T15:59:00Z', 'COMING'],
    ['at its start', false, '2026-06-02T16:00:00Z', 'HELD'],
    ['long after', false, '2027-01-01T00:00:00Z', 'HELD'],
    ['called off, before', true, '2026-06-01T00:00:00Z', 'CANCELLED'],
    ['called off, after', true, '2027-01-01T00:00:00Z', 'CANCELLED'],
  ])('is as it should be %s', (_name, cancelled, now, state) => {
    expect(meetingStateOf({ cancelled, start }, new Date(now))).toBe(state);
  });
});

describe('cleanSeries and cleanResponse', () => {
  it('takes both series fields or neither', () => {
    expect(cleanSeries(null, undefined)).toBeNull();
    expect(cleanSeries(2, 6)).toEqual({ everyWeeks: 2, count: 6 });
    expect(() => cleanSeries(null, 3)).toThrow(expect.objectContaining({ details: { field: 'repeatEveryWeeks', reason: 'REQUIRED' } }));
    expect(() => cleanSeries(0, 3)).toThrow(expect.objectContaining({ details: expect.objectContaining({ reason: 'OUT_OF_RANGE' }) }));
    expect(() => cleanSeries(1, 1)).toThrow(expect.objectContaining({ details: expect.objectContaining({ field: 'repeatCount' }) }));
  });

  it('forgets people and languages of an MO not coming, and wants 1..500 people of one coming', () => {
    expect(cleanResponse({ attending: false, people: 4, interpretation: ['ar'] })).toEqual({
      attending: false,
      people: 0,
      interpretation: [],
    });
    expect(cleanResponse({ attending: true, people: 4, interpretation: ['ar', 'ar', 'fa-AF'] })).toEqual({
      attending: true,
      people: 4,
      interpretation: ['ar', 'fa-AF'],
    });
    for (const people of [null, 0, 501, 2.5])
      expect(() => cleanResponse({ attending: true, people })).toThrow(
        expect.objectContaining({ details: expect.objectContaining({ field: 'people' }) }),
      );
  });
});

describe('languageNeeds', () => {
  it('counts the MOs coming and their people per language, most people first', () => {
    expect(
      languageNeeds([
        { attending: true, people: 3, interpretation: ['ar', 'uk'] },
        { attending: true, people: 5, interpretation: ['uk'] },
        { attending: false, people: 0, interpretation: [] },
        { attending: true, people: 2, interpretation: [] },
      ]),
    ).toEqual([
      { language: 'uk', organizations: 2, people: 8 },
      { language: 'ar', organizations: 1, people: 3 },
    ]);
  });
});

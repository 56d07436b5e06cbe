import type { EventInput } from '@fullcalendar/core';
import { describe, expect, it } from 'vitest';
import { planEventSync } from './eventSync.js';

const event = (id: string, title = 'Chorprobe'): EventInput => ({ id, title, start: '2027-05-04T18:00:00+02:00' });

describe('syncing the calendar’s events', () => {
  it('touches only the event that changed, however many there are', () => {
    const events = Array.from({ length: 20_000 }, (_unused, index) => event(String(index)));
    const shown = new Map(events.map((one) => [String(one.id), one]));
    const next = [...events];
    next[123] = event('123', 'Chorprobe (verschoben)');
    expect(planEventSync(shown, next)).toEqual({ add: [next[123]], remove: ['123'] });
  });

  it('adds new events, removes those no longer wanted, and leaves equal copies alone', () => {
    const shown = new Map([
      ['a', event('a')],
      ['b', event('b')],
    ]);
    const next = [event('a'), event('c')];
    expect(planEventSync(shown, next)).toEqual({ add: [next[1]], remove: ['b'] });
  });
});

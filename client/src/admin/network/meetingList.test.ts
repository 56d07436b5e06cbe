import { describe, expect, it } from 'vitest';
import { laterMeetings, meetingWindow, splitMeetings, type ListedMeeting } from './meetingList.js';

const NOW = new Date('2026-06-10T12:00:00.000Z');
const meeting = (id: string, start: string, state: ListedMeeting['state'] = 'COMING'): ListedMeeting => ({ id, start, state });

describe('the meetings list', () => {
  it('loads half a year back and ahead, less than the server’s 400 days', () => {
    const { from, to } = meetingWindow(NOW);
    expect(from).toBe('2025-12-09T12:00:00.000Z');
    expect((Date.parse(to) - Date.parse(from)) / 86_400_000).toBeLessThan(400);
  });

  it('shows coming meetings next first, past ones latest first, a called-off one by its date', () => {
    const { coming, past } = splitMeetings(
      [
        meeting('july', '2026-07-01T16:00:00.000Z'),
        meeting('june', '2026-06-20T16:00:00.000Z'),
        meeting('may', '2026-05-05T16:00:00.000Z', 'HELD'),
        meeting('april', '2026-04-05T16:00:00.000Z', 'HELD'),
        meeting('off-ahead', '2026-06-25T16:00:00.000Z', 'CANCELLED'),
        meeting('off-over', '2026-05-20T16:00:00.000Z', 'CANCELLED'),
      ],
      NOW,
    );
    expect(coming.map((one) => one.id)).toEqual(['june', 'off-ahead', 'july']);
    expect(past.map((one) => one.id)).toEqual(['off-over', 'may', 'april']);
  });

  it('offers only later coming meetings to move a topic to', () => {
    const june = meeting('june', '2026-06-20T16:00:00.000Z');
    const all = [
      meeting('sept', '2026-09-01T16:00:00.000Z'),
      june,
      meeting('july', '2026-07-01T16:00:00.000Z'),
      meeting('aug-off', '2026-08-01T16:00:00.000Z', 'CANCELLED'),
      meeting('may', '2026-05-05T16:00:00.000Z', 'HELD'),
    ];
    expect(laterMeetings(all, june).map((one) => one.id)).toEqual(['july', 'sept']);
    expect(laterMeetings(all).map((one) => one.id)).toEqual(['june', 'july', 'sept']);
  });
});

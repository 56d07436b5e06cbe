import { describe, expect, it } from 'vitest';
import { COACHING_CHANGE_KINDS } from '../coaching/coaching-changes.js';
import { MAIL_MESSAGES, formatInstant, mailMessagesFor } from './messages.js';

describe('e-mail messages', () => {
  it.each(Object.keys(MAIL_MESSAGES))('%s: every message names the link, the MO and the date it was given', (language) => {
    const { messages } = mailMessagesFor(language);
    const until = formatInstant(new Date('2026-06-08T08:00:00Z'), language);
    const invitation = messages.invitation.body({
      name: 'Amal',
      inviter: 'Ada',
      organization: 'Kalyna',
      url: 'https://x.example/invite/t',
      until,
    });
    expect(messages.invitation.subject.length).toBeGreaterThan(5);
    expect(invitation).toContain('https://x.example/invite/t');
    expect(invitation).toContain('Kalyna');
    expect(invitation).toContain(until);
    const reset = messages.passwordReset.body({ name: 'Amal', url: 'https://x.example/reset-password/t', until });
    expect(reset).toContain('https://x.example/reset-password/t');
    expect(messages.signature).toContain('KolLEktiv');
    const moved = messages.bookingChanged.body({
      title: 'Chorprobe',
      organization: 'Kalyna',
      before: 'BEFORE-SLOT',
      after: 'AFTER-SLOT',
      byStaff: true,
      reason: 'Wasserschaden',
      url: 'https://x.example/calendar',
    });
    for (const part of ['Chorprobe', 'Kalyna', 'BEFORE-SLOT', 'AFTER-SLOT', 'Wasserschaden', 'https://x.example/calendar'])
      expect(moved).toContain(part);
    const cancelled = messages.bookingChanged.body({
      title: 'Chorprobe',
      organization: 'Kalyna',
      before: 'BEFORE-SLOT',
      after: null,
      byStaff: false,
      reason: null,
      url: 'https://x.example/calendar',
    });
    expect(cancelled).toContain('BEFORE-SLOT');
    expect(cancelled).not.toContain('null');
    expect(messages.bookingChanged.subject({ title: 'Chorprobe', cancelled: true })).toContain('Chorprobe');
    expect(messages.bookingChanged.subject({ title: 'Chorprobe', cancelled: true })).not.toBe(
      messages.bookingChanged.subject({ title: 'Chorprobe', cancelled: false }),
    );
  });

  it.each(Object.keys(MAIL_MESSAGES))('%s: a coaching mail names the MO, every change and the link', (language) => {
    const { messages } = mailMessagesFor(language);
    const lines = COACHING_CHANGE_KINDS.map((kind) => messages.coachingChanged.change({ kind, when: 'WHEN-SLOT' }));
    expect(new Set(lines).size).toBe(COACHING_CHANGE_KINDS.length);
    for (const kind of ['SESSION_SCHEDULED', 'SESSION_MOVED', 'SESSION_CANCELLED'] as const)
      expect(messages.coachingChanged.change({ kind, when: 'WHEN-SLOT' })).toContain('WHEN-SLOT');
    const body = messages.coachingChanged.body({ organization: 'Kalyna', changes: lines, url: 'https://x.example/coaching/1' });
    for (const part of ['Kalyna', 'https://x.example/coaching/1', ...lines]) expect(body).toContain(part);
    expect(messages.coachingChanged.subject({ organization: 'Kalyna' })).toContain('Kalyna');
    expect(messages.coachingChanged.online.length).toBeGreaterThan(3);
  });

  it('falls back to German for a language it does not have, and reads regional tags by their language', () => {
    expect(mailMessagesFor('vi').language).toBe('de');
    expect(mailMessagesFor('ar-SY').language).toBe('ar');
    expect(formatInstant(new Date('2026-06-08T08:00:00Z'), 'ar')).toMatch(/10:00/);
  });
});

import { describe, expect, it } from 'vitest';
import { MAIL_MESSAGES, formatInstant, mailFooter, mailMessagesFor } from './messages.js';

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
    expect(messages.privacy({ url: 'https://x.example/datenschutz' })).toContain('https://x.example/datenschutz');
    expect(mailFooter(messages, 'https://x.example')).toMatch(/^-- \n.*KolLEktiv.*\n.*https:\/\/x\.example\/datenschutz$/);
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

  it('falls back to German for a language it does not have, and reads regional tags by their language', () => {
    expect(mailMessagesFor('vi').language).toBe('de');
    expect(mailMessagesFor('ar-SY').language).toBe('ar');
    expect(formatInstant(new Date('2026-06-08T08:00:00Z'), 'ar')).toMatch(/10:00/);
  });
});

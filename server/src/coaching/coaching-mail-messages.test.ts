import { describe, expect, it } from 'vitest';
import { MAIL_MESSAGES, mailMessagesFor } from '../mail/messages.js';
import { COACHING_CHANGE_KINDS } from './coaching-changes.js';

// beside the coaching it tells of: mail sits below coaching, so its own tests do not know the change kinds
describe('coaching e-mail messages', () => {
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
});

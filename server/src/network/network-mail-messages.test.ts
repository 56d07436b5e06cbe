import { describe, expect, it } from 'vitest';
import { MAIL_MESSAGES, mailMessagesFor } from '../mail/messages.js';
import { NETWORK_NOTICE_KINDS } from './network-notices.js';

const URL = 'https://x.example/network/abc';

describe('the network’s e-mail messages', () => {
  it.each(Object.keys(MAIL_MESSAGES))('%s: every kind names the meeting or proposal, its time or answer, and the link', (language) => {
    const { messages } = mailMessagesFor(language);
    const subjects = new Set<string>();
    const sentences = new Set<string>();
    for (const kind of NETWORK_NOTICE_KINDS) {
      const proposal = kind === 'PROPOSAL_ANSWERED';
      const body = messages.network.body({
        kind,
        title: 'Netzwerktreffen Juni',
        when: proposal ? null : 'WHEN-SLOT',
        status: proposal ? 'DECLINED' : null,
        answer: proposal ? 'Kein Klavier im Haus' : null,
        url: URL,
      });
      for (const part of ['Netzwerktreffen Juni', URL, proposal ? 'Kein Klavier im Haus' : 'WHEN-SLOT']) expect(body).toContain(part);
      expect(body).not.toMatch(/null|undefined/);
      const subject = messages.network.subject({ kind, title: 'Netzwerktreffen Juni' });
      expect(subject).toContain('Netzwerktreffen Juni');
      subjects.add(subject);
      sentences.add(body.split('\n')[2]!);
    }
    // each kind says something of its own
    expect(subjects.size).toBe(NETWORK_NOTICE_KINDS.length);
    expect(sentences.size).toBe(NETWORK_NOTICE_KINDS.length);
  });

  it('is written in each language, not copied from English', () => {
    const english = mailMessagesFor('en').messages.network.subject({ kind: 'MINUTES_PUBLISHED', title: 'T' });
    for (const language of Object.keys(MAIL_MESSAGES).filter((tag) => tag !== 'en'))
      expect(mailMessagesFor(language).messages.network.subject({ kind: 'MINUTES_PUBLISHED', title: 'T' })).not.toBe(english);
  });
});

import ar from './messages/ar.js';
import de from './messages/de.js';
import en from './messages/en.js';
import fa from './messages/fa.js';
import ru from './messages/ru.js';
import tr from './messages/tr.js';
import uk from './messages/uk.js';
import type { MailMessages } from './messages/types.js';

export type { MailMessages } from './messages/types.js';

/**
 * What e-mails say, one file per language in `messages/` (registered here). The server writes no other
 * sentences (the report files' column names, in `reports/words/`, are words, not sentences): everything else
 * people read is worded by the client. A language missing here falls back to
 * German, the centre's own.
 */
export const MAIL_MESSAGES: Record<string, MailMessages> = { de, en, uk, ar, ru, fa, tr };

/** The messages for a language tag (`uk`, `ar-SY`, …), German where there are none. */
export function mailMessagesFor(language: string | null | undefined): { language: string; messages: MailMessages } {
  const base = (language ?? 'de').toLowerCase().split('-')[0] ?? 'de';
  const messages = MAIL_MESSAGES[base];
  return messages ? { language: base, messages } : { language: 'de', messages: de };
}

/** A date and time as people in that language write it (Western digits), in the centre's time zone. */
export function formatInstant(instant: Date, language: string): string {
  return new Intl.DateTimeFormat(`${language}-u-nu-latn`, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(
    instant,
  );
}

/** The end of every e-mail: the centre's signature, and where its privacy page is, in the reader's language. */
export function mailFooter(messages: MailMessages, linkBase: string): string {
  return ['-- ', messages.signature, messages.privacy({ url: `${linkBase}/datenschutz` })].join('\n');
}

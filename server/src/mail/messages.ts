/**
 * What e-mails say, per language. The server writes no other sentences: everything else people read is
 * worded by the client. A language missing here falls back to German, the centre's own.
 */
export interface MailMessages {
  invitation: {
    subject: string;
    body: (values: { name: string; inviter: string; organization: string | null; url: string; until: string }) => string;
  };
  passwordReset: {
    subject: string;
    body: (values: { name: string; url: string; until: string }) => string;
  };
  signature: string;
}

const de: MailMessages = {
  invitation: {
    subject: 'Ihre Einladung zur Raumbuchung im KolLEktiv',
    body: ({ name, inviter, organization, url, until }) =>
      [
        `Hallo ${name || ''}`.trim() + ',',
        '',
        organization
          ? `${inviter} lädt Sie ein, für „${organization}“ Räume im KolLEktiv zu buchen.`
          : `${inviter} lädt Sie ins Team der Raumbuchung im KolLEktiv ein.`,
        'Öffnen Sie diesen Link und wählen Sie ein Passwort:',
        '',
        url,
        '',
        `Der Link gilt bis ${until} und nur einmal.`,
      ].join('\n'),
  },
  passwordReset: {
    subject: 'Neues Passwort für die Raumbuchung im KolLEktiv',
    body: ({ name, url, until }) =>
      [
        `Hallo ${name},`,
        '',
        'Mit diesem Link wählen Sie ein neues Passwort:',
        '',
        url,
        '',
        `Der Link gilt bis ${until} und nur einmal. Wenn Sie kein neues Passwort wollten, löschen Sie diese E-Mail einfach.`,
      ].join('\n'),
  },
  signature: 'KolLEktiv – Treffpunkt für Engagement und Begegnung, Leipzig',
};

const en: MailMessages = {
  invitation: {
    subject: 'Your invitation to book rooms at KolLEktiv',
    body: ({ name, inviter, organization, url, until }) =>
      [
        `Hello ${name || ''}`.trim() + ',',
        '',
        organization
          ? `${inviter} invites you to book rooms at KolLEktiv for “${organization}”.`
          : `${inviter} invites you to the KolLEktiv room booking team.`,
        'Open this link and choose a password:',
        '',
        url,
        '',
        `The link works until ${until}, and only once.`,
      ].join('\n'),
  },
  passwordReset: {
    subject: 'A new password for KolLEktiv room booking',
    body: ({ name, url, until }) =>
      [
        `Hello ${name},`,
        '',
        'Use this link to choose a new password:',
        '',
        url,
        '',
        `The link works until ${until}, and only once. If you did not ask for a new password, just delete this e-mail.`,
      ].join('\n'),
  },
  signature: 'KolLEktiv – meeting place for engagement and encounter, Leipzig',
};

export const MAIL_MESSAGES: Record<string, MailMessages> = { de, en };

/** The messages for a language tag (`uk`, `ar-SY`, …), German where there are none. */
export function mailMessagesFor(language: string | null | undefined): { language: string; messages: MailMessages } {
  const base = (language ?? 'de').toLowerCase().split('-')[0] ?? 'de';
  const messages = MAIL_MESSAGES[base];
  return messages ? { language: base, messages } : { language: 'de', messages: de };
}

/** A date and time as people in that language write it, in the centre's time zone. */
export function formatInstant(instant: Date, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(instant);
}

import type { ChangeEntry } from '../changes/change-log.js';

/** A change-log entry with the cursor the log gave it. */
export interface LoggedChange {
  entry: ChangeEntry;
  cursor: string;
}

/** Whether changes are also told by e-mail (an SMTP server is configured), and how long a mail gathers them. */
export interface TellOptions {
  mail: boolean;
  delayMs: number;
}

/** How long a request's or a meeting's changes are gathered into one e-mail, as for bookings. */
export const COACHING_MAIL_DELAY_MS = 60_000;

import type { PrivacyFactsQuery } from '../graphql/graphql.js';

/**
 * What the privacy page (`/datenschutz`) says, as data: the kinds of data kept and why, how long, and who reads
 * them. The words load with the page (`texts/`, `privacyTexts.*`); the figures come from the server's
 * configuration (`appInfo.privacy`), the same settings its retention work applies, so the page cannot promise
 * another period.
 */

/** The facts the page takes from the server (`appInfo.privacy`), as codegen types them. */
export type PrivacyFacts = PrivacyFactsQuery['appInfo']['privacy'];

/** Each kind of data the app keeps, in the order the page lists them; each message says what and why. */
export const STORED_KINDS = [
  'account',
  'sessions',
  'bookings',
  'organization',
  'coaching',
  'network',
  'notices',
  'changeLog',
  'feeds',
  'serverLogs',
  'browser',
] as const;

/**
 * Who reads what, one line per kind of viewer the server's policy knows (`auth/policy.ts`: anonymous, wall
 * display, member, member of one's own MO, coach, staff), and that nobody else does.
 */
export const AUDIENCES = ['public', 'displays', 'members', 'ownOrganization', 'coaches', 'staff', 'nobodyElse'] as const;

export type RetentionKind = 'sessions' | 'links' | 'mails' | 'notices' | 'changeLog' | 'account' | 'backups' | 'backupsUnscheduled';

/** One sentence on how long something is kept; `count` is the configured figure a plural message needs. */
export interface RetentionLine {
  kind: RetentionKind;
  count: number | null;
}

/** How long each kind is kept: what goes at once, then what goes after a configured period, then what stays. */
export function retentionLines(facts: PrivacyFacts): RetentionLine[] {
  return [
    { kind: 'links', count: null },
    { kind: 'mails', count: null },
    { kind: 'sessions', count: facts.sessionDays },
    { kind: 'notices', count: facts.notificationRetentionMonths },
    { kind: 'changeLog', count: facts.auditRetentionMonths },
    { kind: 'account', count: null },
    // erased data lingers in backups until they rotate out: with a schedule the page can say how long
    facts.backupDays === null ? { kind: 'backupsUnscheduled', count: null } : { kind: 'backups', count: facts.backupDays },
  ];
}

/** The controller's contact as lines to show (an address is several); empty lines dropped. */
export function contactLines(contact: string | null): string[] {
  return (contact ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** A line of the contact that is an e-mail address or a phone number, to link it; otherwise null. */
export function contactHref(line: string): string | null {
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(line)) return `mailto:${line}`;
  const phone = /^(?:tel\.?:?\s*|telefon:?\s*|phone:?\s*)?(\+?[\d\s/()-]{6,})$/i.exec(line);
  if (phone?.[1]) return `tel:${phone[1].replace(/[^\d+]/g, '')}`;
  return null;
}

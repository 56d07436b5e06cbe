import type { EntityManager } from 'typeorm';
import { isToldOfNetworkNews, viewerOfPerson } from '../auth/policy.js';
import type { ChangeEntry, Snapshot } from '../changes/change-log.js';
import type { LoggedChange, TellOptions } from '../notifications/telling.js';
import { rearmReminders } from './reminder-windows.js';

/** What the MOs are told of the network: news others made, and the reminders before a meeting. */
export const NETWORK_NOTICE_KINDS = [
  'MINUTES_PUBLISHED',
  'MEETING_CANCELLED',
  'MEETING_MOVED',
  'PROPOSAL_ANSWERED',
  'ANSWER_REMINDER',
  'COMING_REMINDER',
] as const;
export type NetworkNoticeKind = (typeof NETWORK_NOTICE_KINDS)[number];

/** One piece of news: of one meeting or one proposal, by someone (null for the reminders). */
export interface NetworkNews {
  kind: NetworkNoticeKind;
  meetingId: string | null;
  proposalId: string | null;
  actorId: string | null;
}

const MEETING_PLACE = ['start', 'end', 'roomId'] as const;
/** A snapshot's value as JSON, for comparing before and after; null where there is none. */
const text = (snapshot: Snapshot | null | undefined, key: string): string | null => {
  const value = snapshot?.[key];
  return value === undefined || value === null ? null : JSON.stringify(value);
};
const isCancelled = (snapshot: Snapshot | null | undefined) =>
  snapshot?.['cancelled'] === true || snapshot?.['state'] === 'CANCELLED' || snapshot?.['status'] === 'CANCELLED';

/**
 * The news a change-log entry holds, read from its snapshots (a meeting's as `NetworkMeetingView` has it:
 * `start`, `end`, `roomId`, `cancelled`, `minutesPublishedAt`; a proposal's `status` and `answer`).
 * Minutes are news when first published (a correction tells nobody again); a meeting is moved when its time
 * or room changed.
 */
export function networkNewsOf(entry: ChangeEntry): NetworkNews[] {
  const { before, after, actorId } = entry;
  const of = (kind: NetworkNoticeKind, meetingId: string | null, proposalId: string | null): NetworkNews => ({
    kind,
    meetingId,
    proposalId,
    actorId,
  });
  if (entry.entity === 'NETWORK_MEETING') {
    if (entry.action === 'CANCELLED' || (isCancelled(after) && before && !isCancelled(before)))
      return [of('MEETING_CANCELLED', entry.entityId, null)];
    const news: NetworkNews[] = [];
    if (text(before, 'minutesPublishedAt') === null && text(after, 'minutesPublishedAt') !== null)
      news.push(of('MINUTES_PUBLISHED', entry.entityId, null));
    if (before && !isCancelled(after) && MEETING_PLACE.some((key) => text(before, key) !== text(after, key)))
      news.push(of('MEETING_MOVED', entry.entityId, null));
    return news;
  }
  if (entry.entity === 'PROPOSAL') {
    const status = after['status'];
    if (typeof status !== 'string' || status === 'OPEN') return [];
    if (before && before['status'] === status && text(before, 'answer') === text(after, 'answer')) return [];
    return [of('PROPOSAL_ANSWERED', null, entry.entityId)];
  }
  return [];
}

/** The MOs a kind of news is for; each is one query below. */
type Audience = 'EVERY_MO' | 'COMING' | 'NOT_ANSWERED' | 'PROPOSER';
const AUDIENCE: Record<NetworkNoticeKind, Audience> = {
  MINUTES_PUBLISHED: 'EVERY_MO',
  MEETING_CANCELLED: 'COMING',
  MEETING_MOVED: 'COMING',
  COMING_REMINDER: 'COMING',
  ANSWER_REMINDER: 'NOT_ANSWERED',
  PROPOSAL_ANSWERED: 'PROPOSER',
};
const ACTIVE_MO = `o.active AND o.kind = 'MO'`;
/** Each audience's MOs; $1, where asked for, is the meeting (or the proposal) the news is of. */
const AUDIENCE_SQL: Record<Audience, string> = {
  EVERY_MO: `SELECT o.id FROM organization o WHERE ${ACTIVE_MO}`,
  COMING: `SELECT o.id FROM organization o JOIN meeting_response r ON r.organization_id = o.id
            WHERE ${ACTIVE_MO} AND r.meeting_id = $1 AND r.attending`,
  NOT_ANSWERED: `SELECT o.id FROM organization o WHERE ${ACTIVE_MO}
                   AND NOT EXISTS (SELECT 1 FROM meeting_response r WHERE r.organization_id = o.id AND r.meeting_id = $1)`,
  PROPOSER: `SELECT o.id FROM organization o JOIN proposal p ON p.organization_id = o.id WHERE ${ACTIVE_MO} AND p.id = $1`,
};

/**
 * The MOs a piece of news concerns, as things are now: minutes go to every active MO; a meeting moved or
 * called off and the day-before reminder to the MOs that said they come; the three-days reminder to those
 * that have not answered; an answer to the MO that proposed. The centre itself is no MO and hears nothing.
 */
export async function concernedOrganizations(
  manager: EntityManager,
  news: Pick<NetworkNews, 'kind' | 'meetingId' | 'proposalId'>,
): Promise<Set<string>> {
  const subjectId = news.kind === 'PROPOSAL_ANSWERED' ? news.proposalId : news.meetingId;
  const sql = AUDIENCE_SQL[AUDIENCE[news.kind]];
  const rows = await manager.query<Array<{ id: string }>>(sql, sql.includes('$1') ? [subjectId] : []);
  return new Set(rows.map((row) => row.id));
}

interface MemberRow {
  id: string;
  role: 'STAFF' | 'MEMBER' | 'COACH';
  organization_id: string | null;
  email: string;
  language: string | null;
  mo_language: string | null;
  active: boolean;
}

/** One person told, with the language their e-mail is written in: theirs, else their MO's first, else German. */
interface Told {
  userId: string;
  email: string;
  language: string;
}

/** The people the policy says are told of this news, read as they are now. */
async function peopleTold(manager: EntityManager, news: NetworkNews): Promise<Told[]> {
  const concerned = await concernedOrganizations(manager, news);
  if (concerned.size === 0) return [];
  const rows = await manager.query<MemberRow[]>(
    `SELECT u.id, u.role, u.organization_id, u.email, u.language, o.languages[1] AS mo_language, u.active
       FROM app_user u JOIN organization o ON o.id = u.organization_id
      WHERE u.organization_id = ANY($1::uuid[])
      ORDER BY u.id`,
    [[...concerned]],
  );
  return rows.flatMap((row) => {
    const viewer = viewerOfPerson({ id: row.id, role: row.role, organizationId: row.organization_id, active: row.active });
    return isToldOfNetworkNews(viewer, concerned, news.actorId)
      ? [{ userId: row.id, email: row.email, language: row.language ?? row.mo_language ?? 'de' }]
      : [];
  });
}

/**
 * Writes a notice for everyone told of each piece of news and, with `mail`, queues their e-mail, due after
 * `delayMs`: one pending mail per address and subject, so news repeated within the window is told once, as
 * things are when it is sent. Answers how many notices were written.
 */
export async function tellNetworkNews(
  manager: EntityManager,
  newsList: readonly NetworkNews[],
  options: TellOptions & { now: Date },
): Promise<number> {
  const notices: Array<{ user_id: string; kind: NetworkNoticeKind; meeting_id: string | null; proposal_id: string | null }> = [];
  const mails: Array<{
    user_id: string;
    recipient: string;
    language: string;
    kind: NetworkNoticeKind;
    meeting_id: string | null;
    proposal_id: string | null;
  }> = [];
  for (const news of newsList) {
    for (const person of await peopleTold(manager, news)) {
      const subject = { kind: news.kind, meeting_id: news.meetingId, proposal_id: news.proposalId };
      notices.push({ user_id: person.userId, ...subject });
      mails.push({ user_id: person.userId, recipient: person.email.trim().toLowerCase(), language: person.language, ...subject });
    }
  }
  if (notices.length === 0) return 0;
  await manager.query(
    `INSERT INTO network_notice (user_id, kind, meeting_id, proposal_id, created_at)
     SELECT n.user_id, n.kind, n.meeting_id, n.proposal_id, $2
       FROM jsonb_to_recordset($1::jsonb) AS n(user_id uuid, kind text, meeting_id uuid, proposal_id uuid)`,
    [JSON.stringify(notices), options.now.toISOString()],
  );
  if (options.mail)
    await manager.query(
      `INSERT INTO network_mail (user_id, recipient, language, kind, meeting_id, proposal_id, due_at)
       SELECT m.user_id, m.recipient, m.language, m.kind, m.meeting_id, m.proposal_id, $2
         FROM jsonb_to_recordset($1::jsonb) AS m(user_id uuid, recipient text, language text, kind text, meeting_id uuid, proposal_id uuid)
       ON CONFLICT (recipient, kind, (coalesce(meeting_id, proposal_id))) WHERE sent_at IS NULL DO NOTHING`,
      [JSON.stringify(mails), new Date(options.now.getTime() + options.delayMs).toISOString()],
    );
  return notices.length;
}

/**
 * Tells the MOs of network changes others made (minutes published, a meeting moved or called off, a proposal
 * answered): a notice per person and, where mail is configured, an e-mail in their language. Called inside the
 * write's transaction with the entries it logged, so a rolled-back write tells nobody. Entries that hold no
 * news are passed over, so a writer may hand in all it logged; the same news twice in one write is told once.
 */
export async function tellNetworkChanges(
  manager: EntityManager,
  changes: readonly LoggedChange[],
  options: TellOptions & { now: Date },
): Promise<void> {
  const seen = new Set<string>();
  const newsList = changes
    .flatMap(({ entry }) => networkNewsOf(entry))
    .filter((news) => {
      const key = `${news.kind} ${news.meetingId ?? news.proposalId}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  if (newsList.length === 0) return;
  for (const news of newsList)
    if (news.kind === 'MEETING_MOVED' && news.meetingId) await rearmReminders(manager, news.meetingId, options.now);
  await tellNetworkNews(manager, newsList, options);
}

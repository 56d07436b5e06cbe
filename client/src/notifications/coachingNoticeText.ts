import type { UnreadCoachingNoticesQuery } from '../graphql/graphql.js';
import type { Translate } from './noticeText.js';

export type CoachingNotice = UnreadCoachingNoticesQuery['coachingNotices'][number];

/**
 * What a coaching notice says, in the reader's language: what happened to which MO's request, and that the
 * team did it. It names no note and no text: the request's page shows what the reader may read.
 * "Neue Nachricht zur Coaching-Anfrage von Chor Kalyna. Vom Team."
 */
export function coachingNoticeText(notice: CoachingNotice, t: Translate): string {
  const sentence = t(`coachingNotices.kinds.${notice.kind}`, { organization: notice.request.organization.name });
  return notice.byStaff ? `${sentence} ${t('coachingNotices.byStaff')}` : sentence;
}

/** Where the notice leads: the request's page. */
export function coachingNoticePath(notice: Pick<CoachingNotice, 'request'>): string {
  return `/coaching/${encodeURIComponent(notice.request.id)}`;
}

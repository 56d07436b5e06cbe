import type { UnreadNetworkNoticesQuery } from '../graphql/graphql.js';
import { isolate } from '../i18n/bidi.js';
import type { Translate } from './noticeText.js';

export type NetworkNotice = UnreadNetworkNoticesQuery['networkNotices'][number];

/**
 * What a network notice says, in the reader's language: what happened to which meeting (with its day and
 * time as they are now) or to the MO's proposal. "Das Netzwerktreffen „Juni“ wurde verschoben: jetzt Donnerstag, 4. Juni, 18:00."
 */
export function networkNoticeText(notice: NetworkNotice, t: Translate, when: (start: string) => string): string {
  return t(`networkNotices.kinds.${notice.kind}`, { title: isolate(notice.title), when: notice.start ? when(notice.start) : '' });
}

/** Where the notice leads: the meeting's page, or the proposals. */
export function networkNoticePath(notice: Pick<NetworkNotice, 'meetingId'>): string {
  return notice.meetingId ? `/network/${encodeURIComponent(notice.meetingId)}` : '/network/proposals';
}

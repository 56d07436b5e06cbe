import type { UnreadNotificationsQuery } from '../graphql/graphql.js';

export type Notice = UnreadNotificationsQuery['notifications'][number];

export type Translate = (key: string, values?: Record<string, unknown>) => string;

/**
 * What a notice says, in the reader's language: who changed which booking, where it is now (the house
 * too: people must not walk to the wrong address), and why when they said.
 * "Das Team hat „Chorprobe“ verschoben: jetzt Di., 1. Dez., 18:00–20:30, Musikraum, KolLEktiv Süd."
 */
export function noticeText(
  notice: Notice,
  words: { t: Translate; when: (start: string, end: string) => string; houseName: (locationId: string) => string },
): string {
  const { t } = words;
  const who = notice.byStaff ? t('notices.byStaff') : t('notices.byOther');
  const title = notice.booking.title ?? t('calendar.booked');
  const sentence =
    notice.kind === 'CANCELLED'
      ? t('notices.cancelled', { who, title, when: words.when(notice.booking.start, notice.booking.end) })
      : t('notices.moved', {
          who,
          title,
          when: words.when(notice.booking.start, notice.booking.end),
          room: notice.booking.room.name,
          house: words.houseName(notice.booking.room.locationId),
        });
  return notice.reason ? `${sentence} ${t('notices.reason', { reason: notice.reason })}` : sentence;
}

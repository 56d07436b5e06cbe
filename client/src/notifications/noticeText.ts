import type { UnreadNotificationsQuery } from '../graphql/graphql.js';
import { isolate } from '../i18n/bidi.js';
import { localTime } from '../shared/localTime.js';

export type Notice = UnreadNotificationsQuery['notifications'][number];

export type Translate = (key: string, values?: Record<string, unknown>) => string;

/**
 * What a notice says, in the reader's language: who changed which booking, where it is now (the house
 * too: people must not walk to the wrong address), and why when they said.
 * "Das Team hat „Chorprobe“ verschoben: jetzt Di., 1. Dez., 18:00–20:30, Musikraum, KolLEktiv Süd."
 * Every piece of data is isolated, so the sentence reads in the reader's direction whatever script a name has.
 */
export function noticeText(
  notice: Notice,
  words: { t: Translate; when: (start: string, end: string) => string; houseName: (locationId: string) => string },
): string {
  const { t } = words;
  const who = notice.byStaff ? t('notices.byStaff') : t('notices.byOther');
  const title = isolate(notice.booking.title ?? t('calendar.booked'));
  const when = words.when(notice.booking.start, notice.booking.end);
  // a decision (approved, declined, lapsed, released, an offer from the waiting list) says what it means for the MO
  const sentence = notice.news
    ? t(`notices.news.${notice.news}`, {
        title,
        when,
        room: isolate(notice.booking.room.name),
        house: isolate(words.houseName(notice.booking.room.locationId)),
        until: notice.booking.expiresAt ? localTime(notice.booking.expiresAt) : '',
      })
    : notice.kind === 'CANCELLED'
      ? t('notices.cancelled', { who, title, when })
      : t('notices.moved', {
          who,
          title,
          when,
          room: isolate(notice.booking.room.name),
          house: isolate(words.houseName(notice.booking.room.locationId)),
        });
  return notice.reason ? `${sentence} ${t('notices.reason', { reason: isolate(notice.reason) })}` : sentence;
}

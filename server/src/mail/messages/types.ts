import type { StatusNews } from '../../bookings/status-news.js';
import type { CoachingChangeKind } from '../../coaching/coaching-changes.js';
import type { NetworkNoticeKind } from '../../network/network-notices.js';

/** What every e-mail language file provides; a missing message does not compile. */
export interface MailMessages {
  invitation: {
    subject: string;
    body: (values: { name: string; inviter: string; organization: string | null; url: string; until: string }) => string;
  };
  passwordReset: {
    subject: string;
    body: (values: { name: string; url: string; until: string }) => string;
  };
  /** To an MO and the person who booked, when someone else moved or cancelled the booking. */
  bookingChanged: {
    /** "Moved: Chorprobe" or "Cancelled: Chorprobe". */
    subject: (values: { title: string; cancelled: boolean }) => string;
    /** `before` and `after` read "Tue, 1 December 2026, 18:00–20:30, Großer Saal, KolLEktiv Süd"; `after` is null when cancelled. */
    body: (values: {
      title: string;
      organization: string;
      before: string;
      after: string | null;
      byStaff: boolean;
      reason: string | null;
      url: string;
    }) => string;
  };
  /**
   * To an MO and the person who booked, when a booking was decided (issue 29): staff approved or declined it, it
   * lapsed, nobody checked in so it was released, or the waiting list offers them the slot until `until`.
   */
  bookingDecided: {
    subject: (values: { title: string; news: StatusNews }) => string;
    /** `when` reads like `before` above; `until` is the end of an offer's hold (null for the others). */
    body: (values: {
      title: string;
      organization: string;
      when: string;
      news: StatusNews;
      reason: string | null;
      until: string | null;
      url: string;
    }) => string;
  };
  /**
   * To the people of a coaching request (the MO's address and the member who asked, the coach, staff for new
   * requests) about what others changed, gathered: one line per change. Never a note's text.
   */
  coachingChanged: {
    /** "Coaching for Kalyna: news". */
    subject: (values: { organization: string }) => string;
    /** One change; `when` reads "Tue, 2 June 2026, 10:00–11:00, Großer Saal, KolLEktiv Süd" for a session, else null. */
    change: (values: { kind: CoachingChangeKind; when: string | null }) => string;
    /** Where a session online takes place, in place of room and house. */
    online: string;
    body: (values: { organization: string; changes: string[]; url: string }) => string;
  };
  /**
   * To an MO's members about the network (issue 25): minutes published, a meeting moved or called off, the
   * centre's answer to their proposal, and the reminders before a meeting (answer, or: you are coming).
   */
  network: {
    /** "Minutes: Netzwerktreffen" — `title` is the meeting's or the proposal's. */
    subject: (values: { kind: NetworkNoticeKind; title: string }) => string;
    /**
     * `when` reads "Tue, 1 December 2026, 18:00–20:30, Großer Saal, KolLEktiv Süd" for a meeting, else null;
     * `status` and `answer` are the centre's answer to a proposal, else null.
     */
    body: (values: {
      kind: NetworkNoticeKind;
      title: string;
      when: string | null;
      status: 'PLANNED' | 'DECLINED' | 'DONE' | null;
      answer: string | null;
      url: string;
    }) => string;
  };
  signature: string;
  /** Below the signature of every e-mail: where the privacy page is (GDPR Art. 13), `url` ending in `/datenschutz`. */
  privacy: (values: { url: string }) => string;
}

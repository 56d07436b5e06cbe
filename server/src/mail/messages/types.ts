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
  signature: string;
}

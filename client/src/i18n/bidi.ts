/**
 * Unicode isolates keep an inserted text from reordering the sentence around it: a German MO name with
 * "(Demo)" inside an Arabic heading, or a time range inside Farsi text.
 */

/** The text takes the direction of its own first strong letter (a name in any script). */
export const isolate = (text: string) => `\u2068${text}\u2069`;

/** The text stays left to right ("18:00–20:00", a phone number), whatever surrounds it. */
export const isolateLtr = (text: string) => `\u2066${text}\u2069`;

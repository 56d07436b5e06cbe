import { formatLongDate, localTime } from './localTime.js';
import type { NextOpeningsQuery } from '../graphql/graphql.js';
import { isolateLtr } from '../i18n/bidi.js';

/** A house's `nextOpening` as the server answers it: the span it is open in, or the next one. */
export type OpenSpan = NonNullable<NextOpeningsQuery['locations'][number]['nextOpening']>;

export type OpeningState =
  | { open: true; until: string }
  /** `opensAt` null: closed for longer than the server looks ahead ("until further notice"). */
  | { open: false; opensAt: string | null }
  /** The span has ended: it no longer says anything about now, until the server names the next. */
  | null;

/** Whether a house is open at `now` by its `nextOpening`, and until when, or when it opens again. */
export function openingState(span: Pick<OpenSpan, 'start' | 'end'> | null | undefined, now: Date): OpeningState {
  if (!span) return { open: false, opensAt: null };
  const at = now.getTime();
  if (at >= Date.parse(span.end)) return null;
  if (Date.parse(span.start) <= at) return { open: true, until: span.end };
  return { open: false, opensAt: span.start };
}

/** A span that has ended says nothing about now any more: time to ask the server for the next one. */
export function hasEnded(span: Pick<OpenSpan, 'end'> | null | undefined, now: Date): boolean {
  return span !== null && span !== undefined && Date.parse(span.end) <= now.getTime();
}

/** "Montag, 7. Dezember, 08:00" in the reader's language, the time isolated left to right. */
export function formatOpening(iso: string, language: string): string {
  return `${formatLongDate(iso, language)}, ${isolateLtr(localTime(iso))}`;
}

import ar from './words/ar.js';
import de from './words/de.js';
import en from './words/en.js';
import fa from './words/fa.js';
import ru from './words/ru.js';
import tr from './words/tr.js';
import uk from './words/uk.js';
import type { ReportWords } from './words/types.js';

export type { ReportWords } from './words/types.js';

/**
 * The words of the report files, one file per language in `words/`: a file is read without the app around
 * it, so its columns, kinds and weekdays are named in the reader's language, like the table on screen.
 */
const REPORT_WORDS: Record<string, ReportWords> = { de, en, uk, ar, ru, fa, tr };

/**
 * The words for the first language of `wanted` that has them (a `lang` the page sends, then the browser's
 * Accept-Language), German, the centre's own, where none has.
 */
export function reportWordsFor(...wanted: Array<string | undefined>): { language: string; words: ReportWords } {
  for (const tag of wanted.flatMap((list) => (list ?? '').split(','))) {
    const base = tag.trim().split(/[-;]/)[0]?.toLowerCase() ?? '';
    const words = REPORT_WORDS[base];
    if (words) return { language: base, words };
  }
  return { language: 'de', words: de };
}

/** An ISO weekday (1 = Monday) by name in `language`. */
export function weekdayName(isoWeekday: number, language: string): string {
  // 5 January 2026 was a Monday; noon keeps the date the same in every time zone
  const day = new Date(Date.UTC(2026, 0, 4 + isoWeekday, 12));
  return new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(day);
}

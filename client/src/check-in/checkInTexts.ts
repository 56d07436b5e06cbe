import { ensureMessages, i18n } from '../i18n/index.js';
import { screenTexts, type TextLoaders } from '../i18n/screenTexts.js';

const loaders: TextLoaders = import.meta.glob<{ default: object }>('./texts/*.ts');

/** The words of check-in (`texts/<language>.ts`) as `checkInTexts.*`, loaded by the screens that check in. */
export const useCheckInTexts = screenTexts('checkInTexts', loaders);

/** The same words in several languages at once, for the wall display that speaks them side by side. */
export async function loadCheckInTexts(languages: readonly string[]): Promise<void> {
  await Promise.all(
    languages.map(async (language) => {
      const load = Object.entries(loaders).find(([path]) => path.endsWith(`/${language}.ts`))?.[1];
      if (!load) return;
      // the language's own file first: loaded after, it would replace these words; merged before, it would never load
      const [words] = await Promise.all([load(), ensureMessages(language)]);
      i18n.global.mergeLocaleMessage(language, { checkInTexts: words.default });
    }),
  );
}

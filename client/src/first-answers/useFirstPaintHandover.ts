import { onBeforeUnmount, watchEffect } from 'vue';
import { clearFirstPaint } from './drawDay.js';

/**
 * Takes over from the first script's drawing of the day (`drawDay.ts`): it stays until `listed()` says the
 * page's own list is there (or the page shows no day list), and goes when the page does. Until then the page
 * shows its loading state above a day that is already readable.
 */
export function useFirstPaintHandover(listed: () => boolean): void {
  watchEffect(() => {
    if (listed()) clearFirstPaint(document);
  });
  onBeforeUnmount(() => clearFirstPaint(document));
}

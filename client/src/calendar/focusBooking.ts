/** How long focus waits for a moved booking to be drawn again (a new day may have to load first). */
const FRAMES = 180;
/** Frames focus must stay on the entry before it is settled: the calendar may draw it once more. */
const STEADY = 10;

/**
 * Puts the keyboard back on a booking after a move (WCAG 2.4.3): the calendar draws the moved booking as a
 * new element, so the one that had focus is gone and focus would fall to the page. Waits until the entry
 * (`data-booking-id`, set by the calendar and the phone list) is drawn and stays; if it never is (a house
 * not shown), `fallback` gets focus instead. Someone who has gone elsewhere meanwhile is left there.
 */
export function focusBooking(id: string, fallback: () => HTMLElement | null, frames = FRAMES): void {
  const selector = `[data-booking-id="${CSS.escape(id)}"]`;
  let left = frames;
  let steady = 0;
  const step = () => {
    const active = document.activeElement;
    const onEntry = active instanceof HTMLElement && active.matches(selector);
    if (onEntry && ++steady >= STEADY) return;
    if (!onEntry) {
      if (active && active !== document.body) return;
      steady = 0;
      document.querySelector<HTMLElement>(selector)?.focus();
    }
    if (--left > 0) requestAnimationFrame(step);
    else if (!onEntry) fallback()?.focus();
  };
  requestAnimationFrame(step);
}

import type { PaintedHouse } from './firstPaint.js';

/** Runs once the page's HTML is parsed (the first script may run before `#app` is), before the app's modules run. */
export function whenParsed(document: Document, run: () => void): void {
  if (document.readyState !== 'loading') run();
  else document.addEventListener('readystatechange', run, { once: true });
}

/** The drawing's id: the app removes it (`clearFirstPaint`) once its own list is there. */
export const FIRST_PAINT_ID = 'first-paint';

/**
 * The day's list in the look of the app's phone list, beside `#app`, unless the app has mounted there (Vue marks
 * its root). Beside, not inside: Vue empties its root when it mounts, and the page then showed its loading
 * state between the drawing and its own list; the app removes the drawing once its list is there. Its entries
 * are `first-entry`, not `phone-entry`: they are text, not buttons that open a booking. Text only, through
 * `textContent`: a title is never read as markup.
 */
export function drawDay(document: Document, houses: readonly PaintedHouse[], direction: 'ltr' | 'rtl'): void {
  const root = document.getElementById('app');
  if (!root || root.hasAttribute('data-v-app')) return;
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  // not `phone-list`: that is the app's list, which pages and tests find by it while this one may still stand
  const list = element('div', 'first-paint');
  list.id = FIRST_PAINT_ID;
  list.dir = direction;
  list.setAttribute('aria-busy', 'true');
  for (const house of houses) {
    const section = element('section');
    section.append(element('h2', '', house.name));
    const address = element('p', 'hint', house.address);
    address.dir = 'auto';
    section.append(address);
    if (house.entries.length > 0) {
      const entries = element('ul');
      for (const entry of house.entries) {
        const item = element('li', 'first-entry');
        item.dataset.bookingId = entry.id;
        const time = element('span', 'time', entry.time);
        time.dir = 'ltr';
        item.append(time);
        if (entry.what !== null) {
          const what = element('span', 'what', entry.what);
          what.dir = 'auto';
          item.append(what);
        }
        item.append(element('span', 'where', entry.where));
        entries.append(item);
      }
      section.append(entries);
    }
    list.append(section);
  }
  document.getElementById(FIRST_PAINT_ID)?.remove();
  root.after(list);
  // when it drew: the phone's bench reads it beside the resources' timings
  performance.mark('kollektiv-drawn');
}

/** Removes the first script's drawing: the app's own list is there, or the page shows something else. */
export function clearFirstPaint(document: Document): void {
  document.getElementById(FIRST_PAINT_ID)?.remove();
}

import { nextTick, type Ref } from 'vue';
import { NAV_KEYS, navigate, type NavItem, type NavKey } from './roomsKeyboard.js';

/**
 * The arrow keys in the rooms view: the item with focus names its place (`data-row`, `data-item`); the next
 * place is worked out from the rows' items (roomsKeyboard.ts), its row scrolled into the window when it is not
 * drawn yet, and focused once drawn.
 */
export function useRoomsKeys(options: {
  body: Ref<HTMLElement | null>;
  items: (row: number) => readonly NavItem[];
  rows: () => number;
  direction: () => 'ltr' | 'rtl';
  reveal: (row: number) => void;
}) {
  async function focusAt(row: number, item: number) {
    options.reveal(row);
    const selector = `[data-row="${row}"][data-item="${item}"]`;
    // the row may be drawn a frame after the scroll that brings it into the window
    for (let attempt = 0; attempt < 5; attempt++) {
      await nextTick();
      const target = options.body.value?.querySelector<HTMLElement>(selector);
      if (target) {
        target.focus();
        return;
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }

  function onKeydown(event: KeyboardEvent) {
    if (!NAV_KEYS.has(event.key) || event.altKey || event.metaKey || event.ctrlKey) return;
    const from = (event.target as HTMLElement).closest<HTMLElement>('[data-item]');
    if (!from) return;
    const position = { row: Number(from.dataset.row), item: Number(from.dataset.item) };
    const target = navigate(options.items, options.rows(), position, event.key as NavKey, { direction: options.direction(), pageRows: 10 });
    event.preventDefault();
    if (target) void focusAt(target.row, target.item);
  }

  return { onKeydown };
}

import { onBeforeUnmount, onMounted, type Ref } from 'vue';

const FOCUSABLE = 'input:not([disabled]), select:not([disabled]), textarea, button:not([disabled]), [href]';

/**
 * Keyboard behaviour of a modal dialog: focus moves into it on open, Tab stays inside, Escape
 * closes it, and focus returns to where it was.
 */
export function useModalDialog(root: Ref<HTMLElement | null>, close: () => void): void {
  let previouslyFocused: HTMLElement | null = null;

  function onKeydown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
      return;
    }
    if (event.key !== 'Tab' || !root.value) return;
    const focusable = [...root.value.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  onMounted(() => {
    previouslyFocused = document.activeElement as HTMLElement | null;
    root.value?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    document.addEventListener('keydown', onKeydown);
  });
  onBeforeUnmount(() => {
    document.removeEventListener('keydown', onKeydown);
    previouslyFocused?.focus?.();
  });
}

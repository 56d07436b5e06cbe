import { onBeforeUnmount, ref } from 'vue';

/** Something the reader may do about what just happened ("Undo"), while the notice shows. */
export interface NoticeAction {
  label: string;
  run: () => void;
}

export type Notice = { kind: 'error' | 'success'; text: string; action?: NoticeAction };

/** One line of feedback under the toolbar: successes fade after 4 s (8 s with an action), errors stay 12 s. */
export function useNotices() {
  const notice = ref<Notice | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  function say(kind: Notice['kind'], text: string, action?: NoticeAction) {
    notice.value = action ? { kind, text, action } : { kind, text };
    clearTimeout(timer);
    timer = setTimeout(() => (notice.value = null), kind === 'error' ? 12_000 : action ? 8_000 : 4_000);
  }
  onBeforeUnmount(() => clearTimeout(timer));
  return { notice, say };
}

import { onBeforeUnmount, ref } from 'vue';

export type Notice = { kind: 'error' | 'success'; text: string };

/** One line of feedback under the toolbar: successes fade after 4 s, errors stay 12 s. */
export function useNotices() {
  const notice = ref<Notice | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  function say(kind: Notice['kind'], text: string) {
    notice.value = { kind, text };
    clearTimeout(timer);
    timer = setTimeout(() => (notice.value = null), kind === 'error' ? 12_000 : 4_000);
  }
  onBeforeUnmount(() => clearTimeout(timer));
  return { notice, say };
}

import { ref } from 'vue';
import { useFormErrors } from '../shared/useFormErrors.js';

/**
 * An erasure from a staff list (a person, an MO): which row asks the question, the request and its refusal,
 * and the line that says it is done. The mutation and the list's reload are handed in, so a test runs it
 * without a page. The server decides and refuses (the last staff account, the centre's own organisation).
 */
export function useErasure(options: { erase: (id: string) => Promise<unknown>; reload: () => Promise<unknown>; doneText: () => string }) {
  const asking = ref<string | null>(null);
  const done = ref<string | null>(null);
  const { generalError, busy, run, clear } = useFormErrors();

  function ask(id: string) {
    clear();
    done.value = null;
    asking.value = id;
  }

  function cancel() {
    clear();
    asking.value = null;
  }

  async function confirm(): Promise<boolean> {
    const id = asking.value;
    if (id === null) return false;
    if (!(await run(() => options.erase(id)))) return false;
    asking.value = null;
    done.value = options.doneText();
    // the list shows the erased row as the server keeps it (a pseudonym), not as it was
    await options.reload();
    return true;
  }

  return { asking, done, error: generalError, busy, ask, cancel, confirm };
}

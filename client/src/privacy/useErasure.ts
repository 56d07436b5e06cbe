import { useMutation } from '@vue/apollo-composable';
import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useFormErrors } from '../shared/useFormErrors.js';
import { EraseOrganizationMutation, ErasePersonMutation } from './documents.js';

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

export type Erasure = ReturnType<typeof useErasure>;

/** Erasing people from the staff's people list (`erasePerson`). */
export function usePersonErasure(reload: () => Promise<unknown>): Erasure {
  const { t } = useI18n();
  const { mutate } = useMutation(ErasePersonMutation);
  return useErasure({ erase: (id) => mutate({ id }), reload, doneText: () => t('privacyTexts.erasePerson.done') });
}

/** Erasing MOs, with their people, from the staff's MO list (`eraseOrganization`). */
export function useOrganizationErasure(reload: () => Promise<unknown>): Erasure {
  const { t } = useI18n();
  const { mutate } = useMutation(EraseOrganizationMutation);
  return useErasure({ erase: (id) => mutate({ id }), reload, doneText: () => t('privacyTexts.eraseOrganization.done') });
}

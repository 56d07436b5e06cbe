import { ref } from 'vue';
import { useErrorText } from './useErrorText.js';

/**
 * Where a form shows what went wrong: next to the field the server named (BAD_USER_INPUT's `field`), or
 * above the buttons. `run` wraps a submit and reports a refusal; it answers whether it succeeded.
 */
export function useFormErrors() {
  const describe = useErrorText();
  const fieldErrors = ref<Record<string, string>>({});
  const generalError = ref<string | null>(null);
  const busy = ref(false);

  function clear() {
    fieldErrors.value = {};
    generalError.value = null;
  }

  function report(error: unknown, fields: readonly string[] = []) {
    const { text, field } = describe(error);
    if (field && fields.includes(field)) fieldErrors.value = { [field]: text };
    else generalError.value = text;
  }

  async function run(work: () => Promise<unknown>, fields: readonly string[] = []): Promise<boolean> {
    clear();
    busy.value = true;
    try {
      await work();
      return true;
    } catch (error) {
      report(error, fields);
      return false;
    } finally {
      busy.value = false;
    }
  }

  return { fieldErrors, generalError, busy, clear, report, run };
}

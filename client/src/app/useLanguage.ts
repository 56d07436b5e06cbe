import { useMutation } from '@vue/apollo-composable';
import { computed, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { graphql } from '../graphql/index.js';
import { LANGUAGES, direction, nativeName } from '../i18n/languages.js';
import { hasChosenLocale, setLocale } from '../i18n/index.js';
import { useSession } from '../auth/useSession.js';

export const UpdateMyLanguageMutation = graphql(`
  mutation UpdateMyLanguage($language: String!) {
    updateMe(input: { language: $language }) {
      id
      language
    }
  }
`);

/**
 * The language shown and how to change it: a choice is remembered on this device and, for a signed-in
 * person, on their account (so e-mails come in it too). A person's stored language applies on a device
 * where nothing was chosen yet.
 */
export function useLanguage() {
  const { locale } = useI18n();
  const { me } = useSession();
  const { mutate: saveOnAccount } = useMutation(UpdateMyLanguageMutation);

  watch(
    () => me.value?.language,
    (stored) => {
      if (stored && stored !== locale.value && !hasChosenLocale() && LANGUAGES.includes(stored))
        void setLocale(stored, { remember: false });
    },
    { immediate: true },
  );

  async function choose(code: string) {
    await setLocale(code);
    if (me.value && me.value.language !== code) await saveOnAccount({ language: code }).catch(() => undefined);
  }

  const languages = computed(() => LANGUAGES.map((code) => ({ code, name: nativeName(code), dir: direction(code) })));
  return { locale, languages, choose };
}

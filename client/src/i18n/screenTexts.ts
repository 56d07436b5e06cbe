import { ref, watch, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { i18n } from './index.js';
import { SOURCE_LANGUAGE } from './languages.js';

export type TextLoaders = Record<string, () => Promise<{ default: object }>>;

/**
 * Words that one screen alone shows, kept out of the app's language file so no other route carries them (the
 * phone calendar and the wall display count every byte): a folder with a file per language, found by the
 * screen's own `import.meta.glob('./texts/*.ts')`, merged into the language's messages under `group`.
 * Answers the screen's composable: true once the words are there in the reader's language and in German.
 */
export function screenTexts(group: string, loaders: TextLoaders): () => Ref<boolean> {
  const loaded = new Set<string>();
  const loaderOf = (code: string) => Object.entries(loaders).find(([path]) => path.endsWith(`/${code}.ts`))?.[1];
  async function ensure(code: string) {
    await Promise.all(
      [...new Set([SOURCE_LANGUAGE, code])].map(async (language) => {
        const load = loaderOf(language);
        if (loaded.has(language) || !load) return;
        i18n.global.mergeLocaleMessage(language, { [group]: (await load()).default });
        loaded.add(language);
      }),
    );
  }
  return function useScreenTexts() {
    const { locale } = useI18n();
    const ready = ref(false);
    watch(locale, (code) => void ensure(code).then(() => (ready.value = true)), { immediate: true });
    return ready;
  };
}

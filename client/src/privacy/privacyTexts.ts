import { ref, watch, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { i18n } from '../i18n/index.js';
import { SOURCE_LANGUAGE } from '../i18n/languages.js';
import type { MessageTree } from '../i18n/message-tree.js';
import type { PrivacyTexts } from './texts/de.js';

/**
 * The words of the privacy page, of one's own data and of erasure load with the screens that show them
 * (`texts/<language>.ts`), not with the app's language file, so that no other route carries them. They join the
 * language's messages as `privacyTexts.*`.
 */
const loaders = import.meta.glob<{ default: MessageTree<PrivacyTexts> }>('./texts/*.ts');

const loaded = new Set<string>();

export async function loadPrivacyTexts(code: string): Promise<MessageTree<PrivacyTexts> | null> {
  const loader = loaders[`./texts/${code}.ts`];
  return loader ? (await loader()).default : null;
}

/** Makes `privacyTexts.*` readable in `code` and in German, the fallback. */
export async function ensurePrivacyTexts(code: string): Promise<void> {
  await Promise.all(
    [...new Set([SOURCE_LANGUAGE, code])].map(async (language) => {
      if (loaded.has(language)) return;
      const texts = await loadPrivacyTexts(language);
      if (!texts) return;
      i18n.global.mergeLocaleMessage(language, { privacyTexts: texts });
      loaded.add(language);
    }),
  );
}

/** For a screen that shows these words: true once they are there in the reader's language (and again after a switch). */
export function usePrivacyTexts(): Ref<boolean> {
  const { locale } = useI18n();
  const ready = ref(false);
  watch(locale, (code) => void ensurePrivacyTexts(code).then(() => (ready.value = true)), { immediate: true });
  return ready;
}

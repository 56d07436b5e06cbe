import { useQuery } from '@vue/apollo-composable';
import { computed, ref, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute } from 'vue-router';
import { graphql } from '../graphql/index.js';
import { LANGUAGES, direction } from '../i18n/languages.js';
import { ensureMessages } from '../i18n/index.js';

export const DisplaySettingsQuery = graphql(`
  query DisplaySettings {
    displaySettings {
      id
      languages
    }
  }
`);

export const DEFAULT_DISPLAY_LANGUAGES = ['de', 'en'] as const;

/** Up to three known languages from a list, in its order; German and English when none is usable. */
export function displayLanguagesFrom(requested: readonly string[]): string[] {
  const known = [...new Set(requested.filter((code) => LANGUAGES.includes(code)))].slice(0, 3);
  return known.length > 0 ? known : [...DEFAULT_DISPLAY_LANGUAGES];
}

/**
 * The languages a wall display speaks side by side: its link's (chosen by staff), or `?languages=de,ar`
 * on the all-houses screen, or German and English. `say` gives a phrase in each of them.
 */
export function useDisplayLanguages() {
  const route = useRoute();
  const { t } = useI18n();
  const { result } = useQuery(DisplaySettingsQuery);
  const fromUrl = computed(() => (typeof route.query.languages === 'string' ? route.query.languages.split(',') : []));
  const languages = computed(() => displayLanguagesFrom(result.value?.displaySettings?.languages ?? fromUrl.value));
  const loaded = ref(0);
  watch(
    languages,
    async (codes) => {
      await Promise.all(codes.map((code) => ensureMessages(code)));
      loaded.value++;
    },
    { immediate: true },
  );

  /** A phrase in each language; `params` may depend on the language (a date each writes its own way). */
  function say(
    key: string,
    params: Record<string, string | number> | ((language: string) => Record<string, string | number>) = {},
  ): Array<{ language: string; text: string }> {
    void loaded.value;
    return languages.value.map((language) => ({
      language,
      text: t(key, typeof params === 'function' ? params(language) : params, { locale: language }),
    }));
  }

  const first = computed(() => languages.value[0] ?? 'de');
  return { languages, say, lang: first, dir: computed(() => direction(first.value)) };
}

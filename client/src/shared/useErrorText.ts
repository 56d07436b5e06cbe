import { useI18n } from 'vue-i18n';
import { formatTimeRange } from './localTime.js';
import { explainError, firstGraphQLError, type ExplainedError } from './errorMessages.js';

/** Words for an Apollo error in the reader's language, and the form field it belongs to. */
export function useErrorText() {
  const { t, te, locale } = useI18n();
  return function describe(error: unknown): { text: string; field: ExplainedError['field']; code: string | null } {
    const graphQLError = firstGraphQLError(error);
    const given = explainError(graphQLError, (start, end) => formatTimeRange(start, end, locale.value));
    // a reason newer than this client: the general words rather than a key
    const explained = te(given.key) ? given : { ...given, key: 'errors.badInput' as const };
    const params = { ...explained.params };
    for (const [name, key] of Object.entries(explained.keyParams ?? {})) if (te(key)) params[name] = t(key);
    const text = explained.count === undefined ? t(explained.key, params) : t(explained.key, params, explained.count);
    const code = graphQLError?.extensions?.code;
    return { text, field: explained.field, code: typeof code === 'string' ? code : null };
  };
}

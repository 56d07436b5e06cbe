import { useI18n } from 'vue-i18n';
import { explainError, firstGraphQLError, localizeServerMessage, type ExplainedError } from './errorMessages.js';
import { formatTimeRange, localTime } from './localTime.js';

/** Words for an Apollo error in the reader's language, and the form field it belongs to. */
export function useErrorText() {
  const { t, locale } = useI18n();
  const formatTime = (iso: string) => formatTimeRange(iso, iso, locale.value).split('–')[0] ?? iso;
  return function describe(error: unknown): { text: string; field: ExplainedError['field'] } {
    const explained = explainError(firstGraphQLError(error), formatTime, localTime);
    const text = explained.serverMessage
      ? localizeServerMessage(explained.serverMessage, locale.value)
      : t(explained.key, explained.params);
    return { text, field: explained.field };
  };
}

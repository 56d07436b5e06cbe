import type { PublicOrganizationFieldsFragment } from '../graphql/graphql.js';
import { intlLocale } from '../shared/localTime.js';

export type PublicOrganization = PublicOrganizationFieldsFragment;

/** The MO's description in the reader's language when the MO wrote one, else as the MO wrote it. */
export function describedIn(organization: Pick<PublicOrganization, 'description' | 'descriptionTranslations'>, language: string): string {
  return organization.descriptionTranslations.find((translation) => translation.language === language)?.text ?? organization.description;
}

/** "Dienstag" for ISO weekday 2, in the reader's language. */
export function weekdayName(weekday: number, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, weekday)));
}

/** A language tag in the reader's language: "uk" → "Ukrainisch". */
export function languageName(tag: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

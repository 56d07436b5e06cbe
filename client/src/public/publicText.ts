import type { PublicOrganizationFieldsFragment } from '../graphql/graphql.js';
import { isolate } from '../i18n/bidi.js';
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

/** "Haus Ost und Haus Süd" in the reader's language, each name isolated so a Latin name keeps its place in Arabic. */
export function houseNames(houses: ReadonlyArray<{ name: string }>, language: string): string {
  return new Intl.ListFormat(intlLocale(language), { type: 'conjunction' }).format(houses.map((house) => isolate(house.name)));
}

/** How many MOs coming need interpretation into a language, and how many people they bring. */
export interface LanguageNeed {
  language: string;
  organizations: number;
  people: number;
}

/**
 * The interpretation the MOs coming ask for, per language, most people first, then by tag. An MO not coming
 * needs none, whatever it said before; its people count once for each language it asks for.
 */
export function languageNeeds(
  responses: ReadonlyArray<{ attending: boolean; people: number; interpretation: readonly string[] }>,
): LanguageNeed[] {
  const needs = new Map<string, LanguageNeed>();
  for (const response of responses) {
    if (!response.attending) continue;
    for (const language of new Set(response.interpretation)) {
      const need = needs.get(language) ?? { language, organizations: 0, people: 0 };
      need.organizations += 1;
      need.people += response.people;
      needs.set(language, need);
    }
  }
  return [...needs.values()].sort((a, b) => b.people - a.people || a.language.localeCompare(b.language));
}

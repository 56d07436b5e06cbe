import { describe, expect, it } from 'vitest';
import { describedIn, languageName, weekdayName } from './publicText.js';

describe('the public MO page in the reader’s language', () => {
  it('shows the MO’s own translation when there is one', () => {
    const organization = {
      description: 'Wir singen.',
      descriptionTranslations: [{ __typename: 'TranslatedText' as const, language: 'uk', text: 'Ми співаємо.' }],
    };
    expect(describedIn(organization, 'uk')).toBe('Ми співаємо.');
    expect(describedIn(organization, 'ar')).toBe('Wir singen.');
  });

  it('names weekdays and languages in the reader’s language', () => {
    expect(weekdayName(2, 'de')).toBe('Dienstag');
    expect(languageName('uk', 'de')).toBe('Ukrainisch');
  });
});

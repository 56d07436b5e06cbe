import { describe, expect, it } from 'vitest';
import { describedIn, houseNames, languageName, weekdayName } from './publicText.js';

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

  it('lists the houses an MO meets in as the reader’s language joins them, each name isolated', () => {
    const houses = [{ name: 'Haus Ost' }, { name: 'Haus Süd' }];
    expect(houseNames(houses, 'de')).toBe('\u2068Haus Ost\u2069 und \u2068Haus Süd\u2069');
    expect(houseNames(houses, 'ar')).toBe('\u2068Haus Ost\u2069 و\u2068Haus Süd\u2069');
  });
});

/**
 * Words of the staff pages loaded with them only (`adminTexts.ts`), as `adminTexts.*`: every other route, the
 * phone calendar and the wall display too, would otherwise carry them. Every language has a file here with the same keys.
 */
export default {
  copyToWorkdays: 'Für Mo–Fr übernehmen',
  retireQuestion: {
    heading: '{name} stilllegen?',
    house:
      'Danach kann dort niemand mehr buchen, und das Haus verschwindet aus Kalender und Raumsuche. Sie können es später wieder in Betrieb nehmen.',
    room: 'Danach kann diesen Raum niemand mehr buchen, und er verschwindet aus Kalender und Raumsuche. Sie können ihn später wieder in Betrieb nehmen.',
    keep: 'Nicht stilllegen',
  },
  organizationLanguages: {
    legend: 'Sprachen',
    other: 'Weitere Sprachen',
    hint: 'Mit Namen oder Kürzel, durch Komma getrennt, z. B. Paschtu, ti',
    unknown: 'Diese Sprache kennen wir nicht: {language}',
  },
};

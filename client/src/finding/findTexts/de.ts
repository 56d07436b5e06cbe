/**
 * What the free-room search answers, in German: how many rooms are free, or why none is and what to change.
 * They load with /find (`findTexts.ts`), not with the app. Every language has a file here with the same keys.
 */
const findTexts = {
  results: 'Ein Raum ist frei. | {count} Räume sind frei.',
  busy: 'Zu dieser Zeit ist kein passender Raum frei.',
  busyOffers: 'Wählen Sie eine der freien Zeiten unten oder einen anderen Tag.',
  busyNothingNear:
    'Auch sonst an diesem Tag und an den nächsten drei Tagen ist nichts Passendes frei. Versuchen Sie einen anderen Tag oder weniger Ausstattung.',
  tooBig: 'Kein Raum ist groß genug für eine Person. | Kein Raum ist groß genug für {count} Personen.',
  tooBigWith:
    'Kein Raum mit dieser Ausstattung ({features}) ist groß genug für eine Person. | Kein Raum mit dieser Ausstattung ({features}) ist groß genug für {count} Personen.',
  largest: 'Der größte hat Platz für eine Person. | Der größte hat Platz für {count} Personen.',
  tooBigHint: 'Teilen Sie die Gruppe auf, oder suchen Sie für weniger Personen.',
  withoutFeatures: 'Ohne diese Ausstattung gibt es Räume für eine Person. | Ohne diese Ausstattung gibt es Räume für {count} Personen.',
  noFeatures: 'Kein Raum hat alles, was Sie gewählt haben: {features}.',
  noFeaturesHint: 'Wählen Sie weniger Ausstattung.',
  otherHouses: 'In anderen Häusern gibt es einen passenden Raum.',
  searchAllHouses: 'In allen Häusern suchen',
  laterDays: 'Zur selben Zeit an den nächsten Tagen:',
};

export type FindTexts = typeof findTexts;

export default findTexts;

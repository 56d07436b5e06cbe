/**
 * The question a closure over bookings asks staff (`ClosureDecisions.vue`), as `closureTexts.*`, loaded with
 * that question only: every other route, the phone calendar and the wall display too, would otherwise carry
 * these words. Every language has a file here with the same keys (`MessageTree` refuses a missing or extra one).
 */
const closureTexts = {
  heading: 'Was geschieht mit den Buchungen in dieser Zeit?',
  intro:
    'Betroffene Buchungen: {count}. Die Organisationen erfahren Ihre Entscheidung sofort, im Kalender und per E-Mail in ihrer Sprache.',
  changedMeanwhile: 'Inzwischen wurde hier neu gebucht. Bitte entscheiden Sie auch über die neuen Buchungen.',
  move: 'Verschieben in:',
  moveRoomFor: 'Neuer Raum für {title}',
  roomSuggested: '{room} – Vorschlag',
  roomChosen: '{house}, Platz für {capacity} Personen.',
  noRoom: 'Kein anderer Raum ist zu dieser Zeit frei und groß genug.',
  cancel: 'Stornieren, mit dem Grund der Schließzeit',
  keep: 'Behalten: findet trotz Schließzeit statt',
  undecided: 'Bitte wählen Sie für diese Buchung.',
  confirmCreate: 'Schließzeit eintragen und so umsetzen',
  confirmDecide: 'So umsetzen',
  dismiss: 'Abbrechen',
  created: 'Schließzeit eingetragen. Verschoben: {moved}, storniert: {cancelled}, behalten: {kept}.',
  decided: 'Erledigt. Verschoben: {moved}, storniert: {cancelled}, behalten: {kept}.',
  ask: 'Über diese Buchungen entscheiden',
};

export type ClosureTexts = typeof closureTexts;
export default closureTexts;

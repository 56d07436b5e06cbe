/**
 * The words of *Meine Buchungen* beyond its heading and search (cancel from the card, series, pages), in
 * German. They load with that page (`myBookingsTexts.ts`), not with the app: every route, the phone calendar
 * and the wall display too, would otherwise carry them. Every language has a file here with the same keys.
 */
const myBookingsTexts = {
  loadFailed: 'Die Buchungen konnten nicht geladen werden. Bitte versuchen Sie es noch einmal.',
  loadMore: 'Weitere Buchungen laden',
  filter: 'Zeigen',
  filterAll: 'Alle Buchungen',
  filterSingle: 'Nur einzelne Buchungen',
  filterSeries: 'Serie {title}',
  seriesHeading: 'Serien',
  singlesHeading: 'Einzelne Buchungen',
  seriesDates: 'Noch ein Termin | Noch {count} Termine',
  /** while more pages may follow, the dates loaded so far are a lower bound */
  seriesDatesSoFar: 'Mindestens ein Termin | Mindestens {count} Termine',
  nextDate: 'Nächster Termin:',
  showDates: 'Termine zeigen',
  cancelHeading: 'Buchung stornieren?',
  cancelQuestion: '„{title}“ ({when}, {room}, {house}) wird storniert.',
  onlyThisDate: 'Nur dieser Termin wird storniert. Die anderen Termine der Serie bleiben.',
  cancelled: 'Storniert: „{title}“, {when}.',
  restored: 'Wieder gebucht: „{title}“, {when}.',
};

export type MyBookingsTexts = typeof myBookingsTexts;

export default myBookingsTexts;

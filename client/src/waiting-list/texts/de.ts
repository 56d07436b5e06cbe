/**
 * The words of the waiting list (issue 29): the section on *Meine Buchungen*, the offer with its time left, and
 * "tell me when it is free" where a booking was refused because the slot is taken. In German; every language
 * has a file here with the same keys, loaded with the screens that show them (`waitingListTexts.ts`).
 */
const waitingListTexts = {
  heading: 'Meine Warteliste',
  intro:
    'Wird ein Termin frei, auf den Sie warten, hält das Team ihn {minutes} Minuten für Ihre Organisation. Bestätigen Sie ihn in dieser Zeit, sonst bekommen ihn die Nächsten auf der Liste.',
  none: 'Ihre Organisation wartet auf keinen Termin.',
  join: 'Sagen Sie mir, wenn er frei wird',
  joinHint: 'Dieser Termin ist belegt. Wir können Ihnen sagen, wenn er frei wird.',
  joinTitle: 'Wofür? (Titel)',
  joined: 'Sie stehen auf der Warteliste für {when}.',
  ahead: 'Organisationen vor Ihnen: {count}',
  waiting: 'Wartet',
  offerHeading: 'Jetzt frei: bitte bestätigen',
  offerText: '{title}, {when}, {room}: für Ihre Organisation gehalten.',
  timeLeft: 'Noch {time}',
  confirm: 'Buchung bestätigen',
  decline: 'Ablehnen',
  leave: 'Warteliste verlassen',
  confirmed: 'Gebucht: „{title}“, {when}.',
  declined: 'Abgelehnt. Der Termin geht an die Nächsten auf der Liste.',
  left: 'Sie haben die Warteliste für {when} verlassen.',
  loadFailed: 'Die Warteliste konnte nicht geladen werden. Bitte versuchen Sie es noch einmal.',
};

export type WaitingListTexts = typeof waitingListTexts;
export default waitingListTexts;

/**
 * The words of the privacy page (/datenschutz), of one's own data on *Mein Konto* and of erasure by staff, in
 * German. They load with the screens that show them, not with the app: every route would otherwise carry
 * several kilobytes a phone on mobile data rarely needs. Every language has a file here with the same keys
 * (`MessageTree` refuses a missing or extra one).
 */
const privacyTexts = {
  heading: 'Datenschutz',
  intro: 'Hier steht, welche Daten diese Raumbuchung speichert, warum, wie lange und wer sie sieht.',
  controller: {
    heading: 'Wer ist verantwortlich?',
    missing: 'Der Betreiber hat hier noch keinen Namen eingetragen. Bitte fragen Sie das Team im Haus.',
    imprintBefore: 'Mehr über den Betreiber:',
  },
  stored: {
    heading: 'Was wir speichern und warum',
    account:
      'Ihr Konto: Name, E-Mail-Adresse, Sprache, Rolle und Organisation, das Passwort nur verschlüsselt. Damit Sie sich anmelden können und das Team weiß, wer zu welcher Organisation gehört.',
    sessions:
      'Ihre Anmeldungen: ein Cookie mit einem zufälligen Schlüssel und wann Sie sich zuletzt angemeldet haben. Damit Sie angemeldet bleiben.',
    bookings:
      'Buchungen: Raum, Zeit, Titel, Organisation, Art, Teilnehmerzahl, Notizen und wer gebucht hat. Damit die Räume fair verteilt werden und das Haus der Stadt zeigen kann, wie sie genutzt werden.',
    organization: 'Ihre Organisation: Name, Beschreibung, Sprachen und Kontakt. Damit Mitglieder und Interessierte sie finden.',
    coaching: 'Coaching: Anfragen, Nachrichten und Termine. Damit das Team und Ihr Coach Sie beraten können.',
    network:
      'Netzwerk: die Antworten Ihrer Organisation zu Treffen, Themen, Vorschläge und Protokolle. Damit die Treffen geplant werden können.',
    notices: 'Benachrichtigungen und E-Mails über Änderungen, die andere gemacht haben. Damit Sie davon erfahren.',
    changeLog: 'Das Änderungsprotokoll: wer wann was geändert hat. Damit Änderungen nachvollziehbar sind und Fehler geklärt werden können.',
    feeds: 'Kalender-Abos: eine geheime Adresse, nur verschlüsselt gespeichert. Damit Ihr Kalenderprogramm die Buchungen zeigt.',
    serverLogs:
      'Server-Protokolle: technische Angaben zu Anfragen und Fehlern, ohne Namen, E-Mail-Adressen und Schlüssel. Damit Fehler gefunden werden.',
    browser: 'In Ihrem Browser: das Cookie der Anmeldung und Ihre Sprache. Keine Werbung, kein Tracking, keine Dienste anderer Anbieter.',
    legalBasis:
      'Rechtsgrundlage ist Art. 6 Abs. 1 lit. b DSGVO (Sie nutzen die Raumbuchung) und für Protokolle lit. f (ein sicherer und nachvollziehbarer Betrieb).',
  },
  retention: {
    heading: 'Wie lange wir Daten speichern',
    links: 'Einladungen und Links zum Zurücksetzen des Passworts: gelöscht, sobald sie abgelaufen sind.',
    mails: 'E-Mails: gelöscht, sobald sie verschickt sind.',
    sessions:
      'Anmeldungen: gelöscht beim Abmelden, spätestens nach einem Tag. | Anmeldungen: gelöscht beim Abmelden, spätestens nach {count} Tagen.',
    notices: 'Benachrichtigungen: gelöscht nach einem Monat. | Benachrichtigungen: gelöscht nach {count} Monaten.',
    changeLog:
      'Änderungsprotokoll: Namen und E-Mail-Adressen werden nach einem Monat durch ein Pseudonym ersetzt. | Änderungsprotokoll: Namen und E-Mail-Adressen werden nach {count} Monaten durch ein Pseudonym ersetzt.',
    account:
      'Ihr Konto bleibt, bis das Team es löscht, auf Ihren Wunsch oder den Ihrer Organisation. Dann werden Name, E-Mail-Adresse, Passwort, Anmeldungen, Kalender-Abos und Benachrichtigungen gelöscht. Ihre Buchungen bleiben ohne Bezug zu Ihnen, für die Organisation und die Zahlen der Stadt.',
    backups:
      'Sicherungskopien der Datenbank: nach einem Tag durch neuere ersetzt, bis dahin enthalten sie auch gelöschte Daten. | Sicherungskopien der Datenbank: nach {count} Tagen durch neuere ersetzt, bis dahin enthalten sie auch gelöschte Daten.',
    backupsUnscheduled: 'Sicherungskopien der Datenbank enthalten die Daten, bis sie durch neuere ersetzt werden.',
  },
  audiences: {
    heading: 'Wer was sieht',
    public:
      'Alle, auch ohne Anmeldung: wann ein Raum belegt ist, Titel und Organisation öffentlicher Buchungen und die öffentlichen Profile der Organisationen.',
    displays: 'Die Bildschirme im Haus: die Buchungen des Tages in diesem Haus, private Buchungen nur als „belegt“.',
    members:
      'Angemeldete Mitglieder aller Organisationen: alle Buchungen (private Buchungen anderer Organisationen nur als „belegt“), die Kontakte der Organisationen, die Netzwerktreffen und ihre Protokolle.',
    ownOrganization:
      'Die Mitglieder Ihrer Organisation außerdem: die Notizen zu ihren Buchungen, ihre Coaching-Anfragen mit den Nachrichten und ihre Antworten im Netzwerk.',
    coaches:
      'Coaches: die Coaching-Anfragen, die sie betreuen, mit allen Nachrichten, und die Netzwerktreffen mit ihren Protokollen; sonst das, was alle sehen.',
    staff: 'Das Team: alles, auch Namen, E-Mail-Adressen und das Änderungsprotokoll. Es braucht das, um das Haus zu verwalten.',
    nobodyElse: 'Sonst niemand: Die Raumbuchung gibt keine Daten an andere Dienste. E-Mails gehen über den Mailserver des Betreibers.',
  },
  rights: {
    heading: 'Ihre Rechte',
    access: 'Auskunft und Kopie: Alle Daten über Sie laden Sie unter „Mein Konto“ als Datei herunter.',
    toAccount: 'Zu „Mein Konto“',
    correct: 'Berichtigung: Name und Sprache ändern Sie unter „Mein Konto“, alles andere ändert das Team.',
    erase: 'Löschung, Einschränkung und Widerspruch: Schreiben Sie an die verantwortliche Stelle oben oder sprechen Sie das Team an.',
    complain:
      'Beschwerde: bei einer Datenschutz-Aufsichtsbehörde, in Sachsen bei der Sächsischen Datenschutz- und Transparenzbeauftragten.',
  },
  export: {
    heading: 'Meine Daten',
    text: 'Alles, was die Raumbuchung über Sie speichert, als eine Datei (JSON).',
    download: 'Meine Daten herunterladen',
    privacy: 'Was wir speichern und warum',
  },
  erasePerson: {
    download: 'Daten herunterladen',
    erase: 'Person löschen',
    heading: '{name} endgültig löschen?',
    goes: 'Gelöscht werden: Name, E-Mail-Adresse, Passwort, Anmeldungen, Kalender-Abos und Benachrichtigungen.',
    stays:
      'Es bleiben: die Buchungen ohne Bezug zur Person, für die Organisation und die Zahlen der Stadt. Im Änderungsprotokoll steht ein Pseudonym statt des Namens.',
    done: 'Die Person wurde gelöscht.',
  },
  confirmErase: {
    final: 'Das lässt sich nicht rückgängig machen.',
    confirm: 'Endgültig löschen',
    keep: 'Nicht löschen',
  },
  eraseOrganization: {
    erase: 'Organisation löschen',
    heading: '{name} endgültig löschen?',
    goes: 'Gelöscht werden: Name, Beschreibung und Kontakte der Organisation und alle ihre Personen, so wie bei „Person löschen“. Ihre kommenden Buchungen werden storniert, die Räume sind wieder frei.',
    stays:
      'Es bleiben: ihre vergangenen Buchungen ohne Namen, für die Zahlen der Stadt. Im Änderungsprotokoll steht ein Pseudonym statt des Namens.',
    done: 'Die Organisation wurde gelöscht.',
  },
};

export type PrivacyTexts = typeof privacyTexts;

export default privacyTexts;

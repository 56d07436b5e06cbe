/**
 * The words of a first visit in German: how an organisation gets access, where the houses are and which
 * organisations meet there (the login page and the public pages under /mo). They load with those screens
 * (`publicTexts.ts`), not with the app. Every language has a file here with the same keys.
 */
export default {
  access: {
    heading: 'Wie bekommt eine Organisation Zugang?',
    free: 'KolLEktiv stellt Migrant:innenorganisationen (MO) in Leipzig Räume kostenlos zur Verfügung.',
    invite: 'Ein Konto legt man nicht selbst an: Das Team lädt die Menschen einer Organisation per E-Mail ein.',
    ask: 'Möchte Ihre Organisation die Räume nutzen? Melden Sie sich bei uns:',
    askInHouse: 'Möchte Ihre Organisation die Räume nutzen? Sprechen Sie das Team in einem unserer Häuser an.',
    organizations: 'Welche Organisationen sich wo treffen',
  },
  houses: {
    heading: 'Unsere Häuser',
    map: 'Auf der Karte zeigen',
    meetHere: 'Hier treffen sich:',
    nobody: 'Zurzeit sind hier keine offenen Termine geplant.',
  },
  card: {
    meetsIn: 'Wo sie sich treffen',
    nothingPlanned: 'Zurzeit sind keine offenen Termine geplant.',
  },
};

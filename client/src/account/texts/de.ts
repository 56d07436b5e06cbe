/**
 * The words of the page an invitation link opens, in German. They load with that page (`inviteTexts.ts`),
 * not with the app: every other route would otherwise carry them. Every language has a file here with the same keys.
 */
export default {
  heading: 'Willkommen!',
  intro: 'Wählen Sie Ihren Namen und ein Passwort. Danach sind Sie angemeldet.',
  submit: 'Konto anlegen',
  busy: 'Wird angelegt …',
  forOrganization: 'Sie wurden eingeladen, für {organization} Räume im KolLEktiv zu buchen.',
  forStaff: 'Sie wurden eingeladen, im Team des KolLEktiv mitzuarbeiten.',
  validUntil: 'Der Link gilt bis {date}.',
  loading: 'Die Einladung wird geladen …',
  toLogin: 'Zur Anmeldung',
};

/** German first, English beside it. Keys are grouped by feature. */
export const messages = {
  de: {
    app: { title: 'KolLEktiv Raumbuchung', subtitle: 'Treffpunkt für Engagement und Begegnung', language: 'Sprache' },
    locations: {
      heading: 'Unsere Standorte',
      loading: 'Standorte werden geladen …',
      empty: 'Noch keine Standorte angelegt.',
      error: 'Die Standorte konnten nicht geladen werden.',
      rooms: 'Räume',
      capacity: 'bis {count} Personen',
    },
  },
  en: {
    app: { title: 'KolLEktiv room booking', subtitle: 'Meeting place for engagement and encounter', language: 'Language' },
    locations: {
      heading: 'Our locations',
      loading: 'Loading locations …',
      empty: 'No locations yet.',
      error: 'The locations could not be loaded.',
      rooms: 'Rooms',
      capacity: 'up to {count} people',
    },
  },
} as const;

export type Locale = keyof typeof messages;

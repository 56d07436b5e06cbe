/**
 * Words of the audit log that no form has (`auditDiff.ts: FIELD_WORDS`), as `auditTexts.*`, loaded with the audit
 * page only, so no other route carries them. Every language has a file here with the same keys.
 */
const auditTexts = {
  fields: {
    notes: 'Notizen',
    reason: 'Grund',
    status: 'Stand',
    active: 'In Betrieb',
    language: 'Sprache',
    languages: 'Sprachen',
    createdById: 'Angelegt von',
    keptBookings: 'Behaltene Buchungen',
  },
  status: {
    CONFIRMED: 'gebucht',
    CANCELLED: 'storniert',
  },
  yes: 'ja',
  no: 'nein',
};

export type AuditTexts = typeof auditTexts;
export default auditTexts;

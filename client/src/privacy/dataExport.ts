/**
 * Where a person's data is downloaded as JSON (GDPR Art. 15 and 20): one's own with the session cookie, anyone's
 * for staff. The server decides who may (`auth/policy.ts`); these are plain links, so the browser saves the file.
 */
export const OWN_DATA_URL = '/me/export.json';

export function personDataUrl(personId: string): string {
  return `/admin/people/${encodeURIComponent(personId)}/export.json`;
}

import { screenTexts } from '../i18n/screenTexts.js';

/** The audit log's own words (`auditTexts/<language>.ts`) as `auditTexts.*`, loaded with the audit page only. */
export const useAuditTexts = screenTexts('auditTexts', import.meta.glob<{ default: object }>('./auditTexts/*.ts'));

import { screenTexts } from '../i18n/screenTexts.js';

/** Approval's words (`texts/<language>.ts`) as `approvalTexts.*`, loaded with the admin pages that show them. */
export const useApprovalTexts = screenTexts('approvalTexts', import.meta.glob<{ default: object }>('./texts/*.ts'));

import { screenTexts } from '../i18n/screenTexts.js';

/** The words of the invitation page (`texts/<language>.ts`) as `invite.*`, loaded with that page only. */
export const useInviteTexts = screenTexts('invite', import.meta.glob<{ default: object }>('./texts/*.ts'));

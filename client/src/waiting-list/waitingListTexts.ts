import { screenTexts } from '../i18n/screenTexts.js';

/** The waiting list's words (`texts/<language>.ts`) as `waitingListTexts.*`, loaded with the screens that show them. */
export const useWaitingListTexts = screenTexts('waitingListTexts', import.meta.glob<{ default: object }>('./texts/*.ts'));

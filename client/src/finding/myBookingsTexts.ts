import { screenTexts } from '../i18n/screenTexts.js';

/** The words of *Meine Buchungen* (`texts/<language>.ts`) as `myBookingsTexts.*`, loaded with that page only. */
export const useMyBookingsTexts = screenTexts('myBookingsTexts', import.meta.glob<{ default: object }>('./texts/*.ts'));

import { screenTexts } from '../i18n/screenTexts.js';

/** Words of the staff pages (`texts/<language>.ts`) as `adminTexts.*`, loaded with those pages only. */
export const useAdminTexts = screenTexts('adminTexts', import.meta.glob<{ default: object }>('./texts/*.ts'));

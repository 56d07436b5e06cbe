import { screenTexts } from '../i18n/screenTexts.js';

/**
 * The words of a first visit (`texts/<language>.ts`) as `publicTexts.*`: how an organisation gets access and
 * where the houses are. Loaded with the login page and the public pages only, so no other route carries them.
 */
export const usePublicTexts = screenTexts('publicTexts', import.meta.glob<{ default: object }>('./texts/*.ts'));

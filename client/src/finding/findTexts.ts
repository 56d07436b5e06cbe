import { screenTexts } from '../i18n/screenTexts.js';

/** The words of the free-room search's answers (`findTexts/<language>.ts`) as `findTexts.*`, loaded with /find only. */
export const useFindTexts = screenTexts('findTexts', import.meta.glob<{ default: object }>('./findTexts/*.ts'));

import { screenTexts } from '../i18n/screenTexts.js';

/** The closure question's words (`closureTexts/<language>.ts`) as `closureTexts.*`, loaded with the houses page only. */
export const useClosureTexts = screenTexts('closureTexts', import.meta.glob<{ default: object }>('./closureTexts/*.ts'));

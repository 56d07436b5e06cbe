import { createI18n } from 'vue-i18n';
import { messages, type Locale } from './messages.js';

const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem('locale');

export const i18n = createI18n({
  legacy: false,
  locale: stored === 'en' ? 'en' : 'de',
  fallbackLocale: 'de',
  messages,
});

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  localStorage.setItem('locale', locale);
  document.documentElement.lang = locale;
}

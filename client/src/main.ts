import { DefaultApolloClient } from '@vue/apollo-composable';
import { createApp } from 'vue';
import { API_CLIENTS } from './app/api.js';
import App from './app/App.vue';
import { createApiClients } from './app/apollo.js';
import { router } from './app/router.js';
import { i18n, initialLocale, setLocale } from './i18n/index.js';
import { keepOnDevice } from './offline/keepOnDevice.js';

/** A wall display carries its token in the link; it is kept so the screen survives reloads. */
function displayToken(): string | undefined {
  if (!window.location.pathname.startsWith('/display')) return undefined;
  const fromLink = new URLSearchParams(window.location.search).get('token');
  if (fromLink) localStorage.setItem('displayToken', fromLink);
  return fromLink ?? localStorage.getItem('displayToken') ?? undefined;
}

const clients = createApiClients(window.location.origin, { displayToken: displayToken() });
// the page speaks its language from the first paint: `?lang=`, the remembered choice, or the browser's languages
const language = initialLocale(window.location.search, navigator.languages);
await setLocale(language.code, { remember: language.fromUrl });
createApp(App).use(i18n).use(router).provide(DefaultApolloClient, clients.apollo).provide(API_CLIENTS, clients).mount('#app');
keepOnDevice();

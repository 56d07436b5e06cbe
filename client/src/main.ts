import { DefaultApolloClient } from '@vue/apollo-composable';
import { createApp } from 'vue';
import { API_CLIENTS } from './app/api.js';
import App from './app/App.vue';
import { createApiClients } from './app/apollo.js';
import { router } from './app/router.js';
import { i18n } from './i18n/index.js';

const clients = createApiClients();
createApp(App).use(i18n).use(router).provide(DefaultApolloClient, clients.apollo).provide(API_CLIENTS, clients).mount('#app');

import { DefaultApolloClient } from '@vue/apollo-composable';
import { createApp } from 'vue';
import App from './app/App.vue';
import { createApolloClient } from './app/apollo.js';
import { i18n } from './i18n/index.js';

createApp(App).use(i18n).provide(DefaultApolloClient, createApolloClient()).mount('#app');

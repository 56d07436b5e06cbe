import { inject, type InjectionKey } from 'vue';
import type { ApiClients } from './apollo.js';

export const API_CLIENTS: InjectionKey<ApiClients> = Symbol('api-clients');

export function useApiClients(): ApiClients {
  const clients = inject(API_CLIENTS);
  if (!clients) throw new Error('API clients were not provided');
  return clients;
}

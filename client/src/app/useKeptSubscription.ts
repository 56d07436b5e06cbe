import type { SubscribePayload } from 'graphql-ws';
import { onBeforeUnmount, watch, type Ref } from 'vue';
import { useApiClients } from './api.js';
import { keepSubscribed } from './liveSubscription.js';

/**
 * `keepSubscribed` for as long as `active` holds (a person is signed in) and the component lives: it starts when
 * `active` turns true, stops when it turns false, and stops with the component. The notices in the header and
 * the lists they count each keep one such stream.
 */
export function useKeptSubscription<T>(
  active: Ref<boolean>,
  payload: SubscribePayload,
  handlers: { next: (data: T) => void; missed: () => void },
): void {
  const { ws } = useApiClients();
  let stop: (() => void) | null = null;
  watch(
    active,
    (on) => {
      stop?.();
      stop = on ? keepSubscribed<T>(ws, payload, handlers) : null;
    },
    { immediate: true },
  );
  onBeforeUnmount(() => stop?.());
}

import { onBeforeUnmount, ref } from 'vue';

/** The current time, ticking every second, so "now", "next" and the day move on by themselves. */
export function useClock(intervalMs = 1000) {
  const now = ref(new Date());
  const timer = setInterval(() => (now.value = new Date()), intervalMs);
  onBeforeUnmount(() => clearInterval(timer));
  return now;
}

import { onBeforeUnmount, shallowRef } from 'vue';

/**
 * The current time, moving on at every multiple of `stepMs` of the wall clock, so "now", "next", the page
 * turns and the day move on by themselves. A step that divides a minute keeps the clock's minute on time.
 * Not every second: each step re-renders the whole screen, which a tablet on the wall pays for all day
 * (docs/BENCHMARKS.md, "Wall display").
 */
export function useClock(stepMs: number) {
  const now = shallowRef(new Date());
  let timer: ReturnType<typeof setTimeout> | undefined;
  function tick() {
    now.value = new Date();
    schedule();
  }
  function schedule() {
    timer = setTimeout(tick, stepMs - (Date.now() % stepMs));
  }
  schedule();
  onBeforeUnmount(() => clearTimeout(timer));
  return now;
}

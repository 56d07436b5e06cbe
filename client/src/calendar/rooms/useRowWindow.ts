import { computed, onBeforeUnmount, onMounted, ref, type Ref } from 'vue';
import { visibleRows } from './windowing.js';

/** Rows drawn beyond the window's edges, in px: a fast scroll or a Tab into the next room meets drawn rows. */
const OVERSCAN_PX = 800;

/**
 * Which rows the window shows of the rows' area (`body`), kept up to date with the page's scrolling and size,
 * at most once a frame. While printing every row is drawn: paper has no window.
 */
export function useRowWindow(body: Ref<HTMLElement | null>, offsets: Ref<readonly number[]>) {
  const area = ref({ top: 0, bottom: typeof window === 'undefined' ? 1000 : window.innerHeight });
  const printing = ref(false);
  let frame = 0;
  function measure() {
    frame = 0;
    const rect = body.value?.getBoundingClientRect();
    if (rect) area.value = { top: -rect.top, bottom: window.innerHeight - rect.top };
  }
  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(measure);
  };
  const beforePrint = () => (printing.value = true);
  const afterPrint = () => (printing.value = false);
  onMounted(() => {
    measure();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule, { passive: true });
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
  });
  onBeforeUnmount(() => {
    cancelAnimationFrame(frame);
    window.removeEventListener('scroll', schedule);
    window.removeEventListener('resize', schedule);
    window.removeEventListener('beforeprint', beforePrint);
    window.removeEventListener('afterprint', afterPrint);
  });
  const range = computed(() =>
    printing.value
      ? { first: 0, last: offsets.value.length - 1 }
      : visibleRows(offsets.value, area.value.top, area.value.bottom, OVERSCAN_PX),
  );
  /** Scrolls the page so that a row is in the window (its rows then get drawn). */
  function reveal(row: number) {
    const rect = body.value?.getBoundingClientRect();
    const top = offsets.value[row];
    const bottom = offsets.value[row + 1];
    if (!rect || top === undefined || bottom === undefined) return;
    if (rect.top + top < 0) window.scrollBy(0, rect.top + top - 80);
    else if (rect.top + bottom > window.innerHeight) window.scrollBy(0, rect.top + bottom - window.innerHeight + 20);
    measure();
  }
  return { range, reveal, measure };
}

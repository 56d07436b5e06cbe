import { onBeforeUnmount } from 'vue';
import { droppedAt, instantAt } from './roomsRange.js';

/** How far the pointer must travel before a press on a booking becomes a drag rather than a click. */
const DRAG_PX = 5;

export interface DroppedBooking {
  id: string;
  roomId: string;
  start: number;
  end: number;
}

/**
 * Dragging a booking along the rooms day's hours and onto another room's row. The booking follows the pointer;
 * let go, it is handed to `move` (which asks the server, and across houses the person first) at the time the
 * pointer travelled to, by quarter hours. A press that does not travel stays a click, which opens the booking.
 */
export function useBookingDrag(options: {
  enabled: () => boolean;
  edges: () => readonly number[];
  booking: (id: string) => { start: number; end: number; movable: boolean } | undefined;
  move: (dropped: DroppedBooking) => void;
}) {
  let drag: { id: string; element: HTMLElement; x: number; y: number; grabbedAt: number; active: boolean } | null = null;

  /** Where a point lies across a row's hours, 0 at their start (mirrored right to left). */
  function instantUnder(rowTime: HTMLElement, clientX: number): number {
    const rect = rowTime.getBoundingClientRect();
    const along = getComputedStyle(rowTime).direction === 'rtl' ? rect.right - clientX : clientX - rect.left;
    return instantAt(options.edges(), along / rect.width);
  }

  function onPointerDown(event: PointerEvent) {
    if (!options.enabled() || event.button !== 0) return;
    const element = (event.target as HTMLElement).closest<HTMLElement>('.rooms-booking[data-booking-id]');
    const rowTime = element?.closest<HTMLElement>('.rooms-row-time');
    const id = element?.dataset.bookingId;
    if (!element || !rowTime || !id || !options.booking(id)?.movable) return;
    drag = { id, element, x: event.clientX, y: event.clientY, grabbedAt: instantUnder(rowTime, event.clientX), active: false };
    window.addEventListener('pointermove', onPointerMove);
    window.addEventListener('pointerup', onPointerUp);
    window.addEventListener('pointercancel', stop);
  }

  function onPointerMove(event: PointerEvent) {
    if (!drag) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (!drag.active && Math.hypot(dx, dy) < DRAG_PX) return;
    drag.active = true;
    drag.element.classList.add('rooms-booking--dragging');
    drag.element.style.transform = `translate(${dx}px, ${dy}px)`;
  }

  function onPointerUp(event: PointerEvent) {
    const ended = drag;
    stop();
    if (!ended?.active) return;
    // the click that ends a drag opens nothing
    window.addEventListener('click', swallow, { capture: true, once: true });
    setTimeout(() => window.removeEventListener('click', swallow, { capture: true }));
    const rowTime = document
      .elementsFromPoint(event.clientX, event.clientY)
      .map((element) => element.closest<HTMLElement>('.rooms-row-time'))
      .find((element) => element !== null);
    const roomId = rowTime?.closest<HTMLElement>('.rooms-row')?.dataset.roomId;
    const booking = options.booking(ended.id);
    if (!rowTime || !roomId || !booking) return;
    const { start, end } = droppedAt(booking, ended.grabbedAt, instantUnder(rowTime, event.clientX));
    options.move({ id: ended.id, roomId, start, end });
  }

  function stop() {
    if (drag) {
      drag.element.classList.remove('rooms-booking--dragging');
      drag.element.style.transform = '';
    }
    drag = null;
    window.removeEventListener('pointermove', onPointerMove);
    window.removeEventListener('pointerup', onPointerUp);
    window.removeEventListener('pointercancel', stop);
  }
  const swallow = (event: Event) => {
    event.preventDefault();
    event.stopPropagation();
  };
  onBeforeUnmount(stop);

  return { onPointerDown };
}

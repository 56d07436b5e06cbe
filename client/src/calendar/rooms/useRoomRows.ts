import type { EventInput } from '@fullcalendar/core';
import { computed, type Ref } from 'vue';
import type { Booking, Location, Room } from '../../shared/types.js';
import { groupByRoom } from './groupByRoom.js';
import { itemIndexes, rowItems, type NavItem } from './roomsKeyboard.js';
import { spanFraction, type RoomsMode, type RoomsSpan } from './roomsRange.js';
import { placeRow, rowHeight, type Placed, type Timed } from './rowLayout.js';
import { rowOffsets } from './windowing.js';

/** A booking as the rows place it: its time in ms. How it reads and looks comes from its event (RoomRow.vue). */
export interface RowBooking extends Timed {
  booking: Booking;
}

export interface RoomRowModel {
  room: Room;
  facts: string;
  bookings: Placed<RowBooking>[];
  closed: Array<{ id: string; title: string; from: number; to: number }>;
  height: number;
  items: NavItem[];
  /** `data-item` of each column's free cell and of each booking. */
  cellItems: number[];
  bookingItems: number[];
}

const NO_BOOKINGS: readonly RowBooking[] = [];
const NO_SHADING: readonly EventInput[] = [];

/**
 * The rooms view's rows: the bookings grouped by room and placed, closed time per room, each row's height, and
 * where each row starts. A row's model is kept while its room, its bookings and its shading are the same
 * objects, so a change redraws its row only.
 */
export function useRoomRows(options: {
  mode: Ref<RoomsMode>;
  span: Ref<RoomsSpan>;
  locations: Ref<readonly Location[]>;
  shownRoomIds: Ref<ReadonlySet<string> | null>;
  bookings: Ref<readonly Booking[]>;
  shading: Ref<readonly EventInput[]>;
  canBook: Ref<boolean>;
  facts: (room: Room) => string;
}) {
  // the held list keeps a booking's object while it is unchanged (bookingList.ts): its times are read once
  const timed = new WeakMap<Booking, RowBooking>();
  const asRowBooking = (booking: Booking): RowBooking => {
    let entry = timed.get(booking);
    if (!entry) {
      entry = { id: booking.id, start: Date.parse(booking.start), end: Date.parse(booking.end), booking };
      timed.set(booking, entry);
    }
    return entry;
  };
  let bookingsBefore = new Map<string, readonly RowBooking[]>();
  const bookingsByRoom = computed(
    () => (bookingsBefore = groupByRoom(options.bookings.value.map(asRowBooking), (entry) => [entry.booking.room.id], bookingsBefore)),
  );
  let shadingBefore = new Map<string, readonly EventInput[]>();
  const shadingByRoom = computed(
    () => (shadingBefore = groupByRoom(options.shading.value, (event) => (event.resourceIds as string[] | undefined) ?? [], shadingBefore)),
  );

  const rooms = computed(() =>
    options.locations.value.flatMap((location) =>
      location.rooms.filter((room) => options.shownRoomIds.value === null || options.shownRoomIds.value.has(room.id)),
    ),
  );

  type Kept = { room: Room; bookings: readonly RowBooking[]; shading: readonly EventInput[]; model: RoomRowModel };
  let kept = new Map<string, Kept>();
  let keptFor: unknown[] = [];
  const rows = computed<RoomRowModel[]>(() => {
    const { mode, span, canBook } = { mode: options.mode.value, span: options.span.value, canBook: options.canBook.value };
    // a new span, mode or permission places every row anew
    if (keptFor[0] !== mode || keptFor[1] !== span || keptFor[2] !== canBook) kept = new Map();
    keptFor = [mode, span, canBook];
    const next = new Map<string, Kept>();
    const models = rooms.value.map((room) => {
      const bookings = bookingsByRoom.value.get(room.id) ?? NO_BOOKINGS;
      const shading = shadingByRoom.value.get(room.id) ?? NO_SHADING;
      const known = kept.get(room.id);
      const model =
        known && known.room === room && known.bookings === bookings && known.shading === shading
          ? known.model
          : buildRow(room, bookings, shading, mode, span, canBook);
      next.set(room.id, { room, bookings, shading, model });
      return model;
    });
    kept = next;
    return models;
  });

  function buildRow(
    room: Room,
    bookings: readonly RowBooking[],
    shading: readonly EventInput[],
    mode: RoomsMode,
    span: RoomsSpan,
    canBook: boolean,
  ): RoomRowModel {
    const { placed, lines } = placeRow(bookings, mode, span.edges);
    const closed = shading
      .map((event) => ({
        id: String(event.id),
        title: String(event.title ?? ''),
        from: spanFraction(span.edges, Date.parse(String(event.start))),
        to: spanFraction(span.edges, Date.parse(String(event.end))),
      }))
      .filter((entry) => entry.to > entry.from);
    const facts = options.facts(room);
    const items = rowItems(
      placed.map((entry) => entry.column),
      span.columns.length,
      canBook,
    );
    const { cells, bookings: bookingItems } = itemIndexes(items);
    return {
      room,
      facts,
      bookings: placed,
      closed,
      height: rowHeight(mode, lines, room.name, facts),
      items,
      cellItems: cells,
      bookingItems,
    };
  }

  const offsets = computed(() => rowOffsets(rows.value.map((row) => row.height)));
  return { rows, offsets };
}

import type { EventInput } from '@fullcalendar/core';
import { computed, type Ref } from 'vue';
import type { Location, Room } from '../../shared/types.js';
import { groupByRoom } from './groupByRoom.js';
import { itemIndexes, rowItems, type NavItem } from './roomsKeyboard.js';
import { spanFraction, type RoomsMode, type RoomsSpan } from './roomsRange.js';
import { placeRow, rowHeight, type Placed, type Timed } from './rowLayout.js';
import { rowOffsets } from './windowing.js';

/** A booking or closed stretch as the rows hold it: the calendar's event (labels, colours) with its time in ms. */
export interface RowEvent extends Timed {
  event: EventInput;
}

export interface RoomRowModel {
  room: Room;
  facts: string;
  bookings: Placed<RowEvent>[];
  closed: Array<{ id: string; title: string; from: number; to: number }>;
  height: number;
  items: NavItem[];
  /** `data-item` of each column's free cell and of each booking. */
  cellItems: number[];
  bookingItems: number[];
}

const NONE: readonly RowEvent[] = [];
const roomsOfEvent = (entry: RowEvent): readonly string[] =>
  entry.event.display === 'background' ? ((entry.event.resourceIds as string[] | undefined) ?? []) : [String(entry.event.resourceId)];

/**
 * The rooms view's rows: the events grouped by room and placed, each row's height, and where each row starts.
 * A row's model is kept while its room and its events are the same objects, so a change redraws its row only.
 */
export function useRoomRows(options: {
  mode: Ref<RoomsMode>;
  span: Ref<RoomsSpan>;
  locations: Ref<readonly Location[]>;
  shownRoomIds: Ref<ReadonlySet<string> | null>;
  events: Ref<readonly EventInput[]>;
  canBook: Ref<boolean>;
  facts: (room: Room) => string;
}) {
  const timed = new WeakMap<EventInput, RowEvent>();
  const asRowEvent = (event: EventInput): RowEvent => {
    let entry = timed.get(event);
    if (!entry) {
      entry = { id: String(event.id), start: Date.parse(String(event.start)), end: Date.parse(String(event.end)), event };
      timed.set(event, entry);
    }
    return entry;
  };
  let grouped = new Map<string, readonly RowEvent[]>();
  const byRoom = computed(() => (grouped = groupByRoom(options.events.value.map(asRowEvent), roomsOfEvent, grouped)));

  const rooms = computed(() =>
    options.locations.value.flatMap((location) =>
      location.rooms.filter((room) => options.shownRoomIds.value === null || options.shownRoomIds.value.has(room.id)),
    ),
  );

  let kept = new Map<string, { room: Room; events: readonly RowEvent[]; model: RoomRowModel }>();
  let keptFor: unknown[] = [];
  const rows = computed<RoomRowModel[]>(() => {
    const { mode, span, canBook } = { mode: options.mode.value, span: options.span.value, canBook: options.canBook.value };
    // a new span, mode or permission places every row anew
    if (keptFor[0] !== mode || keptFor[1] !== span || keptFor[2] !== canBook) kept = new Map();
    keptFor = [mode, span, canBook];
    const next = new Map<string, { room: Room; events: readonly RowEvent[]; model: RoomRowModel }>();
    const models = rooms.value.map((room) => {
      const events = byRoom.value.get(room.id) ?? NONE;
      const known = kept.get(room.id);
      const model = known && known.room === room && known.events === events ? known.model : buildRow(room, events, mode, span, canBook);
      next.set(room.id, { room, events, model });
      return model;
    });
    kept = next;
    return models;
  });

  function buildRow(room: Room, events: readonly RowEvent[], mode: RoomsMode, span: RoomsSpan, canBook: boolean): RoomRowModel {
    const { placed, lines } = placeRow(
      events.filter((entry) => entry.event.display !== 'background'),
      mode,
      span.edges,
    );
    const closed = events
      .filter((entry) => entry.event.display === 'background')
      .map((entry) => ({
        id: entry.id,
        title: String(entry.event.title ?? ''),
        from: spanFraction(span.edges, entry.start),
        to: spanFraction(span.edges, entry.end),
      }))
      .filter((entry) => entry.to > entry.from);
    const facts = options.facts(room);
    const items = rowItems(
      placed.map((entry) => entry.column),
      span.columns.length,
      canBook,
    );
    const { cells, bookings } = itemIndexes(items);
    return {
      room,
      facts,
      bookings: placed,
      closed,
      height: rowHeight(mode, lines, room.name, facts),
      items,
      cellItems: cells,
      bookingItems: bookings,
    };
  }

  const offsets = computed(() => rowOffsets(rows.value.map((row) => row.height)));
  return { rows, offsets };
}

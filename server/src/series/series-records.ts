import type { EntityManager } from 'typeorm';
import { viewerUserId, type Viewer } from '../auth/viewer.js';
import type { BookingPlace } from '../bookings/booking-checks.js';
import type { BookingRecord } from '../bookings/booking-record.js';
import { draftFromJson, draftToJson, type BookingDraft } from '../bookings/booking-shape.js';
import type { BookingWrite } from '../bookings/booking-write.js';
import { findSeriesBookings } from '../bookings/booking.repository.js';
import type { ChangeAction } from '../changes/change-log.js';
import { notFound } from '../shared/errors.js';
import { BookingSeries, type SeriesTemplate } from './booking-series.entity.js';
import { expandSeries, parseSeriesRule } from './series-rule.js';
import { holdsSlot } from '../bookings/booking.enums.js';

// The series row itself: locked for a change, its template stored and read, its dates listed, its changes logged.

export async function lockSeries(manager: EntityManager, id: string): Promise<BookingSeries> {
  const locked: unknown[] = await manager.query('SELECT id FROM booking_series WHERE id = $1 FOR UPDATE', [id]);
  const series = locked.length ? await manager.getRepository(BookingSeries).findOneBy({ id }) : null;
  if (!series) throw notFound('BookingSeries', id);
  return series;
}

export function templateOf(draft: BookingDraft): SeriesTemplate {
  return draftToJson(draft);
}

export function draftOfTemplate(template: SeriesTemplate): BookingDraft {
  return draftFromJson(template);
}

export interface SeriesDate {
  occurrenceStart: Date;
  start: Date;
  end: Date;
  status: 'BOOKED' | 'CANCELLED' | 'SKIPPED';
  booking: BookingRecord | null;
}

/** Every date of the series' rule with its booking: booked, cancelled, or skipped (never booked). */
export async function seriesDatesOf(manager: EntityManager, series: BookingSeries): Promise<SeriesDate[]> {
  const bookings = await findSeriesBookings(manager, series.id);
  const byOccurrence = new Map(bookings.map((booking) => [booking.occurrenceStart?.getTime(), booking]));
  return expandSeries(parseSeriesRule(series.rrule), draftOfTemplate(series.template), series.timeZone).map((date): SeriesDate => {
    const booking = byOccurrence.get(date.start.getTime()) ?? null;
    const status = booking === null ? 'SKIPPED' : holdsSlot(booking.status) ? 'BOOKED' : 'CANCELLED';
    return { occurrenceStart: date.start, start: booking?.start ?? date.start, end: booking?.end ?? date.end, status, booking };
  });
}

/** The series' own change for the audit log (its dates are logged as bookings, in the same batch). */
export function noteSeries(
  write: BookingWrite,
  viewer: Viewer,
  action: ChangeAction,
  before: BookingSeries | null,
  after: BookingSeries,
  place: BookingPlace | null,
  anyBooking?: BookingRecord,
): void {
  const locationId = place?.room.locationId ?? anyBooking?.room.locationId;
  const snapshot = (series: BookingSeries) => ({
    id: series.id,
    rrule: series.rrule,
    title: series.template.title,
    roomId: series.template.roomId,
    start: series.template.start,
    end: series.template.end,
    version: series.version,
  });
  write.note({
    entity: 'SERIES',
    entityId: after.id,
    action,
    actorId: viewerUserId(viewer),
    before: before ? snapshot(before) : null,
    after: snapshot(after),
    locationIds: locationId ? [locationId] : [],
    roomIds: [after.template.roomId],
    organizationId: after.organizationId,
  });
}

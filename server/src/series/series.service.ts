import { In, type DataSource } from 'typeorm';
import { assertCanManageFor, assertSignedIn, hasBookingQuota } from '../auth/policy.js';
import { viewerUserId, type Viewer } from '../auth/viewer.js';
import { assessSlots, checkWhen, normalizeDraft, startOfCurrentSlot } from '../bookings/booking-checks.js';
import type { BookingRecord } from '../bookings/booking-record.js';
import { conflictError, newBooking, type BookingWrite } from '../bookings/booking-write.js';
import { findSeriesBookings } from '../bookings/booking.repository.js';
import type { BookingService } from '../bookings/booking.service.js';
import { checkTimeRange } from '../bookings/booking.rules.js';
import type { Clock } from '../shared/clock.js';
import { AppError, ErrorCode, badInput, isUuid, notFound } from '../shared/errors.js';
import { BookingSeries } from './booking-series.entity.js';
import { atWallTime, changedTimes, seriesFieldChanges, type SeriesChanges } from './series-changes.js';
import {
  asSlotConflict,
  assessedOccurrence,
  nothingFree,
  planSeries,
  wantedDates,
  type AssessedOccurrence,
  type SeriesInput,
} from './series-plan.js';
import { draftOfTemplate, lockSeries, noteSeries, seriesDatesOf, templateOf, type SeriesDate } from './series-records.js';
import { expandSeries, parseSeriesRule, ruleEndingBefore, ruleFromSplit, ruleText } from './series-rule.js';
import { holdsSlot } from '../bookings/booking.enums.js';

export type { AssessedOccurrence, OccurrenceStatus, SeriesInput } from './series-plan.js';
export type { SeriesChanges } from './series-changes.js';
export type { SeriesDate } from './series-records.js';

export interface SeriesResult {
  series: BookingSeries;
  /** The bookings written: created, changed or cancelled. */
  bookings: BookingRecord[];
  /** Dates of the rule that were not booked, and why. */
  skipped: AssessedOccurrence[];
}

/**
 * Weekly groups: a series is a rule and the booking its dates are made from; every date is a booking row
 * of its own, written through the same unit of work as single bookings, so the database guards each one.
 */
export class SeriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly bookings: BookingService,
  ) {}

  /** The dates a series would have, each free or with the reason it is not (nothing is written). */
  async preview(viewer: Viewer, input: SeriesInput): Promise<AssessedOccurrence[]> {
    const plan = await planSeries(this.dataSource.manager, viewer, input, this.bookings.timeLimits());
    return (await assessSlots(this.dataSource.manager, viewer, wantedDates(plan))).map(assessedOccurrence);
  }

  /**
   * Books the free dates of a series in one transaction. Holidays, closures and dates outside the opening
   * hours are skipped and listed. A date taken by another booking fails the whole series with
   * BOOKING_CONFLICT naming every such date (`FAIL`), or is skipped and listed (`SKIP`).
   */
  async create(viewer: Viewer, input: SeriesInput, onConflict: 'FAIL' | 'SKIP'): Promise<SeriesResult> {
    const plan = await planSeries(this.dataSource.manager, viewer, input, this.bookings.timeLimits());
    return this.bookings.write(viewer, async (write) => {
      const placed = await write.placeFreeSlots(wantedDates(plan));
      const assessed = placed.map(assessedOccurrence);
      const taken = assessed.filter((date) => date.status === 'CONFLICT');
      if (onConflict === 'FAIL' && taken.length > 0) throw conflictError(viewer, taken.map(asSlotConflict(plan.draft.roomId)));
      const free = placed.flatMap((date) => (date.placed ? [date.placed] : []));
      if (free.length === 0) throw nothingFree(viewer, assessed, plan);
      if (hasBookingQuota(viewer)) {
        // two years of daily evenings is a decision for the centre, not for one member
        // counted on the rule's dates, not the free ones: dates skipped now could be restored one by one later
        if (plan.dates.length > this.bookings.seriesMaxDatesForMembers)
          throw badInput('rrule', 'SERIES_NEEDS_STAFF', this.bookings.seriesMaxDatesForMembers);
        await this.bookings.checkQuota(
          write.manager,
          free.map((date) => ({ ...plan.draft, start: date.start, end: date.end })),
        );
      }
      const now = this.clock();
      const inserted = await write.manager.getRepository(BookingSeries).insert({
        organizationId: plan.draft.organizationId,
        rrule: ruleText(plan.rule),
        timeZone: plan.place.room.location.timeZone,
        template: templateOf(plan.draft),
        splitFromId: null,
        createdById: viewerUserId(viewer),
        version: 1,
        updatedAt: now,
      });
      const series = await write.manager.getRepository(BookingSeries).findOneByOrFail({ id: String(inserted.identifiers[0]?.id) });
      noteSeries(write, viewer, 'CREATED', null, series, plan.place);
      const initial = await this.bookings.initialStatuses(
        write.manager,
        viewer,
        free.map((date) => ({ ...plan.draft, start: date.start })),
        plan.dates.length,
      );
      const bookings = await write.insert(
        free.map((date, index) => ({
          ...newBooking(plan.draft, date, viewer, now, { id: series.id, occurrenceStart: date.start }),
          ...initial[index]!,
        })),
      );
      return { series, bookings, skipped: assessed.filter((date) => date.status !== 'FREE') };
    });
  }

  /**
   * Changes the dates of a series from `fromStart` on (one of its dates: "this and all following"), or,
   * without it, every date from now on; past dates stay as they were. When earlier dates exist and the
   * change is "this and following" or moves the times, the series is split: the earlier dates keep the old
   * series, the changed ones get a new series. All dates change or none (BOOKING_CONFLICT names each one
   * in the way).
   */
  async update(
    viewer: Viewer,
    seriesId: string,
    fromStart: Date | null,
    changes: SeriesChanges,
    expectedVersion: number | null,
  ): Promise<SeriesResult> {
    assertSignedIn(viewer);
    return this.changeSeries(viewer, seriesId, fromStart, expectedVersion, async (write, series, affected, earlier) => {
      const timeZone = series.timeZone;
      const template = draftOfTemplate(series.template);
      const times = changedTimes(changes, series, timeZone);
      const draft = normalizeDraft({
        ...template,
        ...seriesFieldChanges(changes),
        ...(times
          ? { start: atWallTime(template.start, times.start, timeZone), end: atWallTime(template.start, times.end, timeZone) }
          : {}),
        organizationId: series.organizationId,
      });
      const planned = affected.map((booking) => {
        const start = times ? atWallTime(booking.start, times.start, timeZone) : booking.start;
        const end = times ? atWallTime(booking.start, times.end, timeZone) : booking.end;
        checkTimeRange(start, end);
        const occurrence = booking.occurrenceStart ?? booking.start;
        const occurrenceStart = times ? atWallTime(occurrence, times.start, timeZone) : occurrence;
        return { ...draft, start, end, before: booking, occurrenceStart };
      });
      const slots = await write.placeSlots(planned, {
        whileLocked: async () => {
          // longer dates count against the MO's hours like new ones, less what they were
          if (times && hasBookingQuota(viewer))
            await this.bookings.checkQuota(
              write.manager,
              planned.map(({ start, end }) => ({ ...draft, start, end })),
              affected.map((booking) => booking.id),
            );
        },
      });
      const first = slots[0]!;
      const place = first.place;

      const now = this.clock();
      const repository = write.manager.getRepository(BookingSeries);
      const rule = parseSeriesRule(series.rrule);
      let target: BookingSeries;
      if (earlier.length > 0 && (fromStart !== null || times !== null)) {
        // split: the earlier dates keep this series, cut before the first changed date; the rest get a new one
        const splitAt = first.before.occurrenceStart ?? first.before.start;
        const datesBefore = expandSeries(rule, template, timeZone).filter((date) => date.start.getTime() < splitAt.getTime()).length;
        await repository.update(
          { id: series.id },
          { rrule: ruleText(ruleEndingBefore(rule, datesBefore, splitAt, timeZone)), version: series.version + 1, updatedAt: now },
        );
        const inserted = await repository.insert({
          organizationId: series.organizationId,
          rrule: ruleText(ruleFromSplit(rule, datesBefore)),
          timeZone,
          template: templateOf({
            ...draft,
            start: first.occurrenceStart,
            end: new Date(first.occurrenceStart.getTime() + (first.end.getTime() - first.start.getTime())),
          }),
          splitFromId: series.id,
          createdById: viewerUserId(viewer),
          version: 1,
          updatedAt: now,
        });
        target = await repository.findOneByOrFail({ id: String(inserted.identifiers[0]?.id) });
        noteSeries(write, viewer, 'UPDATED', series, await repository.findOneByOrFail({ id: series.id }), place);
        noteSeries(write, viewer, 'CREATED', null, target, place);
      } else {
        // the rule's first date stays; its times follow the change
        await repository.update({ id: series.id }, { template: templateOf(draft), version: series.version + 1, updatedAt: now });
        target = await repository.findOneByOrFail({ id: series.id });
        noteSeries(write, viewer, 'UPDATED', series, target, place);
      }

      const bookings: BookingRecord[] = [];
      const { organizationId: _organizationId, roomId: _roomId, start: _start, end: _end, ...fields } = draft;
      for (const slot of slots)
        bookings.push(await write.update(slot, { ...fields, seriesId: target.id, occurrenceStart: slot.occurrenceStart }, 'UPDATED', now));
      return { series: target, bookings, skipped: [] };
    });
  }

  /** Cancels the dates of a series from `fromStart` on, or every date from now on. */
  async cancel(viewer: Viewer, seriesId: string, fromStart: Date | null): Promise<SeriesResult> {
    assertSignedIn(viewer);
    return this.changeSeries(viewer, seriesId, fromStart, null, async (write, series, affected) => {
      const now = this.clock();
      const bookings: BookingRecord[] = [];
      for (const booking of affected) bookings.push(await write.cancel(booking, now));
      await write.manager.getRepository(BookingSeries).update({ id: series.id }, { version: series.version + 1, updatedAt: now });
      const after = await write.manager.getRepository(BookingSeries).findOneByOrFail({ id: series.id });
      noteSeries(write, viewer, 'CANCELLED', series, after, null, bookings[0]);
      return { series: after, bookings, skipped: [] };
    });
  }

  /** Books again a date of the series that was skipped or cancelled, at the series' times. */
  async restore(viewer: Viewer, seriesId: string, occurrenceStart: Date): Promise<BookingRecord> {
    assertSignedIn(viewer);
    if (!isUuid(seriesId)) throw notFound('BookingSeries', seriesId);
    const limits = this.bookings.timeLimits();
    checkWhen(viewer, occurrenceStart, limits);
    return this.bookings.write(viewer, async (write) => {
      const series = await lockSeries(write.manager, seriesId);
      assertCanManageFor(viewer, series.organizationId);
      const template = draftOfTemplate(series.template);
      const rule = parseSeriesRule(series.rrule);
      const date = expandSeries(rule, template, series.timeZone).find(
        (candidate) => candidate.start.getTime() === occurrenceStart.getTime(),
      );
      if (!date) throw badInput('occurrenceStart', 'NOT_IN_SERIES');
      const draft = normalizeDraft({ ...template, start: date.start, end: date.end });
      const existing = (await findSeriesBookings(write.manager, series.id)).find(
        (booking) => booking.occurrenceStart?.getTime() === date.start.getTime(),
      );
      const options = {
        whileLocked: async () => {
          if (existing && holdsSlot(existing.status)) throw badInput('occurrenceStart', 'DUPLICATE');
          if (hasBookingQuota(viewer)) await this.bookings.checkQuota(write.manager, [draft]);
        },
      };
      const now = this.clock();
      // a date booked again is a new booking: the approval rules look at it as at any other
      const initial = async () => (await this.bookings.initialStatuses(write.manager, viewer, [draft], null))[0]!;
      if (existing) {
        const [slot] = await write.placeSlots([{ ...draft, before: existing }], options);
        return write.update(slot!, { ...draft, ...(await initial()), checkedInAt: null, statusReason: null }, 'CREATED', now);
      }
      const [slot] = await write.placeSlots([draft], options);
      const [created] = await write.insert([
        { ...newBooking(draft, slot!, viewer, now, { id: series.id, occurrenceStart: date.start }), ...(await initial()) },
      ]);
      return created!;
    });
  }

  /** A series with its dates: booked, cancelled, or skipped (never booked); for those who manage it. */
  async seriesDates(viewer: Viewer, seriesId: string): Promise<{ series: BookingSeries; dates: SeriesDate[] }> {
    assertSignedIn(viewer);
    if (!isUuid(seriesId)) throw notFound('BookingSeries', seriesId);
    const series = await this.dataSource.getRepository(BookingSeries).findOneBy({ id: seriesId });
    if (!series) throw notFound('BookingSeries', seriesId);
    assertCanManageFor(viewer, series.organizationId);
    return { series, dates: await seriesDatesOf(this.dataSource.manager, series) };
  }

  findMany(ids: readonly string[]): Promise<BookingSeries[]> {
    return this.dataSource.getRepository(BookingSeries).findBy({ id: In(ids.filter(isUuid)) });
  }

  /** Locks the series, checks the viewer may change it and saw its latest version, and picks the dates. */
  private async changeSeries(
    viewer: Viewer,
    seriesId: string,
    fromStart: Date | null,
    expectedVersion: number | null,
    change: (write: BookingWrite, series: BookingSeries, affected: BookingRecord[], earlier: BookingRecord[]) => Promise<SeriesResult>,
  ): Promise<SeriesResult> {
    if (!isUuid(seriesId)) throw notFound('BookingSeries', seriesId);
    return this.bookings.write(viewer, async (write) => {
      const series = await lockSeries(write.manager, seriesId);
      assertCanManageFor(viewer, series.organizationId);
      if (expectedVersion !== null && expectedVersion !== series.version)
        throw new AppError(ErrorCode.StaleVersion, { expectedVersion, currentVersion: series.version });
      const occurrences = await findSeriesBookings(write.manager, series.id);
      if (fromStart && !occurrences.some((booking) => booking.occurrenceStart?.getTime() === fromStart.getTime()))
        throw badInput('fromStart', 'NOT_IN_SERIES');
      const now = startOfCurrentSlot(this.clock());
      const from = fromStart ?? now;
      const affected = occurrences.filter(
        (booking) =>
          holdsSlot(booking.status) &&
          (booking.occurrenceStart ?? booking.start).getTime() >= from.getTime() &&
          booking.start.getTime() >= now.getTime(),
      );
      if (affected.length === 0) throw badInput('fromStart', 'SERIES_ENDED');
      const firstAffected = affected[0]!.occurrenceStart ?? affected[0]!.start;
      const earlier = occurrences.filter((booking) => (booking.occurrenceStart ?? booking.start).getTime() < firstAffected.getTime());
      return change(write, series, affected, earlier);
    });
  }
}

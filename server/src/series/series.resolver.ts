import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { can } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { draftFrom } from '../bookings/booking-shape.js';
import { BookingType } from '../bookings/booking.types.js';
import { toBookingView, type BookingView } from '../bookings/booking.view.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { BookingSeries } from './booking-series.entity.js';
import { seriesChangesFrom } from './series-changes.js';
import type { AssessedOccurrence, SeriesDate, SeriesService } from './series.service.js';
import {
  BookingSeriesChangeType,
  BookingSeriesInput,
  BookingSeriesType,
  CreateBookingSeriesResultType,
  OnConflictEnum,
  SeriesDateType,
  SeriesPreviewType,
  UpdateBookingSeriesInput,
  type SeriesOccurrenceType,
} from './series.types.js';

function occurrenceView(occurrence: AssessedOccurrence, viewer: Viewer): SeriesOccurrenceType {
  return {
    start: occurrence.start,
    end: occurrence.end,
    status: occurrence.status,
    reason: occurrence.period?.name ?? null,
    holiday: occurrence.period?.holiday ?? null,
    conflicting: occurrence.conflicts.map((conflict) => {
      const visible = can(viewer, 'viewDetails', conflict);
      return {
        id: conflict.id,
        title: visible ? conflict.title : null,
        organizationName: visible ? conflict.organization.name : null,
        start: conflict.start,
        end: conflict.end,
      };
    }),
  };
}

function seriesInput(input: BookingSeriesInput) {
  return { ...draftFrom(input), rrule: input.rrule };
}

/** The previews computed for one request, by their input. */
type Previews = Map<string, ReturnType<SeriesService['preview']>>;
const previewsOfRequest = new WeakMap<GraphQLContext, Previews>();

@Resolver(() => BookingSeriesType)
export class SeriesResolver {
  @Query(() => SeriesPreviewType, {
    description: 'The dates a series would have, each FREE or why not (taken, holiday, closure, outside opening hours). Writes nothing.',
  })
  async previewBookingSeries(
    @Arg('input', () => BookingSeriesInput) input: BookingSeriesInput,
    @Ctx() context: GraphQLContext,
  ): Promise<SeriesPreviewType> {
    const { services, viewer } = context;
    // aliases of one request asking the same preview get one expansion, not one each
    let previews = previewsOfRequest.get(context);
    if (!previews) previewsOfRequest.set(context, (previews = new Map() as Previews));
    const key = JSON.stringify(seriesInput(input));
    let occurrences = previews.get(key);
    if (!occurrences) previews.set(key, (occurrences = services.series.preview(viewer, seriesInput(input))));
    return { occurrences: (await occurrences).map((occurrence) => occurrenceView(occurrence, viewer)) };
  }

  @Query(() => BookingSeriesType, { description: 'A series, for those who may manage its bookings.' })
  async bookingSeries(@Arg('id', () => ID) id: string, @Ctx() { services, viewer }: GraphQLContext): Promise<BookingSeries> {
    return (await services.series.seriesDates(viewer, id)).series;
  }

  @FieldResolver(() => [SeriesDateType], {
    description: 'Every date of the rule: booked, cancelled or skipped. For those who manage the series.',
  })
  async dates(@Root() series: BookingSeries, @Ctx() { services, viewer }: GraphQLContext): Promise<SeriesDateType[]> {
    const { dates } = await services.series.seriesDates(viewer, series.id);
    return dates.map((date: SeriesDate) => ({ ...date, booking: date.booking ? toBookingView(date.booking, viewer) : null }));
  }

  @Mutation(() => CreateBookingSeriesResultType, {
    description:
      'Books a series in one transaction. Holidays, closures and dates outside the opening hours are skipped and listed; a taken date fails everything (FAIL, BOOKING_CONFLICT naming each date) or is skipped (SKIP).',
  })
  async createBookingSeries(
    @Arg('input', () => BookingSeriesInput) input: BookingSeriesInput,
    @Arg('onConflict', () => OnConflictEnum, { defaultValue: 'FAIL' }) onConflict: 'FAIL' | 'SKIP',
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<CreateBookingSeriesResultType> {
    const result = await services.series.create(viewer, seriesInput(input), onConflict);
    return {
      series: result.series,
      created: result.bookings.map((record) => toBookingView(record, viewer)),
      skipped: result.skipped.map((occurrence) => occurrenceView(occurrence, viewer)),
    };
  }

  @Mutation(() => BookingSeriesChangeType, {
    description:
      'Changes the dates from `fromStart` on (one of the series’ dates: this and all following), or, without it, every date from now on. Past dates stay.',
  })
  async updateBookingSeries(
    @Arg('seriesId', () => ID) seriesId: string,
    @Arg('fromStart', () => Date, { nullable: true }) fromStart: Date | null,
    @Arg('input', () => UpdateBookingSeriesInput) input: UpdateBookingSeriesInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<BookingSeriesChangeType> {
    const result = await services.series.update(viewer, seriesId, fromStart ?? null, seriesChangesFrom(input), expectedVersion ?? null);
    return { series: result.series, bookings: result.bookings.map((record) => toBookingView(record, viewer)) };
  }

  @Mutation(() => BookingSeriesChangeType, {
    description: 'Cancels the dates from `fromStart` on, or every date from now on. They can be booked again one by one.',
  })
  async cancelBookingSeries(
    @Arg('seriesId', () => ID) seriesId: string,
    @Arg('fromStart', () => Date, { nullable: true }) fromStart: Date | null,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<BookingSeriesChangeType> {
    const result = await services.series.cancel(viewer, seriesId, fromStart ?? null);
    return { series: result.series, bookings: result.bookings.map((record) => toBookingView(record, viewer)) };
  }

  @Mutation(() => BookingType, { description: 'Books again a skipped or cancelled date of the series, at the series’ times.' })
  async restoreSeriesOccurrence(
    @Arg('seriesId', () => ID) seriesId: string,
    @Arg('occurrenceStart', () => Date) occurrenceStart: Date,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<BookingView> {
    return toBookingView(await services.series.restore(viewer, seriesId, occurrenceStart), viewer);
  }
}

import type { BookingFieldsFragment, CalendarDirectoryQuery, LocationFieldsFragment } from '../graphql/graphql.js';

export type Booking = BookingFieldsFragment;
export type Location = LocationFieldsFragment;
export type Room = Location['rooms'][number];
export type Organization = CalendarDirectoryQuery['organizations'][number];

/** The calendar's visible state; it lives in the URL so a link or a reload shows the same thing. */
export interface CalendarState {
  view: CalendarViewName;
  /** yyyy-mm-dd in Europe/Berlin */
  date: string;
  locationIds: string[];
  roomIds: string[];
  organizationIds: string[];
}

export const CALENDAR_VIEWS = ['resourceTimeGridDay', 'resourceTimelineWeek', 'timeGridWeek', 'listWeek'] as const;
export type CalendarViewName = (typeof CALENDAR_VIEWS)[number];

export const TIME_ZONE = 'Europe/Berlin';

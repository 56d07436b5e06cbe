export const BOOKING_CATEGORIES = [
  'CHOIR',
  'LANGUAGE_COURSE',
  'COUNSELLING',
  'ART_COURSE',
  'OFFICE_HOURS',
  'MEETING',
  'COACHING',
  'NETWORK_MEETING',
  'EVENT',
  'OTHER',
] as const;
export type BookingCategory = (typeof BOOKING_CATEGORIES)[number];

export const BOOKING_VISIBILITIES = ['PUBLIC', 'MEMBERS', 'PRIVATE'] as const;
export type BookingVisibility = (typeof BOOKING_VISIBILITIES)[number];

export const BOOKING_STATUSES = ['CONFIRMED', 'CANCELLED'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export const CHANGE_KINDS = ['CREATED', 'UPDATED', 'CANCELLED'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

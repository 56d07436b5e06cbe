import type { MessageTree } from '../../i18n/message-tree.js';
import type { MyBookingsTexts } from './de.js';

/** *Meine Buchungen* in English; see de.ts. */
const myBookingsTexts: MessageTree<MyBookingsTexts> = {
  loadFailed: 'The bookings could not be loaded. Please try again.',
  loadMore: 'Load more bookings',
  filter: 'Show',
  filterAll: 'All bookings',
  filterSingle: 'Single bookings only',
  filterSeries: 'Series {title}',
  seriesHeading: 'Series',
  singlesHeading: 'Single bookings',
  seriesDates: 'One more date | {count} more dates',
  seriesDatesSoFar: 'At least one date | At least {count} dates',
  nextDate: 'Next date:',
  showDates: 'Show dates',
  cancelHeading: 'Cancel booking?',
  cancelQuestion: '“{title}” ({when}, {room}, {house}) will be cancelled.',
  onlyThisDate: 'Only this date is cancelled. The other dates of the series stay.',
  cancelled: 'Cancelled: “{title}”, {when}.',
  restored: 'Booked again: “{title}”, {when}.',
};

export default myBookingsTexts;

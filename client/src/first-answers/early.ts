import BookingsInRangeText from 'graphql-text:BookingsInRangeDocument';
import CalendarDirectoryText from 'graphql-text:CalendarDirectoryDocument';
import MeText from 'graphql-text:MeDocument';
import { calendarDate, dayRange, HOUSES_TIME_ZONE, PHONE_MEDIA } from './calendarDay.js';
import { askEarly, type FirstQuestion } from './firstAnswers.js';

/**
 * The calendar shell's first script (`route-shells.ts` puts it before the app's): it asks the questions the
 * calendar waits for — who is signed in, the houses, and on a phone the day's bookings of every house — while
 * the app's scripts are still on their way. The texts are the app's own documents, printed at build.
 */
const questions: FirstQuestion[] = [
  { operationName: 'Me', query: MeText, variables: {} },
  { operationName: 'CalendarDirectory', query: CalendarDirectoryText, variables: {} },
];
if (window.matchMedia(PHONE_MEDIA).matches) {
  const date = calendarDate(new URLSearchParams(window.location.search).get('date'), new Date(), HOUSES_TIME_ZONE);
  questions.push({ operationName: 'BookingsInRange', query: BookingsInRangeText, variables: dayRange(date, HOUSES_TIME_ZONE) });
}
window.kollektivFirstAnswers = askEarly(questions);

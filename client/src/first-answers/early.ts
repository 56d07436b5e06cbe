import BookingsInRangeText from 'graphql-text:BookingsInRangeDocument';
import CalendarDirectoryText from 'graphql-text:CalendarDirectoryDocument';
import ClosedPeriodsText from 'graphql-text:ClosedPeriodsDocument';
import DisplayDirectoryText from 'graphql-text:DisplayDirectoryDocument';
import DisplaySettingsText from 'graphql-text:DisplaySettingsDocument';
import MeText from 'graphql-text:MeDocument';
import { calendarDate, dayRange, HOUSES_TIME_ZONE, PHONE_MEDIA } from './calendarDay.js';
import { askEarly, type FirstQuestion } from './firstAnswers.js';

/**
 * The first script of the calendar's and the wall display's shells (`route-shells.ts` puts it before the app's):
 * it asks the questions the page waits for while the app's scripts are still on their way. The texts are the
 * app's own documents, printed at build; the variables are those the page will ask with.
 */
if (window.location.pathname.startsWith('/display')) {
  // a display shows today, whatever its link says
  const today = dayRange(calendarDate(null, new Date(), HOUSES_TIME_ZONE), HOUSES_TIME_ZONE);
  // a display's link carries its token; main.ts keeps it for reloads, and sends it as this header
  const token = new URLSearchParams(window.location.search).get('token') ?? localStorage.getItem('displayToken');
  const questions: FirstQuestion[] = [
    { operationName: 'DisplaySettings', query: DisplaySettingsText, variables: {} },
    { operationName: 'DisplayDirectory', query: DisplayDirectoryText, variables: {} },
    { operationName: 'BookingsInRange', query: BookingsInRangeText, variables: today },
    { operationName: 'ClosedPeriods', query: ClosedPeriodsText, variables: today },
  ];
  window.kollektivFirstAnswers = askEarly(questions, fetch, token ? { 'x-display-token': token } : {});
} else {
  const questions: FirstQuestion[] = [
    { operationName: 'Me', query: MeText, variables: {} },
    { operationName: 'CalendarDirectory', query: CalendarDirectoryText, variables: {} },
  ];
  // a phone lists the chosen day of every house at once (calendar/CalendarPage.vue)
  if (window.matchMedia(PHONE_MEDIA).matches) {
    const day = dayRange(
      calendarDate(new URLSearchParams(window.location.search).get('date'), new Date(), HOUSES_TIME_ZONE),
      HOUSES_TIME_ZONE,
    );
    questions.push(
      { operationName: 'BookingsInRange', query: BookingsInRangeText, variables: day },
      { operationName: 'ClosedPeriods', query: ClosedPeriodsText, variables: day },
    );
  }
  window.kollektivFirstAnswers = askEarly(questions);
}

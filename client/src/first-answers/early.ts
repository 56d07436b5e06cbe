import BookingsInRangeText from 'graphql-text:BookingsInRangeDocument';
import CalendarDirectoryText from 'graphql-text:CalendarDirectoryDocument';
import ClosedPeriodsText from 'graphql-text:ClosedPeriodsDocument';
import DisplayDirectoryText from 'graphql-text:DisplayDirectoryDocument';
import DisplaySettingsText from 'graphql-text:DisplaySettingsDocument';
import MeText from 'graphql-text:MeDocument';
import { calendarDate, dayRange, HOUSES_TIME_ZONE, PHONE_MEDIA } from './calendarDay.js';
import { FIRST_ANSWERS_ELEMENT, answersInPage, askEarly, dataInPage, type FirstQuestion } from './firstAnswers.js';
import { drawDay, whenParsed } from './drawDay.js';
import { drawsWholeDay, paintDirection, paintedDay, type BookingsAnswer, type DirectoryAnswer } from './firstPaint.js';

/**
 * The first script of the calendar's and the wall display's shells (`route-shells.ts` puts it before the app's):
 * it takes the answers a signed-in member's page carries and asks the questions the page waits for that it does
 * not carry, while the app's scripts are still on their way, and on a phone draws the day from them. The texts
 * are the app's own documents, printed at build; the variables are those the page will ask with.
 */
// when this script ran: the phone's bench reads it beside the resources' timings (and `drawDay`'s mark)
performance.mark('kollektiv-early');
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
  // a signed-in member's page carries its answers (server/src/http/first-answers.ts); a kept shell does not
  const inPage = answersInPage(document.getElementById(FIRST_ANSWERS_ELEMENT)?.textContent);
  const questions: FirstQuestion[] = [
    { operationName: 'Me', query: MeText, variables: {} },
    { operationName: 'CalendarDirectory', query: CalendarDirectoryText, variables: {} },
  ];
  // a phone lists the chosen day of every house at once (calendar/CalendarPage.vue)
  const phone = window.matchMedia(PHONE_MEDIA).matches;
  const day = dayRange(
    calendarDate(new URLSearchParams(window.location.search).get('date'), new Date(), HOUSES_TIME_ZONE),
    HOUSES_TIME_ZONE,
  );
  if (phone)
    questions.push(
      { operationName: 'BookingsInRange', query: BookingsInRangeText, variables: day },
      { operationName: 'ClosedPeriods', query: ClosedPeriodsText, variables: day },
    );
  const answers = askEarly(questions, fetch, {}, inPage);
  window.kollektivFirstAnswers = answers;
  // the day's list drawn now, from these answers, while the app's scripts are still on their way
  if (phone && drawsWholeDay(window.location.pathname, window.location.search)) {
    const drawFrom = (directory: unknown, bookings: unknown, me: unknown) => {
      if (!directory || !bookings) return;
      const houses = paintedDay(directory as DirectoryAnswer, bookings as BookingsAnswer, HOUSES_TIME_ZONE);
      if (!houses) return;
      const direction = paintDirection({
        fromAddress: new URLSearchParams(window.location.search).get('lang'),
        stored: localStorage.getItem('locale'),
        account: (me as { me?: { language?: string | null } | null } | null)?.me?.language,
        browser: navigator.languages,
      });
      whenParsed(document, () => drawDay(document, houses, direction));
    };
    const directory = dataInPage(inPage, 'CalendarDirectory', {});
    const bookings = dataInPage(inPage, 'BookingsInRange', day);
    // the page's own answers at once: a response's body is read in a later task, by when the app may have mounted
    if (directory && bookings) drawFrom(directory, bookings, dataInPage(inPage, 'Me', {}));
    else
      void Promise.all([answers.read('CalendarDirectory', {}), answers.read('BookingsInRange', day), answers.read('Me', {})]).then(
        ([directory, listed, me]) => drawFrom(directory, listed, me),
      );
  }
}

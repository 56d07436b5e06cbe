import fs from 'node:fs';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import express from 'express';
import { pageCarriesFirstAnswers } from '../auth/policy.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { Log } from '../shared/log.js';
import { localDay, zonedParts, zonedTimeToInstant } from '../shared/zoned-time.js';
import { sendHtml, shellReader } from './static-files.js';

/**
 * A signed-in member's calendar with its first answers in the page. On a phone on mobile data the page's
 * questions, even asked by its first script (`client/src/first-answers/early.ts`), waited for a free connection
 * behind the page's scripts (HTTP/1.1 asks six files at a time) and came back after them, about 3 s in
 * (docs/BENCHMARKS.md). Answered here, they arrive with the HTML: the first script draws the day's list from
 * them before the app has arrived, and the app takes them instead of asking.
 *
 * The questions are the app's own texts, printed at its build (`first-questions.json`), asked through Apollo
 * with the request's viewer, so the answers are exactly what the app would have been given: the same policy,
 * the same shape. Such a page is one person's: it is never stored by anyone (`no-store`), and the service worker
 * keeps the plain shell instead.
 */

/** The id of the page's data block; the client reads it by this name (`first-answers/firstAnswers.ts`). */
export const FIRST_ANSWERS_ELEMENT = 'kollektiv-first-answers';

/**
 * The zone whose wall day the calendar opens on: the client's `HOUSES_TIME_ZONE` (`first-answers/calendarDay.ts`),
 * where the page decides which day it asks.
 */
export const HOUSES_TIME_ZONE = 'Europe/Berlin';

/** The operations answered into the calendar's page, by their name in the client's build. */
export const FIRST_QUESTIONS = ['Me', 'CalendarDirectory', 'BookingsInRange', 'ClosedPeriods'] as const;
type QuestionName = (typeof FIRST_QUESTIONS)[number];

/** One answer as the page carries it: the question's identity and Apollo's result (`data`). */
export interface FirstAnswer {
  operationName: QuestionName;
  variables: Record<string, unknown>;
  result: unknown;
}

/** The calendar's day as the page asks it: the address's `date` if it names a real day, else today in the zone. */
export function calendarDay(fromAddress: unknown, now: Date, timeZone: string): string | null {
  if (fromAddress === undefined) return localDay(now, timeZone);
  if (typeof fromAddress !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(fromAddress)) return null;
  const [year, month, day] = fromAddress.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  // 2026-02-30 is no day: the page would ask a range of its own making, which nothing here should guess
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? fromAddress : null;
}

/**
 * A wall day's range as the client writes it (`calendarDay.ts` `dayRange`: "2027-03-28T00:00:00.000+01:00"):
 * the answer's variables must be the same text for the page to take it.
 */
export function dayRange(date: string, timeZone: string): { from: string; to: string } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  const start = zonedTimeToInstant({ year, month, day, hour: 0, minute: 0 }, timeZone);
  const end = zonedTimeToInstant(
    { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate(), hour: 0, minute: 0 },
    timeZone,
  );
  return { from: isoInZone(start, timeZone), to: isoInZone(end, timeZone) };
}

/** A midnight as the client writes it: its wall time in the zone, then the zone's offset at that instant. */
function isoInZone(instant: Date, timeZone: string): string {
  const wall = zonedParts(instant, timeZone);
  const offset = Math.round((Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute) - instant.getTime()) / 60_000);
  const pad = (value: number) => String(value).padStart(2, '0');
  const absolute = Math.abs(offset);
  return (
    `${wall.year}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:00.000` +
    `${offset < 0 ? '-' : '+'}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`
  );
}

/**
 * The shell with the answers as a data block before its first script, which reads it. `<` is written as
 * `\u003c`, so no title can end the block (`</script>`) or open a comment in it.
 */
export function withFirstAnswers(shell: string, answers: readonly FirstAnswer[]): string {
  const json = JSON.stringify(answers).replace(/</g, '\\u003c');
  const block = `<script type="application/json" id="${FIRST_ANSWERS_ELEMENT}">${json}</script>`;
  const at = shell.indexOf('<script');
  return at < 0 ? shell.replace('</head>', `${block}</head>`) : `${shell.slice(0, at)}${block}${shell.slice(at)}`;
}

/** How long a page waits for its answers before it goes without them. */
export const ANSWER_BUDGET_MS = 500;

/** The promise's value if it settles within `ms`, else null; a rejection rejects. */
async function withinBudget<T>(work: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
    timer.unref();
  });
  // a late failure is nobody's to meet: the page went without it
  work.catch(() => undefined);
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

export function firstAnswerRoutes(options: {
  clientDist: string;
  apollo: ApolloServer<GraphQLContext>;
  /** The request's context, as `/graphql` builds it. */
  contextFor(request: express.Request, response: express.Response): Promise<GraphQLContext>;
  /**
   * Counts `operations` against the request's rate, as if the page had asked them at `/graphql` (the page itself
   * was counted as every request is); false when the rate is spent.
   */
  spend(request: express.Request, operations: number): boolean;
  timeZone: string;
  now: () => Date;
  log: Log;
}): express.Router {
  const router = express.Router();
  const root = path.resolve(options.clientDist);
  const readShell = shellReader(root);
  const textsFile = path.join(root, 'first-questions.json');
  let texts: { modified: number; byName: Partial<Record<QuestionName, string>> } | null = null;
  const questionTexts = () => {
    if (!fs.existsSync(textsFile)) return null;
    const modified = fs.statSync(textsFile).mtimeMs;
    if (!texts || texts.modified !== modified)
      texts = { modified, byName: JSON.parse(fs.readFileSync(textsFile, 'utf8')) as Partial<Record<QuestionName, string>> };
    return texts.byName;
  };

  // the calendar, and the address it is reached by (the app's start page)
  router.get(/^\/(?:calendar\/?)?$/, async (request, response, next) => {
    const byName = questionTexts();
    // a HEAD asks for no page, so for no answers either
    if (!byName || request.method !== 'GET') return next();
    let answers: FirstAnswer[];
    try {
      const context = await options.contextFor(request, response);
      // a stranger or a display: the plain shell
      if (!pageCarriesFirstAnswers(context.viewer)) return next();
      const day = calendarDay(request.query.date, options.now(), options.timeZone);
      const questions: Array<{ operationName: QuestionName; variables: Record<string, unknown> }> = [
        { operationName: 'Me', variables: {} },
        { operationName: 'CalendarDirectory', variables: {} },
        // the day a phone lists; a wider screen shows a week and leaves these two on the shelf (about 1 kB)
        ...(day
          ? (['BookingsInRange', 'ClosedPeriods'] as const).map((operationName) => ({
              operationName,
              variables: dayRange(day, options.timeZone),
            }))
          : []),
      ];
      // a spent rate: the plain shell, whose first script then meets the refusal as the page would have
      if (!options.spend(request, questions.length)) return next();
      // side by side: on PostgreSQL each takes a connection of the pool, and the page waits for the slowest only
      const asked = Promise.all(
        questions.map(async (question) => {
          const query = byName[question.operationName];
          if (!query) return null;
          const { body } = await options.apollo.executeOperation(
            { query, operationName: question.operationName, variables: question.variables },
            { contextValue: context },
          );
          // an answer with errors is the page's to meet when it asks itself
          return body.kind === 'single' && !body.singleResult.errors?.length ? { ...question, result: body.singleResult } : null;
        }),
      );
      // a slow database must not hold every signed-in page back: past the budget the plain shell goes, and the
      // page asks itself (the answers still arrive, and are dropped)
      const executed = await withinBudget(asked, ANSWER_BUDGET_MS);
      if (!executed) return next();
      answers = executed.filter((answer) => answer !== null);
    } catch (error) {
      options.log('could not answer a page’s first questions', error);
      return next(); // the plain shell still works: the page asks itself
    }
    response.vary('Cookie');
    sendHtml(request, response, withFirstAnswers(readShell(request.path), answers), 'private, no-store');
  });
  return router;
}

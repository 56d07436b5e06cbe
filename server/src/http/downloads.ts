import express from 'express';
import type { Services } from '../app/services.js';
import { viewerForCredentials } from '../graphql/credentials.js';
import { errorBody } from '../graphql/format-error.js';
import { REPORT_DIMENSIONS, usageReport, usageReportTable, type ReportDimension } from '../reports/usage-report.js';
import { occupancyTable, roomOccupancy } from '../reports/room-occupancy.js';
import { coachingDimensions, coachingReport, coachingReportTable } from '../reports/coaching-report.js';
import { networkReport, networkReportTable, reportPeriod } from '../reports/network-report.js';
import { fairnessReport, fairnessReportTable } from '../reports/fairness-report.js';
import { reportFileName, tableCsv, tableXlsx, type ReportTable } from '../reports/report-files.js';
import { reportWordsFor } from '../reports/report-words.js';
import { parseDateTime } from '../graphql/date-time.scalar.js';
import { AppError, ErrorCode, badInput, unauthenticated } from '../shared/errors.js';
import type { Log } from '../shared/log.js';
import { SESSION_COOKIE } from '../auth/session.service.js';
import { readCookie } from './cookies.js';
import { viewerUserId } from '../auth/viewer.js';

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.ServiceUnavailable]: 503,
};

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** German, as the centre files them for the city. */
const FILE_NAMES = {
  usage: 'nutzung',
  occupancy: 'auslastung',
  coaching: 'coaching',
  network: 'netzwerk',
  fairness: 'faire-nutzung',
} as const;

/** Files people download (the report's tables as CSV and XLSX, calendar feeds): the same checks and the same typed refusals as the API. */
export function downloadRoutes(services: Services, log: Log): express.Router {
  const router = express.Router();
  // a typed refusal answers as the API would; anything else is logged (without the request) and is a 500
  const refuse = (response: express.Response, error: unknown, what: string) => {
    const refusal: AppError | null = error instanceof AppError ? (error as AppError) : null;
    if (!refusal) log(what, error);
    response.status((refusal && STATUS[refusal.code]) ?? 500).json(errorBody(refusal));
  };
  // the report's tables: usage, coaching and the network (grouped as asked), room occupancy and fairness (a member
  // gets their own MO's row only, as in the API), each as CSV or XLSX
  router.get(/^\/reports\/(usage|occupancy|coaching|network|fairness)\.(csv|xlsx)$/, async (request, response) => {
    try {
      const [table, format] = [request.params[0], request.params[1]] as [keyof typeof FILE_NAMES, 'csv' | 'xlsx'];
      const viewer = await viewerForCredentials(services, {
        sessionToken: readCookie(request.headers.cookie, SESSION_COOKIE),
        displayToken: undefined,
      });
      const read = (name: string) => {
        const value = request.query[name];
        if (typeof value !== 'string') throw badInput(name, 'REQUIRED');
        return value;
      };
      const withField = <T>(field: string, parse: () => T): T => {
        try {
          return parse();
        } catch (error) {
          if (error instanceof AppError && error.code === ErrorCode.BadUserInput) throw badInput(field, 'INVALID_DATE');
          throw error;
        }
      };
      const from = withField('from', () => parseDateTime(read('from')));
      const to = withField('to', () => parseDateTime(read('to')));
      const dataSource = services.database.dataSource;
      const list = (name: string) =>
        read(name)
          .split(',')
          .filter((item) => item !== '');
      // the reader's language: the page says which it shows (`lang`), else the browser's
      const language = reportWordsFor(
        typeof request.query.lang === 'string' ? request.query.lang : undefined,
        request.get('accept-language'),
      );
      let contents: ReportTable;
      if (table === 'coaching') {
        const by = list('by');
        const report = await coachingReport(dataSource, viewer, { from, to, by });
        contents = coachingReportTable(report, coachingDimensions(by), language.words);
      } else if (table === 'network') {
        // a missing groupBy means months, as in the API
        const groupBy = typeof request.query.groupBy === 'string' ? request.query.groupBy : undefined;
        const report = await networkReport(dataSource, viewer, { from, to, groupBy, now: services.clock() });
        contents = networkReportTable(report, reportPeriod(groupBy), language.words);
      } else if (table === 'fairness') {
        contents = fairnessReportTable(await fairnessReport(dataSource, viewer, { from, to }), language.words);
      } else if (table === 'usage') {
        const groupBy = list('groupBy');
        const report = await usageReport(dataSource, viewer, { from, to, groupBy });
        const dimensions = [...new Set(groupBy)].filter((dimension): dimension is ReportDimension =>
          (REPORT_DIMENSIONS as readonly string[]).includes(dimension),
        );
        contents = usageReportTable(report, dimensions, language);
      } else contents = occupancyTable(await roomOccupancy(dataSource, viewer, { from, to }), language.words);
      const name = reportFileName(FILE_NAMES[table], from, to, format);
      response.status(200).set('Content-Disposition', `attachment; filename="${name}"`).set('Cache-Control', 'no-store');
      if (format === 'csv') response.type('text/csv; charset=utf-8').send(tableCsv(contents));
      else response.type(XLSX_TYPE).send(await tableXlsx(contents, FILE_NAMES[table]));
    } catch (error) {
      refuse(response, error, 'could not make a download');
    }
  });
  // everything stored about a person (GDPR Art. 15/20): one's own, and staff anyone's
  router.get(/^\/(?:me|admin\/people\/([^/]+))\/export\.json$/, async (request, response) => {
    try {
      const viewer = await viewerForCredentials(services, {
        sessionToken: readCookie(request.headers.cookie, SESSION_COOKIE),
        displayToken: undefined,
      });
      const personId = request.params[0] ?? viewerUserId(viewer);
      if (personId === null) throw unauthenticated();
      const data = await services.personExport.exportPerson(viewer, personId);
      const name = `kollektiv-daten-${data.exportedAt.slice(0, 10)}.json`;
      response.status(200).set('Content-Disposition', `attachment; filename="${name}"`).set('Cache-Control', 'no-store');
      response.type('application/json; charset=utf-8').send(JSON.stringify(data, null, 2));
    } catch (error) {
      refuse(response, error, 'could not export a person’s data');
    }
  });
  // calendar feeds: public per house and room, private by their token; an unknown or renewed one is 404
  router.get(/^\/ical\/(house|room|feed)\/([A-Za-z0-9_-]+)\.ics$/, async (request, response) => {
    try {
      const [kind, id] = [request.params[0], request.params[1]] as [string, string];
      const feed =
        kind === 'feed' ? await services.feeds.privateFeedByToken(id) : await services.feeds.publicFeed(kind as 'house' | 'room', id);
      if (feed === null) return void response.status(404).type('text/plain').send('Not found');
      response.set({ ETag: feed.etag, 'Last-Modified': feed.lastModified.toUTCString(), 'Cache-Control': 'private, max-age=300' });
      // a calendar app that has this version already gets a few bytes instead of the whole feed. The origin
      // answers a conditional request itself: Express's req.fresh turns down any that carries Cache-Control:
      // no-cache, which fetch adds to every request with these headers
      if (unchanged(request.get('if-none-match'), request.get('if-modified-since'), feed)) return void response.status(304).end();
      response.status(200).type('text/calendar; charset=utf-8').send(feed.body);
    } catch (error) {
      log('could not make a calendar feed', error);
      response.status(503).type('text/plain').send('Unavailable');
    }
  });
  return router;
}

/** If-None-Match (a list, weak tags, *) decides; without it, If-Modified-Since. */
function unchanged(noneMatch: string | undefined, modifiedSince: string | undefined, feed: { etag: string; lastModified: Date }): boolean {
  if (noneMatch !== undefined)
    return noneMatch.trim() === '*' || noneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === feed.etag);
  const since = Date.parse(modifiedSince ?? '');
  return !Number.isNaN(since) && feed.lastModified.getTime() <= since;
}

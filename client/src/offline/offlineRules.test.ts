import { describe, expect, it } from 'vitest';
import { FETCHED_AT_HEADER as READ_BY_APP } from '../app/apollo.js';
import {
  beyondShare,
  dataKey,
  FETCHED_AT_HEADER,
  keepsAsShell,
  assetsNamed,
  carriesAnswers,
  operationOf,
  OFFLINE_OPERATIONS,
  requestKind,
  saysSignedOut,
  shellOf,
  type RouteShell,
} from './offlineRules.js';

const routes: RouteShell[] = [
  { pattern: '^/?$', shell: 'routes/calendar.html' },
  { pattern: '^/calendar/?$', shell: 'routes/calendar.html' },
  { pattern: '^/display(?:/[^/]+)?/?$', shell: 'routes/display.html' },
  { pattern: '^/login/?$', shell: 'routes/login.html' },
];

describe('what the service worker keeps and answers', () => {
  it('reads the operation of a GraphQL body', () => {
    const body = (query: string, operationName?: string) => JSON.stringify({ query, operationName, variables: {} });
    expect(operationOf(body('query BookingsInRange($from: DateTime!) { bookings { id } }', 'BookingsInRange'))).toEqual({
      type: 'query',
      name: 'BookingsInRange',
    });
    expect(operationOf(body('\n  mutation Logout {\n logout }'))).toEqual({ type: 'mutation', name: 'Logout' });
    expect(operationOf(body('{ me { id } }'))).toBeNull();
    expect(operationOf('not json')).toBeNull();
  });

  it('keeps the answers people read offline, and forgets them all when someone signs in or out', () => {
    const kind = (method: string, mode: string, pathname: string, operation: ReturnType<typeof operationOf> = null) =>
      requestKind({ method, mode, pathname, operation, routes });
    expect(kind('POST', 'cors', '/graphql', { type: 'query', name: 'BookingsInRange' })).toBe('query');
    expect(kind('POST', 'cors', '/graphql', { type: 'query', name: 'Me' })).toBe('query');
    expect(kind('POST', 'cors', '/graphql', { type: 'query', name: 'AuditLog' })).toBe('other');
    expect(kind('POST', 'cors', '/graphql', { type: 'mutation', name: 'CreateBooking' })).toBe('other');
    for (const name of ['Login', 'Logout', 'AcceptInvitation', 'ResetPassword'])
      expect(kind('POST', 'cors', '/graphql', { type: 'mutation', name })).toBe('session-change');
    expect(Object.keys(OFFLINE_OPERATIONS)).toContain('MyBookings');
  });

  it('answers the app’s pages with their shell, and leaves downloads and feeds to the network', () => {
    expect(requestKind({ method: 'GET', mode: 'navigate', pathname: '/calendar', operation: null, routes })).toBe('page');
    expect(requestKind({ method: 'GET', mode: 'navigate', pathname: '/reports/bookings.csv', operation: null, routes })).toBe('other');
    expect(requestKind({ method: 'GET', mode: 'navigate', pathname: '/ical/abc.ics', operation: null, routes })).toBe('other');
    expect(requestKind({ method: 'GET', mode: 'cors', pathname: '/assets/index-abc.js', operation: null, routes })).toBe('asset');
    expect(shellOf('/display/3f1c', routes)).toBe('/routes/display.html');
    expect(shellOf('/', routes)).toBe('/routes/calendar.html');
    expect(shellOf('/nowhere', routes)).toBe('/index.html');
  });

  it('keeps a page as its shell unless it is one person’s (a member’s calendar with its answers)', () => {
    expect(keepsAsShell('no-cache')).toBe(true);
    expect(keepsAsShell(null)).toBe(true);
    expect(keepsAsShell('private, no-store')).toBe(false);
    expect(keepsAsShell('No-Store')).toBe(false);
    expect(keepsAsShell('private, max-age=0')).toBe(false);
    // the pages that carry them are worth a round trip; others are what the kept shell is
    expect(['/', '/calendar', '/calendar/'].map(carriesAnswers)).toEqual([true, true, true]);
    expect(['/login', '/display/3f1c', '/calendar/x', '/my-bookings'].map(carriesAnswers)).toEqual([false, false, false, false]);
  });

  it('names the files a shell announces, to keep them as the worker installs', () => {
    const shell = `<script type="module" async crossorigin src="/assets/early-a1.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/shell-b2.js"><link rel="stylesheet" crossorigin href="/assets/app-c3.css">
      <link rel="manifest" href="/manifest.webmanifest" /><link rel="modulepreload" href="/assets/shell-b2.js">`;
    expect(assetsNamed(shell)).toEqual(['/assets/early-a1.js', '/assets/shell-b2.js', '/assets/app-c3.css']);
  });

  it('knows an answer that says nobody is signed in: a session that ended without signing out', () => {
    expect(saysSignedOut('Me', '{"data":{"me":null}}')).toBe(true);
    expect(saysSignedOut('Me', '{"data":{"me":{"id":"1"}}}')).toBe(false);
    expect(saysSignedOut('Me', '{"errors":[{"message":"x"}]}')).toBe(false);
    expect(saysSignedOut('AppInfo', '{"data":{"me":null}}')).toBe(false);
    expect(saysSignedOut('Me', 'not json')).toBe(false);
  });

  it('marks kept answers the way the app reads them (the worker and the app share no module)', () => {
    expect(FETCHED_AT_HEADER).toBe(READ_BY_APP);
  });

  it('keeps each operation’s share of answers, dropping the oldest', () => {
    const keys = ['a', 'b', 'c', 'd', 'e', 'f'].map((hash) => dataKey('BookingsInRange', hash));
    expect(beyondShare([...keys, dataKey('Me', 'x')], 'BookingsInRange')).toEqual(keys.slice(0, 2));
    expect(beyondShare([dataKey('Me', 'x')], 'Me')).toEqual([]);
  });
});

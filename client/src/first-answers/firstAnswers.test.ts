import { describe, expect, it } from 'vitest';
import { answerKey, answersInPage, askEarly } from './firstAnswers.js';

/** A stand-in for `fetch` that records what was asked and answers from a table. */
function server(answers: Record<string, () => Promise<Response>>) {
  const asked: Array<{ url: string; init: RequestInit }> = [];
  const send = ((url: string, init: RequestInit) => {
    asked.push({ url, init });
    const { operationName } = JSON.parse(init.body as string) as { operationName: string };
    return answers[operationName]!();
  }) as typeof fetch;
  return { asked, send };
}

const json = (data: unknown, status = 200) =>
  Promise.resolve(new Response(JSON.stringify(data), { status, headers: { 'content-type': 'application/json' } }));
const bodyOf = (operationName: string, variables: unknown) => JSON.stringify({ operationName, variables, query: 'query { x }' });

describe('answers asked before the app runs', () => {
  it('knows a question by its operation and variables, whatever the order of their keys', () => {
    expect(answerKey('BookingsInRange', { to: 'b', from: 'a' })).toBe(answerKey('BookingsInRange', { from: 'a', to: 'b' }));
    expect(answerKey('Me', undefined)).toBe(answerKey('Me', {}));
    expect(answerKey('BookingsInRange', { from: 'a', to: 'b' })).not.toBe(answerKey('BookingsInRange', { from: 'a', to: 'c' }));
    expect(answerKey('BookingsInRange', { from: 'a', locationIds: ['1'] })).not.toBe(answerKey('BookingsInRange', { from: 'a' }));
  });

  it('asks at once as the API client would, and hands each answer over once', async () => {
    const { asked, send } = server({ Me: () => json({ data: { me: null } }), BookingsInRange: () => json({ data: { bookings: [] } }) });
    const shelf = askEarly(
      [
        { operationName: 'Me', query: 'query Me { me { id } }', variables: {} },
        { operationName: 'BookingsInRange', query: 'query BookingsInRange { x }', variables: { from: 'a', to: 'b' } },
      ],
      send,
    );
    expect(
      asked.map(({ url, init }) => [url, init.method, init.credentials, (init.headers as Record<string, string>)['content-type']]),
    ).toEqual([
      ['/graphql', 'POST', 'same-origin', 'application/json'],
      ['/graphql', 'POST', 'same-origin', 'application/json'],
    ]);
    const taken = await shelf.take(bodyOf('BookingsInRange', { to: 'b', from: 'a' }));
    expect(taken?.operationName).toBe('BookingsInRange');
    expect(await taken?.response.json()).toEqual({ data: { bookings: [] } });
    // the second time the client asks itself: a later question must get a fresh answer
    expect(await shelf.take(bodyOf('BookingsInRange', { from: 'a', to: 'b' }))).toBeNull();
    expect(await shelf.take(bodyOf('BookingsInRange', { from: 'a', to: 'c' }))).toBeNull();
    expect(await shelf.take(bodyOf('CalendarDirectory', {}))).toBeNull();
    expect(await shelf.take('not json')).toBeNull();
    expect(await shelf.take(undefined)).toBeNull();
    const me = await shelf.take(bodyOf('Me', {}));
    expect(me?.operationName).toBe('Me');
    expect(await me?.response.json()).toEqual({ data: { me: null } });
  });

  it('hands out nothing once closed: after the live stream is up every answer must be newer than its start', async () => {
    const { send } = server({ CalendarDirectory: () => json({ data: { locations: [] } }) });
    const shelf = askEarly([{ operationName: 'CalendarDirectory', query: 'q', variables: {} }], send);
    shelf.close();
    expect(await shelf.take(bodyOf('CalendarDirectory', {}))).toBeNull();
  });

  it('leaves a failed or refused question to the client, which then asks and meets the error itself', async () => {
    const { send } = server({
      Me: () => Promise.reject(new TypeError('Failed to fetch')),
      CalendarDirectory: () => json({ errors: [{ message: 'busy' }] }, 503),
    });
    const shelf = askEarly(
      [
        { operationName: 'Me', query: 'q', variables: {} },
        { operationName: 'CalendarDirectory', query: 'q', variables: {} },
      ],
      send,
    );
    expect(await shelf.take(bodyOf('Me', {}))).toBeNull();
    expect(await shelf.take(bodyOf('CalendarDirectory', {}))).toBeNull();
  });

  it('takes the answers the page carries instead of asking them, and asks the rest', async () => {
    const { asked, send } = server({ ClosedPeriods: () => json({ data: { holidays: [] } }) });
    const inPage = answersInPage(
      JSON.stringify([
        { operationName: 'Me', variables: {}, result: { data: { me: { id: 'u1' } } } },
        // a day other than the one the page asks: of no use to it
        { operationName: 'BookingsInRange', variables: { from: 'x', to: 'y' }, result: { data: { bookings: [{ id: 'old' }] } } },
      ]),
    );
    const shelf = askEarly(
      [
        { operationName: 'Me', query: 'q', variables: {} },
        { operationName: 'ClosedPeriods', query: 'q', variables: { from: 'a', to: 'b' } },
      ],
      send,
      {},
      inPage,
    );
    expect(asked.map(({ init }) => (JSON.parse(init.body as string) as { operationName: string }).operationName)).toEqual([
      'ClosedPeriods',
    ]);
    // what the page's first drawing reads, and the API client's own copy beside it
    expect(await shelf.read('Me', {})).toEqual({ me: { id: 'u1' } });
    expect(await shelf.read('BookingsInRange', { from: 'x', to: 'y' })).toBeNull();
    const me = await shelf.take(bodyOf('Me', {}));
    expect(await me?.response.json()).toEqual({ data: { me: { id: 'u1' } } });
    expect(await shelf.read('ClosedPeriods', { to: 'b', from: 'a' })).toEqual({ holidays: [] });
    expect(await (await shelf.take(bodyOf('ClosedPeriods', { from: 'a', to: 'b' })))?.response.json()).toEqual({ data: { holidays: [] } });
  });

  it('reads no answer from a page that carries none or something else, and no result with errors', async () => {
    expect(answersInPage(null)).toEqual([]);
    expect(answersInPage('')).toEqual([]);
    expect(answersInPage('<html>')).toEqual([]);
    expect(answersInPage('{"operationName":"Me"}')).toEqual([]);
    expect(answersInPage('[1, null, {"operationName":"Me"}, {"operationName":"Me","variables":{},"result":null}]')).toHaveLength(1);
    const { send } = server({ Me: () => json({ errors: [{ message: 'no' }] }), AppInfo: () => json({}, 500) });
    const shelf = askEarly(
      [
        { operationName: 'Me', query: 'q', variables: {} },
        { operationName: 'AppInfo', query: 'q', variables: {} },
      ],
      send,
    );
    expect(await shelf.read('Me', {})).toBeNull();
    expect(await shelf.read('AppInfo', {})).toBeNull();
    expect(await shelf.read('Unasked', {})).toBeNull();
  });
});

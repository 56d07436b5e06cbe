import { QueryFailedError } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { badInput } from './errors.js';
import { CountedLog, createJsonLog, redactError } from './log.js';
import { inRequestScope } from './request-scope.js';

describe('redactError', () => {
  it('keeps the SQL state and message of a failed query but not its parameters or the row it quotes', () => {
    const driverError = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), {
      code: '22021',
      detail: 'Failing row contains (Geheime Notiz …)',
    });
    const failed = new QueryFailedError('INSERT INTO booking (notes) VALUES ($1)', ['Geheime Notiz der MO'], driverError);
    const logged = JSON.stringify(redactError(failed));
    expect(logged).toContain('22021');
    expect(logged).toContain('invalid byte sequence');
    expect(logged).not.toContain('Geheime Notiz');
    expect(logged).not.toContain('INSERT INTO');
  });

  it('logs an AppError by its code', () => {
    expect(redactError(badInput('title', 'TOO_LONG', 120))).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('CountedLog', () => {
  it('writes what strangers caused as one line per window at most, counted by kind, without stacks', () => {
    const lines: Array<[string, unknown]> = [];
    let now = 0;
    const counted = new CountedLog(
      (message, error) => lines.push([message, error]),
      'WebSocket',
      () => now,
      60_000,
    );
    for (let index = 0; index < 74_880; index++) counted.count('reply after close');
    counted.count('WS_ERR_UNSUPPORTED_MESSAGE_LENGTH');
    expect(lines).toEqual([]);
    now = 60_000;
    counted.count('reply after close');
    expect(lines).toEqual([['WebSocket: reply after close 74881, WS_ERR_UNSUPPORTED_MESSAGE_LENGTH 1', undefined]]);
    now = 61_000;
    counted.flush();
    expect(lines).toHaveLength(1);
  });
});

describe('createJsonLog', () => {
  it('writes one JSON object a line, with the request id of its scope and every e-mail address masked', () => {
    const lines: string[] = [];
    const log = createJsonLog({ level: 'info', destination: { write: (line: string) => void lines.push(line) } });
    inRequestScope('request-1', () => log('could not send to oksana@kalyna.example', new Error('550 <oksana@kalyna.example> rejected')));
    log.record?.('info', 'http request', { route: '/graphql', status: 200 });
    log.record?.('debug', 'below the level', { route: '/healthz' });
    const [failure, request, ...rest] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(failure).toMatchObject({ level: 'error', requestId: 'request-1', msg: 'could not send to <e-mail>' });
    expect(JSON.stringify(failure)).not.toContain('oksana@');
    expect(request).toMatchObject({ level: 'info', msg: 'http request', route: '/graphql', status: 200 });
    expect(request).not.toHaveProperty('requestId');
    expect(rest).toEqual([]);
  });
});

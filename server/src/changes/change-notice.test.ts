import { describe, expect, it } from 'vitest';
import { changeNotice, readChangeNotice } from './change-log.js';

describe('the change log notification', () => {
  it('carries the last cursor and when the write was logged, read back the same', () => {
    expect(readChangeNotice(changeNotice('9007199254740993', 1_796_000_000_123))).toEqual({
      cursor: '9007199254740993',
      loggedAtMs: 1_796_000_000_123,
    });
  });

  it('reads a notice that carries only a cursor, or a time that is no number, as heard without a start', () => {
    expect(readChangeNotice('42')).toEqual({ cursor: '42', loggedAtMs: undefined });
    expect(readChangeNotice('42:soon')).toEqual({ cursor: '42', loggedAtMs: undefined });
  });
});

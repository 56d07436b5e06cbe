import { QueryFailedError } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { badInput } from './errors.js';
import { redactError } from './log.js';

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

import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.js';
import { DECIDE_ATTEMPTS, ItemMovedMeanwhile, retryWhileMoved } from './agenda-decide.js';

describe('retryWhileMoved', () => {
  it('starts a decision over while its topic was moved meanwhile, and answers once it went through', async () => {
    let tries = 0;
    const answer = await retryWhileMoved(async () => {
      if (++tries < DECIDE_ATTEMPTS) throw new ItemMovedMeanwhile();
      return 'decided';
    });
    expect([answer, tries]).toEqual(['decided', DECIDE_ATTEMPTS]);
  });

  it('refuses with a typed error, not a fault, when the topic is still moving after the last attempt', async () => {
    let tries = 0;
    const refusal = await retryWhileMoved(async () => {
      tries++;
      throw new ItemMovedMeanwhile();
    }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(tries).toBe(DECIDE_ATTEMPTS);
  });

  it('passes any other refusal on at once', async () => {
    let tries = 0;
    const boom = new Error('boom');
    await expect(
      retryWhileMoved(async () => {
        tries++;
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(tries).toBe(1);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { runComposable } from '../shared/testing.js';
import { useErasure } from './useErasure.js';

/** What Apollo rejects with when the server refuses: an Error carrying the GraphQL errors. */
const refusal = (reason: string) =>
  Object.assign(new Error('refused'), {
    graphQLErrors: [{ message: 'refused', extensions: { code: 'BAD_USER_INPUT', field: 'id', reason } }],
  });

describe('erasing from a staff list', () => {
  it('asks first, erases only on confirmation, then reloads the list and says it is done', async () => {
    const erase = vi.fn(async (_id: string) => true);
    const reload = vi.fn(async () => undefined);
    const { result } = runComposable(() => useErasure({ erase, reload, doneText: () => 'Die Person wurde gelöscht.' }));
    result.ask('u7');
    expect(result.asking.value).toBe('u7');
    expect(erase).not.toHaveBeenCalled();
    expect(await result.confirm()).toBe(true);
    expect(erase).toHaveBeenCalledWith('u7');
    expect(reload).toHaveBeenCalledOnce();
    expect(result.asking.value).toBeNull();
    expect(result.done.value).toBe('Die Person wurde gelöscht.');
  });

  it('keeps the question open with the server’s reason when it refuses', async () => {
    const reload = vi.fn(async () => undefined);
    const erase = vi.fn(() => Promise.reject(refusal('LAST_STAFF')));
    const { result } = runComposable(() => useErasure({ erase, reload, doneText: () => 'done' }));
    result.ask('u1');
    expect(await result.confirm()).toBe(false);
    expect(result.asking.value).toBe('u1');
    expect(result.error.value).toBe('Das ist das letzte aktive Team-Konto. Es muss bleiben.');
    expect(result.done.value).toBeNull();
    expect(reload).not.toHaveBeenCalled();
  });

  it('erases nothing when the question was withdrawn', async () => {
    const erase = vi.fn(async (_id: string) => true);
    const { result } = runComposable(() => useErasure({ erase, reload: async () => undefined, doneText: () => 'done' }));
    result.ask('u7');
    result.cancel();
    expect(await result.confirm()).toBe(false);
    expect(erase).not.toHaveBeenCalled();
  });
});

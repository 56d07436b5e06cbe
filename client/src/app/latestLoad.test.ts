import { describe, expect, it } from 'vitest';
import { latestLoad } from './latestLoad.js';

/** A reload that finishes when the test says so, counting how often it started. */
function controlledLoad() {
  const finish: Array<() => void> = [];
  let started = 0;
  const load = () =>
    new Promise<void>((resolve) => {
      started++;
      finish.push(resolve);
    });
  return { load, finish, started: () => started };
}

describe('latestLoad', () => {
  it('runs once more after a reload in flight when changes came meanwhile, however many', async () => {
    const { load, finish, started } = controlledLoad();
    const reload = latestLoad(load);
    const first = reload();
    void reload();
    void reload();
    expect(started()).toBe(1);
    finish.shift()!();
    await Promise.resolve();
    await Promise.resolve();
    expect(started()).toBe(2);
    finish.shift()!();
    await first;
    expect(started()).toBe(2);
  });

  it('runs again after a failed reload, and reloads alone when nothing is in flight', async () => {
    let calls = 0;
    const reload = latestLoad(async () => {
      calls++;
      if (calls === 1) throw new Error('network down');
    });
    await reload();
    await reload();
    expect(calls).toBe(2);
  });
});

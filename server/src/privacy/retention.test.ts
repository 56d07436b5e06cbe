import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { appWithPerson, type PersonWithHistory } from '../../test/privacy-scenario.js';
import { ADVISORY_LOCK } from '../shared/advisory-locks.js';
import { personPseudonym } from './pseudonyms.js';
import { monthsBefore } from './retention.js';

let app: TestApp;
let person: PersonWithHistory;
let scenario: Awaited<ReturnType<typeof appWithPerson>>;

// retention reads the app's clock; the rows' own times are set here, so the test says how old each one is
beforeAll(async () => {
  scenario = await appWithPerson({ name: 'Ida Altbestand', email: 'ida@alt.example' });
  ({ app, person } = scenario);
});

afterAll(async () => {
  await scenario?.stop();
});

const query = <T>(sql: string, parameters: unknown[] = []) => app.services.database.dataSource.query<T[]>(sql, parameters);
const count = async (sql: string, parameters: unknown[] = []) =>
  (await query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, parameters))[0]?.n;

describe('retention', () => {
  it('deletes what can no longer be used at once, notices after six months, and pseudonymises the log after 24', async () => {
    const { id, email } = person;
    // an expired session beside the valid one; one notice of seven months ago beside one of four
    await query(`INSERT INTO user_session (token_hash, user_id, expires_at) VALUES ('expired-session', $1, '2026-05-31T00:00:00Z')`, [id]);
    await query(`UPDATE notification SET created_at = '2025-11-01T00:00:00Z' WHERE user_id = $1`, [id]);
    const oldNotices = await count('notification WHERE user_id = $1', [id]);
    await query(
      `INSERT INTO notification (user_id, change_cursor, booking_id, created_at)
       SELECT user_id, change_cursor, booking_id, '2026-02-01T00:00:00Z' FROM notification WHERE user_id = $1`,
      [id],
    );
    await query(`UPDATE booking_change_mail SET sent_at = '2026-06-01T07:00:00Z' WHERE recipient = $1`, [email]);
    const sentMails = await count('booking_change_mail WHERE sent_at IS NOT NULL');
    // their invitation and sign-up 25 months ago; their change of language stays recent
    await query(
      `UPDATE change_log SET occurred_at = '2024-05-01T00:00:00Z'
        WHERE entity = 'USER' AND action IN ('INVITED', 'CREATED') AND strpos(after::text, $1) > 0`,
      [email],
    );

    expect(await app.services.retention.runOnce()).toEqual({
      sessions: 1,
      invitations: 1,
      passwordResets: 0,
      notices: oldNotices,
      sentMails,
      pseudonymisedChanges: 2,
    });

    expect(oldNotices).toBeGreaterThan(0);
    expect(sentMails).toBeGreaterThan(0);
    expect(await count('user_session WHERE user_id = $1', [id])).toBe(1);
    expect(await count(`notification WHERE user_id = $1`, [id])).toBe(oldNotices);
    expect(await count('booking_change_mail WHERE recipient = $1', [email])).toBe(0);
    const old = await query<{ entity_id: string; action: string; after: Record<string, unknown> }>(
      `SELECT entity_id, action, after FROM change_log WHERE occurred_at < '2024-06-01T00:00:00Z' AND entity = 'USER' ORDER BY cursor`,
    );
    expect(old.map((entry) => entry.action)).toEqual(['INVITED', 'CREATED']);
    for (const entry of old)
      expect(entry.after).toMatchObject({ name: personPseudonym(entry.entity_id), email: personPseudonym(entry.entity_id) });
    const recent = await query<{ after: Record<string, unknown> }>(
      `SELECT after FROM change_log WHERE entity = 'USER' AND entity_id = $1 AND action = 'UPDATED'`,
      [id],
    );
    expect(recent[0]?.after).toMatchObject({ name: 'Ida Altbestand', email });

    // nothing left to do: a second run changes no row; the reset link goes once it has expired
    expect(await app.services.retention.runNow()).toBe(0);
    expect(await count('password_reset WHERE user_id = $1', [id])).toBe(1);
    app.clock.set('2026-06-20T08:00:00Z');
    // (mails queued for an hour after the move may be sent meanwhile, and then go too)
    expect(await app.services.retention.runOnce()).toMatchObject({ sessions: 0, invitations: 0, passwordResets: 1, notices: 0 });
    expect(await count('password_reset WHERE user_id = $1', [id])).toBe(0);
  });

  it.runIf(process.env.DATABASE_URL)('runs on one node at a time: another node finds the run claimed and skips it', async () => {
    const second = await createTestApp({ now: '2026-06-20T08:00:00Z', databaseUrl: app.databaseUrl });
    try {
      const answer = await app.services.database.dataSource.transaction(async (manager) => {
        await manager.query('SELECT pg_advisory_xact_lock($1)', [ADVISORY_LOCK.RETENTION]);
        return second.services.retention.runOnce();
      });
      expect(answer).toBeNull();
      expect(await second.services.retention.runOnce()).not.toBeNull();
    } finally {
      await second.stop();
    }
  });

  it.each([
    ['2026-06-01T08:00:00Z', 6, '2025-12-01T08:00:00.000Z'],
    ['2026-08-31T12:00:00Z', 6, '2026-02-28T12:00:00.000Z'],
    ['2028-02-29T00:00:00Z', 24, '2026-02-28T00:00:00.000Z'],
  ])('counts months back from %s by %i to %s', (now, months, expected) => {
    expect(monthsBefore(new Date(now), months).toISOString()).toBe(expected);
  });
});

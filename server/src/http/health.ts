import type { RequestHandler } from 'express';
import type { Services } from '../app/services.js';

/**
 * GET /healthz for load balancers and orchestrators: ready only while the database takes writes. A database
 * that answers but cannot store anything makes this node useless for bookings.
 */
export function healthRoute(services: Services): RequestHandler {
  return async (_request, response) => {
    const databaseAnswers = await services.database.ping();
    const takesWrites = databaseAnswers && (await services.database.writable());
    response.status(takesWrites ? 200 : 503).json({
      status: takesWrites ? 'ok' : databaseAnswers ? 'database read-only or full' : 'database unavailable',
      ready: takesWrites,
      engine: services.database.engine,
    });
  };
}

/** Migrations the code knows that the database has not recorded as run. */
async function pendingMigrations(services: Services): Promise<number> {
  const { dataSource } = services.database;
  const rows: Array<{ name: string }> = await dataSource.query('SELECT name FROM migrations');
  const applied = new Set(rows.map((row) => row.name));
  return dataSource.migrations.filter((migration) => !applied.has(migration.name ?? migration.constructor.name)).length;
}

/**
 * GET /readyz: whether this node should be sent work. Not while it drains for a shutdown, not without its
 * database, not before every migration ran (another node may be migrating), and not while its change
 * listener is cut off (its subscribers would hear nothing until it reconnects). `/healthz` answers whether
 * it is alive at all.
 */
export function readinessRoute(services: Services): RequestHandler {
  return async (_request, response) => {
    const answer = (status: string) => response.status(status === 'ok' ? 200 : 503).json({ status, ready: status === 'ok' });
    if (services.readiness.draining) return void answer('draining');
    if (!(await services.database.ping())) return void answer('database unavailable');
    let pending: number;
    try {
      pending = await pendingMigrations(services);
    } catch {
      return void answer('database unavailable');
    }
    if (pending > 0) return void answer('migrations pending');
    if (!services.database.listening()) return void answer('change listener disconnected');
    answer('ok');
  };
}

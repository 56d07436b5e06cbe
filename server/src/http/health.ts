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

import zlib from 'node:zlib';
import type { ApolloServerPlugin } from '@apollo/server';
import type express from 'express';
import { Kind, OperationTypeNode, parse, type OperationDefinitionNode, type ParseOptions } from 'graphql';
import type { DataSource } from 'typeorm';
import { readsIndependentlyOfTime, visibilityClass } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { chooseEncoding } from '../shared/content-encoding.js';
import type { AppError } from '../shared/errors.js';
import type { Metrics } from '../shared/metrics.js';
import type { GraphQLContext } from './context.js';

/** Root fields whose answer depends only on the viewer's visibility class, the variables and the database. */
const SHAREABLE_ROOT_FIELDS = new Set(['bookings', '__typename']);
/** Answers kept for the current change cursor; older cursors' answers are dropped at once. */
const MAX_ANSWERS = 64;
const MAX_BYTES = 48 * 2 ** 20;
const MAX_REMEMBERED_QUERIES = 256;
/** The calendar's query is well under 1 KB; longer texts are not worth parsing twice. */
const MAX_QUERY_LENGTH = 4096;

interface Answer {
  json: Buffer;
  gzip?: Buffer;
  br?: Buffer;
}

/** What a request that missed leaves for the plugin: under which key its answer may be kept. */
export interface PendingSharedAnswer {
  key: string;
  cursor: string;
}

/**
 * One executed answer for every viewer who would get the same bytes: the same visibility class (the policy's
 * own notion of "sees the same"), the same query text and variables, and the same change cursor. Every write
 * that changes what such a query returns — bookings, series, houses, rooms, MOs — appends to the change log in
 * its transaction, and cursors are handed out in commit order, so an answer kept for cursor N is exactly what a
 * fresh execution would return while the log's newest cursor is N. The cursor is read from the database for
 * each request, so a change made through any node retires every node's answers at once. Wall displays are left
 * out: what they may read depends on the time of day, not only on the log.
 *
 * Kept answers are serialised once and compressed once per encoding, so a hit costs one index lookup and a
 * write. A hit skips Apollo, which is safe because an answer is only kept after Apollo parsed, validated (the
 * same limits) and executed that exact query text without errors.
 */
export class SharedAnswers {
  private cursor: string | null = null;
  private readonly answers = new Map<string, Answer>();
  private bytes = 0;
  private readonly shareable = new Map<string, boolean>();

  constructor(
    private readonly dataSource: DataSource,
    /** The API's own parse limits (token count), so a hostile text costs no more here than in Apollo. */
    private readonly parseOptions: ParseOptions,
  ) {}

  /** The key for this request at `cursor`, or null when its answer is not one to share. */
  keyFor(viewer: Viewer, body: { query?: unknown; variables?: unknown; operationName?: unknown }, cursor: string): string | null {
    if (!readsIndependentlyOfTime(viewer) || !this.isShareableQuery(body)) return null;
    return JSON.stringify([visibilityClass(viewer), cursor, body.operationName ?? null, body.query, body.variables ?? null]);
  }

  /** Cheap, and asked first: most requests (mutations, other queries) end here, before any session or cursor. */
  isShareableQuery(body: { query?: unknown; operationName?: unknown }): boolean {
    if (typeof body.query !== 'string' || body.query.length > MAX_QUERY_LENGTH) return false;
    return this.isShareable(body.query, typeof body.operationName === 'string' ? body.operationName : null);
  }

  /** The change log's newest cursor; answers of older cursors are dropped when a newer one is seen. */
  async currentCursor(): Promise<string> {
    const rows: Array<{ cursor: string | null }> = await this.dataSource.query('SELECT max(cursor)::text AS cursor FROM change_log');
    const cursor = rows[0]?.cursor ?? '0';
    if (cursor !== this.cursor) {
      this.cursor = cursor;
      this.answers.clear();
      this.bytes = 0;
    }
    return cursor;
  }

  find(key: string): Answer | undefined {
    return this.answers.get(key);
  }

  /** Keeps an executed answer for others of its key (when it may be kept) and returns it, to send. */
  keep(pending: PendingSharedAnswer, json: string): Answer {
    const answer: Answer = { json: Buffer.from(json) };
    if (pending.cursor !== this.cursor) return answer; // the log moved on while it was executed
    if (answer.json.length > MAX_BYTES / 4) return answer;
    this.answers.set(pending.key, answer);
    this.bytes += answer.json.length;
    for (const [key, old] of this.answers) {
      if (this.answers.size <= MAX_ANSWERS && this.bytes <= MAX_BYTES) break;
      this.answers.delete(key);
      this.bytes -= old.json.length + (old.gzip?.length ?? 0) + (old.br?.length ?? 0);
    }
    return answer;
  }

  /** The answer's bytes in the best encoding the client accepts, compressed on first use and kept. */
  encoded(answer: Answer, acceptEncoding: string | undefined): { body: Buffer; encoding: 'br' | 'gzip' | null } {
    const encoding = answer.json.length < 1024 ? null : chooseEncoding(acceptEncoding, { br: true, gz: true });
    if (encoding === 'br') {
      // a middle quality: most of Brotli's gain at a fraction of its top setting's time, paid once per answer
      answer.br ??= this.counted(zlib.brotliCompressSync(answer.json, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }));
      return { body: answer.br, encoding };
    }
    if (encoding === 'gzip') {
      answer.gzip ??= this.counted(zlib.gzipSync(answer.json));
      return { body: answer.gzip, encoding };
    }
    return { body: answer.json, encoding: null };
  }

  private counted(buffer: Buffer): Buffer {
    this.bytes += buffer.length;
    return buffer;
  }

  /** A query (or the named operation of a document) that reads only shareable root fields. */
  private isShareable(query: string, operationName: string | null): boolean {
    const memoKey = `${operationName ?? ''}\n${query}`;
    let shareable = this.shareable.get(memoKey);
    if (shareable === undefined) {
      shareable = readsOnlyShareableFields(query, operationName, this.parseOptions);
      if (this.shareable.size >= MAX_REMEMBERED_QUERIES) this.shareable.clear();
      this.shareable.set(memoKey, shareable);
    }
    return shareable;
  }
}

function readsOnlyShareableFields(query: string, operationName: string | null, parseOptions: ParseOptions): boolean {
  try {
    const operations = parse(query, parseOptions).definitions.filter(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    );
    const operation =
      operationName === null
        ? operations.length === 1
          ? operations[0]
          : undefined
        : operations.find((one) => one.name?.value === operationName);
    if (!operation || operation.operation !== OperationTypeNode.QUERY) return false;
    const fields = operation.selectionSet.selections;
    return (
      fields.length > 0 &&
      fields.every((field) => field.kind === Kind.FIELD && SHAREABLE_ROOT_FIELDS.has(field.name.value) && !field.directives?.length)
    );
  } catch {
    return false; // Apollo answers what does not parse
  }
}

/**
 * Before Apollo: answers a shareable request from a kept answer, or marks it so its answer is kept. Anything
 * unusual (a refused display token, a database that does not answer) is left to Apollo, which words the error.
 */
/**
 * Answers a query on a miss without Apollo, where it can (`bookings/bookings-answer.ts`: the calendar's
 * `bookings` selection): its JSON, the refusal of a range over the bound, or null for Apollo to execute.
 */
export interface PreShapedAnswers {
  answer(viewer: Viewer, body: Record<string, unknown>): Promise<{ json: string } | { refusal: AppError } | null>;
}

export function sharedAnswerMiddleware(
  shared: SharedAnswers,
  viewerOf: (request: express.Request) => Promise<Viewer>,
  metrics?: Metrics,
  /** Answers the calendar's `bookings` selection on a miss without Apollo. */
  preShaped?: PreShapedAnswers,
): express.RequestHandler {
  return async (request, response, next) => {
    const started = process.hrtime.bigint();
    const body: unknown = request.body;
    if (request.method !== 'POST' || typeof body !== 'object' || body === null || Array.isArray(body)) return next();
    try {
      if (request.headers['x-display-token'] !== undefined) return next();
      const fields = body as Record<string, unknown>;
      if (!shared.isShareableQuery(fields)) return next();
      const viewer = await viewerOf(request);
      const cursor = await shared.currentCursor();
      const key = shared.keyFor(viewer, fields, cursor);
      if (key === null) return next();
      let answer = shared.find(key);
      if (!answer) {
        const preShapedAnswer = preShaped ? await preShaped.answer(viewer, fields) : null;
        if (preShapedAnswer === null || 'refusal' in preShapedAnswer) {
          if (preShapedAnswer) response.locals.bookingsRefusal = preShapedAnswer.refusal;
          else response.locals.sharedAnswer = { key, cursor } satisfies PendingSharedAnswer;
          // Apollo's context takes this viewer rather than looking the session up again
          response.locals.viewer = viewer;
          return next();
        }
        answer = shared.keep({ key, cursor }, preShapedAnswer.json);
      }
      const { body: bytes, encoding } = shared.encoded(answer, request.headers['accept-encoding']);
      response.status(200).type('application/json; charset=utf-8').vary('Accept-Encoding');
      if (encoding) response.set('Content-Encoding', encoding);
      response.end(bytes);
      // a kept answer is an operation answered like any other: counted as Apollo counts those it executes
      if (metrics) {
        const labels = {
          operation: metrics.operationLabel(typeof fields.operationName === 'string' ? fields.operationName : null),
          type: 'query',
        };
        metrics.graphqlOperations.inc({ ...labels, result: 'OK' });
        metrics.graphqlDuration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
      }
    } catch {
      next();
    }
  };
}

/** Keeps the answer of a marked request that Apollo executed without errors, exactly as Apollo sent it. */
export function sharedAnswerPlugin(shared: SharedAnswers): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const pending = contextValue.sharedAnswer;
          if (!pending || response.body.kind !== 'single' || response.body.singleResult.errors) return;
          if (response.http.status !== undefined && response.http.status !== 200) return;
          shared.keep(pending, `${JSON.stringify(response.body.singleResult)}\n`);
        },
      };
    },
  };
}

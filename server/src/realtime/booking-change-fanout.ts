import { execute, Kind, type DocumentNode, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import type { WebSocket } from 'ws';
import { mayReadBooking, visibilityClass } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { SubscriptionTransport } from '../graphql/transport.js';
import { formatError } from '../graphql/format-error.js';
import type { Clock } from '../shared/clock.js';
import type { Metrics } from '../shared/metrics.js';
import { outsideRequestScope } from '../shared/request-scope.js';
import { AppError, ErrorCode } from '../shared/errors.js';
import { parseCursor } from '../changes/change-log.js';
import type { ChangeEvent, ChangeFeed } from './change-feed.js';

/** Replays that may read the change log at the same time. */
const MAX_CONCURRENT_REPLAY_READS = 4;

/** At most `size` tasks at once; the rest wait their turn in order. */
class Semaphore {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly size: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    try {
      return await task();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }
}

export interface FanoutLimits {
  /** Bytes a socket may have queued unsent; past it the socket is closed so the client resumes. */
  maxBufferedBytes: number;
  /** Live events a resuming subscriber may collect while its replay is still being sent. */
  maxBacklog: number;
  /** How long a closed slow socket gets to take its close frame before it is cut. */
  closeGraceMs: number;
  /** Changes a resuming subscriber may have replayed; further back means RESYNC_REQUIRED (refetch). */
  maxReplayChanges: number;
}

export const DEFAULT_FANOUT_LIMITS: FanoutLimits = {
  maxBufferedBytes: 1 << 20,
  maxBacklog: 1000,
  closeGraceMs: 5000,
  maxReplayChanges: 2000,
};

/**
 * Close code for a socket that fell too far behind: 1013 "try again later", which graphql-ws clients
 * retry; our clients resume with `after` and so lose nothing.
 */
export const SLOW_CONSUMER_CLOSE_CODE = 1013;

export interface OpenRequest {
  viewer: Viewer;
  /** Locations to hear about; null for all. */
  locationIds: string[] | null;
  after: string | null;
  transport: SubscriptionTransport;
  /** The subscriber's own context; the first one of a group serves as its template. */
  context: object;
  info: GraphQLResolveInfo;
}

/** Whether the viewer learns of this change at all: they could read the booking before or after it. */
export function isDeliverable(event: ChangeEvent, viewer: Viewer, locationIds: string[] | null, now: Date): boolean {
  if (locationIds && locationIds.length > 0 && !event.locationIds.some((id) => locationIds.includes(id))) return false;
  return mayReadBooking(viewer, event.after, now) || (event.before !== null && mayReadBooking(viewer, event.before, now));
}

const RESYNC_REASONS = {
  backlog: 'too many changes arrived during the replay',
  failed: 'a change could not be executed for this group',
};
const resyncRequired = (reason: keyof typeof RESYNC_REASONS) =>
  new AppError(ErrorCode.ResyncRequired, { oldestCursor: null }, `RESYNC_REQUIRED: ${RESYNC_REASONS[reason]}`);

const NEXT_SUFFIX = Buffer.from('}');
/** Payloads a group keeps for subscribers that resume from nearby cursors (after a node restart, many do). */
const RECENT_PAYLOADS = 256;

/**
 * Delivers `bookingChanged` to WebSocket subscribers. Subscribers that share the same selection, the
 * same filter and the same visibility form a group; each change is executed and serialized once per
 * group and the same bytes go to every socket in it, so the work per change grows with the number of
 * groups, not of sockets. Messages are written straight to the socket in graphql-ws's `next` format;
 * the iterator handed back to graphql-ws only carries the subscription's end or its error.
 */
export class BookingChangeFanout {
  /** Counters for tests, benchmarks and diagnostics. */
  readonly stats = { executions: 0, messages: 0, slowSocketsClosed: 0, subscribersOpened: 0 };
  private readonly groups = new Map<string, DeliveryGroup>();
  private readonly replayReads = new Semaphore(MAX_CONCURRENT_REPLAY_READS);
  private readonly slowSockets = new WeakSet<WebSocket>();
  private readonly unsubscribeFeed: () => void;

  constructor(
    private readonly feed: ChangeFeed,
    readonly clock: Clock,
    /**
     * A subscriber's context with fresh per-request loaders, for the changes of one write. Handed in by the
     * wiring (app/services.ts), so the fan-out passes contexts on without knowing what they hold.
     */
    readonly withFreshLoaders: <Context extends object>(template: Context) => Context,
    readonly limits: FanoutLimits = DEFAULT_FANOUT_LIMITS,
    readonly log: (message: string, error?: unknown) => void = () => {},
    readonly metrics?: Metrics,
  ) {
    this.unsubscribeFeed = feed.subscribe((event) => {
      if (event.entity !== 'BOOKING') return;
      for (const group of this.groups.values()) group.enqueue(event);
    });
  }

  stop(): void {
    this.unsubscribeFeed();
  }

  get groupCount(): number {
    return this.groups.size;
  }

  get subscriberCount(): number {
    let count = 0;
    for (const group of this.groups.values()) count += group.size;
    return count;
  }

  /**
   * Registers a subscriber, replays the changes after `after` (RESYNC_REQUIRED when the log no longer
   * holds them) and returns the iterator graphql-ws holds while the subscription lasts.
   */
  async open(request: OpenRequest): Promise<AsyncIterableIterator<never>> {
    const after = request.after === null ? null : parseCursor(request.after);
    const group = this.groupFor(request);
    const subscriber = new Subscriber(request.transport, after ?? this.feed.position, after !== null, this);
    group.add(subscriber);
    this.stats.subscribersOpened++;
    try {
      if (after !== null) await this.replay(group, subscriber, after);
    } catch (error) {
      subscriber.end();
      throw error;
    }
    return subscriber.lifetime();
  }

  /**
   * Sends the logged changes after `after`, then whatever arrived live meanwhile, with no gap and no
   * duplicate. Reading the log takes turns with at most a few other replays, so a burst of resuming
   * subscribers (a node restart, or an attacker) leaves the database free for everyone else's requests.
   */
  private async replay(group: DeliveryGroup, subscriber: Subscriber, after: bigint): Promise<void> {
    const missed = await this.replayReads.run(() => this.feed.changesAfter(after, this.limits.maxReplayChanges));
    for (const event of missed) {
      if (event.entity !== 'BOOKING') {
        subscriber.seen = event.position;
        continue;
      }
      const payload = await group.payloadFor(event);
      if (subscriber.ended) return;
      if (payload) await subscriber.sendPaced(event.position, payload);
      subscriber.seen = event.position;
    }
    subscriber.goLive();
  }

  private groupFor(request: OpenRequest): DeliveryGroup {
    const operation = operationOf(request.info);
    const { after: _after, ...otherVariables } = operation.variableValues;
    // the operation name belongs to the key: one document may hold several operations with other selections
    const key = JSON.stringify([
      visibilityClass(request.viewer),
      request.locationIds ? [...request.locationIds].sort() : null,
      operation.text,
      operation.operationName ?? null,
      otherVariables,
    ]);
    let group = this.groups.get(key);
    if (!group) {
      group = new DeliveryGroup(request.viewer, request.locationIds, operation, request.context, this, () => {
        this.groups.delete(key);
      });
      this.groups.set(key, group);
    }
    return group;
  }

  /** Whether `socket` may take `bytes` more; if not, it is closed and the client resumes on reconnect. */
  admits(socket: WebSocket, bytes: number): boolean {
    if (this.slowSockets.has(socket) || socket.readyState !== socket.OPEN) return false;
    if (socket.bufferedAmount + bytes <= this.limits.maxBufferedBytes) return true;
    this.slowSockets.add(socket);
    this.stats.slowSocketsClosed++;
    this.log(`closing a WebSocket that fell ${socket.bufferedAmount} bytes behind`);
    socket.close(SLOW_CONSUMER_CLOSE_CODE, 'Too far behind; reconnect and resume');
    setTimeout(() => socket.terminate(), this.limits.closeGraceMs).unref();
    return false;
  }
}

interface Operation {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName: string | undefined;
  variableValues: Record<string, unknown>;
  /** The operation's source text, part of the group key. */
  text: string;
}

function operationOf(info: GraphQLResolveInfo): Operation {
  const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [info.operation, ...Object.values(info.fragments)] };
  return {
    schema: info.schema,
    document,
    operationName: info.operation.name?.value,
    variableValues: info.variableValues,
    text: info.operation.loc?.source.body ?? JSON.stringify(document),
  };
}

/** Subscribers who would be sent exactly the same bytes for every change. */
class DeliveryGroup {
  private readonly subscribers = new Set<Subscriber>();
  private readonly recent = new Map<bigint, Promise<Buffer | null>>();
  private tail: Promise<void> = Promise.resolve();
  /** A context shared by the changes of one write (a series' dates), so its series is read once, not per date. */
  private batchContext: { firstPosition: bigint; context: object } | null = null;

  constructor(
    private readonly viewer: Viewer,
    private readonly locationIds: string[] | null,
    private readonly operation: Operation,
    private readonly template: object,
    private readonly fanout: BookingChangeFanout,
    private readonly onEmpty: () => void,
  ) {}

  get size(): number {
    return this.subscribers.size;
  }

  add(subscriber: Subscriber): void {
    this.subscribers.add(subscriber);
    subscriber.onEnd(() => {
      this.subscribers.delete(subscriber);
      if (this.subscribers.size === 0) this.onEmpty();
    });
  }

  /** Live changes are delivered one after another, in commit order. */
  enqueue(event: ChangeEvent): void {
    this.tail = this.tail.then(async () => {
      let payload: Buffer | null;
      try {
        payload = await this.payloadFor(event);
      } catch (error) {
        // skipping the change would leave a gap; the subscribers refetch instead
        this.fanout.log('could not execute a change for its subscribers; asking them to resync', error);
        for (const subscriber of this.subscribers) subscriber.fail(resyncRequired('failed'));
        return;
      }
      if (!payload) return;
      for (const subscriber of this.subscribers) subscriber.offer(event.position, payload);
      // the sockets have the bytes now; what remains is the network's and the browser's
      if (event.loggedAt !== undefined) this.fanout.metrics?.fanoutDelay.observe(Math.max(0, Date.now() - event.loggedAt) / 1000);
    });
  }

  /** The serialized `payload` of a `next` message for this change, or null if the group may not learn of it. */
  payloadFor(event: ChangeEvent): Promise<Buffer | null> {
    let payload = this.recent.get(event.position);
    if (!payload) {
      // one payload serves the whole group, whichever subscriber's replay asked first: it names no request
      payload = outsideRequestScope(() => this.execute(event));
      this.recent.set(event.position, payload);
      if (this.recent.size > RECENT_PAYLOADS) this.recent.delete(this.recent.keys().next().value as bigint);
    }
    return payload;
  }

  private contextFor(event: ChangeEvent): object {
    const firstPosition = event.position - BigInt(event.batchIndex);
    if (this.batchContext?.firstPosition !== firstPosition)
      this.batchContext = { firstPosition, context: this.fanout.withFreshLoaders(this.template) };
    return this.batchContext.context;
  }

  private async execute(event: ChangeEvent): Promise<Buffer | null> {
    if (!isDeliverable(event, this.viewer, this.locationIds, this.fanout.clock())) return null;
    this.fanout.stats.executions++;
    const context = this.contextFor(event);
    const result = await execute({
      schema: this.operation.schema,
      document: this.operation.document,
      operationName: this.operation.operationName,
      variableValues: this.operation.variableValues,
      rootValue: event,
      contextValue: context,
    });
    const payload = result.errors
      ? {
          ...result,
          errors: result.errors.map((error) =>
            formatError(error.toJSON(), error, {
              logUnexpected: (unexpected: unknown) => this.fanout.log('unexpected error in a subscription', unexpected),
            }),
          ),
        }
      : result;
    return Buffer.from(JSON.stringify(payload));
  }
}

/** One graphql-ws subscription on one socket. */
class Subscriber {
  /** Cursor of the last change this subscriber has been given or has skipped. */
  seen: bigint;
  ended = false;
  private replaying: boolean;
  private backlog: Array<{ position: bigint; payload: Buffer }> = [];
  private readonly prefix: Buffer;
  private failure: AppError | undefined;
  private wake: (() => void) | undefined;
  private readonly endHandlers: Array<() => void> = [];

  constructor(
    private readonly transport: SubscriptionTransport,
    seen: bigint,
    replaying: boolean,
    private readonly fanout: BookingChangeFanout,
  ) {
    this.seen = seen;
    this.replaying = replaying;
    this.prefix = Buffer.from(`{"id":${JSON.stringify(transport.operationId)},"type":"next","payload":`);
  }

  onEnd(handler: () => void): void {
    this.endHandlers.push(handler);
  }

  /** A live change for this subscriber: sent now, or held while its replay is still going. */
  offer(position: bigint, payload: Buffer): void {
    if (this.ended || position <= this.seen) return;
    if (this.replaying) {
      if (this.backlog.length >= this.fanout.limits.maxBacklog) this.fail(resyncRequired('backlog'));
      else this.backlog.push({ position, payload });
      return;
    }
    this.send(position, payload);
  }

  /** Replay is sent; hand over what arrived meanwhile and take live changes directly. */
  goLive(): void {
    const held = this.backlog;
    this.backlog = [];
    this.replaying = false;
    for (const { position, payload } of held) this.offer(position, payload);
  }

  private message(payload: Buffer): Buffer {
    return Buffer.concat([this.prefix, payload, NEXT_SUFFIX], this.prefix.length + payload.length + 1);
  }

  private send(position: bigint, payload: Buffer): void {
    const message = this.message(payload);
    if (!this.fanout.admits(this.transport.socket, message.length)) return;
    this.transport.socket.send(message, { binary: false });
    this.fanout.stats.messages++;
    this.seen = position;
  }

  /** Replay follows the client's pace instead of closing it for reading slower than the log is read. */
  async sendPaced(position: bigint, payload: Buffer): Promise<void> {
    const { socket } = this.transport;
    if (socket.readyState !== socket.OPEN) return;
    const message = this.message(payload);
    if (socket.bufferedAmount < this.fanout.limits.maxBufferedBytes / 2) socket.send(message, { binary: false });
    else await new Promise<void>((resolve) => socket.send(message, { binary: false }, () => resolve()));
    this.fanout.stats.messages++;
    this.seen = position;
  }

  fail(error: AppError): void {
    this.failure = error;
    this.wake?.();
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.backlog = [];
    this.wake?.();
    for (const handler of this.endHandlers) handler();
  }

  /**
   * What graphql-ws holds while the subscription lasts: it never yields (messages are written directly),
   * stays pending until the client completes or the socket closes, and throws when the subscriber must resync.
   */
  lifetime(): AsyncIterableIterator<never> {
    const done = { done: true, value: undefined } as const;
    return {
      next: async () => {
        while (!this.ended) {
          if (this.failure) {
            this.end();
            throw this.failure;
          }
          await new Promise<void>((resolve) => {
            this.wake = resolve;
          });
          this.wake = undefined;
        }
        return done;
      },
      // graphql-ws calls return() when the client completes or the socket closes
      return: async () => {
        this.end();
        return done;
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }
}

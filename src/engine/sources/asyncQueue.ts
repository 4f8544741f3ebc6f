/**
 * A function's internal queue for asynchronous invocation (DESIGN §2.1; AWS
 * invocation-async.html, invocation-async-error-handling.html). The caller's event is accepted at
 * once (202); Lambda's poller hands events to the function when concurrency and scaling allow,
 * through the same `FunctionRuntime.tryInvoke` a synchronous caller uses, so an async backlog and
 * a synchronous API compete for the same reserved, unreserved and scaling capacity.
 *
 * One queue per FUNCTION, shared by all its async sources; events keep their source index for the
 * ledger and the per-source series. How the poller behaves where AWS is silent (*assumptions*):
 *
 * - FIFO dispatch, as fast as capacity allows: no separate read-rate limit.
 * - A throttled dispatch puts the event back at the head and the poller backs off as a whole,
 *   1 s doubling to 5 min (asyncRetryPolicy.ts), until an invocation of the function ends (its
 *   `capacityListeners`) or the backoff elapses. AWS says throttled events return to the queue
 *   with exponentially growing intervals and that Lambda "reduces the rate at which it reads
 *   events" from a long queue; one head-of-line backoff models both, never polls in a busy loop,
 *   and keeps the event count O(requests). So async Throttles count failed dispatches, not queued
 *   events.
 * - A function-error retry (60 s, then 120 s after the failure) re-enters at the head of the queue.
 * - Age counts from the first acceptance. Expiry (`maximumEventAgeInSeconds`) is checked whenever
 *   the event would next be attempted, and by a timer at its age, so a queue with no capacity at
 *   all (reserved concurrency 0) still expires events on time. A running event is never stopped.
 * - Duplicate copies (see asyncSource.ts) are dispatched like any event; an idempotent function
 *   recognises and skips them without an invocation (*assumption*: the check costs nothing);
 *   otherwise they run once, and their result is not routed: the request's fate is its original's.
 */
import type { SimContext } from '../context';
import type { FunctionRuntime } from '../lambda/functionRuntime';
import type { InvocationResult } from '../lambda/invocation';
import { CAUSE_LABEL } from '../lambda/narration';
import { formatCount, formatSeconds } from '../metrics/moments';
import type { Gauge, Sampled } from '../metrics/timeSeries';
import type { MomentKind, ThrottleCause } from '../resultTypes';
import { isWaiting, type AsyncEvent, type AsyncEventState } from './asyncEvent';
import { errorRetryDelaySeconds, throttleBackoffSeconds } from './asyncRetryPolicy';
import { AsyncEventAges } from './asyncEventAges';
import type { AsyncSourceStats } from './asyncSourceStats';
import { routeFailure, routeSuccess, type AsyncFailureCondition } from './destinations';
import { EventDeque } from './eventDeque';

/** *Assumption*: "queue growing" is told when the events queued for dispatch rose at this many consecutive samples… */
export const QUEUE_GROWING_SAMPLES = 5;
/** *Assumption*: …and at least this many events wait. */
export const QUEUE_GROWING_MIN_EVENTS = 50;

const queues = new WeakMap<FunctionRuntime, AsyncQueue>();

/** One async source's share of the queue: its series and its events' ages. */
interface Lane {
  stats: AsyncSourceStats;
  ages: AsyncEventAges;
}

/** The internal queue of `fn`, created on first use (one per function per run). */
export function asyncQueueFor(ctx: SimContext, fn: FunctionRuntime): AsyncQueue {
  let queue = queues.get(fn);
  if (!queue) {
    queue = new AsyncQueue(ctx, fn);
    queues.set(fn, queue);
  }
  return queue;
}

export class AsyncQueue {
  private readonly ready = new EventDeque<AsyncEvent>((e) => e.state === 'queued');
  private readonly lanes = new Map<number, Lane>();
  /** Function-wide AsyncQueueDepth / AsyncEventAge (all its async sources together). */
  private readonly depth: Gauge;
  private readonly age: Sampled;
  /** Throttled: no dispatch until capacity frees or the backoff timer with `wakeToken` fires. */
  private blocked = false;
  private pumping = false;
  /** Consecutive throttled dispatches (sets the backoff). */
  private streak = 0;
  private wakeToken = 0;
  /** Events queued for dispatch (not those waiting for a function-error retry). */
  private queued = 0;
  private sampledBucket = -1;
  private lastDepth = 0;
  private growth = 0;

  constructor(
    private readonly ctx: SimContext,
    private readonly fn: FunctionRuntime,
  ) {
    const g = { kind: 'function', name: fn.name } as const;
    this.depth = ctx.series.gauge(g, 'AsyncQueueDepthMean', 'AsyncQueueDepth');
    this.age = ctx.series.sampled(g, 'AsyncEventAge');
    fn.capacityListeners.push(() => this.capacityFreed());
  }

  /** Registers the series of an async source of this function. */
  register(stats: AsyncSourceStats): void {
    const ages = new AsyncEventAges(this.ctx, (event) => this.giveUp(event, 'EventAgeExceeded'));
    this.lanes.set(stats.index, { stats, ages });
  }

  /** Accepts an event (the caller already has its 202) and dispatches it if capacity allows. */
  accept(event: AsyncEvent): void {
    const lane = this.lane(event.sourceIndex);
    lane.stats.accepted(event);
    lane.ages.track(event);
    this.depth.add(this.ctx.now, 1);
    this.queued += 1;
    this.ready.pushBack(event);
    this.pump();
  }

  /** Records source `index`'s AsyncEventAge and the function-wide one, and watches the depth's trend. */
  sample(index: number, bucket: number): void {
    const lane = this.lane(index);
    const sourceAge = lane.ages.oldestWaitingAge(this.ctx.now);
    lane.stats.recordAge(bucket, sourceAge);
    if (sourceAge > (this.age.values[bucket] ?? 0)) this.age.record(bucket, sourceAge);
    if (bucket === this.sampledBucket) return;
    this.sampledBucket = bucket;
    const depth = this.queued;
    this.growth = depth > this.lastDepth ? this.growth + 1 : 0;
    this.lastDepth = depth;
    if (this.growth >= QUEUE_GROWING_SAMPLES && depth >= QUEUE_GROWING_MIN_EVENTS) {
      const maxAge = this.fn.config.async.maximumEventAgeInSeconds;
      this.tell('queueGrowing', 'growing', () =>
        `${this.fn.name}: the async queue grows faster than it drains (${formatCount(depth)} events queued for dispatch, more at each of the last ${QUEUE_GROWING_SAMPLES} samples); waiting events age and expire at ${formatSeconds(maxAge)}.`,
      );
    }
  }

  /** Tells a moment once per queue and kind, building its text only the first time. */
  private tell(kind: MomentKind, key: string, text: () => string): void {
    this.ctx.moments.once(this.ctx.now, kind, text, { function: this.fn.name, key: `async|${key}|${this.fn.name}` });
  }

  private lane(sourceIndex: number): Lane {
    const lane = this.lanes.get(sourceIndex);
    if (!lane) throw new Error(`async source ${sourceIndex} is not registered with ${this.fn.name}'s queue`);
    return lane;
  }

  private stats(event: AsyncEvent): AsyncSourceStats {
    return this.lane(event.sourceIndex).stats;
  }

  private setState(event: AsyncEvent, to: AsyncEventState): void {
    const from = event.state;
    event.state = to;
    const lane = this.lane(event.sourceIndex);
    lane.stats.stateChanged(event, from, to);
    if (to === 'done') lane.ages.finished();
    const delta = (isWaiting(to) ? 1 : 0) - (isWaiting(from) ? 1 : 0);
    if (delta !== 0) this.depth.add(this.ctx.now, delta);
    this.queued += (to === 'queued' ? 1 : 0) - (from === 'queued' ? 1 : 0);
    // A queued event always sits in `ready`; leaving it other than by shift() leaves a dead entry.
    if (from === 'queued' && to === 'done') this.ready.noteDead();
  }

  private capacityFreed(): void {
    if (this.ready.peek() === undefined) return;
    if (this.blocked) this.wake();
    else this.pump();
  }

  private wake(): void {
    this.blocked = false;
    this.wakeToken += 1;
    this.pump();
  }

  /** Dispatches from the head until the queue is empty or a dispatch is throttled. */
  private pump(): void {
    if (this.blocked || this.pumping) return;
    this.pumping = true;
    try {
      for (let event = this.ready.peek(); event && this.dispatch(event); event = this.ready.peek());
    } finally {
      this.pumping = false;
    }
  }

  /** Tries the head event; false when it was throttled (the queue now backs off). */
  private dispatch(event: AsyncEvent): boolean {
    const t = this.ctx.now;
    if (t >= event.expiresAt) {
      this.giveUp(event, 'EventAgeExceeded');
      return true;
    }
    if (event.copy && this.fn.config.idempotent) {
      this.setState(event, 'done');
      this.stats(event).duplicatesSkipped.add(t);
      if (this.ctx.tracing) this.ctx.trace('duplicateSkipped', `${this.fn.name} ${event.id}`);
      return true;
    }
    if (event.dispatches > 0) this.fn.metrics.retries.add(t);
    event.dispatches += 1;
    if (event.firstAttemptAt < 0) event.firstAttemptAt = t;
    event.lastAttemptAt = t;
    const cause = this.fn.tryInvoke({
      kind: 'async',
      requestId: event.id,
      sourceIndex: event.sourceIndex,
      records: 1,
      poisonIndex: event.poison ? 0 : -1,
      onDone: (result) => this.completed(event, result),
    });
    if (cause !== null) {
      this.backOff(event, cause);
      return false;
    }
    this.ready.shift();
    event.invocations += 1;
    this.streak = 0;
    this.setState(event, 'running');
    return true;
  }

  private backOff(event: AsyncEvent, cause: ThrottleCause): void {
    const t = this.ctx.now;
    this.blocked = true;
    this.streak += 1;
    const delay = throttleBackoffSeconds(this.streak);
    const token = ++this.wakeToken;
    if (this.ctx.tracing) this.ctx.trace('dispatchThrottled', `${this.fn.name} ${event.id} backoff ${delay}`);
    this.tell('firstRetry', 'throttleRetry', () =>
      `${this.fn.name}: an async event was throttled (${CAUSE_LABEL[cause]}). It stays queued and Lambda retries after ${delay} s, the interval doubling up to 5 min while throttles go on, until the event is ${formatSeconds(this.fn.config.async.maximumEventAgeInSeconds)} old.`,
    );
    this.ctx.schedule(t + delay, 'throttleBackoffElapsed', () => {
      if (token === this.wakeToken) this.wake();
    });
  }

  private completed(event: AsyncEvent, result: InvocationResult): void {
    const t = this.ctx.now;
    if (result.status === 'success') {
      this.setState(event, 'done');
      if (event.copy) return;
      const stats = this.stats(event);
      stats.succeeded(t - event.acceptedAt);
      const delivered = routeSuccess(this.ctx, this.fn.config.async, event, this.fn.name);
      if (delivered > 0) stats.deliveries.add(t, delivered);
      this.ctx.ledger.settle(event.sourceIndex, 'succeeded', 1, event);
      return;
    }
    event.lastError = result.error;
    if (event.copy) this.setState(event, 'done');
    else if (event.errorRetries >= this.fn.config.async.maximumRetryAttempts) this.giveUp(event, 'RetriesExhausted');
    else if (t >= event.expiresAt) this.giveUp(event, 'EventAgeExceeded');
    else this.scheduleRetry(event);
  }

  private scheduleRetry(event: AsyncEvent): void {
    const t = this.ctx.now;
    event.errorRetries += 1;
    const retry = event.errorRetries;
    const delay = errorRetryDelaySeconds(retry);
    this.setState(event, 'retryWait');
    if (this.ctx.tracing) this.ctx.trace('retryScheduled', `${this.fn.name} ${event.id} retry ${retry} in ${delay}`);
    this.tell('firstRetry', 'errorRetry', () =>
      `${this.fn.name}: an async event failed (${event.lastError ?? 'error'}); Lambda retries it ${delay === 60 ? 'in 1 minute' : `in ${formatSeconds(delay)}`} (retry ${retry} of ${this.fn.config.async.maximumRetryAttempts}).`,
    );
    this.ctx.schedule(t + delay, 'retryDue', () => {
      if (event.state !== 'retryWait') return;
      if (this.ctx.now >= event.expiresAt) {
        this.giveUp(event, 'EventAgeExceeded');
        return;
      }
      this.setState(event, 'queued');
      this.ready.pushFront(event);
      this.pump();
    });
  }

  /** Ends an event that exhausted its retries or its age: destinations, DLQ, or dropped. */
  private giveUp(event: AsyncEvent, condition: AsyncFailureCondition): void {
    const t = this.ctx.now;
    this.setState(event, 'done');
    const expired = condition === 'EventAgeExceeded';
    if (this.ctx.tracing) this.ctx.trace(expired ? 'eventExpired' : 'retriesExhausted', `${this.fn.name} ${event.id} attempts ${event.invocations}`);
    if (event.copy) return;
    const name = this.fn.name;
    const stats = this.stats(event);
    if (expired) {
      this.tell('firstExpiry', 'expiry', () => `${name}: an async event reached its maximum age of ${formatSeconds(this.fn.config.async.maximumEventAgeInSeconds)} after ${event.invocations} invocation(s) and will not be attempted again (EventAgeExceeded).`);
    }
    const delivered = routeFailure(this.ctx, this.fn.config.async, event, name, condition);
    if (delivered > 0) {
      stats.deliveries.add(t, delivered);
      this.tell('firstDeadLetter', 'deadLetter', () => {
        const where = [this.fn.config.async.onFailure, this.fn.config.async.deadLetterQueue].filter((d) => d !== null).join(' and ');
        return `${name}: first failed async event delivered to ${where} (${condition}, ${event.invocations} invocation(s)).`;
      });
      if (this.ctx.tracing) this.ctx.trace('deadLettered', `${name} ${event.id} ${condition}`);
      this.ctx.ledger.settle(event.sourceIndex, 'deadLettered', 1, event);
      return;
    }
    stats.dropped.add(t);
    this.tell('note', 'dropped', () => `${name}: a failed async event was dropped (${condition}) — no on-failure destination or dead-letter queue is configured, so it is lost (AsyncEventsDropped).`);
    if (this.ctx.tracing) this.ctx.trace('eventDropped', `${name} ${event.id} ${condition}`);
    this.ctx.ledger.settle(event.sourceIndex, 'dropped', 1, event);
  }
}

/**
 * An asynchronous caller (InvocationType Event; DESIGN §2.1): S3 notifications, SNS, EventBridge
 * or an SDK call with `Event`. Each arrival is accepted at once (the caller gets 202 and never
 * learns the outcome) into the function's internal queue (asyncQueue.ts), which does the rest.
 *
 * At-least-once delivery (AWS invocation-async-error-handling.html: "it's possible for it to
 * receive the same event from Lambda multiple times because the queue itself is eventually
 * consistent"): with probability `duplicateRate` an accepted event is delivered twice. The copy
 * enters the queue right behind the original (*assumption*: AWS gives no delay), is counted in
 * the function's `duplicates`, and is not a request of its own in the outcome ledger.
 */
import type { AsyncSource as AsyncSourceConfig } from '../../scenario/types';
import type { SimContext, SourceModel } from '../context';
import type { Rng } from '../kernel/rng';
import { drawPoison } from '../lambda/failureModel';
import type { FunctionRuntime } from '../lambda/functionRuntime';
import { arrivalStream, type ArrivalStream } from '../traffic/arrivals';
import { newAsyncEvent } from './asyncEvent';
import { asyncQueueFor, type AsyncQueue } from './asyncQueue';
import { AsyncSourceStats } from './asyncSourceStats';

/** *Assumption*: seconds between an event's acceptance and its duplicate delivery. */
export const DUPLICATE_DELIVERY_DELAY_SECONDS = 0;

export class AsyncSourceModel implements SourceModel {
  private readonly arrivals: ArrivalStream;
  private readonly rngPoison: Rng;
  private readonly rngDuplicates: Rng;
  private readonly stats: AsyncSourceStats;
  private readonly queue: AsyncQueue;
  private count = 0;

  constructor(
    private readonly ctx: SimContext,
    private readonly config: AsyncSourceConfig,
    private readonly index: number,
    private readonly fn: FunctionRuntime,
  ) {
    this.arrivals = arrivalStream(config.traffic, ctx.rng.get(`arrivals:${index}`), ctx.horizon);
    this.rngPoison = ctx.rng.get(`poison:${index}`);
    this.rngDuplicates = ctx.rng.get(`duplicates:${index}`);
    this.stats = new AsyncSourceStats(ctx, index);
    this.queue = asyncQueueFor(ctx, fn);
    this.queue.register(this.stats);
  }

  start(): void {
    this.scheduleNextArrival();
  }

  livePending(): number {
    return this.stats.live;
  }

  sample(bucket: number): void {
    this.queue.sample(this.index, bucket);
  }

  finish(): void {
    this.stats.finish();
  }

  private scheduleNextArrival(): void {
    const t = this.arrivals.next();
    if (t === Infinity) return;
    this.ctx.schedule(t, 'eventArrived', () => {
      this.arrive();
      this.scheduleNextArrival();
    });
  }

  private arrive(): void {
    const t = this.ctx.now;
    const fn = this.fn;
    const maxAge = fn.config.async.maximumEventAgeInSeconds;
    const event = newAsyncEvent(`${this.index}-${this.count++}`, this.index, t, maxAge, drawPoison(fn.config.errors.poisonRate, this.rngPoison), false);
    this.ctx.ledger.arrive(this.index);
    this.stats.received.add(t);
    if (this.count === 1) this.ctx.moments.once(t, 'firstRequest', `First asynchronous event for ${fn.name}: Lambda queues it and answers 202 at once; the caller never sees the outcome.`, { sourceIndex: this.index });
    if (this.ctx.tracing) this.ctx.trace('eventAccepted', `${fn.name} ${event.id}`);
    this.queue.accept(event);
    const rate = this.config.duplicateRate;
    if (rate > 0 && this.rngDuplicates.next() < rate) this.deliverTwice(event.id, event.poison);
  }

  private deliverTwice(id: string, poison: boolean): void {
    const at = this.ctx.now + DUPLICATE_DELIVERY_DELAY_SECONDS;
    if (at === this.ctx.now) this.acceptCopy(id, poison);
    else if (at < this.ctx.horizon) this.ctx.schedule(at, 'duplicateArrived', () => this.acceptCopy(id, poison));
  }

  private acceptCopy(id: string, poison: boolean): void {
    const t = this.ctx.now;
    const fn = this.fn;
    const copy = newAsyncEvent(`${id}-dup`, this.index, t, fn.config.async.maximumEventAgeInSeconds, poison, true);
    fn.metrics.duplicates.add(t);
    this.stats.duplicates.add(t);
    if (this.stats.duplicates.total === 1) this.ctx.moments.once(
      t,
      'duplicateDelivered',
      fn.config.idempotent
        ? `${fn.name}: Lambda delivered an event twice (at-least-once delivery); the function is idempotent, so it recognises the copy and skips it.`
        : `${fn.name}: Lambda delivered an event twice (at-least-once delivery); the function is not idempotent, so it processes it again — an extra invocation, extra cost and a repeated side effect.`,
      { sourceIndex: this.index },
    );
    if (this.ctx.tracing) this.ctx.trace('duplicateDelivered', `${fn.name} ${copy.id}`);
    this.queue.accept(copy);
  }
}

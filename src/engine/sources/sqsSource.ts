/**
 * An Amazon SQS event source mapping (DESIGN §2.1 "Event source mappings: SQS"): producers send
 * messages to a standard queue (sqsQueue.ts) following the source's traffic, and Lambda's pollers
 * (sqsPollers.ts) receive them in batches and invoke the function. `initialMessages` are a backlog
 * already visible at t = 0. Arrivals are lazy (one pending arrival event); arrivals that fall at
 * the same instant (a burst) are sent together, so the pollers can batch them.
 *
 * Series (group `{ kind: 'source', index }`): ApproximateNumberOfMessagesVisible,
 * ApproximateNumberOfMessagesNotVisible (time-weighted means per bucket),
 * ApproximateAgeOfOldestMessage (of the visible messages, sampled at each bucket's end),
 * PollerConcurrency (the pollers' current target, sampled), NumberOfMessagesSent,
 * NumberOfMessagesReceived, NumberOfMessagesDeleted, Redriven, MessagesExpired, Duplicates.
 */
import type { SqsSource } from '../../scenario/types';
import type { SimContext, SourceModel } from '../context';
import type { FunctionRuntime } from '../lambda/functionRuntime';
import { formatCount, formatSeconds } from '../metrics/moments';
import type { SeriesRegistry } from '../metrics/seriesRegistry';
import type { Counter, Gauge, Sampled } from '../metrics/timeSeries';
import { arrivalStream, type ArrivalStream } from '../traffic/arrivals';
import { SqsPollers } from './sqsPollers';
import { SqsQueue } from './sqsQueue';

/** The series of one SQS source (CloudWatch names where SQS has them). */
export interface SqsSeries {
  visible: Gauge;
  inFlight: Gauge;
  sent: Counter;
  received: Counter;
  deleted: Counter;
  redriven: Counter;
  expired: Counter;
  duplicates: Counter;
  oldestAge: Sampled;
  pollers: Sampled;
}

function sqsSeries(registry: SeriesRegistry, index: number): SqsSeries {
  const g = { kind: 'source', index } as const;
  return {
    visible: registry.gauge(g, 'ApproximateNumberOfMessagesVisible'),
    inFlight: registry.gauge(g, 'ApproximateNumberOfMessagesNotVisible'),
    sent: registry.counter(g, 'NumberOfMessagesSent'),
    received: registry.counter(g, 'NumberOfMessagesReceived'),
    deleted: registry.counter(g, 'NumberOfMessagesDeleted'),
    redriven: registry.counter(g, 'Redriven'),
    expired: registry.counter(g, 'MessagesExpired'),
    duplicates: registry.counter(g, 'Duplicates'),
    oldestAge: registry.sampled(g, 'ApproximateAgeOfOldestMessage'),
    pollers: registry.sampled(g, 'PollerConcurrency'),
  };
}

export class SqsSourceModel implements SourceModel {
  private readonly arrivals: ArrivalStream;
  private readonly queue: SqsQueue;
  private readonly pollers: SqsPollers;
  private readonly series: SqsSeries;
  private announced = false;

  constructor(
    private readonly ctx: SimContext,
    private readonly config: SqsSource,
    private readonly index: number,
    private readonly fn: FunctionRuntime,
  ) {
    this.arrivals = arrivalStream(config.traffic, ctx.rng.get(`arrivals:${index}`), ctx.horizon);
    const title = `SQS queue #${index} → ${fn.name}`;
    this.series = sqsSeries(ctx.series, index);
    this.queue = new SqsQueue(ctx, config, index, fn, title, this.series, () => this.pollers.pump());
    this.pollers = new SqsPollers(ctx, config, index, fn, this.queue);
  }

  start(): void {
    const backlog = this.config.initialMessages;
    if (backlog > 0) {
      this.ctx.schedule(0, 'initialMessagesSent', () => {
        this.queue.send(backlog);
        this.announced = true;
        this.ctx.moments.once(0, 'firstRequest', `${this.queue.title}: ${formatCount(backlog)} messages already wait in the queue; the pollers start with ${this.pollers.target} concurrent batches of up to ${this.config.batchSize}.`, { sourceIndex: this.index });
        this.pollers.pump();
      });
    }
    this.scheduleArrival(this.arrivals.next());
  }

  livePending(): number {
    return this.queue.visible + this.queue.inFlight;
  }

  sample(bucket: number): void {
    this.series.oldestAge.record(bucket, this.queue.oldestVisibleAge());
    this.series.pollers.record(bucket, this.pollers.target);
  }

  private scheduleArrival(t: number): void {
    if (t === Infinity) return;
    this.ctx.schedule(t, 'messageSent', () => {
      let count = 1;
      let next = this.arrivals.next();
      while (next === t) {
        count += 1;
        next = this.arrivals.next();
      }
      this.queue.send(count);
      if (!this.announced) this.announce(t);
      this.pollers.pump();
      this.scheduleArrival(next);
    });
  }

  private announce(t: number): void {
    this.announced = true;
    this.ctx.moments.once(t, 'firstRequest', `First message sent to ${this.queue.title}; Lambda's pollers receive it in batches of up to ${this.config.batchSize}${this.config.maximumBatchingWindowInSeconds > 0 ? ` (waiting up to ${formatSeconds(this.config.maximumBatchingWindowInSeconds)} to fill one)` : ''} and invoke ${this.fn.name}.`, { sourceIndex: this.index });
  }
}

/**
 * Synchronous invocation (RequestResponse; DESIGN §2.1). The caller waits: a throttle is a 429 at
 * once, a function error or timeout comes back as an error, and Lambda never retries. The
 * scenario's client may retry (max attempts, backoff with jitter) on throttles and optionally on
 * errors — extra load that the charts show. A client-side timeout (API Gateway: 29 s) ends the
 * caller's wait while the function keeps running and holding concurrency.
 */
import type { SyncSource as SyncSourceConfig } from '../../scenario/types';
import type { SimContext, SourceModel } from '../context';
import type { Rng } from '../kernel/rng';
import { drawPoison } from '../lambda/failureModel';
import type { FunctionRuntime } from '../lambda/functionRuntime';
import type { Invocation, InvocationResult } from '../lambda/invocation';
import { arrivalStream, type ArrivalStream } from '../traffic/arrivals';
import { backoffDelay } from './clientBackoff';

interface SyncRequest {
  /** Sequence number within the source; the id shown is `<source>-<seq>`. */
  seq: number;
  arrivedAt: number;
  attempt: number;
  lastDelay: number;
  poison: boolean;
  settled: boolean;
  /** Increments per attempt, so a late answer to an abandoned attempt is ignored. */
  token: number;
}

/** One attempt of a request, handed to the function (one small object per attempt, no closure). */
class SyncAttempt implements Invocation {
  readonly kind = 'sync';
  readonly records = 1;
  readonly poisonIndex: number;
  readonly sourceIndex: number;

  constructor(
    private readonly source: SyncSourceModel,
    readonly request: SyncRequest,
    readonly token: number,
  ) {
    this.poisonIndex = request.poison ? 0 : -1;
    this.sourceIndex = source.index;
  }

  /** Built only when shown (timeline, traces): ids are not made on the hot path. */
  get requestId(): string {
    return `${this.sourceIndex}-${this.request.seq}`;
  }

  onDone(result: InvocationResult): void {
    this.source.answered(this.request, this.token, result);
  }
}

export class SyncSourceModel implements SourceModel {
  private readonly arrivals: ArrivalStream;
  private readonly rngBackoff: Rng;
  private readonly rngPoison: Rng;
  private count = 0;
  /** Callers waiting for an answer, and callers waiting to retry: together, what is pending. */
  private awaiting = 0;
  private backingOff = 0;
  private toldFirstRequest = false;
  private toldFirstRetry = false;
  private readonly arrived = () => {
    this.arrive();
    this.scheduleNextArrival();
  };

  constructor(
    private readonly ctx: SimContext,
    private readonly config: SyncSourceConfig,
    readonly index: number,
    private readonly fn: FunctionRuntime,
  ) {
    this.arrivals = arrivalStream(config.traffic, ctx.rng.get(`arrivals:${index}`), ctx.horizon);
    this.rngBackoff = ctx.rng.get(`backoff:${index}`);
    this.rngPoison = ctx.rng.get(`poison:${index}`);
  }

  start(): void {
    this.scheduleNextArrival();
  }

  livePending(): number {
    return this.awaiting + this.backingOff;
  }

  private scheduleNextArrival(): void {
    const t = this.arrivals.next();
    if (t === Infinity) return;
    this.ctx.schedule(t, 'requestArrived', this.arrived);
  }

  private arrive(): void {
    const request: SyncRequest = {
      seq: this.count++,
      arrivedAt: this.ctx.now,
      attempt: 0,
      lastDelay: 0,
      poison: drawPoison(this.fn.config.errors.poisonRate, this.rngPoison),
      settled: false,
      token: 0,
    };
    this.ctx.ledger.arrive(this.index);
    if (!this.toldFirstRequest) {
      this.toldFirstRequest = true;
      this.ctx.moments.add(this.ctx.now, 'firstRequest', `First synchronous request to ${this.fn.name}; the caller waits for the answer.`, { sourceIndex: this.index });
    }
    this.attempt(request);
  }

  private attempt(request: SyncRequest): void {
    request.attempt += 1;
    const token = ++request.token;
    if (request.attempt > 1) this.fn.metrics.retries.add(this.ctx.now);
    this.awaiting += 1;
    const cause = this.fn.tryInvoke(new SyncAttempt(this, request, token));
    if (cause !== null) {
      this.awaiting -= 1;
      this.giveUpOrRetry(request, 'throttle');
      return;
    }
    const clientTimeout = this.config.client.timeoutSeconds;
    // The function's answer is already drawn: wait for the client's timeout only when it comes first.
    if (clientTimeout !== null && this.fn.acceptedEndsAt - this.ctx.now > clientTimeout) {
      this.ctx.schedule(this.ctx.now + clientTimeout, 'clientTimedOut', () => {
        if (request.token !== token || request.settled) return;
        request.token += 1;
        this.awaiting -= 1;
        this.giveUpOrRetry(request, 'error');
      });
    }
  }

  /** The function answered attempt `token` of `request`. */
  answered(request: SyncRequest, token: number, result: InvocationResult): void {
    if (request.token !== token || request.settled) return;
    request.token += 1;
    this.awaiting -= 1;
    if (result.status === 'success') {
      this.ctx.ledger.settle(this.index, 'succeeded', 1, request);
      this.fn.metrics.latency.add(this.ctx.now - request.arrivedAt);
      return;
    }
    this.giveUpOrRetry(request, 'error');
  }

  private giveUpOrRetry(request: SyncRequest, failure: 'throttle' | 'error'): void {
    const client = this.config.client;
    if (request.attempt < client.maxAttempts && client.retryOn.includes(failure)) {
      const delay = backoffDelay(client.backoff, request.attempt, request.lastDelay, this.rngBackoff);
      request.lastDelay = delay;
      this.backingOff += 1;
      if (!this.toldFirstRetry) {
        this.toldFirstRetry = true;
        this.ctx.moments.add(this.ctx.now, 'firstRetry', `${this.fn.name}: a caller retries after a ${failure === 'throttle' ? '429' : 'error'} (backoff ${delay.toFixed(2)} s, ${client.backoff.jitter} jitter) — each retry is extra load.`, { sourceIndex: this.index });
      }
      this.ctx.schedule(this.ctx.now + delay, 'backoffElapsed', () => {
        this.backingOff -= 1;
        this.attempt(request);
      });
      return;
    }
    this.ctx.ledger.settle(this.index, failure === 'throttle' ? 'throttled' : 'failed', 1, request);
  }
}

/**
 * The ages of one asynchronous source's events (DESIGN §2.1 `maximumEventAgeInSeconds`, 60–21,600 s;
 * §4 `AsyncEventAge`). An event's age counts from its first acceptance, retries included (AWS
 * invocation-async-error-handling.html). Unfinished events are kept in acceptance order, which is
 * also their expiry order (every event of a function has the same maximum age), so one timer at
 * the earliest pending expiry suffices: it expires the waiting events that are due (a running
 * event is checked when it ends) and re-arms itself for the next. Memory holds only unfinished
 * events; timers are one per distinct expiry, not one per event.
 */
import type { SimContext } from '../context';
import { isWaiting, type AsyncEvent } from './asyncEvent';
import { EventDeque } from './eventDeque';

export class AsyncEventAges {
  private readonly byAge = new EventDeque<AsyncEvent>((e) => e.state !== 'done');
  /** When the pending expiry timer fires, or Infinity when none is pending. */
  private timerAt = Infinity;

  constructor(
    private readonly ctx: SimContext,
    /** Ends a waiting event whose maximum age has come (EventAgeExceeded). */
    private readonly expire: (event: AsyncEvent) => void,
  ) {}

  /** A newly accepted event (accepted now, so it expires no earlier than any tracked one). */
  track(event: AsyncEvent): void {
    this.byAge.pushBack(event);
    if (this.timerAt === Infinity) this.arm(event.expiresAt);
  }

  /** One tracked event finished. */
  finished(): void {
    this.byAge.noteDead();
  }

  /** Age of the oldest waiting (queued or retry-waiting) event at `t`, seconds; 0 when none waits. */
  oldestWaitingAge(t: number): number {
    const oldest = this.byAge.find((e) => isWaiting(e.state));
    return oldest ? t - oldest.acceptedAt : 0;
  }

  private arm(at: number): void {
    if (at >= this.ctx.horizon) return;
    this.timerAt = at;
    this.ctx.schedule(at, 'eventAgeReached', () => this.fired());
  }

  private fired(): void {
    this.timerAt = Infinity;
    const now = this.ctx.now;
    const due: AsyncEvent[] = [];
    const next = this.byAge.find((e) => {
      if (e.expiresAt > now) return true;
      if (isWaiting(e.state)) due.push(e);
      return false;
    });
    for (const event of due) this.expire(event);
    if (next) this.arm(next.expiresAt);
  }
}

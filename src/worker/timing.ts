/**
 * Start-up timing across the worker boundary. The worker's performance timeline is its own, so
 * the worker posts absolute times (timeOrigin + now) and the page records them as marks on its
 * timeline (`lambdascope:worker-*`), where the UI benchmark reads them back with the page's own.
 * Comlink ignores these messages (it answers only its own message types).
 */

/** The message a worker posts for one timing mark. */
export interface TimingMessage {
  type: 'lambdascope:timing';
  name: string;
  /** performance.timeOrigin + performance.now() in the worker (ms since the epoch). */
  at: number;
}

export function isTimingMessage(data: unknown): data is TimingMessage {
  const m = data as Partial<TimingMessage> | null;
  return typeof m === 'object' && m !== null && m.type === 'lambdascope:timing' && typeof m.name === 'string' && typeof m.at === 'number';
}

/** The timing message for `name`, now (in the worker). */
export function timingMessage(name: string, clock: Pick<Performance, 'timeOrigin' | 'now'> = performance): TimingMessage {
  return { type: 'lambdascope:timing', name: `lambdascope:${name}`, at: clock.timeOrigin + clock.now() };
}

/** Records a worker's timing message as a mark on this page's timeline (clamped to ≥ 0). */
export function recordTiming(message: TimingMessage, clock: Pick<Performance, 'timeOrigin' | 'mark'> = performance): void {
  clock.mark(message.name, { startTime: Math.max(0, message.at - clock.timeOrigin) });
}

/**
 * The two retry regimes of asynchronous invocation (DESIGN §2.1; AWS
 * docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html):
 *
 * - Function errors (the handler's own errors and runtime errors such as timeouts): up to
 *   `maximumRetryAttempts` (0–2) more attempts, "with a one-minute wait between the first two
 *   attempts, and two minutes between the second and third attempts". We wait exactly 60 s and
 *   120 s after the failed attempt ends (*assumption*: AWS says "about"; no jitter is modelled).
 * - Throttles (429) and system errors (500-series): "Lambda returns the event to the queue … The
 *   retry interval increases exponentially from 1 second after the first attempt to a maximum of 5
 *   minutes", for as long as the event is younger than `maximumEventAgeInSeconds`. We double from
 *   1 s (1, 2, 4 … 256, then 300, 300 …): the doubling factor is an *assumption* (AWS says only
 *   "exponentially"). Lambda service errors themselves are not modelled; only throttles use it.
 */

/** Wait before the first retry after a function error, seconds (AWS: "one-minute wait"). */
export const ASYNC_FIRST_RETRY_DELAY_SECONDS = 60;
/** Wait before the second retry after a function error, seconds (AWS: "two minutes"). */
export const ASYNC_SECOND_RETRY_DELAY_SECONDS = 120;
/** First interval after a throttled dispatch, seconds (AWS: "from 1 second"). */
export const ASYNC_THROTTLE_BACKOFF_INITIAL_SECONDS = 1;
/** Longest interval between throttled dispatches, seconds (AWS: "a maximum of 5 minutes"). */
export const ASYNC_THROTTLE_BACKOFF_MAX_SECONDS = 300;
/** *Assumption*: the throttle interval doubles each time (AWS: "increases exponentially"). */
export const ASYNC_THROTTLE_BACKOFF_FACTOR = 2;

/** The wait before retry number `retry` (1 or 2) after a function error, seconds. */
export function errorRetryDelaySeconds(retry: number): number {
  if (retry === 1) return ASYNC_FIRST_RETRY_DELAY_SECONDS;
  if (retry === 2) return ASYNC_SECOND_RETRY_DELAY_SECONDS;
  throw new Error(`async retry ${retry} is out of range: maximumRetryAttempts is at most 2`);
}

/** The wait after the `streak`-th consecutive throttled dispatch (1 = the first), seconds. */
export function throttleBackoffSeconds(streak: number): number {
  if (streak < 1) throw new Error(`throttle streak ${streak} must be at least 1`);
  const exponent = Math.min(streak - 1, 30);
  return Math.min(ASYNC_THROTTLE_BACKOFF_MAX_SECONDS, ASYNC_THROTTLE_BACKOFF_INITIAL_SECONDS * ASYNC_THROTTLE_BACKOFF_FACTOR ** exponent);
}

import type { Preset } from './index';

/**
 * Asynchronous invocation presets (DESIGN §2.1 "Asynchronous invocation", "Destinations and
 * dead-letter queues"): retries into a DLQ, events ageing out under throttling, destinations,
 * duplicates and idempotency, and an async backlog competing with a synchronous API. The numbers
 * in each `watch` text are what the engine produces for the preset's seed (asyncPresets.test.ts).
 */

/** A thumbnailer fed by S3 notifications; 5 % of images always fail, others fail transiently. */
export const asyncRetriesDlq: Preset = {
  id: 'async-retries-dlq',
  title: 'Async retries end in a dead-letter queue',
  concept:
    'An asynchronously invoked function gets no caller to report errors to: Lambda retries a failed event itself, 1 minute after the failure and again 2 minutes after that (maximumRetryAttempts 2). An event that fails all three attempts goes to the dead-letter queue — the event body only — instead of being lost.',
  watch:
    'About 5 % of the images are corrupt and fail every attempt; another 5 % of attempts fail by chance. Retries appear from t = 1 min and the first dead letter at about t = 3 min, 180 s after the first corrupt image: every DLQ record shows 3 attempts and condition RetriesExhausted. Transient failures almost never reach the DLQ — their retry succeeds. Events that failed in the last 3 minutes are still waiting for a retry when the run ends (pending).',
  tags: ['async', 'retries', 'dead-letter queue', 'errors'],
  scenario: {
    version: 1,
    name: 'Async retries end in a dead-letter queue',
    description: 'S3 upload notifications (5 per second) invoke a thumbnailer asynchronously; failed events retry twice, then go to an SQS dead-letter queue.',
    seed: 11,
    durationSeconds: 600,
    functions: [
      {
        name: 'thumbnailer',
        runtime: 'nodejs22.x',
        memoryMB: 1024,
        timeoutSeconds: 10,
        duration: { distribution: 'lognormal', median: 0.3, p99: 1.5 },
        errors: { transientRate: 0.05, poisonRate: 0.05 },
        async: { maximumRetryAttempts: 2, deadLetterQueue: 'thumbnail-dlq' },
      },
    ],
    sources: [{ type: 'async', function: 'thumbnailer', traffic: { pattern: 'constant', rate: 5 } }],
    destinations: [{ name: 'thumbnail-dlq', type: 'sqs' }],
  },
};

const REPORT_BUILDER = {
  runtime: 'python3.13',
  memoryMB: 512,
  timeoutSeconds: 30,
  duration: { distribution: 'uniform', min: 0.9, max: 1.1 },
  reservedConcurrency: 5,
};

/** Reserved concurrency too low for the event rate: events wait, age and expire. */
export const asyncEventAge: Preset = {
  id: 'async-event-age',
  title: 'Throttled async events age out',
  concept:
    'Reserved concurrency caps an asynchronously invoked function, and its internal queue absorbs the excess — but only for maximumEventAgeInSeconds. Throttled events go back to the queue and are retried with a backoff growing from 1 s to 5 minutes; an event that gets too old is never attempted again (EventAgeExceeded). With an on-failure destination it is kept; without one it is dropped.',
  watch:
    'Both functions get 8 events per second but can run only 5 at a time (reserved concurrency 5, ~1 s each): their queues grow by about 3 events per second and the age of the oldest event climbs. At about t = 5 min 20 s it reaches the maximum age of 2 minutes and events start to expire, about 3 per second from then on. report-builder sends them to expired-reports (condition EventAgeExceeded, 0 attempts: throttled events never ran); report-builder-no-destination drops them (AsyncEventsDropped) and they are lost.',
  tags: ['async', 'throttling', 'reserved concurrency', 'event age', 'destinations'],
  scenario: {
    version: 1,
    name: 'Throttled async events age out',
    description: 'Two identical report builders, 8 events/s each against reserved concurrency 5 and a 2-minute maximum event age; only one has an on-failure destination.',
    seed: 3,
    durationSeconds: 600,
    functions: [
      { name: 'report-builder', ...REPORT_BUILDER, async: { maximumEventAgeInSeconds: 120, onFailure: 'expired-reports' } },
      { name: 'report-builder-no-destination', ...REPORT_BUILDER, async: { maximumEventAgeInSeconds: 120 } },
    ],
    sources: [
      { type: 'async', function: 'report-builder', traffic: { pattern: 'constant', rate: 8 } },
      { type: 'async', function: 'report-builder-no-destination', traffic: { pattern: 'constant', rate: 8 } },
    ],
    destinations: [{ name: 'expired-reports', type: 'sqs' }],
  },
};

/** Successes to an EventBridge bus, failures (after one retry) to an SQS queue. */
export const asyncDestinations: Preset = {
  id: 'async-destinations',
  title: 'Success and failure destinations',
  concept:
    'Destinations route the result of every asynchronous invocation without code in the function: an invocation record goes to the on-success destination when an attempt succeeds, and to the on-failure destination (with the condition, the attempt count and the last error) when the event exhausts its retries or its age.',
  watch:
    'Nearly every order reaches order-events with condition Success — and still counts as succeeded. Orders that fail both attempts (the 2 % that always fail, plus the rare order unlucky twice with the 10 % transient errors) arrive in failed-orders 1 minute after their first failure, with 2 attempts, the error and condition RetriesExhausted: those count as dead-lettered. Filter the dead-letters table by destination to compare.',
  tags: ['async', 'destinations', 'retries'],
  scenario: {
    version: 1,
    name: 'Success and failure destinations',
    description: 'An order processor invoked asynchronously at 10 events/s: one retry, successes to EventBridge, failures to SQS.',
    seed: 21,
    durationSeconds: 300,
    functions: [
      {
        name: 'order-processor',
        runtime: 'nodejs22.x',
        memoryMB: 512,
        timeoutSeconds: 10,
        duration: { distribution: 'lognormal', median: 0.15, p99: 0.8 },
        errors: { transientRate: 0.1, poisonRate: 0.02 },
        async: { maximumRetryAttempts: 1, onSuccess: 'order-events', onFailure: 'failed-orders' },
      },
    ],
    sources: [{ type: 'async', function: 'order-processor', traffic: { pattern: 'poisson', rate: 10 } }],
    destinations: [
      { name: 'order-events', type: 'eventbridge' },
      { name: 'failed-orders', type: 'sqs' },
    ],
  },
};

const EMAIL_SENDER = {
  runtime: 'nodejs22.x',
  memoryMB: 256,
  timeoutSeconds: 10,
  duration: { distribution: 'lognormal', median: 0.2, p99: 0.6 },
};

/** The same at-least-once traffic into an idempotent and a non-idempotent function. */
export const asyncDuplicates: Preset = {
  id: 'async-duplicates-idempotency',
  title: 'At-least-once delivery and idempotency',
  concept:
    "Lambda's internal queue is eventually consistent, so an asynchronous event can be delivered more than once. A function that is not idempotent repeats its side effect (here: sends the email twice); an idempotent one recognises the duplicate (say, by an idempotency key) and skips it.",
  watch:
    'Both functions receive the same 20 events per second, 2 % of them delivered twice. send-email runs every duplicate: its invocations exceed its requests by the duplicate count — each one a second email and extra cost. send-email-idempotent has as many duplicates but skips them all (DuplicatesSkipped), so its invocations equal its requests. Requests and outcomes are identical: duplicates are not new requests.',
  tags: ['async', 'duplicates', 'idempotency', 'at-least-once'],
  scenario: {
    version: 1,
    name: 'At-least-once delivery and idempotency',
    description: 'Two email senders with 2 % duplicate delivery; only one is idempotent.',
    seed: 8,
    durationSeconds: 300,
    functions: [
      { name: 'send-email', ...EMAIL_SENDER },
      { name: 'send-email-idempotent', ...EMAIL_SENDER, idempotent: true },
    ],
    sources: [
      { type: 'async', function: 'send-email', traffic: { pattern: 'poisson', rate: 20 }, duplicateRate: 0.02 },
      { type: 'async', function: 'send-email-idempotent', traffic: { pattern: 'poisson', rate: 20 }, duplicateRate: 0.02 },
    ],
  },
};

/** A bulk re-index dumped as async events takes the account's shared pool from a sync API. */
export const asyncBacklogStarvesApi: Preset = {
  id: 'async-backlog-starves-api',
  title: 'An async backlog starves a synchronous API',
  concept:
    "Asynchronous and synchronous invocations draw on the same account concurrency. An async backlog is patient — its events wait in Lambda's queue and are dispatched the moment a unit frees up — so when it shares the unreserved pool with an API, it takes the headroom the API needs and the API's callers get 429s. Reserved concurrency on either function is the fix.",
  watch:
    'checkout-api needs about 100 concurrent executions all along. At t = 60 s a re-index job enqueues 60,000 events: image-reindex scales to fill the account (1,000 concurrent in all) and keeps it full while its queue drains. checkout-api\'s demand never changed, yet its requests are throttled by account concurrency until the backlog is gone. Try reservedConcurrency 300 on image-reindex (the backlog drains slower, the API is untouched) or 150 on checkout-api.',
  tags: ['async', 'sync', 'account concurrency', 'throttling', 'reserved concurrency'],
  scenario: {
    version: 1,
    name: 'An async backlog starves a synchronous API',
    description: 'An API (200 requests/s) and a bulk re-index (60,000 async events at t = 60 s) share the unreserved pool of a 1,000-concurrency account.',
    seed: 5,
    durationSeconds: 480,
    functions: [
      {
        name: 'checkout-api',
        runtime: 'nodejs22.x',
        memoryMB: 512,
        timeoutSeconds: 10,
        duration: { distribution: 'lognormal', median: 0.45, p99: 1.5 },
      },
      {
        name: 'image-reindex',
        runtime: 'python3.13',
        memoryMB: 2048,
        timeoutSeconds: 60,
        duration: { distribution: 'uniform', min: 3, max: 5 },
      },
    ],
    sources: [
      { type: 'sync', function: 'checkout-api', traffic: { pattern: 'poisson', rate: 200 }, client: { timeoutSeconds: 29 } },
      { type: 'async', function: 'image-reindex', traffic: { pattern: 'burst', count: 60000, atSecond: 60, overSeconds: 20 } },
    ],
  },
};

/** The asynchronous-invocation presets, in gallery order. */
export const ASYNC_PRESETS: Preset[] = [asyncRetriesDlq, asyncEventAge, asyncDestinations, asyncDuplicates, asyncBacklogStarvesApi];

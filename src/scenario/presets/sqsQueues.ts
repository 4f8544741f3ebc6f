import type { Preset } from './index';

/**
 * SQS event source mapping presets: pollers scaling up under a backlog with poison messages
 * redriven to a dead-letter queue; a batching window that uses up the visibility timeout and
 * produces duplicates; and the mapping's maximum concurrency against the function's reserved
 * concurrency.
 */

export const sqsBacklogRedrive: Preset = {
  id: 'sqs-backlog-redrive',
  title: 'SQS pollers scale up under a backlog; poison messages go to a DLQ',
  concept:
    'Lambda reads an SQS queue with pollers that start at 5 concurrent batches and add up to 300 a minute while messages wait, up to 1,250. A message that keeps failing is received again after each visibility timeout, and once it has been received maxReceiveCount times the queue\'s redrive policy moves it to the dead-letter queue.',
  watch:
    'The pollers step from 5 to 305 concurrent batches at t = 1 min, 605 at 2 min and 905 at 3 min (PollerConcurrency; ConcurrentExecutions follows). ApproximateNumberOfMessagesVisible falls from 300,000 to zero by about t = 3 min 15 s while the age of the oldest message peaks near 190 s. Poison messages are received every 60 s (the visibility timeout) and, five receives later, redriven: the first at about 5 min, most between 6 and 8 min — about 680 in the DLQ. Transient failures are simply received again. With the backlog gone, the pollers shed to the ~260 batches the 100 messages/s keep busy (a window of 0 s sends small batches).',
  tags: ['sqs', 'event source mapping', 'poller scaling', 'dead-letter queue'],
  scenario: {
    version: 1,
    name: 'SQS pollers scale up under a backlog; poison messages go to a DLQ',
    description: '300,000 orders already queued plus 100/s; pollers start at 5 batches of 10. 0.2 % of messages are poison, 1 % of attempts fail transiently; maxReceiveCount 5 → orders-dlq, ReportBatchItemFailures on.',
    seed: 11,
    durationSeconds: 900,
    functions: [
      {
        name: 'orders',
        runtime: 'nodejs22.x',
        memoryMB: 512,
        timeoutSeconds: 10,
        duration: { distribution: 'lognormal', median: 2, p99: 5 },
        errors: { transientRate: 0.01, poisonRate: 0.002 },
      },
    ],
    sources: [
      {
        type: 'sqs',
        function: 'orders',
        traffic: { pattern: 'poisson', rate: 100 },
        initialMessages: 300_000,
        batchSize: 10,
        visibilityTimeoutSeconds: 60,
        maxReceiveCount: 5,
        deadLetterQueue: 'orders-dlq',
        reportBatchItemFailures: true,
      },
    ],
    destinations: [{ name: 'orders-dlq', type: 'sqs' }],
  },
};

export const sqsVisibilityDuplicates: Preset = {
  id: 'sqs-visibility-duplicates',
  title: 'A visibility timeout shorter than the work: duplicates',
  concept:
    'A received message stays invisible for the queue\'s visibility timeout, counted from the moment a poller receives it — not from when the function starts. Time spent filling a batch (the batching window), a cold start or throttle retries all use it up. If it runs out while the batch is still being processed, SQS makes the message visible again, another poller receives it, and it is processed twice. AWS\'s rule of thumb, a visibility timeout of 6× the function timeout, leaves the batching window out.',
  watch:
    'Both queues batch up to 1,000 messages for 60 s and the function then runs 6–9 s. On reports (visibility 60 s = 6 × the 10 s timeout) the messages received in the first seconds of each window reach their visibility timeout while their batch is running: they reappear and go into the next batch. Duplicates shows a burst every minute from t = 60 s, about 320 in all (one message in nine); each message still counts once in the outcomes. reports-roomy, with a 90 s visibility timeout, has none.',
  tags: ['sqs', 'visibility timeout', 'duplicates', 'batching window', 'idempotency'],
  scenario: {
    version: 1,
    name: 'A visibility timeout shorter than the work: duplicates',
    description: 'Two identical queues batching up to 1,000 messages over a 60 s window; one has a 60 s visibility timeout, the other 90 s.',
    seed: 3,
    durationSeconds: 600,
    functions: [
      { name: 'reports', memoryMB: 1024, timeoutSeconds: 10, duration: { distribution: 'uniform', min: 6, max: 9 } },
      { name: 'reports-roomy', memoryMB: 1024, timeoutSeconds: 10, duration: { distribution: 'uniform', min: 6, max: 9 } },
    ],
    sources: [
      { type: 'sqs', function: 'reports', traffic: { pattern: 'poisson', rate: 5 }, batchSize: 1000, maximumBatchingWindowInSeconds: 60, visibilityTimeoutSeconds: 60 },
      { type: 'sqs', function: 'reports-roomy', traffic: { pattern: 'poisson', rate: 5 }, batchSize: 1000, maximumBatchingWindowInSeconds: 60, visibilityTimeoutSeconds: 90 },
    ],
  },
};

export const sqsMaximumConcurrency: Preset = {
  id: 'sqs-maximum-concurrency',
  title: 'SQS maximum concurrency against reserved concurrency',
  concept:
    'Reserved concurrency caps a function, but the SQS pollers do not know it: they keep scaling while messages wait, and every batch beyond the cap is throttled. Throttled batches are retried while their visibility timeout lasts, then their messages return to the queue with a receive counted — enough throttles send healthy messages to the dead-letter queue. The mapping\'s maximumConcurrency stops the pollers at the cap instead.',
  watch:
    'bounded\'s pollers stop at 20 (maximumConcurrency) and it works through its backlog by about t = 6 min with no throttle. unbounded\'s pollers jump to 305 at t = 1 min: every batch beyond 20 is throttled — about 5,400 throttled attempts in that minute — and the messages of batches still throttled when their 30 s visibility timeout ends go back with a receive counted. With maxReceiveCount 2 the second such return sends them to the DLQ: about 9,600 messages that never failed are redriven (Dead letters panel), in bursts at about 2 min 15 s, 4 min and 4 min 15 s. The pollers back off to 20 and scale up again every other minute while messages wait; unbounded empties its queue sooner only because it dead-lettered a tenth of it.',
  tags: ['sqs', 'maximum concurrency', 'reserved concurrency', 'throttling'],
  scenario: {
    version: 1,
    name: 'SQS maximum concurrency against reserved concurrency',
    description: 'Two identical functions with reserved concurrency 20, each fed by a queue with a 30,000-message backlog and 100 messages/s (maxReceiveCount 2 → dlq); only the second mapping sets maximumConcurrency 20.',
    seed: 5,
    durationSeconds: 600,
    functions: [
      { name: 'unbounded', memoryMB: 512, timeoutSeconds: 5, duration: { distribution: 'lognormal', median: 0.9, p99: 1.8 }, reservedConcurrency: 20 },
      { name: 'bounded', memoryMB: 512, timeoutSeconds: 5, duration: { distribution: 'lognormal', median: 0.9, p99: 1.8 }, reservedConcurrency: 20 },
    ],
    sources: [
      { type: 'sqs', function: 'unbounded', traffic: { pattern: 'poisson', rate: 100 }, initialMessages: 30_000, batchSize: 10, visibilityTimeoutSeconds: 30, maxReceiveCount: 2, deadLetterQueue: 'dlq' },
      { type: 'sqs', function: 'bounded', traffic: { pattern: 'poisson', rate: 100 }, initialMessages: 30_000, batchSize: 10, visibilityTimeoutSeconds: 30, maxReceiveCount: 2, deadLetterQueue: 'dlq', maximumConcurrency: 20 },
    ],
    destinations: [{ name: 'dlq', type: 'sqs' }],
  },
};

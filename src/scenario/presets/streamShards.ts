import type { Preset } from './index';

/**
 * Kinesis stream presets: a poison record blocking its shard, the same with bisectBatchOnFunctionError
 * and with ReportBatchItemFailures, and the parallelization factor on a hot shard. The three poison
 * presets share one stream and seed, so the same bad record (about t = 95 s, on shard-2) meets
 * each error-handling setting.
 */

const ingest = {
  name: 'ingest',
  runtime: 'nodejs22.x',
  memoryMB: 512,
  timeoutSeconds: 30,
  duration: { distribution: 'lognormal', median: 0.4, p99: 1.2 },
  errors: { transientRate: 0, poisonRate: 0.000005 },
};

function poisonScenario(name: string, description: string, mapping: Record<string, unknown>, withDestination: boolean): unknown {
  return {
    version: 1,
    name,
    description,
    seed: 7,
    durationSeconds: 600,
    functions: [ingest],
    sources: [
      {
        type: 'kinesis',
        function: 'ingest',
        shards: 4,
        partitionKeys: 1000,
        traffic: { pattern: 'poisson', rate: 400 },
        batchSize: 100,
        startingPosition: 'LATEST',
        ...mapping,
      },
    ],
    ...(withDestination ? { destinations: [{ name: 'failed-batches', type: 'sqs' }] } : {}),
  };
}

export const streamPoisonBlocksShard: Preset = {
  id: 'stream-poison-blocks-shard',
  title: 'A poison record blocks a Kinesis shard',
  concept:
    'Lambda reads each shard in order, one batch at a time, and a failed batch is retried before anything behind it. With the defaults — retry forever (maximumRetryAttempts −1), no maximum record age, records kept 24 hours — one record that always fails stalls its shard for as long as records live.',
  watch:
    'At about t = 95 s a poison record reaches shard-2. In the Queues panel shard-2’s iterator age climbs in a straight line to about 500 s by the end and its backlog passes 50,000 records, while the other three shards stay within a couple of seconds. The summary shows about 51,000 records still pending: nothing behind the bad record is processed. The narration marks the moment the shard blocks.',
  tags: ['kinesis', 'streams', 'poison record', 'iterator age'],
  scenario: poisonScenario(
    'A poison record blocks a Kinesis shard',
    '400 records/s over 4 shards; one poison record, default error handling (retry until the records expire).',
    {},
    false,
  ),
};

export const streamBisectOnError: Preset = {
  id: 'stream-bisect-on-error',
  title: 'Bisecting a failed stream batch',
  concept:
    'With bisectBatchOnFunctionError Lambda splits a failed batch in two and retries each half, first half first; splitting uses no retry attempts. The good halves succeed, and the split narrows down to the bad record, which then uses its retries and goes to the on-failure destination.',
  watch:
    'The same poison record (t ≈ 95 s, shard-2). The failing batch is halved again and again until the bad record is alone; after its 2 retries one dead-letter entry (1 record, RetriesExhausted) reaches failed-batches and the shard moves on. Shard-2 is held for about 11 s: its iterator age bumps to ~11 s and falls back, and every other record succeeds.',
  tags: ['kinesis', 'streams', 'bisect', 'on-failure destination'],
  scenario: poisonScenario(
    'Bisecting a failed stream batch',
    'The poison-record stream with bisectBatchOnFunctionError, 2 retries and an on-failure destination.',
    { bisectBatchOnFunctionError: true, maximumRetryAttempts: 2, onFailure: 'failed-batches' },
    true,
  ),
};

export const streamPartialBatchResponse: Preset = {
  id: 'stream-partial-batch-response',
  title: 'Partial batch responses on a stream',
  concept:
    'With ReportBatchItemFailures the function reports the first record that failed; Lambda checkpoints before it at once and retries from there, so the records before it are not processed again. When the retries run out, what is left of the batch goes to the on-failure destination together.',
  watch:
    'The same poison record (t ≈ 95 s, shard-2). The records before it in its batch succeed at the first failure; the retries start at the bad record, and shard-2 is held for only about 3 s. But after 2 retries the remainder — the poison record and the good records after it in its batch (4 records in this run) — goes to failed-batches as one entry. Turn on bisectBatchOnFunctionError as well to isolate just the bad record.',
  tags: ['kinesis', 'streams', 'ReportBatchItemFailures', 'on-failure destination'],
  scenario: poisonScenario(
    'Partial batch responses on a stream',
    'The poison-record stream with ReportBatchItemFailures, 2 retries and an on-failure destination.',
    { reportBatchItemFailures: true, maximumRetryAttempts: 2, onFailure: 'failed-batches' },
    true,
  ),
};

const hotShardFunction = (name: string) => ({
  name,
  runtime: 'python3.13',
  memoryMB: 512,
  timeoutSeconds: 30,
  duration: { distribution: 'lognormal', median: 0.5, p99: 1.5 },
});

const hotShard = (fn: string, parallelizationFactor: number) => ({
  type: 'kinesis',
  function: fn,
  shards: 1,
  partitionKeys: 1000,
  traffic: { pattern: 'poisson', rate: 300 },
  batchSize: 100,
  startingPosition: 'LATEST',
  parallelizationFactor,
});

export const streamParallelizationFactor: Preset = {
  id: 'stream-parallelization-factor',
  title: 'Parallelization factor on a hot shard',
  concept:
    'One shard is read one batch at a time, so a slow consumer falls behind however much concurrency the account has. parallelizationFactor (1–10) lets Lambda process that many batches of a shard at once, keeping order per partition key: a key always goes to the same one of the shard’s lanes.',
  watch:
    'Two identical hot shards, 300 records/s each, batches of up to 100 that take about 0.5 s. ingest-pf1 (factor 1) manages about 180 records/s: its backlog grows to about 70,000 records and its iterator age climbs to about 4 minutes. ingest-pf10 (factor 10) runs ten batches at once and its iterator age stays under 5 s — at ten times the concurrency, with many more, smaller invocations.',
  tags: ['kinesis', 'streams', 'parallelization factor', 'iterator age'],
  scenario: {
    version: 1,
    name: 'Parallelization factor on a hot shard',
    description: 'The same hot single-shard stream read with parallelizationFactor 1 and 10.',
    seed: 3,
    durationSeconds: 600,
    functions: [hotShardFunction('ingest-pf1'), hotShardFunction('ingest-pf10')],
    sources: [hotShard('ingest-pf1', 1), hotShard('ingest-pf10', 10)],
  },
};

import { describe, expect, it } from 'vitest';
import type { Source } from '../../../scenario/types';
import { makeResult, makeScenario, series } from '../../testing/fixtures';
import { queueReadoutAt, selectQueues } from './select';

const window = { t0: 0, t1: 3 };
const traffic = { pattern: 'constant' as const, rate: 1 };

describe('selectQueues', () => {
  it('explains why a synchronous-only scenario has nothing to show', () => {
    const view = selectQueues(makeResult(), makeScenario(), window, 600);
    expect(view.rows).toEqual([]);
    expect(view.empty).toMatch(/No async, SQS or stream sources/);
  });

  it('draws async depth and age, SQS visible/in-flight and per-shard stream lines', () => {
    const sources: Source[] = [
      { type: 'async', function: 'api', traffic, duplicateRate: 0 },
      { type: 'sqs', function: 'api', traffic, batchSize: 10, maximumBatchingWindowInSeconds: 0, visibilityTimeoutSeconds: 30, maxReceiveCount: 3, deadLetterQueue: null, maximumConcurrency: null, reportBatchItemFailures: false, retentionSeconds: 1000, initialMessages: 0 },
      { type: 'kinesis', function: 'api', traffic, shards: 2, partitionKeys: 10, recordSizeBytes: 100, batchSize: 10, maximumBatchingWindowInSeconds: 0, parallelizationFactor: 1, startingPosition: 'LATEST', startingPositionTimestamp: null, preloadRecords: 0, bisectBatchOnFunctionError: false, maximumRetryAttempts: -1, maximumRecordAgeInSeconds: -1, reportBatchItemFailures: false, retentionSeconds: 86400, onFailure: null },
    ];
    const result = makeResult({
      series: {
        bucketSeconds: 1,
        buckets: 3,
        sources: [
          { AsyncQueueDepth: series(0, 5, 2), AsyncEventAge: series(0, 1, 2) },
          { ApproximateNumberOfMessagesVisible: series(1, 2, 3), ApproximateNumberOfMessagesNotVisible: series(1, 1, 1), ApproximateAgeOfOldestMessage: series(0, 1, 1) },
          { ShardBacklog: series(3, 3, 3), 'ShardBacklog:shard-1': series(1, 1, 1), 'ShardBacklog:shard-0': series(2, 2, 2), 'IteratorAge:shard-0': series(0, 1, 2) },
        ],
      },
    });
    const view = selectQueues(result, makeScenario({ sources }), window, 600);
    expect(view.empty).toBeNull();
    expect(view.rows.map((r) => r.charts.map((c) => c.legend.map((l) => l.label)))).toEqual([
      [['Queue depth'], ['Oldest event age']],
      [['Visible (waiting)', 'In flight (invisible)'], ['Oldest message age']],
      [['shard-0', 'shard-1'], ['shard-0']],
    ]);
  });

  it('reads each legend series at the playhead, per source; age charts in seconds', () => {
    const result = makeResult({ series: { bucketSeconds: 2, buckets: 3, sources: [{}, { AsyncQueueDepth: series(0, 5, 2), AsyncEventAge: series(0, 1, 2) }] } });
    expect(queueReadoutAt(result, 1, ['AsyncQueueDepth', 'AsyncEventAge', 'AsyncEventsDropped'], 2.5)).toEqual({ AsyncQueueDepth: 5, AsyncEventAge: 1, AsyncEventsDropped: null });
    expect(queueReadoutAt(result, 1, ['AsyncQueueDepth'], 99)).toEqual({ AsyncQueueDepth: 2 });
    const scenario = makeScenario({ sources: [{ type: 'sync', function: 'api', traffic } as Source, { type: 'async', function: 'api', traffic, duplicateRate: 0 }] });
    const view = selectQueues(result, scenario, window, 600);
    expect(view.rows[0]?.charts.map((c) => c.unit)).toEqual(['', 's']);
  });
});

import { describe, expect, it } from 'vitest';
import { rngStream } from '../kernel/rng';
import { Simulation, simulate } from '../simulation';
import { makeFunction, makeScenario, makeStream } from '../testing/builders';
import type { StreamSource } from '../../scenario/types';
import { drawPartitionKey, laneOf, MAX_SHARD_SERIES, preloadReadFrom, preloadTime } from './streamSource';

describe('partition keys and shards', () => {
  it('sends a key always to the same shard and lane, spreading keys evenly', () => {
    const perShard = [0, 0, 0, 0];
    const perLane = new Array<number>(4 * 5).fill(0);
    for (let key = 0; key < 20_000; key += 1) {
      const lane = laneOf(key, 4, 5);
      expect(laneOf(key, 4, 5)).toBe(lane);
      perShard[Math.floor(lane / 5)]! += 1;
      perLane[lane]! += 1;
    }
    for (const n of perShard) expect(n).toBeGreaterThan(4600);
    for (const n of perLane) expect(n).toBeGreaterThan(850);
  });

  it('keeps a key on its shard whatever the parallelization factor', () => {
    for (let key = 0; key < 500; key += 1) expect(Math.floor(laneOf(key, 7, 10) / 10)).toBe(laneOf(key, 7, 1));
  });

  it('places preloaded records evenly over the hour before the run and reads from the starting position', () => {
    expect([0, 1, 2, 3].map((i) => preloadTime(i, 4))).toEqual([-3150, -2250, -1350, -450]);
    expect(preloadReadFrom({ startingPosition: 'LATEST', startingPositionTimestamp: null }, 4)).toBe(4);
    expect(preloadReadFrom({ startingPosition: 'TRIM_HORIZON', startingPositionTimestamp: null }, 4)).toBe(0);
    expect(preloadReadFrom({ startingPosition: 'AT_TIMESTAMP', startingPositionTimestamp: 1000 }, 4)).toBe(3);
    expect(preloadReadFrom({ startingPosition: 'AT_TIMESTAMP', startingPositionTimestamp: 90_000 }, 4)).toBe(0);
  });
});

describe('parallelization factor', () => {
  const SHARDS = 2;
  const PF = 4;
  const KEYS = 20;
  const scenario = makeScenario({
    seed: 9,
    durationSeconds: 20,
    functions: [makeFunction({ duration: { distribution: 'uniform', min: 0.05, max: 0.6 } })],
    sources: [makeStream({ traffic: { pattern: 'constant', rate: 50 }, shards: SHARDS, parallelizationFactor: PF, partitionKeys: KEYS, batchSize: 5 })],
  });

  it('keeps per-key order while batches of one shard run concurrently', () => {
    const sim = new Simulation(scenario, { trace: true });
    while (!sim.advance(10_000));
    const result = sim.result();
    // Replay the routing: the i-th record's key, lane and sequence number in its lane.
    const rng = rngStream(scenario.seed, 'partitionKeys:0');
    const records = Array.from({ length: result.summary.requests }, () => drawPartitionKey(rng, KEYS));
    const seqInLane = new Map<string, number>();
    const routed = records.map((key) => {
      const lane = laneOf(key, SHARDS, PF);
      const label = `shard-${Math.floor(lane / PF)}/${lane % PF}`;
      const seq = seqInLane.get(label) ?? 0;
      seqInLane.set(label, seq + 1);
      return { key, label, seq };
    });
    // When each lane's checkpoint passed each sequence number.
    const checkpoints = new Map<string, { t: number; upTo: number }[]>();
    for (const line of sim.log) {
      const [t, kind, , label, upTo] = line.split(' ');
      if (kind !== 'checkpointAdvanced') continue;
      const list = checkpoints.get(label!) ?? [];
      list.push({ t: Number(t), upTo: Number(upTo) });
      checkpoints.set(label!, list);
    }
    const doneAt = routed.map((r) => checkpoints.get(r.label)?.find((c) => c.upTo > r.seq)?.t ?? Infinity);
    const lastByKey = new Map<number, number>();
    routed.forEach((r, i) => {
      expect(doneAt[i]!).toBeGreaterThanOrEqual(lastByKey.get(r.key) ?? 0);
      lastByKey.set(r.key, doneAt[i]!);
    });
    // Across keys the order is not kept: some later record finishes before an earlier one.
    expect(doneAt.some((t, i) => i > 0 && t < doneAt[i - 1]!)).toBe(true);
    expect(Math.max(...result.series.sources[0]!.BatchesInFlight!)).toBeGreaterThan(SHARDS);
    expect(result.summary.outcomes.succeeded).toBeGreaterThan(900);
  });

  it('raises the throughput of a hot shard', () => {
    const hot = (parallelizationFactor: number) =>
      simulate(
        makeScenario({
          durationSeconds: 60,
          functions: [makeFunction({ duration: 0.5 })],
          sources: [makeStream({ traffic: { pattern: 'poisson', rate: 100 }, batchSize: 10, partitionKeys: 1000, parallelizationFactor })],
        }),
      );
    const one = hot(1);
    const ten = hot(10);
    // One lane: 10 records per 0.5 s at best; ten lanes keep up with 100 records/s.
    expect(one.summary.outcomes.succeeded).toBeLessThan(1300);
    expect(ten.summary.outcomes.succeeded).toBeGreaterThan(5500);
    expect(Math.max(...one.series.sources[0]!.IteratorAge!)).toBeGreaterThan(30);
    expect(Math.max(...ten.series.sources[0]!.IteratorAge!)).toBeLessThan(2);
  });
});

describe('stream series and outcomes', () => {
  const many = (shards: number, overrides: Partial<StreamSource> = {}) =>
    simulate(makeScenario({ durationSeconds: 30, sources: [makeStream({ traffic: { pattern: 'poisson', rate: 200 }, shards, ...overrides })] }));

  it('reports IteratorAge, ShardBacklog and BatchesInFlight, with per-shard series for a few shards', () => {
    const result = many(4, { maximumBatchingWindowInSeconds: 5 });
    const g = result.series.sources[0]!;
    expect(Object.keys(g).sort()).toEqual([
      'BatchesInFlight', 'BatchesInFlightMean', 'IteratorAge', 'IteratorAge:shard-0', 'IteratorAge:shard-1', 'IteratorAge:shard-2', 'IteratorAge:shard-3',
      'ShardBacklog', 'ShardBacklog:shard-0', 'ShardBacklog:shard-1', 'ShardBacklog:shard-2', 'ShardBacklog:shard-3',
    ]);
    for (let b = 0; b < result.series.buckets; b += 1) {
      const shards = [0, 1, 2, 3].map((s) => g[`ShardBacklog:shard-${s}`]![b]!);
      expect(shards.reduce((a, x) => a + x, 0)).toBe(g.ShardBacklog![b]);
      expect(Math.max(...[0, 1, 2, 3].map((s) => g[`IteratorAge:shard-${s}`]![b]!))).toBe(g.IteratorAge![b]);
      // A 5 s window keeps records waiting up to 5 s.
      expect(g.IteratorAge![b]).toBeLessThanOrEqual(5.6);
    }
    expect(Math.max(...g.IteratorAge!)).toBeGreaterThan(3);
  });

  it(`keeps only totals beyond ${MAX_SHARD_SERIES} shards`, () => {
    const g = many(MAX_SHARD_SERIES + 1).series.sources[0]!;
    expect(Object.keys(g).filter((k) => k.includes(':'))).toEqual([]);
  });

  it('models DynamoDB Streams the same way', () => {
    const result = many(2, { type: 'dynamodb' });
    expect(result.summary.sources[0]).toMatchObject({ type: 'dynamodb' });
    expect(result.summary.outcomes.succeeded).toBeGreaterThan(5000);
    expect(result.moments.find((m) => m.kind === 'firstRequest')?.text).toMatch(/DynamoDB stream → fn \(2 shards\)/);
  });

  it('counts every record once: succeeded + dead-lettered + dropped + pending = records', () => {
    const result = simulate(
      makeScenario({
        durationSeconds: 120,
        functions: [makeFunction({ duration: { distribution: 'exponential', mean: 0.3 }, errors: { transientRate: 0.2, poisonRate: 0.01 }, reservedConcurrency: 3 })],
        sources: [makeStream({ traffic: { pattern: 'poisson', rate: 60 }, shards: 3, parallelizationFactor: 2, batchSize: 20, bisectBatchOnFunctionError: true, maximumRetryAttempts: 3, maximumRecordAgeInSeconds: 60, onFailure: 'dlq' })],
        destinations: [{ name: 'dlq', type: 'sqs' }],
      }),
    );
    const o = result.summary.outcomes;
    expect(o.succeeded + o.deadLettered + o.dropped + o.pending).toBe(result.summary.requests);
    expect(o.failed + o.throttled).toBe(0);
    expect(o.deadLettered).toBeGreaterThan(0);
    expect(result.deadLetters.byDestination[0]!.records).toBe(o.deadLettered);
  });

  it('lists its constants in the model notes, the invented ones marked as assumptions', () => {
    const names = (result: ReturnType<typeof simulate>) => result.constants.map((c) => `${c.name}|${c.kind}`);
    const withStream = names(many(1));
    expect(withStream).toContain('Stream retry delay|assumption');
    expect(withStream).toContain('Stream batch payload limit|aws');
    expect(withStream).not.toContain('Records already in the stream|assumption');
    expect(names(simulate(makeScenario()))).not.toContain('Stream retry delay|assumption');
  });
});

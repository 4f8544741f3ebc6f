/**
 * A Kinesis Data Streams or DynamoDB Streams event source mapping (DESIGN §2.1; aws-facts §6):
 * records arrive (one lazy arrival event each), get a partition key, and land on a shard chosen by
 * hashing the key; with `parallelizationFactor` > 1 each shard has that many lanes and a key always
 * maps to the same lane, which keeps per-key order. Each lane (streamShard.ts) reads in order, one
 * batch at a time. Both stream types share this model; DynamoDB Streams keep records 24 h.
 *
 * Every record read is a request in the outcome ledger (DESIGN §2.2): it succeeds with its batch
 * (or its part of it), is dead-lettered when its batch's metadata goes to the on-failure
 * destination, or is dropped (discarded with no destination, or aged out by retention).
 *
 * *Assumptions*, each exported: partition keys are uniform over `partitionKeys` and routed by a
 * fixed 32-bit hash (Kinesis hashes keys with MD5 into shard ranges: equally even); records
 * "already in the stream" (`preloadRecords`) entered it evenly over the hour before t = 0. With
 * LATEST they are skipped and are not requests of this run; TRIM_HORIZON reads them all;
 * AT_TIMESTAMP reads those newer than `startingPositionTimestamp` seconds before t = 0.
 * IteratorAge is the age of the oldest unprocessed record (CloudWatch's is the age of the last
 * record of each batch read; both climb while a shard is blocked).
 */
import type { StreamSource } from '../../scenario/types';
import type { SimContext, SourceModel } from '../context';
import type { Rng } from '../kernel/rng';
import { drawPoison } from '../lambda/failureModel';
import type { FunctionRuntime } from '../lambda/functionRuntime';
import { formatCount, formatSeconds } from '../metrics/moments';
import type { SeriesGroupKey } from '../metrics/seriesRegistry';
import type { Sampled } from '../metrics/timeSeries';
import type { DeadLetterCondition } from '../resultTypes';
import { arrivalStream, type ArrivalStream } from '../traffic/arrivals';
import { batchRecordLimit } from './streamBatch';
import { StreamLane, type StreamShared } from './streamShard';

/** *Assumption*: preloaded records entered the stream evenly over this many seconds before t = 0. */
export const PRELOAD_HISTORY_SECONDS = 3600;

/** Per-shard series (`IteratorAge:shard-<i>`, `ShardBacklog:shard-<i>`) are kept up to this many shards (bounded memory). */
export const MAX_SHARD_SERIES = 16;

/** Narration: at most this many 'shardBlocked' moments per source. */
const MAX_BLOCKED_MOMENTS = 3;
/** Narration: a shard whose oldest unprocessed record is older than this is said to fall behind. */
const FALLING_BEHIND_SECONDS = 60;

/** A 32-bit integer hash (murmur3's finaliser): spreads consecutive keys evenly. */
export function hashKey(key: number): number {
  let x = key >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** The lane (shard × parallelizationFactor + lane) that partition key `key` always maps to. */
export function laneOf(key: number, shards: number, parallelizationFactor: number): number {
  const shard = hashKey(key) % shards;
  const lane = parallelizationFactor > 1 ? hashKey(key ^ 0x5bd1e995) % parallelizationFactor : 0;
  return shard * parallelizationFactor + lane;
}

/** A partition key, uniform over `keys` distinct keys. */
export function drawPartitionKey(rng: Rng, keys: number): number {
  return Math.floor(rng.next() * keys);
}

/** Which of `count` records, spread evenly over PRELOAD_HISTORY_SECONDS before t = 0, a mapping reads. */
export function preloadReadFrom(config: Pick<StreamSource, 'startingPosition' | 'startingPositionTimestamp'>, count: number): number {
  switch (config.startingPosition) {
    case 'LATEST':
      return count;
    case 'TRIM_HORIZON':
      return 0;
    case 'AT_TIMESTAMP': {
      const from = -(config.startingPositionTimestamp ?? 0);
      let i = 0;
      while (i < count && preloadTime(i, count) < from) i += 1;
      return i;
    }
    default: {
      const never: never = config.startingPosition;
      throw new Error(`unknown starting position ${String(never)}`);
    }
  }
}

/** When the `i`-th of `count` preloaded records entered the stream (seconds, negative). */
export function preloadTime(i: number, count: number): number {
  return -PRELOAD_HISTORY_SECONDS + (PRELOAD_HISTORY_SECONDS * (i + 0.5)) / count;
}

/** `shard-3`, or `shard-3, lane 1` under a parallelization factor, for narration. */
function laneName(lane: StreamLane): string {
  return lane.label.replace('/', ', lane ');
}

export class StreamSourceModel implements SourceModel {
  private readonly arrivals: ArrivalStream;
  private readonly rngKeys: Rng;
  private readonly rngPoison: Rng;
  private readonly lanes: StreamLane[] = [];
  private readonly shared: StreamShared;
  private readonly iteratorAge: Sampled;
  private readonly backlog: Sampled;
  private readonly perShard: { age: Sampled; backlog: Sampled }[] = [];
  private readonly title: string;
  private blockedTold = 0;
  private arrived = false;

  constructor(
    private readonly ctx: SimContext,
    private readonly config: StreamSource,
    private readonly index: number,
    private readonly fn: FunctionRuntime,
  ) {
    this.arrivals = arrivalStream(config.traffic, ctx.rng.get(`arrivals:${index}`), ctx.horizon);
    this.rngKeys = ctx.rng.get(`partitionKeys:${index}`);
    this.rngPoison = ctx.rng.get(`poison:${index}`);
    this.title = `${config.type === 'kinesis' ? 'Kinesis stream' : 'DynamoDB stream'} → ${fn.name}`;
    const group: SeriesGroupKey = { kind: 'source', index };
    this.shared = {
      ctx,
      fn,
      config,
      index,
      limit: batchRecordLimit(config.batchSize, config.recordSizeBytes),
      batchesInFlight: ctx.series.gauge(group, 'BatchesInFlightMean', 'BatchesInFlight'),
      blocked: (lane, since) => this.blocked(lane, since),
      discarded: (lane, count, condition, delivered) => this.discarded(lane, count, condition, delivered),
    };
    this.iteratorAge = ctx.series.sampled(group, 'IteratorAge');
    this.backlog = ctx.series.sampled(group, 'ShardBacklog');
    const pf = config.parallelizationFactor;
    for (let shard = 0; shard < config.shards; shard += 1) {
      for (let lane = 0; lane < pf; lane += 1) this.lanes.push(new StreamLane(this.shared, shard, pf > 1 ? `shard-${shard}/${lane}` : `shard-${shard}`));
      if (config.shards <= MAX_SHARD_SERIES) {
        this.perShard.push({ age: ctx.series.sampled(group, `IteratorAge:shard-${shard}`), backlog: ctx.series.sampled(group, `ShardBacklog:shard-${shard}`) });
      }
    }
  }

  start(): void {
    this.preload();
    this.scheduleNextArrival();
  }

  livePending(): number {
    let n = 0;
    for (const lane of this.lanes) n += lane.backlog;
    return n;
  }

  sample(bucket: number): void {
    const now = this.ctx.now;
    const pf = this.config.parallelizationFactor;
    let oldest = 0;
    let total = 0;
    for (let shard = 0; shard < this.config.shards; shard += 1) {
      let age = 0;
      let backlog = 0;
      for (let l = shard * pf; l < (shard + 1) * pf; l += 1) {
        const lane = this.lanes[l]!;
        age = Math.max(age, lane.oldestAge(now));
        backlog += lane.backlog;
      }
      if (age > FALLING_BEHIND_SECONDS) this.fallingBehind(shard, age);
      this.perShard[shard]?.age.record(bucket, age);
      this.perShard[shard]?.backlog.record(bucket, backlog);
      oldest = Math.max(oldest, age);
      total += backlog;
    }
    this.iteratorAge.record(bucket, oldest);
    this.backlog.record(bucket, total);
  }

  /** Puts the records a starting position reads into their lanes; they are read from t = 0. */
  private preload(): void {
    const count = this.config.preloadRecords;
    const from = preloadReadFrom(this.config, count);
    if (from >= count) return;
    const keys = this.ctx.rng.get(`preloadKeys:${this.index}`);
    const poison = this.ctx.rng.get(`preloadPoison:${this.index}`);
    const { shards, parallelizationFactor, partitionKeys } = this.config;
    for (let i = from; i < count; i += 1) {
      const lane = this.lanes[laneOf(drawPartitionKey(keys, partitionKeys), shards, parallelizationFactor)]!;
      lane.offer(preloadTime(i, count), drawPoison(this.fn.config.errors.poisonRate, poison), false);
    }
    this.ctx.ledger.arrive(this.index, count - from);
    this.ctx.schedule(0, 'streamPreloaded', () => {
      for (const lane of this.lanes) lane.consider();
    });
  }

  /** One event per arrival time: records entering the stream at the same instant are read together. */
  private scheduleNextArrival(t = this.arrivals.next()): void {
    if (t === Infinity) return;
    this.ctx.schedule(t, 'recordArrived', () => {
      const lane = this.arrive();
      let next = this.arrivals.next();
      if (next === t) {
        const touched = [lane];
        for (; next === t; next = this.arrivals.next()) {
          const other = this.arrive();
          if (touched[touched.length - 1] !== other) touched.push(other);
        }
        for (const l of touched) l.consider();
      } else lane.consider();
      this.scheduleNextArrival(next);
    });
  }

  /** A record enters the stream now; returns its lane (which has not read it yet). */
  private arrive(): StreamLane {
    const { shards, parallelizationFactor, partitionKeys } = this.config;
    const key = drawPartitionKey(this.rngKeys, partitionKeys);
    const poison = drawPoison(this.fn.config.errors.poisonRate, this.rngPoison);
    this.ctx.ledger.arrive(this.index);
    if (!this.arrived) this.ctx.moments.once(this.ctx.now, 'firstRequest', `First record on the ${this.title} (${shards} shard${shards === 1 ? '' : 's'}); Lambda reads each shard in order, one batch at a time${parallelizationFactor > 1 ? ` per lane (parallelization factor ${parallelizationFactor})` : ''}.`, { sourceIndex: this.index });
    this.arrived = true;
    const lane = this.lanes[laneOf(key, shards, parallelizationFactor)]!;
    lane.offer(this.ctx.now, poison, false);
    return lane;
  }

  private fallingBehind(shard: number, age: number): void {
    this.ctx.moments.once(this.ctx.now, 'queueGrowing', () => `${this.title}: the oldest unprocessed record of shard-${shard} is ${formatSeconds(age)} old and the iterator age is climbing — the shard is read one batch at a time${this.config.parallelizationFactor > 1 ? ' per lane' : ''}, and its batches are not keeping up (too slow, or failing).`, { sourceIndex: this.index });
  }

  private blocked(lane: StreamLane, since: number): void {
    if (this.blockedTold >= MAX_BLOCKED_MOMENTS) return;
    this.blockedTold += 1;
    const t = this.ctx.now;
    this.ctx.moments.once(t, 'shardBlocked', `${this.title}: ${laneName(lane)} blocked by a failing batch since t = ${formatSeconds(since)}; Lambda retries it and reads nothing behind it, so the iterator age climbs.`, {
      sourceIndex: this.index,
      key: `shardBlocked|${this.index}|${laneName(lane)}`,
    });
  }

  private discarded(lane: StreamLane, count: number, condition: DeadLetterCondition | 'RetentionExpired', delivered: boolean): void {
    const t = this.ctx.now;
    const records = `${formatCount(count)} record${count === 1 ? '' : 's'}`;
    const where = delivered ? `the batch metadata went to the on-failure destination ${this.config.onFailure}` : 'with no on-failure destination the records are lost';
    const extra = { sourceIndex: this.index, key: `${condition}|${this.index}` };
    if (condition === 'RetentionExpired') {
      this.ctx.moments.once(t, 'firstExpiry', () => `${this.title}: ${records} on ${laneName(lane)} aged out of the stream's ${formatSeconds(this.config.retentionSeconds)} retention before Lambda processed them: dropped.`, extra);
    } else if (condition === 'RecordAgeExceeded') {
      this.ctx.moments.once(t, 'firstExpiry', () => `${this.title}: ${records} on ${laneName(lane)} passed maximumRecordAgeInSeconds (${formatSeconds(this.config.maximumRecordAgeInSeconds)}) and ${count === 1 ? 'was' : 'were'} skipped; ${where}.`, extra);
    } else {
      this.ctx.moments.once(t, delivered ? 'firstDeadLetter' : 'note', () => `${this.title}: a batch of ${records} on ${laneName(lane)} used up its ${this.config.maximumRetryAttempts} retr${this.config.maximumRetryAttempts === 1 ? 'y' : 'ies'}; ${where}, and the shard moves on.`, extra);
    }
  }
}

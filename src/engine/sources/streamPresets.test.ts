/** The stream presets do what their "watch" text says (src/scenario/presets/streamShards.ts). */
import { describe, expect, it } from 'vitest';
import { restoreScenario } from '../../scenario/restore';
import { getPreset } from '../../scenario/presets';
import { simulate } from '../simulation';

function runPreset(id: string) {
  const restored = restoreScenario(getPreset(id)?.scenario);
  if (!restored.ok) throw new Error(`preset ${id} does not restore`);
  expect(restored.warnings).toEqual([]);
  return simulate(restored.scenario);
}

const peak = (values: Float64Array | undefined) => Math.max(...(values ?? [0]));

describe('stream presets', () => {
  it('stream-poison-blocks-shard: shard-2 blocks at ~95 s and its iterator age climbs to ~500 s', () => {
    const r = runPreset('stream-poison-blocks-shard');
    const g = r.series.sources[0]!;
    expect(r.moments.find((m) => m.kind === 'shardBlocked')?.text).toMatch(/shard-2 blocked/);
    expect(g['IteratorAge:shard-2']!.at(-1)).toBeGreaterThan(480);
    for (const s of [0, 1, 3]) expect(peak(g[`IteratorAge:shard-${s}`])).toBeLessThan(3);
    expect(g['ShardBacklog:shard-2']!.at(-1)).toBeGreaterThan(50_000);
    expect(r.summary.outcomes.pending).toBeGreaterThan(50_000);
    expect(r.summary.outcomes.deadLettered + r.summary.outcomes.dropped).toBe(0);
  });

  it('stream-bisect-on-error: one record dead-lettered, shard-2 held ~11 s', () => {
    const r = runPreset('stream-bisect-on-error');
    expect(r.deadLetters.records).toHaveLength(1);
    expect(r.deadLetters.records[0]).toMatchObject({ records: 1, condition: 'RetriesExhausted', destination: 'failed-batches' });
    const held = r.deadLetters.records[0]!.t - r.deadLetters.records[0]!.firstAttemptAt;
    expect(held).toBeGreaterThan(10);
    expect(held).toBeLessThan(15);
    expect(peak(r.series.sources[0]!['IteratorAge:shard-2'])).toBeGreaterThan(9);
    expect(peak(r.series.sources[0]!['IteratorAge:shard-2'])).toBeLessThan(16);
  });

  it('stream-partial-batch-response: held ~3 s, the remainder of the batch dead-lettered together', () => {
    const r = runPreset('stream-partial-batch-response');
    expect(r.deadLetters.records).toHaveLength(1);
    expect(r.deadLetters.records[0]).toMatchObject({ records: 4, condition: 'RetriesExhausted' });
    expect(peak(r.series.sources[0]!['IteratorAge:shard-2'])).toBeLessThan(4);
  });

  it('stream-parallelization-factor: factor 1 falls ~4 minutes behind, factor 10 keeps up', () => {
    const r = runPreset('stream-parallelization-factor');
    const [one, ten] = r.series.sources;
    expect(one!.IteratorAge!.at(-1)).toBeGreaterThan(200);
    expect(one!.ShardBacklog!.at(-1)).toBeGreaterThan(60_000);
    expect(peak(ten!.IteratorAge)).toBeLessThan(5);
    expect(peak(ten!.BatchesInFlight)).toBe(10);
    const throughput = r.summary.sources[0]!.outcomes.succeeded / 600;
    expect(throughput).toBeGreaterThan(160);
    expect(throughput).toBeLessThan(200);
    expect(r.moments.some((m) => m.kind === 'queueGrowing' && m.text.includes('ingest-pf1'))).toBe(true);
    expect(r.moments.some((m) => m.kind === 'queueGrowing' && m.text.includes('ingest-pf10'))).toBe(false);
  });
});

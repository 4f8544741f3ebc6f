/**
 * The preset gallery: one scenario per concept of the Lambda execution model, each with what to
 * watch for. A preset's `scenario` is input JSON (partial, defaults omitted), restored on use.
 * To add one: write `presets/<name>.ts` exporting a `Preset` and list it in PRESETS below.
 */
import { syncThrottlingRetries } from './syncThrottlingRetries';
import { seedScalingExample } from './seedScalingExample';
import { currentScaling, legacyBurstScaling } from './burstScaling';
import { reservedConcurrency } from './reservedConcurrency';
import { provisionedVsColdStarts } from './provisionedVsColdStarts';
import { ASYNC_PRESETS } from './asyncInvocation';
import { streamBisectOnError, streamParallelizationFactor, streamPartialBatchResponse, streamPoisonBlocksShard } from './streamShards';
import { sqsBacklogRedrive, sqsMaximumConcurrency, sqsVisibilityDuplicates } from './sqsQueues';

export interface Preset {
  /** Stable kebab-case id (used in URLs and the CLI). */
  id: string;
  title: string;
  /** The idea the preset teaches, in two or three sentences. */
  concept: string;
  /** What to look for in the panels once it has run. */
  watch: string;
  /** Input JSON of the scenario (partial; restored on use). */
  scenario: unknown;
  tags?: string[];
}

/** Every preset, in gallery order. */
export const PRESETS: Preset[] = [
  syncThrottlingRetries,
  seedScalingExample,
  legacyBurstScaling,
  currentScaling,
  reservedConcurrency,
  provisionedVsColdStarts,
  ...ASYNC_PRESETS,
  streamPoisonBlocksShard,
  streamBisectOnError,
  streamPartialBatchResponse,
  streamParallelizationFactor,
  sqsBacklogRedrive,
  sqsVisibilityDuplicates,
  sqsMaximumConcurrency,
];

/** The preset shown, already simulated, to someone opening the app with no URL state. */
export const DEFAULT_PRESET_ID = 'sync-throttling-retries';

/** The preset with this id, or undefined. */
export function getPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}

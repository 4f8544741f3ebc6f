/**
 * What the engine can simulate. The engine team owns this list: a source type the scenario format
 * knows but the engine does not simulate yet is refused by validation with a clear message, rather
 * than silently offering no load.
 */
import type { SourceType } from './types';

/** Every source type of the scenario format (DESIGN §3). */
export const SCENARIO_SOURCE_TYPES: readonly SourceType[] = ['sync', 'async', 'kinesis', 'dynamodb', 'sqs'];

/** The source types the engine simulates; validation refuses any other. */
export const ENGINE_SOURCE_TYPES: readonly SourceType[] = ['sync', 'async', 'kinesis', 'dynamodb', 'sqs'];

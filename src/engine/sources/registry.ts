/**
 * Which source types the engine simulates, and how each is built. A scenario naming a type that
 * is not here is refused by validation (src/scenario/capabilities.ts lists the same types).
 */
import type { Source, SourceType } from '../../scenario/types';
import type { SimContext, SourceModel } from '../context';
import type { FunctionRuntime } from '../lambda/functionRuntime';
import { SyncSourceModel } from './syncSource';

export type SourceFactory = (ctx: SimContext, source: Source, index: number, fn: FunctionRuntime) => SourceModel;

export const SOURCE_FACTORIES: Partial<Record<SourceType, SourceFactory>> = {
  sync: (ctx, source, index, fn) => {
    if (source.type !== 'sync') throw new Error('sync factory given another source');
    return new SyncSourceModel(ctx, source, index, fn);
  },
};

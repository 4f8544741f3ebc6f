/**
 * Which source types the engine simulates, and how each is built. A scenario naming a type that
 * is not here is refused by validation (src/scenario/capabilities.ts lists the same types).
 */
import type { Source, SourceType } from '../../scenario/types';
import type { SimContext, SourceModel } from '../context';
import type { FunctionRuntime } from '../lambda/functionRuntime';
import { AsyncSourceModel } from './asyncSource';
import { SqsSourceModel } from './sqsSource';
import { StreamSourceModel } from './streamSource';
import { SyncSourceModel } from './syncSource';

export type SourceFactory = (ctx: SimContext, source: Source, index: number, fn: FunctionRuntime) => SourceModel;

export const SOURCE_FACTORIES: Partial<Record<SourceType, SourceFactory>> = {
  sync: (ctx, source, index, fn) => {
    if (source.type !== 'sync') throw new Error('sync factory given another source');
    return new SyncSourceModel(ctx, source, index, fn);
  },
  async: (ctx, source, index, fn) => {
    if (source.type !== 'async') throw new Error('async factory given another source');
    return new AsyncSourceModel(ctx, source, index, fn);
  },
  kinesis: (ctx, source, index, fn) => {
    if (source.type !== 'kinesis') throw new Error('kinesis factory given another source');
    return new StreamSourceModel(ctx, source, index, fn);
  },
  dynamodb: (ctx, source, index, fn) => {
    if (source.type !== 'dynamodb') throw new Error('dynamodb factory given another source');
    return new StreamSourceModel(ctx, source, index, fn);
  },
  sqs: (ctx, source, index, fn) => {
    if (source.type !== 'sqs') throw new Error('sqs factory given another source');
    return new SqsSourceModel(ctx, source, index, fn);
  },
};

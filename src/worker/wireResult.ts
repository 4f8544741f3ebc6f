/**
 * A result as it crosses the worker boundary. The series are typed arrays already; the timeline's
 * spans (thousands of small objects) are packed into columns of typed arrays too, so the worker
 * transfers them instead of the structured clone copying every object, and the page rebuilds
 * the objects in one cheap loop.
 */
import type { EnvironmentSpan, Environments, SimulationResult, SpanKind } from '../engine/resultTypes';

/** Spans as columns: row i is span i. */
export interface PackedSpans {
  env: Float64Array;
  kind: Uint8Array;
  start: Float64Array;
  end: Float64Array;
  /** Index into `functions`. */
  fn: Uint32Array;
  functions: string[];
  detail: string[];
}

export type WireResult = Omit<SimulationResult, 'environments'> & {
  environments: Omit<Environments, 'spans'> & { spans: PackedSpans };
};

const KIND_CODES: Record<SpanKind, number> = { allocating: 0, init: 1, busy: 2, idle: 3, provisionedIdle: 4 };
const KINDS = Object.keys(KIND_CODES) as SpanKind[];

export function packSpans(spans: EnvironmentSpan[]): PackedSpans {
  const n = spans.length;
  const packed: PackedSpans = { env: new Float64Array(n), kind: new Uint8Array(n), start: new Float64Array(n), end: new Float64Array(n), fn: new Uint32Array(n), functions: [], detail: new Array<string>(n) };
  const fnIndex = new Map<string, number>();
  spans.forEach((s, i) => {
    let f = fnIndex.get(s.function);
    if (f === undefined) {
      f = packed.functions.push(s.function) - 1;
      fnIndex.set(s.function, f);
    }
    packed.env[i] = s.env;
    packed.kind[i] = KIND_CODES[s.kind];
    packed.start[i] = s.start;
    packed.end[i] = s.end;
    packed.fn[i] = f;
    packed.detail[i] = s.detail;
  });
  return packed;
}

export function unpackSpans(p: PackedSpans): EnvironmentSpan[] {
  const spans = new Array<EnvironmentSpan>(p.env.length);
  for (let i = 0; i < spans.length; i++) {
    spans[i] = { env: p.env[i]!, function: p.functions[p.fn[i]!]!, kind: KINDS[p.kind[i]!]!, start: p.start[i]!, end: p.end[i]!, detail: p.detail[i]! };
  }
  return spans;
}

export function toWire(result: SimulationResult): WireResult {
  return { ...result, environments: { ...result.environments, spans: packSpans(result.environments.spans) } };
}

export function fromWire(wire: WireResult): SimulationResult {
  return { ...wire, environments: { ...wire.environments, spans: unpackSpans(wire.environments.spans) } };
}

function addBuffer(buffers: Set<ArrayBuffer>, values: ArrayBufferView): void {
  if (values.buffer instanceof ArrayBuffer) buffers.add(values.buffer);
}

/** The distinct ArrayBuffers under a result's series. */
export function seriesBuffers(result: Pick<SimulationResult, 'series'>): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const values of Object.values(result.series.account)) addBuffer(buffers, values);
  for (const group of Object.values(result.series.functions)) for (const values of Object.values(group)) addBuffer(buffers, values);
  for (const group of result.series.sources) for (const values of Object.values(group)) addBuffer(buffers, values);
  return [...buffers];
}

/** The distinct ArrayBuffers of a wire result (series and packed spans), to transfer rather than copy. */
export function wireBuffers(wire: WireResult): ArrayBuffer[] {
  const buffers = new Set(seriesBuffers(wire));
  const s = wire.environments.spans;
  for (const column of [s.env, s.kind, s.start, s.end, s.fn]) addBuffer(buffers, column);
  return [...buffers];
}

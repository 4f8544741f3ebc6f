/**
 * Assembles the result of a finished run (DESIGN §4) from the ledger, the function runtimes and
 * the bounded samples: the summary with the outcome identity per source, per function and in
 * total, the series, dead letters, environment spans, moments and the model's constants.
 */
import type { SimContext } from './context';
import type { FunctionRuntime } from './lambda/functionRuntime';
import { CAUSE_LABEL } from './lambda/narration';
import { round6 } from './metrics/histogram';
import { formatCount, formatSeconds } from './metrics/moments';
import { addOutcomes, emptyOutcomes } from './metrics/outcomeLedger';
import type { SpanRecorder } from './metrics/spanRecorder';
import { modelConstants } from './modelConstants';
import { THROTTLE_CAUSES, type FunctionSummary, type SimulationResult, type SourceSummary, type Summary, type ThrottleCause } from './resultTypes';

interface BuildInput {
  ctx: SimContext;
  runtimes: FunctionRuntime[];
  spans: SpanRecorder;
  end: number;
  events: number;
  truncatedReason: string | null;
  /** The account's peak concurrency (all functions together). */
  accountPeak: number;
}

function functionSummary(r: FunctionRuntime): FunctionSummary {
  const m = r.metrics;
  const throttlesByCause = Object.fromEntries(THROTTLE_CAUSES.map((c) => [c, m.throttlesByCause[c].total])) as Record<ThrottleCause, number>;
  const cost = {
    requestsUSD: round6(m.costParts.requestsUSD),
    durationUSD: round6(m.costParts.durationUSD),
    initUSD: round6(m.costParts.initUSD),
    provisionedUSD: round6(m.costParts.provisionedUSD),
  };
  return {
    requests: 0,
    outcomes: emptyOutcomes(),
    invocations: m.invocations.total,
    coldStarts: m.coldStarts.total,
    throttles: m.throttles.total,
    throttlesByCause,
    errors: m.errors.total,
    timeouts: m.timeouts.total,
    retries: m.retries.total,
    duplicates: m.duplicates.total,
    maxConcurrency: m.concurrency.peak,
    latency: m.latency.summary(),
    duration: m.duration.summary(),
    initDuration: m.initDuration.summary(),
    provisionedSpilloverInvocations: m.spillover.total,
    costUSD: round6(m.costParts.requestsUSD + m.costParts.durationUSD + m.costParts.initUSD + m.costParts.provisionedUSD),
    cost,
  };
}

/** Narrates each stretch of consecutive buckets with throttles (the largest few per function). */
function throttleStretches(input: BuildInput): void {
  const { ctx, runtimes } = input;
  const width = ctx.time.bucketSeconds;
  for (const r of runtimes) {
    const values = r.metrics.throttles.values;
    const stretches: { from: number; to: number; count: number; causes: Record<ThrottleCause, number> }[] = [];
    let current: (typeof stretches)[number] | null = null;
    for (let b = 0; b < values.length; b += 1) {
      if (values[b]! > 0) {
        current ??= { from: b, to: b, count: 0, causes: { rpsLimit: 0, reservedConcurrency: 0, accountConcurrency: 0, scalingRate: 0 } };
        current.to = b;
        current.count += values[b]!;
        for (const c of THROTTLE_CAUSES) current.causes[c] += r.metrics.throttlesByCause[c].values[b]!;
      } else if (current) {
        stretches.push(current);
        current = null;
      }
    }
    if (current) stretches.push(current);
    const biggest = [...stretches].sort((a, b) => b.count - a.count).slice(0, 5);
    for (const s of biggest) {
      const main = THROTTLE_CAUSES.reduce((a, b) => (s.causes[b] > s.causes[a] ? b : a));
      const count = formatCount(s.count);
      ctx.moments.add(
        s.from * width,
        'throttleBurst',
        `${count} ${s.count === 1 ? 'attempt' : 'attempts'} to invoke ${r.name} throttled over the next ${formatSeconds((s.to + 1 - s.from) * width)}, mostly by ${CAUSE_LABEL[main]}.`,
        { function: r.name },
      );
    }
  }
}

export function buildResult(input: BuildInput): SimulationResult {
  const { ctx, runtimes, spans, end, events, truncatedReason } = input;
  const scenario = ctx.scenario;
  const functions: Record<string, FunctionSummary> = {};
  for (const r of runtimes) functions[r.name] = functionSummary(r);
  const sources: SourceSummary[] = scenario.sources.map((s, index) => {
    const outcomes = { ...ctx.ledger.outcomes[index]! };
    const requests = ctx.ledger.requests[index]!;
    const f = functions[s.function]!;
    f.requests += requests;
    addOutcomes(f.outcomes, outcomes);
    return { index, type: s.type, function: s.function, requests, outcomes };
  });
  const fs = Object.values(functions);
  const total = <K extends keyof FunctionSummary>(key: K) => fs.reduce((n, f) => n + (f[key] as number), 0);
  if (truncatedReason) ctx.moments.add(end, 'truncated', `The run stopped early: ${truncatedReason}.`);
  throttleStretches(input);
  const summary: Summary = {
    requests: total('requests'),
    outcomes: fs.reduce((o, f) => addOutcomes(o, f.outcomes), emptyOutcomes()),
    invocations: total('invocations'),
    coldStarts: total('coldStarts'),
    throttles: total('throttles'),
    errors: total('errors'),
    retries: total('retries'),
    duplicates: total('duplicates'),
    maxConcurrency: Math.max(0, ...fs.map((f) => f.maxConcurrency)),
    costUSD: round6(total('costUSD')),
    truncated: truncatedReason !== null,
    truncatedReason,
    simulatedSeconds: end,
    events,
    functions,
    sources,
  };
  summary.maxConcurrency = Math.max(summary.maxConcurrency, input.accountPeak);
  const functionNames = runtimes.map((r) => r.name);
  return {
    summary,
    series: ctx.series.build(functionNames, scenario.sources.length),
    deadLetters: ctx.deadLetters.result(),
    environments: spans.result(),
    moments: ctx.moments.sorted(),
    constants: modelConstants(scenario),
  };
}

/**
 * Text the CLI prints: the run summary table (totals and one column per function, then one row per
 * source), numbers, durations, money and the progress bar. Pure functions of the engine's
 * summary: nothing is re-derived except sums of per-function counts.
 */
import type { FunctionSummary, Summary, ThrottleCause } from '../engine/resultTypes';
import { OUTCOMES, THROTTLE_CAUSES } from '../engine/resultTypes';
import type { Scenario } from '../scenario/types';

/** 1234567 → "1,234,567"; non-integers keep up to 2 decimals. */
export function formatCount(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  const [whole = '0', fraction] = Math.abs(rounded).toString().split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** Seconds as "12.3 ms", "1.02 s", "2 min 5 s"; "—" when there is no sample. */
export function formatDuration(seconds: number, samples = 1): string {
  if (samples === 0 || !Number.isFinite(seconds)) return '—';
  if (seconds < 1) return `${Number((seconds * 1000).toPrecision(3))} ms`;
  if (seconds < 120) return `${Number(seconds.toPrecision(3))} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds - minutes * 60);
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/** US dollars: "$0.00123", "$12.35". */
export function formatUSD(usd: number): string {
  if (usd === 0) return '$0';
  if (Math.abs(usd) < 1) return `$${Number(usd.toPrecision(3))}`;
  return `$${formatCount(Math.round(usd * 100) / 100)}`;
}

const OUTCOME_LABELS: Record<(typeof OUTCOMES)[number], string> = {
  succeeded: 'succeeded',
  failed: 'failed',
  throttled: 'throttled',
  deadLettered: 'dead-lettered',
  dropped: 'dropped',
  pending: 'pending',
};

const CAUSE_LABELS: Record<ThrottleCause, string> = {
  rpsLimit: 'RPS limit',
  reservedConcurrency: 'reserved concurrency',
  accountConcurrency: 'account concurrency',
  scalingRate: 'scaling rate',
};

/** Right-aligned columns after a left-aligned first column, two spaces apart. */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

type Row = [label: string, total: string, perFunction: (f: FunctionSummary) => string];

function functionRows(summary: Summary, fns: FunctionSummary[]): Row[] {
  const sum = (pick: (f: FunctionSummary) => number) => formatCount(fns.reduce((n, f) => n + pick(f), 0));
  const latency = (key: 'p50' | 'p95' | 'p99') => (f: FunctionSummary) =>
    formatDuration(f.latency[key], f.latency.count);
  return [
    ['requests', formatCount(summary.requests), (f) => formatCount(f.requests)],
    ...OUTCOMES.map((o): Row => [
      `  ${OUTCOME_LABELS[o]}`,
      formatCount(summary.outcomes[o]),
      (f) => formatCount(f.outcomes[o]),
    ]),
    ['invocations', formatCount(summary.invocations), (f) => formatCount(f.invocations)],
    ['cold starts', formatCount(summary.coldStarts), (f) => formatCount(f.coldStarts)],
    ['throttles', formatCount(summary.throttles), (f) => formatCount(f.throttles)],
    ...THROTTLE_CAUSES.map((c): Row => [
      `  ${CAUSE_LABELS[c]}`,
      sum((f) => f.throttlesByCause[c]),
      (f) => formatCount(f.throttlesByCause[c]),
    ]),
    ['errors', formatCount(summary.errors), (f) => formatCount(f.errors)],
    ['  timeouts', sum((f) => f.timeouts), (f) => formatCount(f.timeouts)],
    ['retries', formatCount(summary.retries), (f) => formatCount(f.retries)],
    ['duplicates', formatCount(summary.duplicates), (f) => formatCount(f.duplicates)],
    ['max concurrency', formatCount(summary.maxConcurrency), (f) => formatCount(f.maxConcurrency)],
    ['latency p50', '—', latency('p50')],
    ['latency p95', '—', latency('p95')],
    ['latency p99', '—', latency('p99')],
    ['cost', formatUSD(summary.costUSD), (f) => formatUSD(f.costUSD)],
  ];
}

function sourceTable(summary: Summary): string {
  const header = ['source', 'type', 'function', 'requests', ...OUTCOMES.map((o) => OUTCOME_LABELS[o])];
  const rows = summary.sources.map((s) => [
    `sources[${s.index}]`,
    s.type,
    s.function,
    formatCount(s.requests),
    ...OUTCOMES.map((o) => formatCount(s.outcomes[o])),
  ]);
  return formatTable([header, ...rows]);
}

/** The readable summary `lambdascope run` prints. */
export function formatSummary(summary: Summary, scenario: Scenario): string {
  const names = Object.keys(summary.functions);
  const fns = names.map((n) => summary.functions[n] as FunctionSummary);
  const covered = summary.truncated
    ? `${formatDuration(summary.simulatedSeconds)} of ${formatDuration(scenario.durationSeconds)}`
    : formatDuration(scenario.durationSeconds);
  const heading = `${scenario.name} — ${covered} simulated, seed ${scenario.seed}, ${formatCount(summary.events)} events`;
  const rows = functionRows(summary, fns).map(([label, total, per]) => [label, total, ...fns.map(per)]);
  const table = formatTable([['', 'total', ...names], ...rows]);
  const truncated = summary.truncated
    ? `\n\nTRUNCATED: ${summary.truncatedReason ?? 'the run stopped early'}`
    : '';
  return `${heading}\n\n${table}\n\n${sourceTable(summary)}${truncated}\n`;
}

/** A one-line progress bar: `[=======>      ]  45%  108 s simulated  1,234,567 events`. */
export function formatProgress(
  p: { simulatedSeconds: number; fraction: number; events: number },
  width = 30,
): string {
  const fraction = Math.min(1, Math.max(0, Number.isFinite(p.fraction) ? p.fraction : 0));
  const filled = Math.round(fraction * width);
  const bar = filled >= width ? '='.repeat(width) : `${'='.repeat(filled)}>${' '.repeat(width - filled - 1)}`;
  const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
  return `[${bar}] ${percent}  ${formatDuration(p.simulatedSeconds)} simulated  ${formatCount(p.events)} events`;
}

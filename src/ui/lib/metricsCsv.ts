/**
 * Metrics as CSV: one row per time bucket, one column per series the engine reported
 * (`account.Throttles`, `function.api.ConcurrentExecutions`, `source[0].AsyncQueueDepth`…).
 */
import type { SeriesGroup, SimulationResult } from '../../engine/resultTypes';

function quote(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function metricsCsv(result: SimulationResult): string {
  const { bucketSeconds, buckets } = result.series;
  const columns: { name: string; values: Float64Array }[] = [];
  const add = (prefix: string, group: SeriesGroup) => {
    for (const metric of Object.keys(group).sort()) {
      const values = group[metric];
      if (values) columns.push({ name: `${prefix}.${metric}`, values });
    }
  };
  add('account', result.series.account);
  for (const name of Object.keys(result.series.functions).sort()) add(`function.${name}`, result.series.functions[name] ?? {});
  result.series.sources.forEach((group, i) => add(`source[${i}]`, group));
  const lines = [['timeSeconds', ...columns.map((c) => c.name)].map(quote).join(',')];
  for (let i = 0; i < buckets; i++) {
    const row = [String(+(i * bucketSeconds).toFixed(6))];
    for (const c of columns) row.push(String(c.values[i] ?? ''));
    lines.push(row.join(','));
  }
  return `${lines.join('\n')}\n`;
}

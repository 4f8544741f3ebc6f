/** Number and time formatting for labels, legends and tables (en-US, units always shown). */

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** 1234567 → "1,234,567"; fractions up to `digits` places. */
export function formatNumber(value: number, digits = 0): string {
  if (!Number.isFinite(value)) return '—';
  if (digits === 0) return integer.format(value);
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }).format(value);
}

/** Compact: 950 → "950", 12_300 → "12.3k", 4_500_000 → "4.5M". */
export function formatCompact(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${trim(value / 1e9)}G`;
  if (abs >= 1e6) return `${trim(value / 1e6)}M`;
  if (abs >= 1e4) return `${trim(value / 1e3)}k`;
  if (abs >= 100 || Number.isInteger(value)) return integer.format(value);
  return trim(value, abs >= 1 ? 1 : 2);
}

function trim(value: number, digits = 1): string {
  return value.toFixed(digits).replace(/\.0+$/, '').replace(/(\.\d*?)0+$/, '$1');
}

/** A moment in simulated time: 0.2 → "0.20 s", 75 → "1 min 15 s", 7260 → "2 h 1 min". */
export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
  const s = Math.abs(seconds);
  const sign = seconds < 0 ? '−' : '';
  if (s < 1) return `${sign}${s === 0 ? '0' : s.toFixed(s < 0.01 ? 3 : 2)} s`;
  if (s < 60) return `${sign}${trim(s, s < 10 ? 2 : 1)} s`;
  if (s < 3600) {
    const m = Math.floor(s / 60);
    const rest = Math.round(s - m * 60);
    return `${sign}${m} min${rest ? ` ${rest} s` : ''}`;
  }
  if (s < 86400) {
    const h = Math.floor(s / 3600);
    const m = Math.round((s - h * 3600) / 60);
    return `${sign}${h} h${m ? ` ${m} min` : ''}`;
  }
  const d = Math.floor(s / 86400);
  const h = Math.round((s - d * 86400) / 3600);
  return `${sign}${d} d${h ? ` ${h} h` : ''}`;
}

/** A latency: 0.0123 → "12.3 ms", 2.5 → "2.50 s". */
export function formatLatency(seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
  if (seconds < 1) return `${trim(seconds * 1000, seconds < 0.01 ? 2 : 1)} ms`;
  return formatSeconds(seconds);
}

/** Dollars with enough precision to tell small runs apart: 0.000123 → "$0.000123". */
export function formatUSD(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return '$0';
  if (Math.abs(value) < 0.01) return `$${value.toPrecision(3)}`;
  return `$${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** 0.1234 → "12.3%". */
export function formatPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) return '—';
  const pct = fraction * 100;
  return `${pct !== 0 && Math.abs(pct) < 0.1 ? pct.toPrecision(2) : trim(pct, 1)}%`;
}

import { describe, expect, it } from 'vitest';
import { formatCompact, formatLatency, formatNumber, formatPercent, formatSeconds, formatUSD } from './format';

describe('format', () => {
  it('numbers', () => {
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatCompact(950)).toBe('950');
    expect(formatCompact(12_300)).toBe('12.3k');
    expect(formatCompact(4_500_000)).toBe('4.5M');
    expect(formatCompact(2.345)).toBe('2.3');
    expect(formatCompact(0.25)).toBe('0.25');
  });
  it('times', () => {
    expect(formatSeconds(0.2)).toBe('0.20 s');
    expect(formatSeconds(12)).toBe('12 s');
    expect(formatSeconds(75)).toBe('1 min 15 s');
    expect(formatSeconds(7260)).toBe('2 h 1 min');
    expect(formatSeconds(90000)).toBe('1 d 1 h');
    expect(formatLatency(0.0123)).toBe('12.3 ms');
    expect(formatLatency(2.5)).toBe('2.5 s');
  });
  it('money and shares', () => {
    expect(formatUSD(0)).toBe('$0');
    expect(formatUSD(0.000123)).toBe('$0.000123');
    expect(formatUSD(1234.5)).toBe('$1,234.50');
    expect(formatPercent(0.1234)).toBe('12.3%');
    expect(formatPercent(0.00012)).toBe('0.012%');
  });
});

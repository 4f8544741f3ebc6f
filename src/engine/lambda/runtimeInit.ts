/**
 * The runtime's own cold-start init, added to the function's own `init` (DESIGN §2.1
 * "Execution environments and cold starts"). Medians are the hello-world mean Init Durations of
 * maxday/lambda-perf (data/2025/2025-12-21.json, 10 cold starts each; third-party measurements,
 * not an AWS promise). The spread (p99 ≈ 1.6× median; Java 25 showed ~2×) is an *assumption*.
 */
import type { Distribution, Runtime } from '../../scenario/types';

/** Median runtime init in seconds, per runtime (maxday/lambda-perf, Dec 2025). */
export const RUNTIME_INIT_MEDIAN_SECONDS: Record<Runtime, number> = {
  'nodejs22.x': 0.118,
  'nodejs20.x': 0.142,
  'python3.13': 0.102,
  'python3.12': 0.074,
  java21: 0.262,
  java17: 0.219,
  go: 0.055,
  rust: 0.013,
  dotnet8: 0.262,
  'ruby3.4': 0.203,
  custom: 0,
};

/** *Assumption*: p99 of runtime init as a multiple of its median (tails seen up to 2×). */
export const RUNTIME_INIT_P99_FACTOR = 1.6;

/** The runtime's init distribution (a fixed 0 for `custom`). */
export function runtimeInit(runtime: Runtime): Distribution {
  const median = RUNTIME_INIT_MEDIAN_SECONDS[runtime];
  if (median <= 0) return 0;
  return { distribution: 'lognormal', median, p99: median * RUNTIME_INIT_P99_FACTOR };
}

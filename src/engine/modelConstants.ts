/**
 * Every constant the engine uses, for the Model notes view (DESIGN §6): each is AWS-documented
 * (with its page), a third-party figure, or an *assumption* (with why), so nobody mistakes an
 * illustration for a promise. Modules that add behaviour add their constants here.
 */
import type { Scenario, SourceType } from '../scenario/types';
import type { ModelConstant } from './resultTypes';
import { RPS_PER_CONCURRENCY } from './lambda/accountConcurrency';
import {
  PRICE_PER_GB_SECOND_ARM,
  PRICE_PER_GB_SECOND_X86,
  PRICE_PER_REQUEST,
  PRICE_PROVISIONED_DURATION_PER_GB_SECOND_X86,
  PRICE_PROVISIONED_PER_GB_SECOND_X86,
} from './lambda/pricing';
import {
  AUTOSCALING_PERIOD_SECONDS,
  AUTOSCALING_SCALE_IN_FRACTION,
  AUTOSCALING_SCALE_IN_PERIODS,
  AUTOSCALING_SCALE_OUT_PERIODS,
  PROVISIONED_ALLOCATION_PER_SECOND,
  PROVISIONED_PREPARATION_SECONDS,
} from './lambda/provisionedConcurrency';
import { RUNTIME_INIT_MEDIAN_SECONDS, RUNTIME_INIT_P99_FACTOR } from './lambda/runtimeInit';
import {
  CURRENT_SCALING_CAPACITY,
  CURRENT_SCALING_REFILL_PER_SECOND,
  LEGACY_SCALING_REFILL_PER_MINUTE,
} from './lambda/scalingBucket';
import { MAX_BUCKETS } from './metrics/timeSeries';
import { MAX_DEAD_LETTER_RECORDS } from './metrics/deadLetterLog';
import { MAX_SPANS, MAX_TRACKED_ENVIRONMENTS } from './metrics/spanRecorder';

const CONCURRENCY_PAGE = 'docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html';
const SCALING_PAGE = 'docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html';
const PRICING_PAGE = 'docs.aws.amazon.com/whitepapers/latest/how-aws-pricing-works/lambda.html';

type When = (s: Scenario) => boolean;
const always: When = () => true;
const hasSource = (...types: SourceType[]): When => (s) => s.sources.some((x) => types.includes(x.type));

interface Entry {
  when: When;
  constant: ModelConstant;
}

const c = (name: string, value: string, kind: ModelConstant['kind'], source: string, note: string, when: When = always): Entry => ({
  when,
  constant: { name, value, kind, source, note },
});

const ENTRIES: Entry[] = [
  c('Unreserved concurrency kept by AWS', '100', 'aws', CONCURRENCY_PAGE, 'Σ reserved ≤ account limit − 100.'),
  c('Requests-per-second limit', `${RPS_PER_CONCURRENCY} × account concurrency`, 'aws', CONCURRENCY_PAGE, 'Applied to synchronous invocations.'),
  c('RPS window', 'whole seconds', 'assumption', '—', 'AWS does not say how the RPS limit is windowed; counted per calendar second of the run.'),
  c('Scaling rate (current)', `${CURRENT_SCALING_CAPACITY} environments / 10 s per function, refilled ${CURRENT_SCALING_REFILL_PER_SECOND}/s`, 'aws', SCALING_PAGE, 'Token bucket of capacity 1,000; unused capacity does not accrue.', (s) => s.account.scaling.model === 'current'),
  c('Scaling rate (legacy)', `burst limit, then +${LEGACY_SCALING_REFILL_PER_MINUTE} environments each whole minute, account-wide`, 'aws', 'docs.aws.amazon.com/lambda/latest/operatorguide/on-demand-scaling.html', 'Before Nov 2023. The once-a-minute step reproduces AWS\'s worked examples.', (s) => s.account.scaling.model === 'legacy'),
  c('Placement on warm environments', 'newest idle environment first (configurable)', 'assumption', 'SimFaaS (Mahmoudi & Khazaei, 2021)', 'AWS does not document which warm environment serves a request.'),
  c('Idle environment lifetime', 'per function; default 600 s', 'assumption', 'mikhail.io (2019): exactly 10 min; other measurements 5–60 min', 'AWS documents no number; retention is "non-deterministic".'),
  c('Runtime init (hello world)', Object.entries(RUNTIME_INIT_MEDIAN_SECONDS).filter(([, v]) => v > 0).map(([k, v]) => `${k} ${Math.round(v * 1000)} ms`).join(', '), 'thirdParty', 'maxday/lambda-perf, Dec 2025', 'Median Init Duration of a hello-world function; the function\'s own init is added.'),
  c('Runtime init spread', `p99 = ${RUNTIME_INIT_P99_FACTOR} × median`, 'assumption', 'maxday/lambda-perf shows tails up to 2×', 'Lognormal shape.'),
  c('Error timing', 'an error returns after the drawn duration', 'assumption', '—', 'A failing invocation takes as long as a successful one.'),
  c('Provisioned preparation', `${PROVISIONED_PREPARATION_SECONDS} s`, 'aws', CONCURRENCY_PAGE, '"after a minute or two of preparation"; the lower bound is used.', (s) => s.functions.some((f) => f.provisionedConcurrency)),
  c('Provisioned allocation rate', `${PROVISIONED_ALLOCATION_PER_SECOND * 60} environments / minute`, 'aws', CONCURRENCY_PAGE, 'None of a requested amount serves until all of it is allocated.', (s) => s.functions.some((f) => f.provisionedConcurrency)),
  c('Provisioned at start', 'already allocated at t = 0', 'assumption', '—', 'Provisioned concurrency in the scenario was configured before the run.', (s) => s.functions.some((f) => f.provisionedConcurrency)),
  c('Provisioned target tracking', `every ${AUTOSCALING_PERIOD_SECONDS} s; out after ${AUTOSCALING_SCALE_OUT_PERIODS} periods above target, in after ${AUTOSCALING_SCALE_IN_PERIODS} below ${AUTOSCALING_SCALE_IN_FRACTION} × target`, 'assumption', 'Application Auto Scaling target-tracking alarms', 'AWS\'s Lambda pages give no alarm periods.', (s) => s.functions.some((f) => f.provisionedConcurrency?.autoscaling)),
  c('Request price', `$${(PRICE_PER_REQUEST * 1e6).toFixed(2)} per million`, 'aws', PRICING_PAGE, 'us-east-1; free tier not applied.'),
  c('Duration price', `$${PRICE_PER_GB_SECOND_X86} per GB-s (x86_64), $${PRICE_PER_GB_SECOND_ARM} (arm64)`, 'aws', PRICING_PAGE, 'Billed per ms, rounded up. INIT billed for on-demand since 1 Aug 2025.'),
  c('Provisioned price', `$${PRICE_PROVISIONED_PER_GB_SECOND_X86} per GB-s allocated + $${PRICE_PROVISIONED_DURATION_PER_GB_SECOND_X86} per GB-s executed (x86_64; arm64 20 % less)`, 'thirdParty', 'awsnegotiations.com; AWS pricing page does not render the figures', 'Allocation billed continuously; AWS rounds to 5 minutes, not modelled.', (s) => s.functions.some((f) => f.provisionedConcurrency)),
  c('Client-side timeout', 'API Gateway: 29 s', 'aws', 'docs.aws.amazon.com/lambda/latest/operatorguide/invocation-modes.html', 'The function keeps running after the caller gives up.', hasSource('sync')),
  c('Series resolution', `at most ${MAX_BUCKETS} buckets per series`, 'assumption', '—', 'Bucket width is the smallest of 1, 2, 5, 10 … s that fits.'),
  c('Kept samples', `${MAX_TRACKED_ENVIRONMENTS} environments / ${MAX_SPANS} spans on the timeline; ${MAX_DEAD_LETTER_RECORDS} dead-letter records`, 'assumption', '—', 'Bounded memory: totals count everything.'),
];

export { c as modelConstant, hasSource };
export type { Entry as ModelConstantEntry };

/** The constants that matter for `scenario`. */
export function modelConstants(scenario: Scenario): ModelConstant[] {
  return ENTRIES.filter((e) => e.when(scenario)).map((e) => e.constant);
}

/**
 * The form's fields for the common knobs, derived from the scenario (which functions and sources
 * it has, which traffic pattern and distribution each uses). Ranges and one-line explanations come
 * from the scenario's own field specs, so the form and validation never disagree.
 */
import { ACCOUNT_FIELDS, ASYNC_FIELDS, ERROR_FIELDS, FUNCTION_FIELDS, PROVISIONED_FIELDS, SCENARIO_FIELDS, BURST_LIMIT_FIELD } from '../../scenario/fields';
import { ASYNC_SOURCE_FIELDS, CLIENT_FIELDS, SQS_FIELDS, STREAM_FIELDS } from '../../scenario/sourceFields';
import { DISTRIBUTION_FIELDS, FIXED_SECONDS, TRAFFIC_FIELDS } from '../../scenario/trafficFields';
import type { Distribution, Scenario, Source } from '../../scenario/types';
import type { PathKey } from '../lib/paths';

export interface NumberField {
  kind: 'number';
  path: PathKey[];
  label: string;
  hint: string;
  min: number;
  max: number;
  integer: boolean;
  /** The field may be switched off (null); `offPath` is what becomes null, `onValue` what it becomes when switched on. */
  nullable?: { offLabel: string; offPath: PathKey[]; onValue: unknown };
}

export interface BooleanField {
  kind: 'boolean';
  path: PathKey[];
  label: string;
  hint: string;
}

export interface SelectField {
  kind: 'select';
  path: PathKey[];
  label: string;
  hint: string;
  options: { value: string; label: string }[];
}

export type FormField = NumberField | BooleanField | SelectField;

export interface FieldGroup {
  key: string;
  title: string;
  fields: FormField[];
  note?: string;
}

interface Spec {
  min: number;
  max: number;
  integer?: boolean;
  description: string;
}

const num = (path: PathKey[], label: string, spec: Spec, extra: Partial<NumberField> = {}): NumberField => ({
  kind: 'number',
  path,
  label,
  hint: spec.description,
  min: spec.min,
  max: spec.max,
  integer: spec.integer ?? false,
  ...extra,
});

const bool = (path: PathKey[], label: string, spec: { description: string }): BooleanField => ({ kind: 'boolean', path, label, hint: spec.description });

const PARAM_LABELS: Record<string, string> = {
  value: 'value (s)', mean: 'mean (s)', min: 'minimum (s)', max: 'maximum (s)', stddev: 'std. deviation (s)', median: 'median (s)', p99: '99th percentile (s)',
};

function distributionFields(path: PathKey[], label: string, d: Distribution): { fields: NumberField[]; note?: string } {
  if (typeof d === 'number') return { fields: [num(path, `${label} (s)`, FIXED_SECONDS)] };
  if (d.distribution === 'empirical') return { fields: [], note: `${label} is an empirical list: edit it in the JSON tab.` };
  const specs = DISTRIBUTION_FIELDS[d.distribution] as Record<string, Spec>;
  return { fields: Object.entries(specs).map(([key, spec]) => num([...path, key], `${label}: ${PARAM_LABELS[key] ?? key}`, spec)) };
}

function functionGroup(scenario: Scenario, index: number): FieldGroup {
  const f = scenario.functions[index];
  if (!f) return { key: 'function', title: 'Function', fields: [] };
  const p = (...keys: PathKey[]): PathKey[] => ['functions', index, ...keys];
  const duration = distributionFields(p('duration'), 'Handler duration', f.duration);
  const hasAsync = scenario.sources.some((s) => s.type === 'async' && s.function === f.name);
  const fields: FormField[] = [
    num(p('memoryMB'), 'Memory (MB)', FUNCTION_FIELDS.memoryMB),
    num(p('timeoutSeconds'), 'Timeout (s)', FUNCTION_FIELDS.timeoutSeconds),
    ...duration.fields,
    num(p('reservedConcurrency'), 'Reserved concurrency', FUNCTION_FIELDS.reservedConcurrency, {
      nullable: { offLabel: 'Unreserved (shares the account pool)', offPath: p('reservedConcurrency'), onValue: 10 },
    }),
    num(p('provisionedConcurrency', 'count'), 'Provisioned concurrency', PROVISIONED_FIELDS.count, {
      nullable: { offLabel: 'None (on-demand only)', offPath: p('provisionedConcurrency'), onValue: { count: 5 } },
    }),
    num(p('errors', 'transientRate'), 'Transient error rate (0–1)', ERROR_FIELDS.transientRate),
    num(p('errors', 'poisonRate'), 'Poison rate (0–1)', ERROR_FIELDS.poisonRate),
  ];
  if (hasAsync) {
    fields.push(num(p('async', 'maximumRetryAttempts'), 'Async retries', ASYNC_FIELDS.maximumRetryAttempts));
    fields.push(num(p('async', 'maximumEventAgeInSeconds'), 'Async max event age (s)', ASYNC_FIELDS.maximumEventAgeInSeconds));
  }
  return { key: `function-${index}`, title: `Function “${f.name}”`, fields, ...(duration.note ? { note: duration.note } : {}) };
}

function trafficFields(source: Source, index: number): FormField[] {
  const p = (...keys: PathKey[]): PathKey[] => ['sources', index, 'traffic', ...keys];
  const t = source.traffic;
  if (t.pattern === 'steps') {
    return t.steps.map((step, i) =>
      num(p('steps', i, 'rate'), `Rate from ${step.atSecond} s (per s)`, { min: 0, max: 1_000_000, description: `Arrivals per second from t = ${step.atSecond} s.` }),
    );
  }
  const specs = TRAFFIC_FIELDS[t.pattern] as Record<string, Spec & { kind: string }>;
  return Object.entries(specs)
    .filter(([, spec]) => spec.kind === 'number')
    .map(([key, spec]) => num(p(key), `Traffic: ${key}`, spec));
}

function sourceGroup(source: Source, index: number): FieldGroup {
  const p = (...keys: PathKey[]): PathKey[] => ['sources', index, ...keys];
  const fields = trafficFields(source, index);
  let note: string | undefined;
  switch (source.type) {
    case 'sync':
      fields.push(num(p('client', 'maxAttempts'), 'Client attempts (1 = no retries)', CLIENT_FIELDS.maxAttempts));
      break;
    case 'async':
      fields.push(num(p('duplicateRate'), 'Duplicate delivery rate (0–1)', ASYNC_SOURCE_FIELDS.duplicateRate));
      break;
    case 'sqs':
      fields.push(
        num(p('batchSize'), 'Batch size', SQS_FIELDS.batchSize),
        num(p('maximumBatchingWindowInSeconds'), 'Batching window (s)', SQS_FIELDS.maximumBatchingWindowInSeconds),
        num(p('visibilityTimeoutSeconds'), 'Visibility timeout (s)', SQS_FIELDS.visibilityTimeoutSeconds),
        num(p('maxReceiveCount'), 'Max receive count', SQS_FIELDS.maxReceiveCount, { nullable: { offLabel: 'No redrive policy', offPath: p('maxReceiveCount'), onValue: 5 } }),
        num(p('maximumConcurrency'), 'Maximum concurrency', SQS_FIELDS.maximumConcurrency, { nullable: { offLabel: 'No cap', offPath: p('maximumConcurrency'), onValue: 10 } }),
        bool(p('reportBatchItemFailures'), 'Report batch item failures', SQS_FIELDS.reportBatchItemFailures),
      );
      break;
    case 'kinesis':
    case 'dynamodb':
      fields.push(
        num(p('batchSize'), 'Batch size', STREAM_FIELDS.batchSize),
        num(p('maximumBatchingWindowInSeconds'), 'Batching window (s)', STREAM_FIELDS.maximumBatchingWindowInSeconds),
        num(p('parallelizationFactor'), 'Parallelization factor', STREAM_FIELDS.parallelizationFactor),
        num(p('maximumRetryAttempts'), 'Retry attempts (−1 = until expiry)', STREAM_FIELDS.maximumRetryAttempts),
        bool(p('bisectBatchOnFunctionError'), 'Bisect batch on error', STREAM_FIELDS.bisectBatchOnFunctionError),
        bool(p('reportBatchItemFailures'), 'Report batch item failures', STREAM_FIELDS.reportBatchItemFailures),
      );
      note = 'Stream retries have no documented delay; the engine retries at the next poll, 1 s later (assumption).';
      break;
    default: {
      const never: never = source;
      return never;
    }
  }
  return { key: `source-${index}`, title: `Source ${index + 1}: ${source.type} → ${source.function} (${source.traffic.pattern} traffic)`, fields, ...(note ? { note } : {}) };
}

export function formGroups(scenario: Scenario, functionIndex: number): FieldGroup[] {
  const scaling: FormField[] = [
    {
      kind: 'select',
      path: ['account', 'scaling', 'model'],
      label: 'Scaling model',
      hint: 'current: 1,000 new environments per 10 s per function (AWS since Nov 2023). legacy: account-wide burst, then +500 per minute. none: no rate limit.',
      options: [
        { value: 'current', label: 'current (since 2023)' },
        { value: 'legacy', label: 'legacy (burst + 500/min)' },
        { value: 'none', label: 'none (no rate limit)' },
      ],
    },
  ];
  if (scenario.account.scaling.model === 'legacy') scaling.push(num(['account', 'scaling', 'burstLimit'], 'Burst limit', BURST_LIMIT_FIELD));
  return [
    {
      key: 'run',
      title: 'Run and account',
      fields: [
        num(['durationSeconds'], 'Duration (s)', SCENARIO_FIELDS.durationSeconds),
        num(['seed'], 'Random seed', SCENARIO_FIELDS.seed),
        num(['account', 'concurrencyLimit'], 'Account concurrency limit', ACCOUNT_FIELDS.concurrencyLimit),
        ...scaling,
      ],
    },
    functionGroup(scenario, functionIndex),
    ...scenario.sources.map(sourceGroup),
  ];
}

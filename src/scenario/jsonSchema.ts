/**
 * The JSON Schema (draft 2020-12) of the scenario input format, version 1, generated from the same
 * field specs validation reads through — so ranges, defaults and descriptions cannot drift apart.
 * Editors use it for completion and inline checks; `restoreScenario()` remains the authority
 * (cross-field rules such as "reserved concurrency leaves 100 unreserved" are only described here).
 * `npm run schema` writes it to public/scenario.schema.json.
 */
import { ENGINE_SOURCE_TYPES } from './capabilities';
import { SCENARIO_VERSION } from './defaults';
import { leafSchema, objectSchema, ref, type JsonSchema } from './schemaParts';
import * as F from './fields';
import * as S from './sourceFields';
import * as T from './trafficFields';

export type { JsonSchema } from './schemaParts';

const nonNegativeSeconds = { type: 'number', minimum: 0, maximum: F.MAX_SECONDS };

function distributionDefs(): Record<string, JsonSchema> {
  const variants = T.DISTRIBUTION_KINDS.map((kind) =>
    objectSchema(
      `${kind} distribution (seconds).`,
      T.DISTRIBUTION_FIELDS[kind],
      {
        distribution: { const: kind },
        ...(kind === 'empirical'
          ? {
              values: {
                type: 'array',
                minItems: 1,
                maxItems: T.MAX_LIST_LENGTH,
                items: nonNegativeSeconds,
                description: 'Sampled uniformly (s).',
              },
            }
          : {}),
      },
      kind === 'empirical' ? ['distribution', 'values'] : ['distribution'],
    ),
  );
  return {
    distribution: {
      description:
        'A time in seconds: a number (fixed) or a distribution. lognormal needs 0 < median < p99; uniform needs min ≤ max; normal is truncated at 0.',
      anyOf: [{ ...nonNegativeSeconds, description: 'A fixed time (s).' }, { oneOf: variants }],
    },
  };
}

function trafficDef(): JsonSchema {
  const variants = T.TRAFFIC_PATTERNS.map((pattern) => {
    const lists: Record<string, JsonSchema> = {};
    if (pattern === 'steps') {
      lists['steps'] = {
        type: 'array',
        minItems: 1,
        description:
          'Rate changes, sorted by atSecond (strictly increasing); the rate is 0 before the first.',
        items: objectSchema('One step.', T.STEP_FIELDS),
      };
    }
    if (pattern === 'trace') {
      lists['counts'] = {
        type: 'array',
        minItems: 1,
        maxItems: T.MAX_LIST_LENGTH,
        description: 'Requests per bucket, replayed in order.',
        items: { type: 'integer', minimum: 0, maximum: S.MAX_COUNT },
      };
    }
    const listRequired = Object.keys(lists);
    return objectSchema(
      `${pattern} traffic.`,
      T.TRAFFIC_FIELDS[pattern],
      { pattern: { const: pattern }, ...lists },
      ['pattern', ...listRequired],
    );
  });
  return { description: 'Offered traffic; rates are per second. Default: poisson at 1/s.', oneOf: variants };
}

function functionDef(): JsonSchema {
  return objectSchema(
    'A Lambda function. Σ reservedConcurrency ≤ concurrencyLimit − 100; provisioned counts ≤ reservedConcurrency when set.',
    F.FUNCTION_FIELDS,
    {
      duration: {
        ...ref('distribution'),
        description: 'Handler duration (s); default lognormal median 0.1, p99 0.5.',
      },
      init: {
        ...ref('distribution'),
        description: "The function's own init (s), added to the runtime's; default 0.",
      },
      idleLifetimeSeconds: {
        ...ref('distribution'),
        description: 'How long an idle environment lives (assumption: 600 s).',
      },
      errors: objectSchema('Injected failures.', F.ERROR_FIELDS),
      provisionedConcurrency: {
        description: 'Provisioned concurrency, or null.',
        anyOf: [
          { type: 'null' },
          objectSchema('Provisioned concurrency.', F.PROVISIONED_FIELDS, {
            schedule: {
              type: 'array',
              description: 'Scheduled changes, sorted by atSecond.',
              items: objectSchema('A scheduled change.', F.SCHEDULE_FIELDS),
            },
            autoscaling: {
              description: 'Target tracking on utilisation, or null.',
              anyOf: [{ type: 'null' }, objectSchema('Target tracking; min ≤ max.', F.AUTOSCALING_FIELDS)],
            },
          }),
        ],
        default: null,
      },
      async: objectSchema(
        'Asynchronous invocation settings (EventInvokeConfig + DeadLetterConfig).',
        F.ASYNC_FIELDS,
      ),
    },
  );
}

function sourceDefs(): Record<string, JsonSchema> {
  const common = (type: JsonSchema): Record<string, JsonSchema> => ({
    type,
    function: { type: 'string', description: S.FUNCTION_REF_DESCRIPTION },
    traffic: ref('traffic'),
  });
  const client = objectSchema('The caller: retries with exponential backoff.', S.CLIENT_FIELDS, {
    backoff: objectSchema('Retry delays: base · 2^attempt, capped, with jitter.', S.BACKOFF_FIELDS),
    retryOn: {
      type: 'array',
      items: { enum: ['throttle', 'error'] },
      uniqueItems: true,
      default: ['throttle'],
      description: 'What the caller retries.',
    },
  });
  const defs: Record<string, JsonSchema> = {
    syncSource: objectSchema(
      'Synchronous (RequestResponse) invocations.',
      {},
      { ...common({ const: 'sync' }), client },
      ['type'],
    ),
    asyncSource: objectSchema(
      'Asynchronous (Event) invocations.',
      S.ASYNC_SOURCE_FIELDS,
      common({ const: 'async' }),
      ['type'],
    ),
    streamSource: objectSchema(
      'Kinesis or DynamoDB Streams event source mapping.',
      S.STREAM_FIELDS,
      common({ enum: ['kinesis', 'dynamodb'] }),
      ['type'],
    ),
    sqsSource: objectSchema(
      'SQS event source mapping. visibilityTimeoutSeconds must be ≥ the function timeout; deadLetterQueue and maxReceiveCount go together.',
      S.SQS_FIELDS,
      common({ const: 'sqs' }),
      ['type'],
    ),
  };
  const simulated = {
    sync: 'syncSource',
    async: 'asyncSource',
    kinesis: 'streamSource',
    dynamodb: 'streamSource',
    sqs: 'sqsSource',
  } as const;
  const used = [...new Set(ENGINE_SOURCE_TYPES.map((t) => simulated[t]))];
  return { ...defs, source: { description: 'Where requests come from.', oneOf: used.map(ref) } };
}

/** The JSON Schema of scenario input, version 1. */
export function buildScenarioSchema(): JsonSchema {
  const scaling = {
    description:
      'Scaling-rate model: current (1,000 per 10 s per function), legacy (account burst + 500/min) or none.',
    default: { model: 'current' },
    oneOf: [
      objectSchema('Current model.', {}, { model: { const: 'current' } }, ['model']),
      objectSchema(
        'Legacy model.',
        {},
        { model: { const: 'legacy' }, burstLimit: leafSchema(F.BURST_LIMIT_FIELD) },
        ['model'],
      ),
      objectSchema('No scaling-rate limit.', {}, { model: { const: 'none' } }, ['model']),
    ],
  };
  const root = objectSchema(
    'A LambdaScope scenario: functions, the sources that invoke them, and the destinations they deliver to.',
    F.SCENARIO_FIELDS,
    {
      $schema: { type: 'string', description: 'Where editors find this schema.' },
      version: { const: SCENARIO_VERSION, description: 'Scenario format version.' },
    },
    ['version'],
  );
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'LambdaScope scenario',
    ...root,
    properties: {
      ...(root['properties'] as Record<string, JsonSchema>),
      account: objectSchema('The AWS account and Region.', F.ACCOUNT_FIELDS, { scaling }),
      functions: {
        type: 'array',
        minItems: 1,
        maxItems: F.MAX_FUNCTIONS,
        items: ref('function'),
        description: 'Functions; names unique.',
      },
      sources: {
        type: 'array',
        minItems: 1,
        maxItems: F.MAX_SOURCES,
        items: ref('source'),
        description: 'Sources of requests.',
      },
      destinations: {
        type: 'array',
        maxItems: F.MAX_DESTINATIONS,
        items: objectSchema('A named sink (S3 for failures only).', F.DESTINATION_FIELDS),
        default: [],
        description: 'Destinations and dead-letter queues; names unique.',
      },
      limits: objectSchema('Engine limits.', F.LIMITS_FIELDS),
    },
    required: ['version', 'durationSeconds', 'functions', 'sources'],
    $defs: { ...distributionDefs(), traffic: trafficDef(), function: functionDef(), ...sourceDefs() },
  };
}

/** The schema file's exact text (2-space JSON and a final newline), as committed in public/. */
export function scenarioSchemaText(): string {
  return `${JSON.stringify(buildScenarioSchema(), null, 2)}\n`;
}

import type { Preset } from './index';

/** Demand of ~5,000 concurrent executions, used by both scaling-model presets. */
function burstScenario(model: 'legacy' | 'current'): Record<string, unknown> {
  return {
    version: 1,
    name: model === 'legacy' ? 'Legacy burst scaling' : 'Current scaling rate',
    description:
      'A step to 500 requests/s of 10-second requests: demand of about 5,000 concurrent executions, account limit 10,000.',
    seed: 3,
    durationSeconds: 300,
    account: {
      concurrencyLimit: 10_000,
      scaling: model === 'legacy' ? { model: 'legacy', burstLimit: 3000 } : { model: 'current' },
    },
    functions: [
      {
        name: 'ingest-api',
        runtime: 'nodejs22.x',
        memoryMB: 1024,
        timeoutSeconds: 30,
        duration: { distribution: 'uniform', min: 9, max: 11 },
      },
    ],
    sources: [{ type: 'sync', function: 'ingest-api', traffic: { pattern: 'constant', rate: 500 } }],
  };
}

export const legacyBurstScaling: Preset = {
  id: 'legacy-burst-scaling',
  title: 'Legacy burst scaling (before Nov 2023)',
  concept:
    'Before November 2023 an account could create up to its burst limit of new environments at once (3,000 in us-east-1), then 500 more each minute — one token bucket shared by every function in the account.',
  watch:
    'Concurrency shoots up to 3,000 within seconds and stays flat while demand is ~5,000: everything above is throttled (cause: scaling rate). Each minute the ceiling steps up by 500 — 3,500, 4,000, 4,500 — until demand is met at about t = 240 s and the throttles stop.',
  tags: ['sync', 'scaling', 'legacy', 'throttling'],
  scenario: burstScenario('legacy'),
};

export const currentScaling: Preset = {
  id: 'current-scaling',
  title: 'Current scaling rate (1,000 per 10 s)',
  concept:
    'Since November 2023 each function scales on its own: up to 1,000 new execution environments every 10 seconds, refilled continuously, independent of the other functions in the account.',
  watch:
    'The same traffic as the legacy preset: concurrency reaches 1,000 almost at once, then rises by about 1,000 every 10 s and meets the ~5,000 demand within about 40 seconds. Throttles (cause: scaling rate) last seconds instead of minutes — compare the throttle counts of the two presets.',
  tags: ['sync', 'scaling', 'throttling'],
  scenario: burstScenario('current'),
};

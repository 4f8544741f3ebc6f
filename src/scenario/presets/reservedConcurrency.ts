import type { Preset } from './index';

/** The seed document's reserved-concurrency example: A 500, B 300, C shares what is left. */
export const reservedConcurrency: Preset = {
  id: 'reserved-concurrency',
  title: 'Reserved concurrency protects and limits',
  concept:
    'Reserved concurrency is both a guarantee and a cap, and it is carved out of the account limit. With 1,000 in the account, orders reserving 500 and payments 300, every unreserved function shares the remaining 200 — even while orders and payments leave part of theirs unused.',
  watch:
    "orders (~400 concurrent) and payments (~250) run untouched all along. When reports spikes to ~400 concurrent at t = 40 s it cannot go past 200: its excess is throttled (cause: account concurrency) while about 100 units of orders' reservation sit idle. Reserved capacity counts even when unused.",
  tags: ['sync', 'reserved concurrency', 'throttling'],
  scenario: {
    version: 1,
    name: 'Reserved concurrency protects and limits',
    description:
      'Account limit 1,000: orders reserves 500, payments 300, reports is unreserved and shares the last 200.',
    seed: 5,
    durationSeconds: 120,
    functions: [
      {
        name: 'orders',
        memoryMB: 512,
        timeoutSeconds: 10,
        duration: { distribution: 'uniform', min: 0.9, max: 1.1 },
        reservedConcurrency: 500,
      },
      {
        name: 'payments',
        memoryMB: 512,
        timeoutSeconds: 10,
        duration: { distribution: 'uniform', min: 0.9, max: 1.1 },
        reservedConcurrency: 300,
      },
      {
        name: 'reports',
        memoryMB: 1024,
        timeoutSeconds: 10,
        duration: { distribution: 'uniform', min: 0.9, max: 1.1 },
      },
    ],
    sources: [
      { type: 'sync', function: 'orders', traffic: { pattern: 'constant', rate: 400 } },
      { type: 'sync', function: 'payments', traffic: { pattern: 'constant', rate: 250 } },
      {
        type: 'sync',
        function: 'reports',
        traffic: { pattern: 'spike', baseRate: 150, peakRate: 400, atSecond: 40, durationSeconds: 40 },
      },
    ],
  },
};

import type { Preset } from './index';

/** The seed document's first example: concurrency follows demand up and back down. */
export const seedScalingExample: Preset = {
  id: 'seed-scaling-example',
  title: 'Concurrency follows demand',
  concept:
    'Lambda runs one request per execution environment, so concurrency ≈ requests per second × seconds per request. With 1-second requests, 100 requests/s need about 100 environments, 500/s about 500.',
  watch:
    'Concurrency climbs to ~100, then ~500 at t = 60 s (a wave of cold starts as new environments are created), falls to ~200 at t = 120 s and to 0 at t = 180 s. When demand falls, environments are not destroyed at once: they sit idle (warm) until they are reaped, ready to serve the next rise without a cold start.',
  tags: ['sync', 'scaling', 'cold starts'],
  scenario: {
    version: 1,
    name: 'Concurrency follows demand',
    description:
      '100 requests/s for a minute, 500/s the next, 200/s the next, then none; each request takes about 1 s.',
    seed: 1,
    durationSeconds: 300,
    functions: [
      {
        name: 'web-api',
        runtime: 'python3.13',
        memoryMB: 256,
        timeoutSeconds: 5,
        duration: { distribution: 'uniform', min: 0.9, max: 1.1 },
      },
    ],
    sources: [
      {
        type: 'sync',
        function: 'web-api',
        traffic: {
          pattern: 'steps',
          steps: [
            { atSecond: 0, rate: 100 },
            { atSecond: 60, rate: 500 },
            { atSecond: 120, rate: 200 },
            { atSecond: 180, rate: 0 },
          ],
        },
      },
    ],
  },
};

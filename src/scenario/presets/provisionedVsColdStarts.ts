import type { Preset } from './index';

const JAVA_API = {
  runtime: 'java21',
  memoryMB: 2048,
  timeoutSeconds: 15,
  // The function's own init (Spring-style context loading), on top of the Java runtime's.
  init: { distribution: 'lognormal', median: 1.5, p99: 3 },
  duration: { distribution: 'lognormal', median: 0.25, p99: 1 },
};

const TRAFFIC = {
  pattern: 'steps',
  steps: [
    { atSecond: 0, rate: 10 },
    { atSecond: 900, rate: 150 },
    { atSecond: 1300, rate: 10 },
  ],
};

const CLIENT = { timeoutSeconds: 29 };

/** Two copies of a heavy-init Java API, one with scheduled provisioned concurrency. */
export const provisionedVsColdStarts: Preset = {
  id: 'provisioned-vs-cold-starts',
  title: 'Provisioned concurrency vs cold starts',
  concept:
    'A Java API with a heavy init (about 1.5 s of its own) serves a morning peak. Provisioned concurrency keeps environments initialised in advance: requests that land on them skip the cold start. It is billed for every second it is allocated, used or not.',
  watch:
    'Both functions get the same traffic. At t = 900 s it jumps 15×: quote-on-demand must create about 200 new environments, and every request that lands on one waits through a ~2 s init — while they initialise, more requests arrive and need yet more environments, so concurrency overshoots demand. quote-provisioned, scaled from 10 to 80 provisioned environments at t = 600 s by its schedule (ready about a minute later), absorbs the peak with almost no cold starts. Then compare the cold starts and the cost of the two functions.',
  tags: ['sync', 'provisioned concurrency', 'cold starts', 'cost'],
  scenario: {
    version: 1,
    name: 'Provisioned concurrency vs cold starts',
    description:
      'The same Java API twice: on demand, and with provisioned concurrency scheduled ahead of a peak at t = 900 s.',
    seed: 11,
    durationSeconds: 1500,
    functions: [
      { name: 'quote-on-demand', ...JAVA_API },
      {
        name: 'quote-provisioned',
        ...JAVA_API,
        provisionedConcurrency: {
          count: 10,
          schedule: [
            { atSecond: 600, count: 80 },
            { atSecond: 1350, count: 10 },
          ],
        },
      },
    ],
    sources: [
      { type: 'sync', function: 'quote-on-demand', traffic: TRAFFIC, client: CLIENT },
      { type: 'sync', function: 'quote-provisioned', traffic: TRAFFIC, client: CLIENT },
    ],
  },
};

/**
 * Builders for engine tests: complete, restored scenarios with small overrides, so tests state
 * only what they are about (STYLE.md: builders instead of hand-written whole scenarios).
 */
import type { ClientConfig, FunctionConfig, Scenario, Source, SyncSource, Traffic } from '../../scenario/types';

export function makeFunction(overrides: Partial<FunctionConfig> = {}): FunctionConfig {
  return {
    name: 'fn',
    runtime: 'custom',
    architecture: 'x86_64',
    memoryMB: 1024,
    timeoutSeconds: 30,
    duration: 0.1,
    init: 0,
    idleLifetimeSeconds: 600,
    placement: 'mostRecent',
    errors: { transientRate: 0, poisonRate: 0 },
    reservedConcurrency: null,
    provisionedConcurrency: null,
    idempotent: false,
    async: { maximumRetryAttempts: 2, maximumEventAgeInSeconds: 21600, onSuccess: null, onFailure: null, deadLetterQueue: null },
    ...overrides,
  };
}

export function makeClient(overrides: Partial<ClientConfig> = {}): ClientConfig {
  return {
    maxAttempts: 1,
    backoff: { baseSeconds: 0.1, maxSeconds: 5, jitter: 'none' },
    retryOn: ['throttle'],
    timeoutSeconds: null,
    ...overrides,
  };
}

export function makeSync(traffic: Traffic, overrides: Partial<SyncSource> = {}): SyncSource {
  return { type: 'sync', function: 'fn', traffic, client: makeClient(), ...overrides };
}

export function makeScenario(overrides: Partial<Scenario> & { sources?: Source[] } = {}): Scenario {
  return {
    version: 1,
    name: 'test',
    description: '',
    seed: 1,
    durationSeconds: 60,
    account: { concurrencyLimit: 1000, scaling: { model: 'current' } },
    functions: [makeFunction()],
    sources: [makeSync({ pattern: 'constant', rate: 1 })],
    destinations: [],
    limits: { maxEvents: 50_000_000 },
    ...overrides,
  };
}

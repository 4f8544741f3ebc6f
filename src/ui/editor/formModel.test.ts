import { describe, expect, it } from 'vitest';
import { makeFunction, makeScenario } from '../testing/fixtures';
import { formPathsForTest } from './formModel.testHelpers';

describe('formGroups', () => {
  it('offers the common knobs with ranges from the field specs', () => {
    const scenario = makeScenario({ functions: [makeFunction({ duration: { distribution: 'lognormal', median: 0.1, p99: 0.5 } })] });
    const paths = formPathsForTest(scenario);
    expect(paths).toContain('functions[0].memoryMB [128–10240]');
    expect(paths).toContain('functions[0].duration.median [0–31536000]');
    expect(paths).toContain('sources[0].traffic.rate [0–1000000]');
    expect(paths).toContain('sources[0].client.maxAttempts [1–100]');
    expect(paths).not.toContain('functions[0].async.maximumRetryAttempts [0–2]');
  });
});

import { describe, expect, it } from 'vitest';
import type { DeadLetterRecord } from '../../../engine/resultTypes';
import { makeFunction, makeResult, makeScenario } from '../../testing/fixtures';
import { selectDeadLetters } from './select';

const record = (o: Partial<DeadLetterRecord>): DeadLetterRecord => ({
  destination: 'failed-events', kind: 'onFailure', sourceIndex: 0, function: 'api', requestId: 'r-1',
  firstAttemptAt: 1, lastAttemptAt: 181, attempts: 3, error: 'Error: poison', condition: 'RetriesExhausted', t: 181, records: 1, ...o,
});

describe('selectDeadLetters', () => {
  const result = makeResult({
    deadLetters: {
      total: 5,
      records: [record({}), record({ requestId: 'r-2', condition: 'EventAgeExceeded', error: null }), record({ requestId: 'r-3', destination: 'dlq', kind: 'deadLetterQueue' })],
      byDestination: [{ name: 'failed-events', type: 'sqs', delivered: 4, records: 4 }, { name: 'dlq', type: 'sqs', delivered: 1, records: 1 }],
    },
  });
  const scenario = makeScenario();

  it('filters by text and destination, keeping the totals', () => {
    expect(selectDeadLetters(result, scenario, 'age', null).rows.map((r) => r.requestId)).toEqual(['r-2']);
    expect(selectDeadLetters(result, scenario, '', 'dlq').rows.map((r) => r.requestId)).toEqual(['r-3']);
    const all = selectDeadLetters(result, scenario, '', null);
    expect(all).toMatchObject({ matching: 3, kept: 3, total: 5, empty: null });
    expect(all.rows[0]?.sourceLabel).toBe('sync #1 → api');
  });

  it('says why the table is empty', () => {
    expect(selectDeadLetters(makeResult(), scenario, '', null).empty).toMatch(/No dead-letter queue or destination/);
    const withDestination = makeScenario({ functions: [makeFunction({ async: { maximumRetryAttempts: 2, maximumEventAgeInSeconds: 60, onSuccess: null, onFailure: 'x', deadLetterQueue: null } })] });
    expect(selectDeadLetters(makeResult(), withDestination, '', null).empty).toMatch(/Nothing was delivered/);
  });
});

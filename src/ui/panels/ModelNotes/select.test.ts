import { describe, expect, it } from 'vitest';
import { makeResult } from '../../testing/fixtures';
import { selectModelNotes, sourceHref } from './select';

describe('selectModelNotes', () => {
  it('groups constants by how much we know, AWS first, with links', () => {
    const result = makeResult({
      constants: [
        { name: 'idle lifetime', value: '600 s', kind: 'assumption', source: '', note: 'AWS documents none' },
        { name: 'scaling rate', value: '1000 / 10 s', kind: 'aws', source: 'https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html', note: '' },
      ],
    });
    const view = selectModelNotes(result);
    expect(view.groups.map((g) => [g.label, g.constants.map((c) => c.name)])).toEqual([
      ['AWS-documented', ['scaling rate']],
      ['Assumption', ['idle lifetime']],
    ]);
    expect(view.groups[0]?.constants[0]?.href).toMatch(/^https:\/\/docs/);
  });
  it('links bare documentation addresses', () => {
    expect(sourceHref('docs.aws.amazon.com/lambda/latest/dg/x.html')).toBe('https://docs.aws.amazon.com/lambda/latest/dg/x.html');
    expect(sourceHref('maxday/lambda-perf, Dec 2025')).toBeNull();
  });
});

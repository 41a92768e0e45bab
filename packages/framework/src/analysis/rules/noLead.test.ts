import { describe, expect, it } from 'vitest';
import { analyzeBoard } from '../analyzeBoard';
import { act, board, obj, out } from '../testBoard';

const run = (b: ReturnType<typeof board>) => analyzeBoard(b, { rules: ['NO-LEAD'] });

describe('NO-LEAD', () => {
  it('NO-LEAD: outputs and activities without a lead are warnings', () => {
    const f = run(board([act('a', { lead: null }), out('o', { lead: null }), act('b'), out('p')]));
    expect(f.map((x) => [x.nodeIds, x.severity])).toEqual([
      [['a'], 'warning'],
      [['o'], 'warning'],
    ]);
    expect(f[0]?.message).toContain('has no lead');
    expect(f.map((x) => [x.code, x.params])).toEqual([
      ['finding.NO-LEAD.activity', { item: '"Act a"' }],
      ['finding.NO-LEAD.output', { item: '"Out o"' }],
    ]);
  });

  it('NO-LEAD: objectives without a lead are not reported', () => {
    expect(run(board([obj('j', { lead: null })]))).toEqual([]);
  });
});

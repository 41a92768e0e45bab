import { describe, expect, it } from 'vitest';
import { analyzeBoard } from '../analyzeBoard';
import { act, actor, board, out } from '../testBoard';

const many = (n: number, lead: string, horizon: 'short' | 'mid' | 'long', prefix = 'n') =>
  Array.from({ length: n }, (_, i) => act(`${prefix}${horizon}${i}`, { lead, horizon }));

describe('OVERLOAD', () => {
  it('OVERLOAD: more than the threshold in one horizon gives one finding per actor and horizon', () => {
    const nodes = [
      ...many(9, 'undp', 'short'),
      ...many(9, 'undp', 'mid'),
      ...many(8, 'police', 'short', 'p'),
    ];
    const f = analyzeBoard(board(nodes, [], [actor('undp', 'UNDP')]), { rules: ['OVERLOAD'] });
    expect(f).toHaveLength(2);
    expect(f.every((x) => x.severity === 'warning' && x.nodeIds.length === 9)).toBe(true);
    expect(f.map((x) => x.message).join('\n')).toMatch(
      /UNDP leads 9 items in one horizon \(Short term\)/,
    );
    expect(f.map((x) => x.message).join('\n')).toMatch(
      /UNDP leads 9 items in one horizon \(Mid term\)/,
    );
  });

  it('OVERLOAD: honours overloadThreshold, counts outputs too, ignores done items, falls back to the actor id', () => {
    const nodes = [
      act('a', { lead: 'x' }),
      out('b', { lead: 'x' }),
      act('c', { lead: 'x', status: 'done' }),
    ];
    expect(analyzeBoard(board(nodes), { rules: ['OVERLOAD'], overloadThreshold: 2 })).toEqual([]);
    const f = analyzeBoard(board(nodes), { rules: ['OVERLOAD'], overloadThreshold: 1 });
    expect(f).toEqual([expect.objectContaining({ nodeIds: ['a', 'b'] })]);
    expect(f[0]?.message).toMatch(/^x leads 2 items/);
    expect(f[0]).toMatchObject({ code: 'finding.OVERLOAD.lead', params: { actor: 'x', items: 2 } });
  });
});

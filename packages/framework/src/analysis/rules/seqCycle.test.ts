import { describe, expect, it } from 'vitest';
import { analyzeBoard } from '../analyzeBoard';
import { act, board, con, obj, out, seq } from '../testBoard';

const seqCycles = (b: ReturnType<typeof board>) => analyzeBoard(b, { rules: ['SEQ-CYCLE'] });

// Two outputs under one objective, two activities each.
const nodes = [
  obj('j'),
  out('o1'),
  out('o2'),
  act('a1'),
  act('a2'),
  act('b1'),
  act('b2'),
  act('z'),
];
const tree = [
  con('o1', 'j', 'c-o1'),
  con('o2', 'j', 'c-o2'),
  con('a1', 'o1', 'c-a1'),
  con('a2', 'o1', 'c-a2'),
  con('b1', 'o2', 'c-b1'),
  con('b2', 'o2', 'c-b2'),
];

describe('SEQ-CYCLE through the hierarchy', () => {
  it('SEQ-CYCLE: an activity → its own output (or objective) hint is not a loop', () => {
    expect(seqCycles(board(nodes, [...tree, seq('a1', 'o1'), seq('a2', 'j')]))).toEqual([]);
    // … and neither is the usual mix of levels in the same direction
    expect(
      seqCycles(board(nodes, [...tree, seq('a1', 'a2'), seq('a2', 'o1'), seq('o1', 'o2')])),
    ).toEqual([]);
  });

  it('SEQ-CYCLE: a plain activity loop is still a loop', () => {
    const f = seqCycles(board(nodes, [...tree, seq('a1', 'b1', 's1'), seq('b1', 'a1', 's2')]));
    expect(f).toEqual([
      expect.objectContaining({ nodeIds: ['a1', 'b1'], edgeIds: ['s1', 's2'], severity: 'error' }),
    ]);
    expect(f[0]?.message).toContain('"Act a1" → "Act b1" → "Act a1"');
  });

  it('SEQ-CYCLE: a cross-level loop (activity → other output, that output → the activity’s output)', () => {
    // o2's activities b1, b2 can never start either: they are counted
    const f = seqCycles(board(nodes, [...tree, seq('a1', 'o2', 's1'), seq('o2', 'o1', 's2')]));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      rule: 'SEQ-CYCLE',
      nodeIds: ['a1', 'o2', 'o1'],
      edgeIds: ['s1', 's2', 'c-a1'],
    });
    expect(f[0]?.message).toBe(
      'Sequencing loop: "Act a1" must finish before "Out o2" starts, which must finish before "Out o1" starts, which contains "Act a1". So none of these items can ever start. 2 more items are caught in the same loop.',
    );
  });

  it('SEQ-CYCLE: activity → activity, then output → output back (the study template’s shape)', () => {
    const f = seqCycles(board(nodes, [...tree, seq('a1', 'b1', 's1'), seq('o2', 'o1', 's3')]));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      nodeIds: ['a1', 'b1', 'o2', 'o1'],
      edgeIds: ['s1', 'c-b1', 's3', 'c-a1'],
    });
    expect(f[0]?.message).toContain('which is part of "Out o2"');
    expect(f[0]?.code).toBe('finding.SEQ-CYCLE.hierarchy');
    expect(f[0]?.params['steps']).toContainEqual({
      code: 'loop.next.part-of',
      params: { b: '"Out o2"' },
    });
  });

  it('SEQ-CYCLE: an output that must finish before its own activity starts', () => {
    const f = seqCycles(board(nodes, [...tree, seq('o1', 'a2', 's1')]));
    expect(f).toEqual([
      expect.objectContaining({ nodeIds: ['o1', 'a2'], edgeIds: ['s1', 'c-a2'] }),
    ]);
  });

  it('SEQ-CYCLE: an objective before its own output’s activity, via the objective', () => {
    const f = seqCycles(board(nodes, [...tree, seq('j', 'b2', 's1')]));
    expect(f[0]?.nodeIds).toEqual(['j', 'b2', 'o2']);
    expect(f[0]?.edgeIds).toEqual(['s1', 'c-b2', 'c-o2']);
  });

  it('SEQ-CYCLE: contributes edges of a wrong shape are ignored', () => {
    // o1 → a1 (wrong shape) would make a1 contain o1; it must not create or hide loops
    const wrong = [con('o1', 'a1', 'bad'), con('j', 'o1', 'bad2')];
    expect(seqCycles(board(nodes, [...tree, ...wrong, seq('a1', 'o1')]))).toEqual([]);
    expect(seqCycles(board(nodes, [...tree, ...wrong, seq('o1', 'a1', 's')]))).toHaveLength(1);
  });

  it('SEQ-CYCLE: a contributes cycle plus sequence edges does not crash', () => {
    const loopy = [
      con('a1', 'o1'),
      con('o1', 'a1'),
      con('o1', 'j'),
      con('j', 'o1'),
      con('z', 'z'),
      con('a1', 'a1'),
    ];
    const edges = [
      ...loopy,
      seq('a1', 'o1'),
      seq('o1', 'j'),
      seq('j', 'a1'),
      seq('z', 'z', 'self'),
    ];
    const f = seqCycles(board(nodes, edges));
    expect(f.map((x) => x.nodeIds)).toEqual([['a1', 'o1', 'j'], ['z']]);
    // no sequence edges: contributes-only structure is never a SEQ-CYCLE
    expect(seqCycles(board(nodes, loopy))).toEqual([]);
  });

  it('SEQ-CYCLE: items on the loop are listed once; items that can still start are not counted', () => {
    // a1 → b1 and o2 → o1 close a loop; o2 itself can start, so b2 is not caught (nor a2)
    const f = seqCycles(
      board(nodes, [...tree, seq('a1', 'b1', 's1'), seq('b2', 'a2', 's2'), seq('o2', 'o1', 's3')]),
    );
    expect(f).toHaveLength(1);
    const ids = f[0]?.nodeIds ?? [];
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(['a1', 'b1', 'o2', 'o1']);
    expect(f[0]?.message).toMatch(/can ever start\.$/);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoardSchema, SCHEMA_VERSION, createBoard, normalizeBoard } from '../schema/board';
import type { Board } from '../schema/board';
import { createEdge } from '../schema/edge';
import { createNode } from '../schema/node';
import { studyTemplate } from '../template/studyTemplate';
import { boardArb } from './arbitraries';
import { ImportError } from './ImportError';
import { exportJson, importJson } from './json';
import { MIGRATIONS } from './migrations';

function small(): Board {
  return createBoard({
    title: 'Small',
    actors: [{ id: 'undp', name: 'UNDP', abbrev: 'UNDP', group: 'country-team' }],
    nodes: [
      createNode({ id: 'a', kind: 'activity', lead: 'undp' }),
      createNode({ id: 'b', kind: 'output' }),
      createNode({ id: 'c', kind: 'objective' }),
    ],
    edges: [createEdge({ id: 'e1', kind: 'contributes', source: 'a', target: 'b' })],
  });
}

/** The issues of the ImportError thrown by `f`. */
function issuesOf(f: () => unknown): { path: string; message: string }[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return (e as ImportError).issues;
  }
  throw new Error('expected an ImportError');
}

/** A file with `edit` applied to the parsed export of `small()`. */
function fileWith(
  edit: (doc: { board: Record<string, unknown[]> } & Record<string, unknown>) => void,
): string {
  const doc = JSON.parse(exportJson(small())) as { board: Record<string, unknown[]> } & Record<
    string,
    unknown
  >;
  edit(doc);
  return JSON.stringify(doc);
}

describe('exportJson / importJson', () => {
  it('writes the envelope, pretty-printed and normalized', () => {
    const b = small();
    const text = exportJson({ ...b, nodes: [...b.nodes].reverse() });
    const doc = JSON.parse(text) as { format: string; schemaVersion: number; board: Board };
    expect(doc.format).toBe('isf-board');
    expect(doc.schemaVersion).toBe(SCHEMA_VERSION);
    expect(doc.board).toEqual(normalizeBoard(b));
    expect(text).toContain('\n  "board": {');
  });

  it('round-trips the whole study template', () => {
    const t = studyTemplate();
    expect(importJson(exportJson(t))).toEqual(t);
  });

  it('round-trips random boards (identity after normalize)', () => {
    fc.assert(
      fc.property(boardArb(), (b) => {
        const shuffled = { ...b, nodes: [...b.nodes].reverse(), actors: [...b.actors].reverse() };
        expect(importJson(exportJson(shuffled))).toEqual(normalizeBoard(b));
      }),
      { numRuns: 200 },
    );
  });

  it('migrates the legacy version 0 layout', () => {
    expect(MIGRATIONS.map((m) => [m.from, m.to])).toEqual([[0, 1]]);
    const b = small();
    const legacy = {
      format: 'isf-board',
      schemaVersion: 0,
      board: {
        meta: { title: b.meta.title },
        nodes: b.nodes.map(({ risks: _r, ref: _ref, funding: _f, durationWeeks: _d, ...n }) => n),
        edges: b.edges.map(({ suggested: _s, note: _n, ...e }) => e),
        actors: b.actors.map(({ abbrev: _a, ...a }) => a),
      },
    };
    const imported = importJson(JSON.stringify(legacy));
    expect(imported).toEqual({ ...b, actors: b.actors.map((a) => ({ ...a, abbrev: null })) });
  });

  it('reports zod issues with JSON paths', () => {
    const issues = issuesOf(() =>
      importJson(
        fileWith((doc) => {
          (doc.board['nodes']?.[1] as Record<string, unknown>)['priority'] = 9;
          (doc.board['nodes']?.[2] as Record<string, unknown>)['kind'] = 'goal';
        }),
      ),
    );
    expect(issues.map((i) => i.path)).toEqual(['board.nodes[1].priority', 'board.nodes[2].kind']);
  });

  it('reports referential integrity problems with their paths', () => {
    const issues = issuesOf(() =>
      importJson(
        fileWith((doc) => {
          const nodes = doc.board['nodes'] as Record<string, unknown>[];
          (doc.board['edges']?.[0] as Record<string, unknown>)['target'] = 'ghost';
          (nodes[0] as Record<string, unknown>)['support'] = ['nobody', 'undp', 'undp'];
          (nodes[1] as Record<string, unknown>)['lead'] = 'nobody';
          (nodes[2] as Record<string, unknown>)['id'] = 'a';
        }),
      ),
    );
    expect(issues.map((i) => i.path).sort()).toEqual(
      [
        'board.nodes[2].id',
        'board.edges[0].target',
        'board.nodes[0].support[0]',
        'board.nodes[0].support[2]',
        'board.nodes[1].lead',
      ].sort(),
    );
    expect(issues.find((i) => i.path === 'board.edges[0].target')?.message).toContain('ghost');
  });

  it('rejects what is not an ISF Board file', () => {
    expect(issuesOf(() => importJson('{')).at(0)?.message).toMatch(/not valid JSON/);
    expect(issuesOf(() => importJson('[]')).at(0)?.path).toBe('');
    expect(issuesOf(() => importJson('{"format":"x"}')).at(0)?.path).toBe('format');
    expect(
      issuesOf(() => importJson(fileWith((d) => (d['schemaVersion'] = 99)))).at(0)?.message,
    ).toMatch(/reads up to/);
    expect(
      issuesOf(() => importJson(fileWith((d) => Reflect.deleteProperty(d, 'board')))).at(0)?.path,
    ).toBe('board');
  });

  it('never throws anything but ImportError on random or garbled text', () => {
    const exported = exportJson(small());
    const garbled = fc
      .array(fc.tuple(fc.nat(exported.length - 1), fc.nat(10), fc.string({ maxLength: 3 })), {
        minLength: 1,
        maxLength: 4,
      })
      .map((edits) =>
        edits.reduce(
          (t, [at, cut, insert]) => t.slice(0, at) + insert + t.slice(at + cut),
          exported,
        ),
      );
    const jsonish = fc
      .jsonValue()
      .map((v) => JSON.stringify({ format: 'isf-board', schemaVersion: 1, board: v }));
    fc.assert(
      fc.property(fc.oneof(fc.string(), garbled, jsonish), (text) => {
        try {
          const b = importJson(text);
          expect(BoardSchema.safeParse(b).success).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(ImportError);
        }
      }),
      { numRuns: 500 },
    );
  });
});

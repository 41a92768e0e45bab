import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoardSchema } from '../schema/board';
import type { Board } from '../schema/board';
import type { PlanNode } from '../schema/node';
import { studyTemplate } from '../template/studyTemplate';
import { boardArb } from './arbitraries';
import { CSV_COLUMNS } from './csvCells';
import { parseCsv } from './csvCodec';
import { csvParents, exportCsv } from './exportCsv';
import { ImportError } from './ImportError';
import type { ImportIssue } from './ImportError';
import { importCsv } from './importCsv';

const HEADER = CSV_COLUMNS.join(',');

function issuesOf(f: () => unknown): ImportIssue[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return (e as ImportError).issues;
  }
  throw new Error('expected an ImportError');
}

/** What CSV carries of a node. */
function projectNode(n: PlanNode) {
  const natural = new Intl.Collator('en', { numeric: true });
  return {
    kind: n.kind,
    title: n.title,
    description: n.description,
    horizon: n.horizon,
    priority: n.priority,
    status: n.status,
    lead: n.lead,
    support: n.support,
    tags: n.tags,
    funding: n.funding,
    durationWeeks: n.durationWeeks,
    ref: n.ref === '' ? null : n.ref,
    benchmarks: [...n.benchmarks]
      .sort((a, b) => a.horizon.localeCompare(b.horizon) || natural.compare(a.id, b.id))
      .map(({ id: _id, ...b }) => ({
        ...b,
        reviewedBy: b.reviewedBy === '' ? null : b.reviewedBy,
      })),
    risks: [...n.risks].sort((a, b) => natural.compare(a.id, b.id)).map(({ id: _id, ...r }) => r),
  };
}

const sequences = (b: Board) =>
  [
    ...new Set(
      b.edges
        .filter((e) => e.kind === 'sequence')
        .map((e) => `${e.source}>${e.target}>${e.suggested}`),
    ),
  ].sort();
const parentIds = (b: Board) => [...csvParents(b)].map(([child, p]) => `${child}<${p.id}`).sort();

describe('exportCsv / importCsv on the study template', () => {
  const t = studyTemplate();
  const csv = exportCsv(t);
  const records = parseCsv(csv);

  it('writes the header and one row per node, objectives first then outputs and activities', () => {
    expect(records[0]?.join(',')).toBe(HEADER);
    expect(records).toHaveLength(1 + 188);
    expect(records[1]?.slice(0, 2)).toEqual([
      'obj-political',
      'Facilitating and Supporting the Political Process',
    ]);
    expect(records[2]?.slice(0, 4)).toEqual([
      'obj-political',
      'Facilitating and Supporting the Political Process',
      'out-peace-process-supported',
      'Peace Process Supported',
    ]);
    expect(records[3]?.[5]).toBe('Establishing negotiating mechanisms');
    const col = (name: string) => CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number]);
    expect(records[2]?.[col('lead')]).toBe('hom');
    expect(records[2]?.[col('benchmarks')]?.split('\n')[0]).toBe(
      'short | not-started | Ceasefire and/or peace agreements signed',
    );
    expect(records[2]?.[col('suggested_predecessors')]).toBe(
      'out-warring-factions-separated-fighting-stopped',
    );
    expect(records[2]?.[col('predecessors')]).toBe('');
  });

  it('re-imports to the same nodes (positions included), tree and suggested sequence edges', () => {
    const back = importCsv(csv);
    expect(back.nodes).toEqual(t.nodes);
    expect(sequences(back)).toEqual(sequences(t));
    expect(parentIds(back)).toEqual(parentIds(t));
    expect(back.actors).toEqual(t.actors);
    expect(exportCsv(back)).toBe(csv);
  });

  it('keeps an output without activities', () => {
    const back = importCsv(csv);
    const transition = back.nodes.find(
      (n) => n.id === 'out-transition-recovery-to-development-enabled',
    );
    expect(transition?.kind).toBe('output');
    expect(parentIds(back)).toContain(
      'out-transition-recovery-to-development-enabled<obj-recovery',
    );
  });
});

describe('importCsv on hand-written sheets', () => {
  const sheet = [
    'objective,output,activity,lead,support,priority,predecessors,benchmarks',
    'Secure environment,,,,,,,',
    'Secure environment,Forces separated,,Force Commander (head of the military component),UNDP; Ministry of Interior,2,,"short | on-track | Ceasefire holds | 2026-01-10 | J. Doe | JMC minutes"',
    ',Forces separated,Deploy troops,fc-x,,1,,',
    ',Forces separated,Monitor ceasefire,,,,activity-row4,',
    'Recovery,Transition enabled,,,,,,',
  ].join('\n');

  it('creates ids, resolves parents by title and actors by id, abbreviation or name', () => {
    let n = 0;
    const b = importCsv(sheet.replace('activity-row4', ''), {
      title: 'Workshop',
      idGenerator: () => `id-${++n}`,
    });
    expect(b.nodes.map((x) => x.id).sort()).toEqual([
      'id-1',
      'id-2',
      'id-3',
      'id-4',
      'id-5',
      'id-6',
    ]);
    expect(b.meta.title).toBe('Workshop');
    const byTitle = (t: string) => b.nodes.find((x) => x.title === t);
    const out = byTitle('Forces separated');
    expect(out?.kind).toBe('output');
    expect(out?.lead).toBe('force-commander');
    expect(out?.support).toEqual(['undp', 'ministry-of-interior']);
    expect(b.actors.find((a) => a.id === 'ministry-of-interior')).toMatchObject({
      name: 'Ministry of Interior',
      group: 'other-partner',
    });
    expect(out?.benchmarks).toEqual([
      {
        id: `${out?.id}-bm-short-1`,
        horizon: 'short',
        status: 'on-track',
        text: 'Ceasefire holds',
        lastReviewed: '2026-01-10',
        reviewedBy: 'J. Doe',
        evidence: 'JMC minutes',
      },
    ]);
    expect(byTitle('Deploy troops')?.lead).toBe('fc-x');
    expect(b.nodes.filter((x) => x.title === 'Forces separated')).toHaveLength(1);
    expect(byTitle('Transition enabled')?.kind).toBe('output');
    expect(BoardSchema.safeParse(b).success).toBe(true);
  });

  it('uses deterministic ids without a generator, and predecessors by id', () => {
    const b = importCsv(sheet);
    expect(b.nodes.map((x) => x.id).sort()).toEqual(
      [
        'activity-row4',
        'activity-row5',
        'objective-row2',
        'objective-row6',
        'output-row3',
        'output-row6',
      ].sort(),
    );
    expect(b.edges.filter((e) => e.kind === 'sequence')).toEqual([
      expect.objectContaining({
        source: 'activity-row4',
        target: 'activity-row5',
        suggested: false,
      }),
    ]);
    expect(b.meta.title).toBe('Imported ISF board');
  });

  it('names row and column of every problem, importing nothing', () => {
    const bad = [
      'objective_id,objective,output_id,output,activity_id,activity,priority,horizon,predecessors,tags,duration_weeks',
      'o1,Obj,,,,,,,,,',
      'o1,Obj,p1,Out,,,9,soon,,,',
      'o1,Obj,p1,Out,a1,Act,,,ghost,gender; peace,-2',
      'o1,Obj,,,a1,Dup,,,,,',
      ',,,,,,,,,,',
      'p1,Wrong kind,,,,,,,,,',
      'p1,,,,a9,Act9,,,,,',
    ].join('\r\n');
    const issues = issuesOf(() => importCsv(bad));
    const at = issues.map((i) => `${i.row}:${i.column}`);
    expect(at).toEqual(
      expect.arrayContaining([
        '3:priority',
        '3:horizon',
        '4:predecessors',
        '4:tags',
        '4:duration_weeks',
        '5:activity_id', // a1 defined twice
        '7:objective_id', // p1 is also an output
        '8:objective_id', // used as an objective, defined as an output
      ]),
    );
    expect(issues.find((i) => i.column === 'priority')?.path).toBe('row 3, column priority');
  });

  it('rejects bad headers', () => {
    expect(issuesOf(() => importCsv('')).at(0)?.message).toMatch(/header/);
    const h = issuesOf(() => importCsv('objective,output,activty\n'));
    expect(h.map((i) => `${i.row}:${i.column}`)).toEqual(['1:activty', '1:activity']);
    expect(issuesOf(() => importCsv('objective,output,activity,output\n'))[0]?.message).toMatch(
      /duplicate/,
    );
  });

  it('accepts a header-only file as an empty board', () => {
    expect(importCsv(`${HEADER}\r\n`).nodes).toEqual([]);
  });
});

describe('CSV properties', () => {
  it('export → import → export is the identity, and the CSV projection survives', () => {
    fc.assert(
      fc.property(boardArb(), (b) => {
        const csv = exportCsv(b);
        const back = importCsv(csv);
        expect(exportCsv(back)).toBe(csv);
        expect(back.nodes.map((n) => n.id)).toEqual(b.nodes.map((n) => n.id));
        for (const n of b.nodes) {
          const m = back.nodes.find((x) => x.id === n.id);
          expect(m && projectNode(m)).toEqual(projectNode(n));
        }
        expect(sequences(back)).toEqual(sequences(b));
        expect(parentIds(back)).toEqual(parentIds(b));
      }),
      { numRuns: 200 },
    );
  });

  it('never throws anything but ImportError on random or garbled text', () => {
    const exported = exportCsv(studyTemplate({ outputs: ['out-peace-process-supported'] }));
    const garbled = fc
      .array(fc.tuple(fc.nat(exported.length - 1), fc.nat(20), fc.string({ maxLength: 3 })), {
        minLength: 1,
        maxLength: 5,
      })
      .map((edits) =>
        edits.reduce((t, [at, cut, ins]) => t.slice(0, at) + ins + t.slice(at + cut), exported),
      );
    const cells = fc.constantFrom(
      '',
      'x',
      'a,b',
      '"',
      'short | bad',
      '9',
      'o1',
      'p1',
      ';',
      'mid | on-track | t',
    );
    const sheet = fc
      .array(fc.array(cells, { minLength: 1, maxLength: 21 }), { maxLength: 6 })
      .map((rows) => [HEADER, ...rows.map((r) => r.join(','))].join('\n'));
    fc.assert(
      fc.property(fc.oneof(fc.string(), garbled, sheet), (text) => {
        try {
          const b = importCsv(text);
          expect(BoardSchema.safeParse(b).success).toBe(true);
        } catch (e) {
          if (!(e instanceof ImportError)) throw e;
        }
      }),
      { numRuns: 400 },
    );
  });
});

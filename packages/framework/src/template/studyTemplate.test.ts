import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeBoard } from '../analysis/analyzeBoard';
import { validateConnection } from '../analysis/validateConnection';
import { BoardSchema } from '../schema/board';
import type { Board } from '../schema/board';
import { STUDY_DATA } from './studyData';
import {
  STUDY_BOARD_TITLE,
  TemplateSelectionError,
  studyCatalog,
  studyTemplate,
} from './studyTemplate';

const whole = studyTemplate();
const byKind = (b: Board, kind: string) => b.nodes.filter((n) => n.kind === kind);
const node = (b: Board, id: string) => {
  const n = b.nodes.find((x) => x.id === id);
  if (n === undefined) throw new Error(`missing node ${id}`);
  return n;
};

describe('studyTemplate (whole study)', () => {
  it('has the study counts', () => {
    expect(byKind(whole, 'objective')).toHaveLength(4);
    expect(byKind(whole, 'output')).toHaveLength(20);
    expect(byKind(whole, 'activity')).toHaveLength(164);
    expect(whole.nodes.flatMap((n) => n.benchmarks)).toHaveLength(343);
    expect(whole.actors).toHaveLength(90);
    const seq = whole.edges.filter((e) => e.kind === 'sequence');
    expect(seq).toHaveLength(40);
    expect(seq.every((e) => e.suggested)).toBe(true);
    expect(whole.edges.filter((e) => e.kind === 'contributes')).toHaveLength(164 + 20);
    expect(whole.meta.title).toBe(STUDY_BOARD_TITLE);
  });

  it('is a valid, normalized board with no dangling references', () => {
    expect(BoardSchema.parse(whole)).toEqual(whole);
    const ids = new Set(whole.nodes.map((n) => n.id));
    const actorIds = new Set(whole.actors.map((a) => a.id));
    expect(ids.size).toBe(whole.nodes.length);
    for (const e of whole.edges) {
      expect(ids.has(e.source) && ids.has(e.target), e.id).toBe(true);
    }
    for (const n of whole.nodes) {
      if (n.lead !== null) expect(actorIds.has(n.lead), n.lead).toBe(true);
      for (const s of n.support) expect(actorIds.has(s), s).toBe(true);
      expect(n.support).not.toContain(n.lead);
      expect(new Set(n.support).size).toBe(n.support.length);
    }
    const sorted = [...whole.nodes.map((n) => n.id)].sort();
    expect(whole.nodes.map((n) => n.id)).toEqual(sorted);
  });

  it('keeps the source wording verbatim', () => {
    expect(node(whole, 'act-peace-process-supported-1').title).toBe(
      'Establishing negotiating mechanisms',
    );
    expect(node(whole, 'act-peace-process-supported-4').title).toBe(
      'Negotiating and implementing a status-of-forces-agreement (SOFA) or status-of-mission agreement (SOMA)',
    );
    const pp = node(whole, 'out-peace-process-supported');
    expect(pp.title).toBe('Peace Process Supported');
    expect(
      pp.benchmarks.find((b) => b.id === 'out-peace-process-supported-bm-short-1'),
    ).toMatchObject({
      horizon: 'short',
      text: 'Ceasefire and/or peace agreements signed',
      status: 'not-started',
      lastReviewed: null,
      reviewedBy: null,
    });
    expect(pp.benchmarks.filter((b) => b.horizon === 'long')).toHaveLength(5);
    expect(pp.risks.find((r) => r.id === 'out-peace-process-supported-risk-1')?.text).toBe(
      'Consent not universal',
    );
    expect(pp.ref).toBe('out-peace-process-supported');
  });

  it('keeps the unelaborated transition output without activities', () => {
    const t = node(whole, 'out-transition-recovery-to-development-enabled');
    expect(t.title).toBe('Transition from Recovery to Development Enabled');
    expect(whole.edges.filter((e) => e.target === t.id && e.kind === 'contributes')).toHaveLength(
      0,
    );
    expect(whole.edges.some((e) => e.id === `e-contrib-${t.id}-obj-recovery`)).toBe(true);
  });

  it('maps actor groups from the study lists and types', () => {
    const group = (id: string) => whole.actors.find((a) => a.id === id)?.group;
    expect(whole.actors.filter((a) => a.group === 'mission-component')).toHaveLength(43);
    expect(group('force-commander')).toBe('mission-component');
    expect(group('undp')).toBe('country-team');
    expect(group('unct')).toBe('country-team');
    expect(group('host-government')).toBe('national');
    expect(group('world-bank')).toBe('other-partner');
    expect(group('dpko')).toBe('other-partner');
  });

  it('takes the first UN-side study lead as the one lead, other leads into support', () => {
    const civ = node(whole, 'out-civilians-protected'); // study lead: host-government, hom, mlt
    expect(civ.lead).toBe('hom');
    expect(civ.support.slice(0, 2)).toEqual(['host-government', 'mlt']);
    expect(node(whole, 'out-defence-sector-professionalized').lead).toBe('host-government');
    expect(node(whole, 'out-transition-recovery-to-development-enabled').lead).toBeNull();
    expect(byKind(whole, 'activity').every((a) => a.lead === null && a.support.length === 0)).toBe(
      true,
    );
  });

  it('tags outputs (and their activities) from cross-cutting issues', () => {
    expect(node(whole, 'out-civilians-protected').tags).toEqual(['poc']);
    expect(node(whole, 'out-ddr-programmes-implemented').tags).toEqual(['ddr']);
    expect(node(whole, 'act-ddr-programmes-implemented-1').tags).toEqual(['ddr']);
    expect(node(whole, 'out-defence-sector-professionalized').tags).toEqual(['ssr']);
    expect(node(whole, 'out-peace-process-supported').tags).toEqual([]);
  });

  it('derives horizons by level, pushed later by sequencing hints', () => {
    expect(node(whole, 'obj-security').horizon).toBe('long');
    expect(node(whole, 'out-peace-process-supported').horizon).toBe('mid');
    expect(node(whole, 'act-peace-process-supported-1').horizon).toBe('short');
    // out-peace-process-supported (mid) must finish before DDR activity 11 → mid
    expect(node(whole, 'act-ddr-programmes-implemented-11').horizon).toBe('mid');
    // obj-security (long) → out-police-law-enforcement-strengthened → long
    expect(node(whole, 'out-police-law-enforcement-strengthened').horizon).toBe('long');
    const h = { short: 0, mid: 1, long: 2 } as const;
    for (const e of whole.edges.filter((x) => x.kind === 'sequence')) {
      expect(h[node(whole, e.source).horizon]).toBeLessThanOrEqual(
        h[node(whole, e.target).horizon],
      );
    }
  });

  it('turns hints into suggested sequence edges with the why as note, keeping the loop', () => {
    const e3 = whole.edges.find((e) => e.id === 'e-seq-3');
    expect(e3).toMatchObject({
      source: 'out-warring-factions-separated-fighting-stopped',
      target: 'out-peace-process-supported',
      note: STUDY_DATA.sequencingHints[2]?.why,
    });
    // The intentional loop lives at output level: lift each sequence edge to the outputs that
    // contain its ends (activity → its output), then peace process ⇄ separation of forces.
    const parent = new Map(
      whole.edges
        .filter((e) => e.kind === 'contributes' && e.source.startsWith('act-'))
        .map((e) => [e.source, e.target]),
    );
    const lifted = new Set(
      whole.edges
        .filter((e) => e.kind === 'sequence')
        .map((e) => `${parent.get(e.source) ?? e.source}>${parent.get(e.target) ?? e.target}`),
    );
    const pp = 'out-peace-process-supported';
    const sep = 'out-warring-factions-separated-fighting-stopped';
    expect(lifted.has(`${pp}>${sep}`) && lifted.has(`${sep}>${pp}`)).toBe(true);
  });

  it('SEQ-CYCLE: the template loads and reports its sequencing loops through the hierarchy', () => {
    const loops = analyzeBoard(whole, { rules: ['SEQ-CYCLE'] });
    expect(loops).toHaveLength(2);
    // The study's intentional loop: peace process → separation of forces → peace process.
    const pp = loops.find((f) => f.edgeIds.includes('e-seq-1'));
    expect(pp?.nodeIds).toEqual([
      'act-peace-process-supported-1',
      'act-warring-factions-separated-fighting-stopped-1',
      'out-warring-factions-separated-fighting-stopped',
      'out-peace-process-supported',
    ]);
    expect(pp?.edgeIds).toEqual([
      'e-seq-1',
      'e-contrib-act-warring-factions-separated-fighting-stopped-1-out-warring-factions-separated-fighting-stopped',
      'e-seq-3',
      'e-contrib-act-peace-process-supported-1-out-peace-process-supported',
    ]);
    expect(pp?.message).toContain('"Peace Process Supported" starts, which contains');
    // A second loop the hints make once an objective-level hint is read as finish-to-start:
    // police reform waits for the whole security objective (e-seq-32), which contains public
    // order activity 6, which waits for police activity 4 (e-seq-33).
    const police = loops.find((f) => f !== pp);
    expect(police?.edgeIds).toEqual(expect.arrayContaining(['e-seq-32', 'e-seq-33']));
    expect(police?.nodeIds).toEqual(
      expect.arrayContaining([
        'act-police-law-enforcement-strengthened-4',
        'act-public-order-established-6',
        'obj-security',
        'out-police-law-enforcement-strengthened',
      ]),
    );
    // Drawing the loop's closing hint again would be refused as a cycle.
    const without = { ...whole, edges: whole.edges.filter((e) => e.id !== 'e-seq-3') };
    expect(analyzeBoard(without, { rules: ['SEQ-CYCLE'] })).toHaveLength(1);
    expect(
      validateConnection(without, {
        kind: 'sequence',
        source: 'out-warring-factions-separated-fighting-stopped',
        target: 'out-peace-process-supported',
      }),
    ).toMatchObject({ ok: false, reason: 'cycle' });
  });

  it('lays out objectives above outputs above activities, without overlaps', () => {
    const ys = (kind: string) => byKind(whole, kind).map((n) => n.position.y);
    expect(Math.max(...ys('objective'))).toBeLessThan(Math.min(...ys('output')));
    expect(Math.max(...ys('output'))).toBeLessThan(Math.min(...ys('activity')));
    const positions = new Set(whole.nodes.map((n) => `${n.position.x},${n.position.y}`));
    expect(positions.size).toBe(whole.nodes.length);
    const out = node(whole, 'out-peace-process-supported');
    expect(node(whole, 'act-peace-process-supported-2').position.x).toBe(out.position.x);
  });

  it('is deterministic', () => {
    expect(studyTemplate()).toEqual(whole);
    expect(studyTemplate({})).toEqual(whole);
  });
});

describe('studyTemplate (selection)', () => {
  it('an objective brings all its outputs and their activities', () => {
    const b = studyTemplate({ objectives: ['obj-security'] });
    expect(byKind(b, 'objective').map((n) => n.id)).toEqual(['obj-security']);
    expect(byKind(b, 'output')).toHaveLength(7);
    const expected = STUDY_DATA.objectives
      .find((o) => o.id === 'obj-security')
      ?.outputs.reduce((s, o) => s + o.activities.length, 0);
    expect(byKind(b, 'activity')).toHaveLength(expected ?? -1);
  });

  it('an output brings its objective but not its siblings; outside hints are dropped', () => {
    const b = studyTemplate({ outputs: ['out-peace-process-supported'] });
    expect(b.nodes.filter((n) => n.kind !== 'activity').map((n) => n.id)).toEqual([
      'obj-political',
      'out-peace-process-supported',
    ]);
    expect(byKind(b, 'activity')).toHaveLength(7);
    expect(b.edges.filter((e) => e.kind === 'sequence')).toHaveLength(0);
    expect(b.actors).toHaveLength(90);
    const ids = new Set(b.nodes.map((n) => n.id));
    expect(b.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });

  it('keeps hints whose ends are both selected', () => {
    const b = studyTemplate({
      outputs: ['out-peace-process-supported', 'out-warring-factions-separated-fighting-stopped'],
    });
    const seq = b.edges.filter((e) => e.kind === 'sequence').map((e) => e.id);
    // e-seq-6 (→ obj-security) is kept: the objective comes in as the parent of a selected output
    expect(seq).toEqual(expect.arrayContaining(['e-seq-1', 'e-seq-2', 'e-seq-3', 'e-seq-6']));
    expect(seq).not.toContain('e-seq-7'); // → obj-rule-of-law is not selected
  });

  it('throws TemplateSelectionError naming unknown ids', () => {
    const run = () =>
      studyTemplate({ objectives: ['obj-nope'], outputs: ['out-x', 'obj-security'] });
    expect(run).toThrow(TemplateSelectionError);
    try {
      run();
    } catch (e) {
      expect((e as TemplateSelectionError).unknownIds).toEqual([
        'obj-nope',
        'out-x',
        'obj-security',
      ]);
      expect((e as Error).message).toContain('obj-nope');
    }
  });
});

describe('studyCatalog', () => {
  it('lists objectives and outputs with activity counts', () => {
    const c = studyCatalog();
    expect(c.objectives).toHaveLength(4);
    expect(c.objectives.flatMap((o) => o.outputs)).toHaveLength(20);
    expect(c.objectives.flatMap((o) => o.outputs).reduce((s, o) => s + o.activityCount, 0)).toBe(
      164,
    );
    expect(c.objectives[0]?.outputs[0]).toEqual({
      id: 'out-peace-process-supported',
      title: 'Peace Process Supported',
      activityCount: 7,
    });
  });
});

const sharedJson = resolve(__dirname, '../../../../../shared/framework/study-framework.json');
describe.runIf(existsSync(sharedJson))('studyData matches the shared study file', () => {
  it('has the same activity titles, benchmarks and hints', () => {
    const raw = JSON.parse(readFileSync(sharedJson, 'utf8')) as {
      objectives: {
        outputs: { activities: { title: string }[]; benchmarks: unknown; risks: string[] }[];
      }[];
      sequencingHints: { from: string; to: string; why: string }[];
    };
    const titles = (o: typeof raw.objectives) =>
      o.flatMap((x) => x.outputs.flatMap((y) => y.activities.map((a) => a.title)));
    expect(titles(STUDY_DATA.objectives)).toEqual(titles(raw.objectives));
    expect(STUDY_DATA.objectives.flatMap((o) => o.outputs.map((x) => x.benchmarks))).toEqual(
      raw.objectives.flatMap((o) => o.outputs.map((x) => x.benchmarks)),
    );
    expect(STUDY_DATA.sequencingHints.map((h) => [h.from, h.to, h.why])).toEqual(
      raw.sequencingHints.map((h) => [h.from, h.to, h.why]),
    );
  });
});

import { createActor } from '../schema/actor';
import type { Actor } from '../schema/actor';
import { createBenchmark } from '../schema/benchmark';
import type { Benchmark } from '../schema/benchmark';
import { createBoard } from '../schema/board';
import type { Board } from '../schema/board';
import { HORIZONS } from '../schema/common';
import type { CrossCuttingTag, Position } from '../schema/common';
import { createEdge } from '../schema/edge';
import type { Edge } from '../schema/edge';
import { createNode } from '../schema/node';
import type { PlanNode } from '../schema/node';
import { createRisk } from '../schema/risk';
import { layoutTree } from './layoutTree';
import type { BoardTree } from './layoutTree';
import { STUDY_DATA } from './studyData';
import { actorGroup, leadAndSupport, outputTags, studyHorizons } from './studyRules';
import type { StudyActor, StudyObjective, StudyOutput } from './studyTypes';

/** Title of a board made from the study template. */
export const STUDY_BOARD_TITLE = 'ISF — generic framework (study)';

/** Which parts of the study to put on a board; ids are the study's (`obj-…`, `out-…`). */
export interface TemplateSelection {
  objectives?: string[];
  outputs?: string[];
}

/** Thrown by `studyTemplate` when the selection names ids the study does not have. */
export class TemplateSelectionError extends Error {
  override readonly name = 'TemplateSelectionError';
  /** The unknown ids, as given. */
  readonly unknownIds: string[];
  constructor(unknownIds: string[]) {
    super(`Unknown study ids in template selection: ${unknownIds.join(', ')}`);
    this.unknownIds = unknownIds;
  }
}

const actorsById = new Map<string, StudyActor>(STUDY_DATA.actors.map((a) => [a.id, a]));

function resolveSelection(selection: TemplateSelection | undefined): {
  objectives: StudyObjective[];
  outputs: Set<string>;
} {
  const wantedObjectives = selection?.objectives ?? [];
  const wantedOutputs = selection?.outputs ?? [];
  const all = STUDY_DATA.objectives;
  if (wantedObjectives.length === 0 && wantedOutputs.length === 0) {
    return { objectives: all, outputs: new Set(all.flatMap((o) => o.outputs.map((x) => x.id))) };
  }
  const objectiveIds = new Set(all.map((o) => o.id));
  const outputParent = new Map<string, string>();
  for (const o of all) for (const out of o.outputs) outputParent.set(out.id, o.id);
  const unknown = [
    ...wantedObjectives.filter((id) => !objectiveIds.has(id)),
    ...wantedOutputs.filter((id) => !outputParent.has(id)),
  ];
  if (unknown.length > 0) throw new TemplateSelectionError([...new Set(unknown)]);

  const selectedObjectives = new Set(wantedObjectives);
  const outputs = new Set<string>();
  for (const o of all) {
    if (selectedObjectives.has(o.id)) for (const out of o.outputs) outputs.add(out.id);
  }
  for (const id of wantedOutputs) {
    outputs.add(id);
    selectedObjectives.add(outputParent.get(id) ?? id);
  }
  return { objectives: all.filter((o) => selectedObjectives.has(o.id)), outputs };
}

function bulletList(heading: string, items: readonly string[]): string {
  return items.length === 0 ? '' : `${heading}\n${items.map((i) => `- ${i}`).join('\n')}`;
}

function joinParagraphs(parts: (string | null)[]): string {
  return parts.filter((p): p is string => p !== null && p !== '').join('\n\n');
}

function outputBenchmarks(output: StudyOutput): Benchmark[] {
  return HORIZONS.flatMap((horizon) =>
    output.benchmarks[horizon].map((text, i) =>
      createBenchmark({ id: `${output.id}-bm-${horizon}-${i + 1}`, horizon, text }),
    ),
  );
}

function outputDescription(output: StudyOutput): string {
  if (output.summary === null && output.activities.length === 0) {
    return 'Listed by the study as an output but not elaborated: the source text ends before its section.';
  }
  return joinParagraphs([
    output.summary,
    output.responsibilitiesText === null
      ? null
      : `Responsibilities: ${output.responsibilitiesText}`,
    output.resources === null ? null : `Resources: ${output.resources}`,
  ]);
}

/**
 * Builds a board from the study's generic framework: objectives, outputs, activities,
 * benchmarks, risks, lead/support, cross-cutting tags, `contributes` edges and the sequencing
 * hints as suggested `sequence` edges. All 90 study actors are always included.
 *
 * `undefined`, `{}` or empty lists select the whole study. Selecting an objective includes all
 * its outputs; selecting an output includes its objective but not its sibling outputs.
 * Hints with an endpoint outside the selection are dropped. Deterministic: same selection,
 * same board (ids, positions, order).
 *
 * @throws TemplateSelectionError if the selection names an unknown objective or output id.
 */
export function studyTemplate(selection?: TemplateSelection): Board {
  const { objectives, outputs } = resolveSelection(selection);
  const horizons = studyHorizons(STUDY_DATA);
  const tagsByOutput = outputTags(STUDY_DATA);
  const nodes: PlanNode[] = [];
  const edges: Edge[] = [];
  const horizonOf = (id: string): PlanNode['horizon'] => horizons.get(id) ?? 'short';
  const tree: BoardTree = {
    objectives: objectives.map((o) => ({
      id: o.id,
      activities: [],
      outputs: o.outputs
        .filter((out) => outputs.has(out.id))
        .map((out) => ({ id: out.id, activities: out.activities.map((a) => a.id) })),
    })),
    outputs: [],
    activities: [],
  };
  const positions = layoutTree(tree);
  const at = (id: string): Position => positions.get(id) ?? { x: 0, y: 0 };

  for (const objective of objectives) {
    nodes.push(
      createNode({
        id: objective.id,
        kind: 'objective',
        title: objective.title,
        description: joinParagraphs([
          objective.summary,
          bulletList('Preconditions:', objective.preconditions),
          bulletList('End-state benchmarks:', objective.endStateBenchmarks),
        ]),
        horizon: horizonOf(objective.id),
        position: at(objective.id),
        ref: objective.id,
      }),
    );
    for (const output of objective.outputs.filter((o) => outputs.has(o.id))) {
      const tags: CrossCuttingTag[] = tagsByOutput.get(output.id) ?? [];
      const { lead, support } = leadAndSupport(output.lead, output.support, actorsById);
      nodes.push(
        createNode({
          id: output.id,
          kind: 'output',
          title: output.title,
          description: outputDescription(output),
          horizon: horizonOf(output.id),
          lead,
          support,
          tags,
          position: at(output.id),
          benchmarks: outputBenchmarks(output),
          risks: output.risks.map((text, i) =>
            createRisk({ id: `${output.id}-risk-${i + 1}`, text }),
          ),
          ref: output.id,
        }),
      );
      edges.push(contributes(output.id, objective.id));
      for (const activity of output.activities) {
        nodes.push(
          createNode({
            id: activity.id,
            kind: 'activity',
            title: activity.title,
            horizon: horizonOf(activity.id),
            tags: [...tags],
            position: at(activity.id),
            ref: activity.id,
          }),
        );
        edges.push(contributes(activity.id, output.id));
      }
    }
  }

  const present = new Set(nodes.map((n) => n.id));
  STUDY_DATA.sequencingHints.forEach((hint, i) => {
    if (!present.has(hint.from) || !present.has(hint.to)) return;
    edges.push(
      createEdge({
        id: `e-seq-${i + 1}`,
        kind: 'sequence',
        source: hint.from,
        target: hint.to,
        suggested: true,
        note: hint.why,
      }),
    );
  });

  return createBoard({ title: STUDY_BOARD_TITLE, nodes, edges, actors: studyActors() });
}

/** The study's 90 actors as board actors (groups per `actorGroup`), in study order. */
export function studyActors(): Actor[] {
  return STUDY_DATA.actors.map((a) =>
    createActor({ id: a.id, name: a.name, abbrev: a.abbrev, group: actorGroup(a) }),
  );
}

function contributes(from: string, to: string): Edge {
  return createEdge({
    id: `e-contrib-${from}-${to}`,
    kind: 'contributes',
    source: from,
    target: to,
  });
}

/** One output in the template picker. */
export interface StudyCatalogOutput {
  id: string;
  title: string;
  activityCount: number;
}

/** The study's objectives and outputs, for the UI's template picker. */
export interface StudyCatalog {
  objectives: { id: string; title: string; outputs: StudyCatalogOutput[] }[];
}

/** Lists the study's objectives and their outputs (with activity counts), in study order. */
export function studyCatalog(): StudyCatalog {
  return {
    objectives: STUDY_DATA.objectives.map((o) => ({
      id: o.id,
      title: o.title,
      outputs: o.outputs.map((out) => ({
        id: out.id,
        title: out.title,
        activityCount: out.activities.length,
      })),
    })),
  };
}

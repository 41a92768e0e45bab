/**
 * The rules that turn the study's data into board fields: actor groups, the one lead,
 * cross-cutting tags and horizons. Each rule is documented in the package README.
 */
import type { ActorGroup } from '../schema/actor';
import { HORIZONS, horizonIndex } from '../schema/common';
import type { CrossCuttingTag, Horizon } from '../schema/common';
import type { StudyActor, StudyData } from './studyTypes';

/** Cross-cutting issue id of the study → board tag. */
export const CCI_TAGS: Readonly<Record<string, CrossCuttingTag>> = {
  'cci-protection-of-civilians': 'poc',
  'cci-human-rights': 'human-rights',
  'cci-gender': 'gender',
  'cci-mine-action': 'mine-action',
  'cci-ssr': 'ssr',
  'cci-ddr': 'ddr',
};

const COUNTRY_TEAM_TYPES: ReadonlySet<string> = new Set([
  'un-country-team',
  'un-agency',
  'un-system',
]);

/**
 * Group of a study actor: every mission component → `mission-component`; UN country team,
 * UN agencies and UN-system bodies → `country-team`; `national` → `national`; everything else
 * (UN Headquarters departments, IFIs, regional organizations, member states, NGOs, donors) →
 * `other-partner`.
 */
export function actorGroup(actor: StudyActor): ActorGroup {
  if (actor.source === 'missionComponents') return 'mission-component';
  if (actor.type !== null && COUNTRY_TEAM_TYPES.has(actor.type)) return 'country-team';
  if (actor.type === 'national') return 'national';
  return 'other-partner';
}

/** Whether an actor is on the UN side (a mission component or any `un-*` type). */
function isUnSide(actor: StudyActor | undefined): boolean {
  if (actor === undefined) return false;
  return actor.source === 'missionComponents' || (actor.type ?? '').startsWith('un-');
}

/**
 * The one lead and the support list of an output. The study often names several leads (the
 * national side and the UN side). The board allows one lead, so the lead is the first study
 * lead on the UN side (a mission component or a `un-*` actor); if there is none, the first study
 * lead. The other study leads come first in support (in the study's order), then the study's
 * support list, without duplicates and without the lead.
 */
export function leadAndSupport(
  studyLead: readonly string[],
  studySupport: readonly string[],
  actors: ReadonlyMap<string, StudyActor>,
): { lead: string | null; support: string[] } {
  const lead = studyLead.find((id) => isUnSide(actors.get(id))) ?? studyLead[0] ?? null;
  const support: string[] = [];
  for (const id of [...studyLead, ...studySupport]) {
    if (id !== lead && !support.includes(id)) support.push(id);
  }
  return { lead, support };
}

/** Tags per output id from `crossCuttingIssues[].relatedOutputs`, in `CROSS_CUTTING_TAGS`-like order. */
export function outputTags(data: StudyData): Map<string, CrossCuttingTag[]> {
  const tags = new Map<string, CrossCuttingTag[]>();
  for (const issue of data.crossCuttingIssues) {
    const tag = CCI_TAGS[issue.id];
    if (tag === undefined) throw new Error(`unknown cross-cutting issue ${issue.id}`);
    for (const outputId of issue.relatedOutputs) {
      const list = tags.get(outputId) ?? [];
      if (!list.includes(tag)) list.push(tag);
      tags.set(outputId, list);
    }
  }
  return tags;
}

/**
 * Horizon of every study item. The study gives horizons only to benchmarks, so by level:
 * objectives (end states) `long`, outputs `mid`, activities `short`. Then sequencing hints push
 * targets later: a node that must wait for a node of horizon H is at least in H
 * (`target = max(target, source)`), repeated to a fixpoint (terminates: horizons only grow and
 * there are three). Computed on the whole study, so an item's horizon does not depend on the
 * selection.
 */
export function studyHorizons(data: StudyData): Map<string, Horizon> {
  const horizons = new Map<string, Horizon>();
  for (const objective of data.objectives) {
    horizons.set(objective.id, 'long');
    for (const output of objective.outputs) {
      horizons.set(output.id, 'mid');
      for (const activity of output.activities) horizons.set(activity.id, 'short');
    }
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const hint of data.sequencingHints) {
      const from = horizons.get(hint.from);
      const to = horizons.get(hint.to);
      if (from === undefined || to === undefined) continue;
      if (horizonIndex(from) > horizonIndex(to)) {
        horizons.set(hint.to, HORIZONS[horizonIndex(from)] ?? from);
        changed = true;
      }
    }
  }
  return horizons;
}

import type { StudyCatalog } from '@isf/framework';
import type { TemplateChoice } from '../api/apiClient';

/**
 * Turns the picker's selected output ids into the API's template selection: objectives whose
 * outputs are all selected are sent as objectives, the rest as single outputs. Null when nothing
 * is selected.
 */
export function templateChoice(
  catalog: StudyCatalog,
  selectedOutputs: ReadonlySet<string>,
): TemplateChoice | null {
  const objectives: string[] = [];
  const outputs: string[] = [];
  for (const objective of catalog.objectives) {
    const chosen = objective.outputs.filter((o) => selectedOutputs.has(o.id));
    if (chosen.length === 0) continue;
    if (chosen.length === objective.outputs.length) objectives.push(objective.id);
    else outputs.push(...chosen.map((o) => o.id));
  }
  if (objectives.length === 0 && outputs.length === 0) return null;
  return { objectives, outputs };
}

/** Every output id of the catalog. */
export function allOutputIds(catalog: StudyCatalog): string[] {
  return catalog.objectives.flatMap((o) => o.outputs.map((out) => out.id));
}

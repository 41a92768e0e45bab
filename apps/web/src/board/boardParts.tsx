import { lazy } from 'react';
import type { ComponentType } from 'react';
import type { BoardSession } from '../session/BoardSession';

/** The props every board part (canvas, inspector, problems panel) takes. */
export interface BoardPartProps {
  session: BoardSession;
}
type Part = ComponentType<BoardPartProps>;

// The canvas engineer's components are loaded through a glob so the page still builds (with a
// placeholder) while one of them does not exist yet. Each resolves to its named export.
const modules = import.meta.glob<Record<string, Part>>([
  '../canvas/BoardCanvas.tsx',
  '../inspector/Inspector.tsx',
  '../problems/ProblemsPanel.tsx',
]);

function part(path: string, exportName: string): Part | null {
  const load = modules[path];
  if (!load) return null;
  return lazy(async () => {
    const mod = await load();
    const component = mod[exportName];
    if (!component) throw new Error(`${path} has no export ${exportName}`);
    return { default: component };
  });
}

export const BoardCanvasPart = part('../canvas/BoardCanvas.tsx', 'BoardCanvas');
export const InspectorPart = part('../inspector/Inspector.tsx', 'Inspector');
export const ProblemsPanelPart = part('../problems/ProblemsPanel.tsx', 'ProblemsPanel');

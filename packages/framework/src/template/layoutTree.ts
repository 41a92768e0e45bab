import type { Position } from '../schema/common';

/** An output and its activities, in display order. */
export interface TreeOutput {
  id: string;
  activities: string[];
}

/** An objective, its outputs and any activities directly under it, in display order. */
export interface TreeObjective {
  id: string;
  outputs: TreeOutput[];
  activities: string[];
}

/** The contributes-tree of a board in display order, plus what hangs under nothing. */
export interface BoardTree {
  objectives: TreeObjective[];
  /** Outputs under no objective. */
  outputs: TreeOutput[];
  /** Activities under no output or objective. */
  activities: string[];
}

/** Layout grid (board coordinates) of `layoutTree`. */
export const TREE_LAYOUT = {
  columnWidth: 300,
  objectiveGap: 150,
  objectiveY: 0,
  outputY: 240,
  activityY: 480,
  activityStep: 120,
} as const;

/**
 * A simple layered layout: objectives on the top row, outputs below them (one column each, in
 * order), each output's activities stacked below it. Activities directly under an objective get
 * one extra column of that objective; an objective with nothing under it gets an empty column.
 * Then outputs under no objective, then one column of loose activities. Sorting nodes by
 * (x, y) gives back the tree's order.
 */
export function layoutTree(tree: BoardTree): Map<string, Position> {
  const L = TREE_LAYOUT;
  const positions = new Map<string, Position>();
  let column = 0;
  const stack = (ids: readonly string[], x: number): void => {
    ids.forEach((id, i) => positions.set(id, { x, y: L.activityY + i * L.activityStep }));
  };
  const placeOutput = (output: TreeOutput, offset: number): void => {
    const x = column * L.columnWidth + offset;
    positions.set(output.id, { x, y: L.outputY });
    stack(output.activities, x);
    column += 1;
  };
  tree.objectives.forEach((objective, k) => {
    const offset = k * L.objectiveGap;
    const first = column;
    for (const output of objective.outputs) placeOutput(output, offset);
    if (objective.activities.length > 0 || column === first) {
      stack(objective.activities, column * L.columnWidth + offset);
      column += 1;
    }
    const middle = (first + column - 1) / 2;
    positions.set(objective.id, { x: middle * L.columnWidth + offset, y: L.objectiveY });
  });
  const offset = tree.objectives.length * L.objectiveGap;
  for (const output of tree.outputs) placeOutput(output, offset);
  stack(tree.activities, column * L.columnWidth + offset);
  return positions;
}

import { useMemo, useSyncExternalStore } from 'react';
import type { Actor } from '@isf/framework';
import type { BoardSession } from '../session/BoardSession';

/** The parts of the doc the page chrome shows: title and the entities (actors). */
export interface BoardInfo {
  title: string;
  actors: Actor[];
  /** Number of plan nodes (to tell an empty board from one still loading). */
  nodeCount: number;
}

function readInfo(session: BoardSession): BoardInfo {
  const board = session.store.read();
  return { title: board.meta.title, actors: board.actors, nodeCount: board.nodes.length };
}

/**
 * Title, actors and node count of the open board, re-read only when the meta or actors change or
 * nodes are added/removed (never on a node edit or move).
 */
export function useBoardInfo(session: BoardSession): BoardInfo {
  const source = useMemo(() => {
    let info = readInfo(session);
    return {
      get: () => info,
      subscribe: (listener: () => void) =>
        session.store.subscribe((changes) => {
          const relevant =
            changes.meta ||
            changes.actors.added.length +
              changes.actors.updated.length +
              changes.actors.removed.length >
              0 ||
            changes.nodes.added.length + changes.nodes.removed.length > 0;
          if (!relevant) return;
          info = readInfo(session);
          listener();
        }),
    };
  }, [session]);
  return useSyncExternalStore(source.subscribe, source.get, source.get);
}

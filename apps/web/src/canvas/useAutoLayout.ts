import { useCallback, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { BoardStore } from '@isf/crdt';
import { i18next } from '../i18n';
import { computeLayout, layoutCommand } from './autoLayout';
import type { FlowEdge } from './flowElements';
import type { FlowNode } from './PlanNodes';

/** Inputs of {@link useAutoLayout}. */
export interface AutoLayoutOptions {
  store: BoardStore;
  readOnly: boolean;
  onDone(message: string): void;
  onError(message: string): void;
}

/**
 * The "Auto-layout" action: lays the board out with the measured node sizes and writes the result
 * as ONE `node.move` command (one undo step), then fits the view. `lanes` switches horizon lanes.
 */
export function useAutoLayout({ store, readOnly, onDone, onError }: AutoLayoutOptions): {
  runLayout(): Promise<void>;
  layoutBusy: boolean;
  lanes: boolean;
  setLanes(lanes: boolean): void;
} {
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const [layoutBusy, setLayoutBusy] = useState(false);
  const [lanes, setLanes] = useState(false);
  const runLayout = useCallback(async () => {
    if (readOnly) return;
    setLayoutBusy(true);
    try {
      const current = store.read();
      const sizeOf = (id: string) => {
        const n = flow.getInternalNode(id);
        const w = n?.measured.width;
        const h = n?.measured.height;
        return w && h ? { width: w, height: h } : undefined;
      };
      const positions = await computeLayout(current.nodes, current.edges, sizeOf, {
        horizonLanes: lanes,
      });
      const command = layoutCommand(positions, store.read().nodes);
      if (command) store.run(command);
      onDone(i18next.t('canvas:announce.layoutDone'));
      requestAnimationFrame(() => void flow.fitView({ duration: 300 }));
    } catch (error) {
      onError(
        i18next.t('canvas:announce.layoutFailed', {
          reason: error instanceof Error ? error.message : String(error),
        }),
      );
    } finally {
      setLayoutBusy(false);
    }
  }, [flow, lanes, onDone, onError, readOnly, store]);
  return { runLayout, layoutBusy, lanes, setLanes };
}

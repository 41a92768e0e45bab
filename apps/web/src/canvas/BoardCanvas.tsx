import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  Background,
  ConnectionMode,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  applyEdgeChanges,
  applyNodeChanges,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type IsValidConnection,
  type NodeChange,
  type OnBeforeDelete,
  type OnConnectEnd,
  type OnSelectionChangeParams,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { validateConnection, type EdgeKind, type NodeKind } from '@isf/framework';
import type { BoardSession } from '../session/BoardSession';
import { PresenceLayer } from '../presence/PresenceLayer';
import { usePeerDrags } from '../presence/usePeerDrags';
import { usePeerSelections } from '../presence/usePeerSelections';
import { useFindings } from '../problems/FindingsStore';
import { useHighlight } from '../problems/highlightStore';
import { isTextEditingTarget } from '../undo/undoShortcut';
import { computeLayout, layoutCommand } from './autoLayout';
import { CanvasActionsContext, type CanvasActions } from './canvasActions';
import { addNode, connectNodes, deleteElements } from './canvasCommands';
import { CanvasContext, type NodeDecoration } from './CanvasContext';
import { CanvasToolbar } from './CanvasToolbar';
import { planNodeChanges } from './dragChanges';
import { createDecorationCache, decorateEdges, decorateNodes } from './decorateElements';
import { EdgeLegend } from './EdgeLegend';
import { FilterBar } from './FilterBar';
import { EMPTY_FILTER, matchingNodeIds, type BoardFilter } from './filters';
import type { FlowEdge } from './flowElements';
import { KIND_LABEL } from './NodeBody';
import { edgeTypes } from './PlanEdge';
import { FLOW_NODE_TYPE, nodeTypes, type FlowNode } from './PlanNodes';
import { selectionStoreFor } from './selectionStore';
import { useCanvasModel } from './useCanvasModel';
import { useNotice } from './useNotice';
import './canvas.css';

/** Props of {@link BoardCanvas}. */
export interface BoardCanvasProps {
  session: BoardSession;
}

const SHORTCUT_KINDS: Record<string, NodeKind> = { o: 'objective', p: 'output', a: 'activity' };

const MINIMAP_COLORS: Record<string, string> = {
  [FLOW_NODE_TYPE.objective]: '#1d4f91',
  [FLOW_NODE_TYPE.output]: '#2c8a5a',
  [FLOW_NODE_TYPE.activity]: '#b7791f',
};

const ARIA_LABELS = {
  'node.a11yDescription.default':
    'Press Enter or Space to select this item. With it selected, arrow keys move it and Delete removes it.',
  'node.a11yDescription.keyboardDisabled': 'Press Enter or Space to select this item.',
  'edge.a11yDescription.default': 'Press Enter or Space to select this link; Delete removes it.',
  'controls.ariaLabel': 'Zoom controls',
  'controls.zoomIn.ariaLabel': 'Zoom in',
  'controls.zoomOut.ariaLabel': 'Zoom out',
  'controls.fitView.ariaLabel': 'Zoom to fit',
  'minimap.ariaLabel': 'Mini map',
};

/**
 * The live planning canvas: one node per objective/output/activity, the three edge kinds, toolbar,
 * filters, legend, minimap; drags publish presence and write one `node.move` on drop. Renders the
 * others' presence (cursors, drags, selection rings).
 */
export function BoardCanvas({ session }: BoardCanvasProps) {
  return (
    <ReactFlowProvider>
      <CanvasInner session={session} />
    </ReactFlowProvider>
  );
}

function CanvasInner({ session }: BoardCanvasProps) {
  const { store, readOnly } = session;
  const { stores, nodes, setNodes, edges, setEdges, version } = useCanvasModel(session);
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const containerRef = useRef<HTMLDivElement>(null);
  const [edgeKind, setEdgeKind] = useState<EdgeKind>('contributes');
  const [filter, setFilter] = useState<BoardFilter>(EMPTY_FILTER);
  const [layoutBusy, setLayoutBusy] = useState(false);
  const [lanes, setLanes] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const { notice, show: showNotice, dismiss: dismissNotice } = useNotice();
  const peerDrags = usePeerDrags();
  const peerSelections = usePeerSelections();
  const findings = useFindings(session);
  const highlight = useHighlight(session);
  const selection = selectionStoreFor(session);
  const [selectedCount, setSelectedCount] = useState(0);

  // Per-node decorations (others' selections, findings): only changed nodes re-render.
  useEffect(() => {
    const map = new Map<string, NodeDecoration>();
    for (const [id, list] of findings.byNode) map.set(id, { peers: [], findings: list });
    for (const [id, peers] of peerSelections) {
      const seen = new Set<string>();
      const ps = peers
        .filter((p) => p.id !== session.self.id && !seen.has(p.id) && seen.add(p.id))
        .map((p) => ({ id: p.id, name: p.name, color: p.color }));
      if (ps.length === 0) continue;
      map.set(id, { peers: ps, findings: map.get(id)?.findings ?? [] });
    }
    stores.decorations.replaceAll(map);
  }, [findings, peerSelections, stores, session.self.id]);

  // Board-level data for the filter bar (read() is cached while nothing changes).
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` marks a change of the store
  const board = useMemo(() => store.read(), [store, version]);
  const matching = useMemo(
    () => matchingNodeIds(board.nodes, board.edges, filter),
    [board, filter],
  );

  const nodeCache = useRef(createDecorationCache<FlowNode>());
  const edgeCache = useRef(createDecorationCache<FlowEdge>());
  const overrides = useMemo(
    () => ({
      peerDrags,
      matching,
      filterMode: filter.mode,
      highlightNodes: highlight.nodeIds,
      highlightEdges: highlight.edgeIds,
    }),
    [peerDrags, matching, filter.mode, highlight],
  );
  const displayNodes = useMemo(
    () => decorateNodes(nodes, overrides, nodeCache.current),
    [nodes, overrides],
  );
  const displayEdges = useMemo(
    () => decorateEdges(edges, overrides, edgeCache.current),
    [edges, overrides],
  );

  // Problems panel asked to focus some items: select them and fit the view to them.
  useEffect(() => {
    if (highlight.seq === 0 || highlight.nodeIds.size === 0) return;
    const ids = highlight.nodeIds;
    setNodes((prev) =>
      prev.map((n) =>
        ids.has(n.id) === (n.selected ?? false) ? n : { ...n, selected: ids.has(n.id) },
      ),
    );
    void flow.fitView({
      nodes: [...ids].map((id) => ({ id })),
      duration: 400,
      padding: 0.4,
      maxZoom: 1.25,
    });
  }, [highlight, flow, setNodes]);

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const plan = planNodeChanges(changes, (id) => stores.records.get(id), readOnly);
      setNodes((prev) => applyNodeChanges(plan.local, prev));
      if (plan.dragging) session.presence.setDragging(plan.dragging);
      if (plan.ended) {
        session.presence.setDragging(null);
        // ONE command for the whole drag (or keyboard move): one undo step.
        if (plan.moves.length > 0) store.run({ type: 'node.move', moves: plan.moves });
      }
    },
    [readOnly, session, setNodes, store, stores],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) => {
      setEdges((prev) =>
        applyEdgeChanges(
          changes.filter((c) => c.type !== 'remove'),
          prev,
        ),
      );
    },
    [setEdges],
  );

  const onSelectionChange = useCallback(
    ({ nodes: ns, edges: es }: OnSelectionChangeParams<FlowNode, FlowEdge>) => {
      const ids = ns.map((n) => n.id);
      selection.set({ nodes: ids, edges: es.map((e) => e.id) });
      session.presence.setSelected(ids);
      setSelectedCount(ns.length + es.length);
    },
    [selection, session],
  );

  const toLocal = useCallback((clientX: number, clientY: number) => {
    const rect = containerRef.current?.getBoundingClientRect();
    return rect ? { x: clientX - rect.left, y: clientY - rect.top } : null;
  }, []);

  const tryConnect = useCallback(
    (source: string, target: string, at: { x: number; y: number } | null) => {
      const result = connectNodes(store, edgeKind, source, target);
      if (!result.ok) showNotice(`Not connected: ${result.message}`, at);
      else setAnnouncement(`Connected (${edgeKind}).`);
    },
    [edgeKind, showNotice, store],
  );

  const isValidConnection: IsValidConnection<FlowEdge> = useCallback(
    (c) =>
      c.source !== c.target &&
      validateConnection(store.read(), { kind: edgeKind, source: c.source, target: c.target }).ok,
    [edgeKind, store],
  );

  const onConnect = useCallback(
    (c: Connection) => tryConnect(c.source, c.target, null),
    [tryConnect],
  );

  const onConnectEnd: OnConnectEnd = useCallback(
    (event, state) => {
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      const at = point ? toLocal(point.clientX, point.clientY) : null;
      // A valid drop was handled by onConnect.
      if (state.isValid === true || !state.fromNode) return;
      const from = state.fromNode.id;
      let to = state.toNode?.id ?? null;
      if (to === null && point) {
        // Dropped on a node's body rather than a handle: connect to that node.
        const el = document.elementFromPoint(point.clientX, point.clientY);
        to = el?.closest('.react-flow__node')?.getAttribute('data-id') ?? null;
        if (to !== null && to !== from) {
          tryConnect(from, to, at);
          return;
        }
      }
      if (to === null || to === from || state.isValid !== false) return;
      const check = validateConnection(store.read(), { kind: edgeKind, source: from, target: to });
      if (!check.ok) showNotice(`Not connected: ${check.message}`, at);
    },
    [edgeKind, showNotice, store, toLocal, tryConnect],
  );

  const onBeforeDelete: OnBeforeDelete<FlowNode, FlowEdge> = useCallback(
    ({ nodes: ns, edges: es }) => {
      if (!readOnly) {
        deleteElements(
          store,
          session.undo,
          ns.map((n) => n.id),
          es.map((e) => e.id),
        );
      }
      return Promise.resolve(false); // the doc change comes back through the store
    },
    [readOnly, session.undo, store],
  );

  const deleteSelection = useCallback(() => {
    const { nodes: ns, edges: es } = selection.get();
    const result = deleteElements(store, session.undo, ns, es);
    if (result && !result.ok) showNotice(result.message);
    else if (result) setAnnouncement('Deleted the selection.');
  }, [selection, session.undo, showNotice, store]);

  const added = useRef(0);
  const add = useCallback(
    (kind: NodeKind) => {
      if (readOnly) return;
      const rect = containerRef.current?.getBoundingClientRect();
      const centre = rect
        ? flow.screenToFlowPosition({
            x: rect.left + rect.width / 2,
            y: rect.top + rect.height / 2,
          })
        : { x: 0, y: 0 };
      const jitter = (added.current++ % 6) * 24;
      const result = addNode(store, kind, {
        x: Math.round(centre.x - 120 + jitter),
        y: Math.round(centre.y - 60 + jitter),
      });
      if (!result.ok) {
        showNotice(result.message);
        return;
      }
      const id = result.id;
      setNodes((prev) =>
        prev.map((n) =>
          n.id === id ? { ...n, selected: true } : n.selected ? { ...n, selected: false } : n,
        ),
      );
      setEdges((prev) => prev.map((e) => (e.selected ? { ...e, selected: false } : e)));
      setAnnouncement(`${KIND_LABEL[kind]} added and selected.`);
    },
    [flow, readOnly, setEdges, setNodes, showNotice, store],
  );

  const runLayout = useCallback(async () => {
    if (readOnly) return;
    setLayoutBusy(true);
    try {
      const current = store.read();
      const positions = await computeLayout(
        current.nodes,
        current.edges,
        (id) => {
          const n = flow.getInternalNode(id);
          const w = n?.measured.width;
          const h = n?.measured.height;
          return w && h ? { width: w, height: h } : undefined;
        },
        { horizonLanes: lanes },
      );
      const command = layoutCommand(positions, store.read().nodes);
      if (command) store.run(command);
      setAnnouncement('Auto-layout applied.');
      requestAnimationFrame(() => void flow.fitView({ duration: 300 }));
    } catch (error) {
      showNotice(`Auto-layout failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setLayoutBusy(false);
    }
  }, [flow, lanes, readOnly, showNotice, store]);

  const fitAll = useCallback(() => void flow.fitView({ duration: 300 }), [flow]);

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTextEditingTarget(e.target)) return;
      const kind = SHORTCUT_KINDS[e.key.toLowerCase()];
      if (kind && !readOnly) {
        e.preventDefault();
        add(kind);
      }
    },
    [add, readOnly],
  );

  const actions: CanvasActions = useMemo(
    () => ({
      readOnly,
      acceptEdge: (id: string) => {
        const r = store.run({ type: 'edge.update', id, fields: { suggested: false } });
        if (!r.ok) showNotice(r.message);
      },
    }),
    [readOnly, showNotice, store],
  );

  const objectives = useMemo(() => board.nodes.filter((n) => n.kind === 'objective'), [board]);

  return (
    <CanvasContext.Provider value={stores}>
      <CanvasActionsContext.Provider value={actions}>
        <section className="isf-canvas" aria-label="Board canvas" onKeyDown={onKeyDown}>
          <CanvasToolbar
            session={session}
            edgeKind={edgeKind}
            onEdgeKind={setEdgeKind}
            onAdd={add}
            onDelete={deleteSelection}
            canDelete={selectedCount > 0}
            onLayout={runLayout}
            layoutBusy={layoutBusy}
            lanes={lanes}
            onLanes={setLanes}
            onFitView={fitAll}
          />
          <FilterBar
            filter={filter}
            onChange={setFilter}
            objectives={objectives}
            actors={board.actors}
            horizonLabels={board.meta.horizonLabels}
            matchCount={matching === null ? null : matching.size}
          />
          <div className="isf-canvas__flow" ref={containerRef}>
            <ReactFlow<FlowNode, FlowEdge>
              nodes={displayNodes}
              edges={displayEdges}
              nodeTypes={nodeTypes}
              edgeTypes={edgeTypes}
              onNodesChange={onNodesChange}
              onEdgesChange={onEdgesChange}
              onSelectionChange={onSelectionChange}
              onConnect={onConnect}
              onConnectEnd={onConnectEnd}
              isValidConnection={isValidConnection}
              onBeforeDelete={onBeforeDelete}
              connectionMode={ConnectionMode.Loose}
              nodesDraggable={!readOnly}
              nodesConnectable={!readOnly}
              elementsSelectable
              nodesFocusable
              edgesFocusable
              deleteKeyCode={readOnly ? null : ['Delete', 'Backspace']}
              onlyRenderVisibleElements={nodes.length > 400}
              minZoom={0.05}
              maxZoom={2}
              fitView
              ariaLabelConfig={ARIA_LABELS}
              proOptions={{ hideAttribution: true }}
            >
              <Background gap={24} />
              <Controls showInteractive={false} />
              <MiniMap
                pannable
                zoomable
                nodeColor={(n) => MINIMAP_COLORS[n.type ?? ''] ?? '#888'}
              />
              <Panel position="top-right">
                <EdgeLegend />
              </Panel>
              <PresenceLayer />
            </ReactFlow>
            {notice && (
              <div
                key={notice.seq}
                className="isf-notice"
                role="alert"
                style={notice.at ? { left: notice.at.x + 12, top: notice.at.y + 12 } : undefined}
              >
                <span>{notice.text}</span>
                <button type="button" onClick={dismissNotice} aria-label="Dismiss message">
                  ×
                </button>
              </div>
            )}
            <div className="isf-visually-hidden" role="status" aria-label="Canvas messages">
              {announcement}
            </div>
          </div>
        </section>
      </CanvasActionsContext.Provider>
    </CanvasContext.Provider>
  );
}

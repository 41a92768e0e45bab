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
  type EdgeChange,
  type NodeChange,
  type OnBeforeDelete,
  type OnSelectionChangeParams,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { EdgeKind, NodeKind } from '@isf/framework';
import { messageText, useT } from '../i18n';
import type { BoardSession } from '../session/BoardSession';
import { PresenceLayer } from '../presence/PresenceLayer';
import { usePeerSelections } from '../presence/usePeerSelections';
import { useFindings } from '../problems/FindingsStore';
import { useHighlight } from '../problems/highlightStore';
import { isTextEditingTarget } from '../undo/undoShortcut';
import { CanvasActionsContext, type CanvasActions } from './canvasActions';
import { DEFAULT_NODE_SIZE } from './autoLayout';
import { addNode, deleteElements } from './canvasCommands';
import { freeSpot } from './freeSpot';
import { CanvasContext } from './CanvasContext';
import { CanvasToolbar } from './CanvasToolbar';
import { planNodeChanges } from './dragChanges';
import { createDecorationCache, decorateEdges, decorateNodes } from './decorateElements';
import { EdgeLegend } from './EdgeLegend';
import { displayHorizonLabels } from './horizonLabels';
import { HorizonLanes } from './HorizonLanes';
import { edgeKindText } from './edgeText';
import { FilterBar } from './FilterBar';
import { EMPTY_FILTER, matchingNodeIds, type BoardFilter } from './filters';
import type { FlowEdge } from './flowElements';
import { edgeTypes } from './PlanEdge';
import { FLOW_NODE_TYPE, nodeTypes, type FlowNode } from './PlanNodes';
import { selectionStoreFor } from './selectionStore';
import { PeerDragBridge } from './PeerDragBridge';
import { useAutoLayout } from './useAutoLayout';
import { LARGE_BOARD, useCanvasModel } from './useCanvasModel';
import { useConnectionHandlers } from './useConnectionHandlers';
import { useNodeDecorations } from './useNodeDecorations';
import { useNotice } from './useNotice';
import { useViewportMemory } from './useViewportMemory';
import './canvas.css';

/** Props of {@link BoardCanvas}. */
export interface BoardCanvasProps {
  session: BoardSession;
}

/** Above this many nodes the minimap is left out (it costs ~5 ms per update per 1,000 nodes). */
const MINIMAP_MAX_NODES = 1000;

const DELETE_KEYS = ['Delete', 'Backspace'];
const PRO_OPTIONS = { hideAttribution: true };

const NO_DRAGS: ReadonlyMap<string, { x: number; y: number }> = new Map();

const SHORTCUT_KINDS: Record<string, NodeKind> = { o: 'objective', p: 'output', a: 'activity' };

const MINIMAP_COLORS: Record<string, string> = {
  [FLOW_NODE_TYPE.objective]: '#1d4f91',
  [FLOW_NODE_TYPE.output]: '#2c8a5a',
  [FLOW_NODE_TYPE.activity]: '#b7791f',
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
  const { t } = useT();
  const ariaLabels = useMemo(
    () => ({
      'node.a11yDescription.default': t('canvas:flow.nodeDescription'),
      'node.a11yDescription.keyboardDisabled': t('canvas:flow.nodeDescriptionNoKeyboard'),
      'edge.a11yDescription.default': t('canvas:flow.edgeDescription'),
      'controls.ariaLabel': t('canvas:flow.zoomControls'),
      'controls.zoomIn.ariaLabel': t('canvas:flow.zoomIn'),
      'controls.zoomOut.ariaLabel': t('canvas:flow.zoomOut'),
      'controls.fitView.ariaLabel': t('canvas:flow.zoomFit'),
      'minimap.ariaLabel': t('canvas:flow.minimap'),
    }),
    [t],
  );
  const { stores, nodes, setNodes, edges, setEdges, version } = useCanvasModel(session);
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const containerRef = useRef<HTMLDivElement>(null);
  const [edgeKind, setEdgeKind] = useState<EdgeKind>('contributes');
  const [filter, setFilter] = useState<BoardFilter>(EMPTY_FILTER);
  const [announcement, setAnnouncement] = useState('');
  const { notice, show: showNotice, dismiss: dismissNotice } = useNotice();
  const large = nodes.length >= LARGE_BOARD;
  // Others' live drags. Small boards: they move the node in React Flow (its edges follow). Large
  // boards: the node component offsets itself (edges catch up on drop), and this component does
  // not even re-render per drag frame (PeerDragBridge feeds the keyed store directly).
  const [peerDrags, setPeerDrags] = useState(NO_DRAGS);
  const peerSelections = usePeerSelections();
  const findings = useFindings(session);
  const highlight = useHighlight(session);
  // The viewport survives switching to another tab and back (fitted only the first time).
  const viewportMemory = useViewportMemory(session.boardId);
  const selection = selectionStoreFor(session);
  const [selectedCount, setSelectedCount] = useState(0);

  useNodeDecorations(session, stores.decorations, findings.byNode, peerSelections);

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

  // `fitView` fits the nodes present at mount; a board that arrives later (first sync) is fitted once.
  const fitted = useRef(nodes.length > 0);
  useEffect(() => {
    if (fitted.current || nodes.length === 0) return;
    fitted.current = true;
    requestAnimationFrame(() => void flow.fitView({ maxZoom: 1 }));
  }, [nodes.length, flow]);

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

  const announceConnected = useCallback(
    (kind: EdgeKind) =>
      setAnnouncement(t('canvas:announce.connected', { kind: edgeKindText(t)[kind].short })),
    [t],
  );
  const { isValidConnection, onConnect, onConnectEnd } = useConnectionHandlers({
    store,
    edgeKind,
    containerRef,
    onRefused: showNotice,
    onConnected: announceConnected,
  });

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
    if (result && !result.ok) showNotice(messageText(result));
    else if (result) setAnnouncement(t('canvas:announce.deleted'));
  }, [selection, session.undo, showNotice, store, t]);

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
      // Near the viewport centre, but never on top of another node.
      const occupied = flow.getNodes().map((n) => ({
        x: n.position.x,
        y: n.position.y,
        width: n.measured?.width ?? DEFAULT_NODE_SIZE.width,
        height: n.measured?.height ?? DEFAULT_NODE_SIZE.height,
      }));
      const result = addNode(store, kind, freeSpot(centre, DEFAULT_NODE_SIZE, occupied));
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
      setAnnouncement(t('canvas:announce.added', { context: kind }));
    },
    [flow, readOnly, setEdges, setNodes, showNotice, store, t],
  );

  const { runLayout, layoutBusy, lanes, setLanes } = useAutoLayout({
    store,
    readOnly,
    onDone: setAnnouncement,
    onError: showNotice,
  });

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
        if (!r.ok) showNotice(messageText(r));
      },
    }),
    [readOnly, showNotice, store],
  );

  const objectives = useMemo(() => board.nodes.filter((n) => n.kind === 'objective'), [board]);
  const horizonLabels = useMemo(
    () => displayHorizonLabels(board.meta.horizonLabels, t),
    [board.meta.horizonLabels, t],
  );

  return (
    <CanvasContext.Provider value={stores}>
      <CanvasActionsContext.Provider value={actions}>
        <section className="isf-canvas" aria-label={t('canvas:label')} onKeyDown={onKeyDown}>
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
            horizonLabels={horizonLabels}
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
              deleteKeyCode={readOnly ? null : DELETE_KEYS}
              onlyRenderVisibleElements={large}
              minZoom={0.05}
              maxZoom={2}
              {...viewportMemory}
              ariaLabelConfig={ariaLabels}
              proOptions={PRO_OPTIONS}
            >
              <Background gap={24} />
              {lanes && <HorizonLanes nodes={board.nodes} labels={horizonLabels} />}
              <Controls showInteractive={false} />
              {/* Every minimap node subscribes to React Flow's store: too costly on huge boards. */}
              {nodes.length <= MINIMAP_MAX_NODES && (
                <MiniMap
                  pannable
                  zoomable
                  nodeColor={(n) => MINIMAP_COLORS[n.type ?? ''] ?? '#888'}
                />
              )}
              <Panel position="top-right">
                <EdgeLegend />
              </Panel>
              <PresenceLayer />
              <PeerDragBridge
                large={large}
                store={stores.peerDrags}
                onSmallBoardDrags={setPeerDrags}
              />
            </ReactFlow>
            {notice && (
              <div
                key={notice.seq}
                className="isf-notice"
                role="alert"
                style={notice.at ? { left: notice.at.x + 12, top: notice.at.y + 12 } : undefined}
              >
                <span>{notice.text}</span>
                <button type="button" onClick={dismissNotice} aria-label={t('canvas:dismiss')}>
                  ×
                </button>
              </div>
            )}
            <div className="isf-visually-hidden" role="status" aria-label={t('canvas:messages')}>
              {announcement}
            </div>
          </div>
        </section>
      </CanvasActionsContext.Provider>
    </CanvasContext.Provider>
  );
}

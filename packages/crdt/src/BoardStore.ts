import * as Y from 'yjs';
import type { Actor, Board, BoardMeta, Edge, Finding, PlanNode } from '@isf/framework';
import { ChangeCollector, type ChangeSet } from './ChangeSet';
import {
  BoardCommandSchema,
  refuse,
  type BoardCommand,
  type CommandResult,
} from './commands/BoardCommand';
import type { CommandContext } from './commands/CommandContext';
import { runCommand } from './commands/runCommand';
import { getBoardMaps, MIGRATION_ORIGIN, type BoardMaps, type YValue } from './layout';
import { docSchemaVersion, migrateDoc } from './migrations';
import { RecordCache } from './RecordCache';
import { readActorRecord, readEdgeRecord } from './records/flatRecords';
import { readMeta } from './records/metaRecord';
import { readNodeRecord, type NodeTextKey } from './records/nodeRecord';
import type { SkippedRecord } from './records/SkippedRecord';
import { SCHEMA_VERSION, danglingEdgeFinding } from '@isf/framework';
import { randomId } from './randomId';

/** Options of a BoardStore. */
export interface BoardStoreOptions {
  /** Origin of this store's transactions (what its undo manager tracks). Default: a fresh object. */
  origin?: object;
  /** Id generator for new records. Default: 16 random characters from `crypto.getRandomValues`. */
  idGenerator?: () => string;
  /** Clock for review dates. Default: `() => new Date()`. */
  clock?: () => Date;
  /** Run pending layout migrations on open and after remote updates (default true). */
  migrate?: boolean;
  /**
   * Called when a `subscribe` listener throws (the other listeners still run). Default: rethrow
   * asynchronously (`queueMicrotask`) so the bug surfaces; a server should pass its logger instead,
   * since an async rethrow ends a Node process.
   */
  onListenerError?: (error: unknown) => void;
}

/** A validated board plus what was left out of it. */
export interface ReadReport {
  board: Board;
  /** Records (or nested benchmarks/risks, or meta fields) that failed validation. */
  skipped: SkippedRecord[];
  /** DANGLING-EDGE findings: valid edges left out because an endpoint is missing. */
  dangling: Finding[];
}

/**
 * The board document: reads it as a validated framework `Board`, writes it through commands (one
 * transaction each, origin `store.origin`) and reports incremental change sets.
 */
export class BoardStore {
  readonly doc: Y.Doc;
  readonly origin: object;
  private readonly maps: BoardMaps;
  private readonly idGenerator: () => string;
  private readonly clock: () => Date;
  private readonly nodes: RecordCache<PlanNode>;
  private readonly edges: RecordCache<Edge>;
  private readonly actors: RecordCache<Actor>;
  private metaRead: { value: BoardMeta; skipped: SkippedRecord[] } | null = null;
  private report: ReadReport | null = null;
  private edgeView: { key: string; edges: Edge[]; dangling: Finding[] } | null = null;
  private readonly collector = new ChangeCollector();
  private readonly listeners = new Set<(changes: ChangeSet) => void>();
  private readonly cleanups: (() => void)[] = [];
  private readonly ctx: CommandContext;

  constructor(doc: Y.Doc, options: BoardStoreOptions = {}) {
    this.doc = doc;
    this.origin = options.origin ?? { name: 'isf-board-store' };
    this.idGenerator = options.idGenerator ?? randomId;
    this.clock = options.clock ?? (() => new Date());
    this.maps = getBoardMaps(doc);
    this.nodes = new RecordCache<PlanNode>(this.maps.nodes, readNodeRecord);
    this.edges = new RecordCache<Edge>(this.maps.edges, readEdgeRecord);
    this.actors = new RecordCache<Actor>(this.maps.actors, readActorRecord);
    this.observe('nodes', this.nodes);
    this.observe('edges', this.edges);
    this.observe('actors', this.actors);
    const onMeta = (): void => {
      this.metaRead = null;
      this.report = null;
      this.collector.meta = true;
    };
    this.maps.meta.observeDeep(onMeta);
    this.cleanups.push(() => this.maps.meta.unobserveDeep(onMeta));
    const migrate = options.migrate ?? true;
    const onListenerError =
      options.onListenerError ??
      ((e: unknown) =>
        queueMicrotask(() => {
          throw e;
        }));
    const afterTransaction = (tr: Y.Transaction): void => {
      if (!this.collector.empty) {
        const changes = this.collector.take(tr.local, tr.origin);
        for (const listener of [...this.listeners]) {
          try {
            listener(changes);
          } catch (e) {
            // A failing listener must not break the transaction cleanup or other listeners.
            onListenerError(e);
          }
        }
      }
      if (migrate && !tr.local && this.needsMigration()) {
        try {
          migrateDoc(doc);
        } catch (e) {
          onListenerError(e); // never crash a client on a remote document it cannot migrate
        }
      }
    };
    doc.on('afterTransaction', afterTransaction);
    this.cleanups.push(() => doc.off('afterTransaction', afterTransaction));
    if (migrate && this.needsMigration()) migrateDoc(doc);
    this.ctx = {
      maps: this.maps,
      board: () => this.read(),
      node: (id) => this.getNode(id),
      edge: (id) => this.getEdge(id),
      actor: (id) => this.getActor(id),
      newId: () => this.idGenerator(),
      today: () => this.clock().toISOString().slice(0, 10),
    };
  }

  private needsMigration(): boolean {
    const v = docSchemaVersion(this.doc);
    return v !== null && v < SCHEMA_VERSION;
  }

  private observe(kind: 'nodes' | 'edges' | 'actors', cache: RecordCache<{ id: string }>): void {
    const map = this.maps[kind];
    const handler = (events: Y.YEvent<Y.AbstractType<unknown>>[]): void => {
      this.report = null;
      for (const event of events) {
        if (event.target === map) {
          for (const [id, change] of event.keys) {
            cache.markDirty(id);
            const action =
              change.action === 'add'
                ? 'added'
                : change.action === 'delete'
                  ? 'removed'
                  : 'updated';
            this.collector.note(kind, id, action);
          }
        } else {
          const id = event.path[0];
          if (typeof id === 'string') {
            cache.markDirty(id);
            this.collector.note(kind, id, 'updated');
          }
        }
      }
    };
    map.observeDeep(handler);
    this.cleanups.push(() => map.unobserveDeep(handler));
  }

  /** The board and what was left out (invalid records, dangling edges). Cached; cheap when unchanged. */
  readReport(): ReadReport {
    // Every observed change resets `report`; the caches re-read only the records marked dirty.
    this.nodes.refresh();
    this.edges.refresh();
    this.actors.refresh();
    if (this.report !== null) return this.report;
    if (this.metaRead === null) this.metaRead = readMeta(this.maps.meta);
    // Edges only need re-checking when edges changed or the set of valid nodes changed.
    const key = `${this.edges.version}:${this.nodes.membershipVersion}`;
    if (this.edgeView === null || this.edgeView.key !== key) {
      this.edgeView = { key, ...this.buildEdgeView() };
    }
    this.report = {
      board: {
        meta: this.metaRead.value,
        nodes: this.nodes.values(),
        edges: this.edgeView.edges,
        actors: this.actors.values(),
      },
      skipped: [
        ...this.metaRead.skipped,
        ...this.nodes.skipped(),
        ...this.edges.skipped(),
        ...this.actors.skipped(),
      ],
      dangling: this.edgeView.dangling,
    };
    return this.report;
  }

  private buildEdgeView(): { edges: Edge[]; dangling: Finding[] } {
    const edges: Edge[] = [];
    const dangling: Finding[] = [];
    for (const e of this.edges.values()) {
      const hasSource = this.nodes.has(e.source);
      const hasTarget = this.nodes.has(e.target);
      if (hasSource && hasTarget) {
        edges.push(e);
        continue;
      }
      dangling.push(danglingEdgeFinding(e, (id) => this.nodes.has(id)));
    }
    return { edges, dangling };
  }

  /**
   * The board as plain, validated data (records sorted by id; support and tags sorted). Invalid
   * records and dangling edges are left out (see `readReport`). Never throws. The returned objects
   * are shared with the cache: treat them as immutable. Unchanged records keep their identity.
   */
  read(): Board {
    return this.readReport().board;
  }

  /** A valid node by id. */
  getNode(id: string): PlanNode | undefined {
    this.nodes.refresh();
    return this.nodes.get(id);
  }

  /** A valid edge by id (also when dangling; `read()` leaves dangling edges out). */
  getEdge(id: string): Edge | undefined {
    this.edges.refresh();
    return this.edges.get(id);
  }

  /** A valid actor by id. */
  getActor(id: string): Actor | undefined {
    this.actors.refresh();
    return this.actors.get(id);
  }

  /** The Y.Text of a node's title or description, for binding an input (edits merge per character). */
  text(nodeId: string, field: NodeTextKey): Y.Text | undefined {
    const node = this.maps.nodes.get(nodeId);
    if (!(node instanceof Y.Map)) return undefined;
    const text = (node as Y.Map<YValue>).get(field);
    return text instanceof Y.Text ? text : undefined;
  }

  /**
   * Validates and runs one command in one transaction with `store.origin`. A refused or invalid
   * command changes nothing. Never throws for bad input.
   */
  run(command: BoardCommand): CommandResult {
    const parsed = BoardCommandSchema.safeParse(command);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const detail = issue?.message ?? 'invalid command';
      return issue && issue.path.length > 0
        ? refuse('invalid', 'command.invalid.field', { field: issue.path.join('.'), detail })
        : refuse('invalid', 'command.invalid.detail', { detail });
    }
    if (!this.maps.meta.has('schemaVersion')) {
      // One-time stamp of a fresh document, untracked so no undo can remove it.
      this.doc.transact(
        () => this.maps.meta.set('schemaVersion', SCHEMA_VERSION),
        MIGRATION_ORIGIN,
      );
    }
    let result: CommandResult = refuse('invalid', 'command.invalid.not-run');
    this.doc.transact(() => {
      result = runCommand(this.ctx, parsed.data);
    }, this.origin);
    return result;
  }

  /**
   * Calls `listener` after every transaction that changed the board (local or remote) with the ids
   * that changed. Returns the unsubscribe function.
   */
  subscribe(listener: (changes: ChangeSet) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Stops observing the document (the document itself is left alone). */
  destroy(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.listeners.clear();
  }
}

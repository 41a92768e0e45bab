import * as Y from 'yjs';
import type { RoomContext } from './roomTypes.js';

/**
 * The upkeep of a board's stored history: automatic versions (at most one per
 * `autoVersionMinutes` of editing) and compaction of the update log (above `compactThreshold`
 * rows, and on unload). Errors are logged and counted, never thrown: they must not stop writes.
 */
export class RoomHistory {
  private rowCount = 0;
  private lastAutoVersion: number | null = null;
  private compacting: Promise<void> | null = null;
  private versioning: Promise<void> | null = null;

  constructor(
    private readonly boardId: string,
    private readonly ctx: RoomContext,
  ) {}

  /** Reads what the policies need after the room loaded. */
  async init(rowCount: number): Promise<void> {
    this.rowCount = rowCount;
    const versions = await this.ctx.storage.listVersions(this.boardId);
    for (const v of versions) {
      if (v.kind !== 'auto') continue;
      const at = Date.parse(v.createdAt);
      if (this.lastAutoVersion === null || at > this.lastAutoVersion) this.lastAutoVersion = at;
    }
  }

  /**
   * Called after a write was stored and before it is applied: if no automatic version was kept in
   * the last interval, keeps `doc` as it is now (the board before this stretch of editing). The
   * snapshot is taken at once; storing it runs in the background (the write is not held up by it:
   * a room's first edit would otherwise wait for one more commit), and the room does not unload
   * before it finished ({@link busy}).
   */
  beforeApply(doc: Y.Doc): void {
    const minutes = this.ctx.settings.autoVersionMinutes;
    if (minutes <= 0) return;
    const now = this.ctx.clock();
    const last = this.lastAutoVersion;
    if (last !== null && now.getTime() - last < minutes * 60_000) return;
    this.lastAutoVersion = now.getTime();
    let state: Uint8Array;
    try {
      state = Y.encodeStateAsUpdate(doc);
    } catch (err) {
      this.ctx.log.error({ boardId: this.boardId, err }, 'automatic version failed');
      return;
    }
    const version = {
      id: this.ctx.newId(),
      boardId: this.boardId,
      label: 'Automatic',
      note: '',
      author: 'ISF Board',
      kind: 'auto' as const,
      createdAt: now.toISOString(),
    };
    const write = this.ctx.storage.createVersion(version, state).then(
      () => this.ctx.metrics.autoVersions.inc(),
      (err: unknown) =>
        this.ctx.log.error({ boardId: this.boardId, err }, 'automatic version failed'),
    );
    const pending: Promise<void> = write.finally(() => {
      if (this.versioning === pending) this.versioning = null;
      this.onSettled?.();
    });
    this.versioning = pending;
  }

  /** True while a compaction runs or an automatic version is being stored. */
  get busy(): boolean {
    return this.compacting !== null || this.versioning !== null;
  }

  /**
   * Counts stored rows; once there are more than the threshold, starts a compaction in the
   * background (the write pipeline does not wait for it; see {@link compact}).
   */
  afterWrite(rows: number): void {
    this.rowCount += rows;
    if (this.rowCount > this.ctx.settings.compactThreshold && !this.compacting) {
      void this.compact();
    }
  }

  /** Resolves once no compaction runs and no automatic version is being stored. */
  async settled(): Promise<void> {
    while (this.compacting || this.versioning) await (this.compacting ?? this.versioning);
  }

  /** Compacts the board's update log if it has more than one row (after a running compaction). */
  async compact(): Promise<void> {
    // Checked again after each wait, with no await in between: one compaction at a time.
    while (this.compacting) await this.compacting;
    if (this.rowCount <= 1) return;
    const rows = this.rowCount;
    let ok = false;
    const run = (async () => {
      try {
        await this.ctx.storage.compact(this.boardId);
        this.ctx.metrics.compactions.inc();
        // Rows stored while it ran may or may not have been merged: count them as still there.
        this.rowCount = Math.max(1, this.rowCount - rows + 1);
        ok = true;
      } catch (err) {
        this.ctx.log.error({ boardId: this.boardId, err }, 'compaction failed');
      }
    })();
    this.compacting = run;
    try {
      await run;
    } finally {
      this.compacting = null;
    }
    // Rows stored meanwhile may be over the threshold again (a failed one waits for the next write).
    if (ok && this.rowCount > this.ctx.settings.compactThreshold) void this.compact();
    else this.onSettled?.();
  }

  /** Called when a compaction finished (the room may have become idle). */
  onSettled: (() => void) | null = null;
}

import { META_KEYS, getBoardMaps } from '@isf/crdt';
import type * as Y from 'yjs';
import type { RoomContext } from './roomTypes.js';

/**
 * The board's title as the doc holds it (`meta.title`, a plain string written by the `meta.update`
 * command), or null when it is missing, blank or longer than a title may be (the record then keeps
 * its title).
 */
export function docTitle(doc: Y.Doc): string | null {
  const raw = getBoardMaps(doc).meta.get(META_KEYS.title);
  if (typeof raw !== 'string' || raw.length > 300 || raw.trim().length === 0) return null;
  return raw;
}

/**
 * Keeps a room's board record (what `GET /api/boards` lists) current with live edits: after
 * stored writes, moves `updatedAt` forward and copies a changed doc title — at most once per
 * `boardRecordIntervalMs` (first write at once, later ones at the end of the interval) and once
 * more when the room unloads ({@link flush}). Failures are logged, never thrown.
 */
export class BoardRecordKeeper {
  private dirty = false;
  private lastWrite = -Infinity;
  private timer: NodeJS.Timeout | null = null;
  private chain: Promise<void> = Promise.resolve();
  private disposed = false;

  constructor(
    private readonly boardId: string,
    private readonly ctx: RoomContext,
    /** The title the record holds (read at load). */
    private recordTitle: string,
    /** Reads the title from the room's live doc. */
    private readonly readTitle: () => string | null,
  ) {}

  /** Called after a write was stored and applied. */
  noteWrite(): void {
    if (this.disposed) return;
    this.dirty = true;
    if (this.timer) return;
    const wait = this.lastWrite + this.ctx.settings.boardRecordIntervalMs - performance.now();
    if (wait <= 0) {
      this.write();
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = null;
      this.write();
    }, wait);
    this.timer.unref();
  }

  /** Writes what is pending now (room unload) and resolves when every record write finished. */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.dirty && !this.disposed) this.write();
    return this.chain;
  }

  /** Stops the timer; nothing more is written. */
  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private write(): void {
    this.dirty = false;
    this.lastWrite = performance.now();
    const updatedAt = this.ctx.clock().toISOString();
    let title: string | undefined;
    const current = this.readTitle();
    if (current !== null && current !== this.recordTitle) {
      title = current;
      this.recordTitle = current;
    }
    this.chain = this.chain.then(async () => {
      try {
        await this.ctx.storage.touchBoard(this.boardId, updatedAt, title);
      } catch (err) {
        this.ctx.log.warn({ boardId: this.boardId, err }, 'board record update failed');
      }
    });
  }
}

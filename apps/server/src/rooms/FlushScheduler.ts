/**
 * Runs the write flushes that rooms schedule during one turn of the event loop together, in one
 * callback (in the order they were scheduled), instead of one callback per room: the storage
 * appends they issue then happen in the same task and share one group commit.
 */
export class FlushScheduler {
  private pending: (() => void)[] = [];
  private scheduled = false;

  /** Runs `flush` once the current I/O has been handled (`setImmediate`), with the others. */
  schedule(flush: () => void): void {
    this.pending.push(flush);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.run());
  }

  private run(): void {
    this.scheduled = false;
    const flushes = this.pending;
    this.pending = [];
    for (const flush of flushes) flush();
  }
}

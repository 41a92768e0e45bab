import {
  DEFAULT_HORIZON_LABELS,
  type Actor,
  type Horizon,
  type HorizonLabels,
} from '@isf/framework';

/** Board-wide data the node cards display: actor names and horizon labels. */
export class BoardInfoStore {
  private actors: ReadonlyMap<string, Actor> = new Map();
  private labels: HorizonLabels = DEFAULT_HORIZON_LABELS;
  private readonly listeners = new Set<() => void>();

  /** Replaces actors and labels; notifies subscribers (each re-selects what it shows). */
  set(actors: readonly Actor[], labels: HorizonLabels): void {
    this.actors = new Map(actors.map((a) => [a.id, a]));
    this.labels = labels;
    for (const l of Array.from(this.listeners)) l();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Short display name of an actor: its abbreviation, else its name; "" for none/unknown. */
  actorLabel(id: string | null): string {
    if (id === null) return '';
    const actor = this.actors.get(id);
    if (!actor) return '';
    return actor.abbrev ?? actor.name;
  }

  /** Full name of an actor ("" for none/unknown). */
  actorName(id: string | null): string {
    if (id === null) return '';
    return this.actors.get(id)?.name ?? '';
  }

  horizonLabel(h: Horizon): string {
    return this.labels[h];
  }
}

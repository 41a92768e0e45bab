import type { BoardSession } from '../session/BoardSession';

type Listener = () => void;

/** Whom the local user follows (user id or null); shared by the avatars and the presence layer. */
export interface FollowStore {
  get(): string | null;
  /** Starts (user id) or stops (null) following; also published in presence. */
  set(userId: string | null): void;
  subscribe(listener: Listener): () => void;
}

const stores = new WeakMap<BoardSession, FollowStore>();

/** The follow state of one session (created on first use). */
export function followStoreFor(session: BoardSession): FollowStore {
  const existing = stores.get(session);
  if (existing) return existing;
  let following: string | null = null;
  const listeners = new Set<Listener>();
  const store: FollowStore = {
    get: () => following,
    set(userId) {
      if (userId === following) return;
      following = userId;
      session.presence.setFollowing(userId);
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  stores.set(session, store);
  return store;
}

/** What this browser remembers about a board it has a link to. */
export interface StoredBoard {
  boardId: string;
  token: string;
  /** Title last seen (for the home list before the API answers). */
  title: string;
  /** Role of the link, last seen (lets the board open offline with the right affordances). */
  role: 'owner' | 'editor' | 'viewer' | null;
  addedAt: string;
}

const ROLES = new Set(['owner', 'editor', 'viewer']);

const KEY = 'isf:boards';

function readAll(storage: Storage): Record<string, StoredBoard> {
  try {
    const raw = storage.getItem(KEY);
    if (!raw) return {};
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return {};
    const out: Record<string, StoredBoard> = {};
    for (const [id, value] of Object.entries(parsed as Record<string, unknown>)) {
      if (typeof value !== 'object' || value === null) continue;
      const v = value as Record<string, unknown>;
      if (typeof v.token !== 'string' || v.token.length === 0) continue;
      out[id] = {
        boardId: id,
        token: v.token,
        title: typeof v.title === 'string' ? v.title : '',
        role:
          typeof v.role === 'string' && ROLES.has(v.role) ? (v.role as StoredBoard['role']) : null,
        addedAt: typeof v.addedAt === 'string' ? v.addedAt : '',
      };
    }
    return out;
  } catch {
    return {};
  }
}

function writeAll(storage: Storage, all: Record<string, StoredBoard>): void {
  storage.setItem(KEY, JSON.stringify(all));
}

/** Remembers the link token of a board (a newer token replaces the older one). */
export function saveBoardToken(
  boardId: string,
  token: string,
  title = '',
  storage: Storage = window.localStorage,
): void {
  const all = readAll(storage);
  const previous = all[boardId];
  all[boardId] = {
    boardId,
    token,
    title: title || previous?.title || '',
    role: previous?.token === token ? previous.role : null,
    addedAt: previous?.token === token ? previous.addedAt : new Date().toISOString(),
  };
  writeAll(storage, all);
}

/** Updates the remembered title and/or role of a board, if this browser has its link. */
export function saveBoardInfo(
  boardId: string,
  info: { title?: string; role?: StoredBoard['role'] },
  storage: Storage = window.localStorage,
): void {
  const all = readAll(storage);
  const entry = all[boardId];
  if (!entry) return;
  const next = { ...entry, title: info.title ?? entry.title, role: info.role ?? entry.role };
  if (next.title === entry.title && next.role === entry.role) return;
  all[boardId] = next;
  writeAll(storage, all);
}

/** What this browser remembers about a board, or null. */
export function getStoredBoard(
  boardId: string,
  storage: Storage = window.localStorage,
): StoredBoard | null {
  return readAll(storage)[boardId] ?? null;
}

/** The remembered token of a board, or null. */
export function getBoardToken(
  boardId: string,
  storage: Storage = window.localStorage,
): string | null {
  return readAll(storage)[boardId]?.token ?? null;
}

/** Every board this browser has a link to, newest first. */
export function listStoredBoards(storage: Storage = window.localStorage): StoredBoard[] {
  return Object.values(readAll(storage)).sort((a, b) => (a.addedAt < b.addedAt ? 1 : -1));
}

/** Forgets a board's link. */
export function forgetBoard(boardId: string, storage: Storage = window.localStorage): void {
  const all = readAll(storage);
  if (!(boardId in all)) return;
  delete all[boardId];
  writeAll(storage, all);
}

/** Reads `token` from a URL fragment such as `#token=abc`; null when absent. */
export function tokenFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('token');
  return token && token.length > 0 ? token : null;
}

/**
 * Moves a `#token=…` from the address bar into local storage for `boardId` and removes it from the
 * address bar (so it is not shared by a screenshot or copied along). Returns the token, if any.
 */
export function adoptTokenFromLocation(boardId: string): string | null {
  const token = tokenFromHash(window.location.hash);
  if (!token) return null;
  saveBoardToken(boardId, token);
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
  return token;
}

/** Parses a pasted share link `<origin>/b/<boardId>#token=<token>`; null if it is not one. */
export function parseBoardLink(text: string): { boardId: string; token: string } | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  const match = /^\/b\/([A-Za-z0-9_-]{1,128})\/?$/.exec(url.pathname);
  const token = tokenFromHash(url.hash);
  if (!match?.[1] || !token) return null;
  return { boardId: match[1], token };
}

/** Who this browser's user is; asked once, remembered in local storage. */
export interface Identity {
  id: string;
  name: string;
}

const IDENTITY_KEY = 'isf:identity';
const ENTITY_KEY = 'isf:entity:';

/** A random user id for this browser. */
function newUserId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** This browser's user id, created on first use. */
export function getUserId(storage: Storage = window.localStorage): string {
  const existing = loadIdentity(storage);
  if (existing) return existing.id;
  const id = newUserId();
  storage.setItem(IDENTITY_KEY, JSON.stringify({ id, name: '' }));
  return id;
}

/** The remembered identity; null when none or malformed. `name` may be empty (not asked yet). */
export function loadIdentity(storage: Storage = window.localStorage): Identity | null {
  try {
    const raw = storage.getItem(IDENTITY_KEY);
    if (!raw) return null;
    const v = JSON.parse(raw) as Record<string, unknown>;
    if (typeof v.id !== 'string' || v.id.length === 0) return null;
    return { id: v.id, name: typeof v.name === 'string' ? v.name : '' };
  } catch {
    return null;
  }
}

/** Remembers the display name (keeps the user id). */
export function saveDisplayName(name: string, storage: Storage = window.localStorage): Identity {
  const id = getUserId(storage);
  const identity = { id, name: name.trim().slice(0, 80) };
  storage.setItem(IDENTITY_KEY, JSON.stringify(identity));
  return identity;
}

/** The entity (actor id) this user represents on a board; undefined when not asked yet. */
export function loadEntity(
  boardId: string,
  storage: Storage = window.localStorage,
): string | null | undefined {
  const raw = storage.getItem(ENTITY_KEY + boardId);
  if (raw === null) return undefined;
  return raw === '' ? null : raw;
}

/** Remembers the entity (actor id, or null for none) for a board. */
export function saveEntity(
  boardId: string,
  entity: string | null,
  storage: Storage = window.localStorage,
): void {
  storage.setItem(ENTITY_KEY + boardId, entity ?? '');
}

/**
 * A colour derived from the user id (same person, same colour everywhere), dark enough for white
 * label text (WCAG AA on the cursor labels and avatars).
 */
export function colorForUser(userId: string): string {
  let hash = 2166136261;
  for (let i = 0; i < userId.length; i++) {
    hash ^= userId.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  const hue = (hash >>> 0) % 360;
  // Darken until white text on it reaches WCAG AA (4.5:1) with a margin: greens and yellows
  // need a lower lightness than blues and purples.
  let lightness = 0.36;
  let color = hslToHex(hue, 0.7, lightness);
  while (contrastWithWhite(color) < 4.8 && lightness > 0.1) {
    lightness -= 0.02;
    color = hslToHex(hue, 0.7, lightness);
  }
  return color;
}

/** WCAG contrast ratio of white against `#rrggbb`. */
export function contrastWithWhite(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (luminance + 0.05);
}

/** `#rrggbb` of an HSL colour (h in degrees, s and l in 0..1). */
export function hslToHex(h: number, s: number, l: number): string {
  const a = s * Math.min(l, 1 - l);
  const channel = (n: number): string => {
    const k = (n + h / 30) % 12;
    const c = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(c * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

import type { LinkRole } from '../storage/Storage';

/**
 * What a caller may do with a board. The role matrix (owner ⊇ editor ⊇ viewer):
 *
 * | action    | owner | editor | viewer |
 * |-----------|-------|--------|--------|
 * | read      | ✓     | ✓      | ✓      | board, findings, versions list/get, diff, export
 * | rename    | ✓     | ✓      |        |
 * | version   | ✓     | ✓      |        | save a named version
 * | restore   | ✓     | ✓      |        |
 * | links     | ✓     |        |        | create, list, revoke share links
 * | delete    | ✓     |        |        |
 */
export type BoardAction = 'read' | 'rename' | 'version' | 'restore' | 'links' | 'delete';

const RANK: Record<LinkRole, number> = { viewer: 0, editor: 1, owner: 2 };

const MIN_ROLE: Record<BoardAction, LinkRole> = {
  read: 'viewer',
  rename: 'editor',
  version: 'editor',
  restore: 'editor',
  links: 'owner',
  delete: 'owner',
};

/** Whether `role` may perform `action` (see the matrix on {@link BoardAction}). */
export function can(role: LinkRole, action: BoardAction): boolean {
  return RANK[role] >= RANK[MIN_ROLE[action]];
}

/** The lowest role allowed to perform `action`. */
export function minimumRole(action: BoardAction): LinkRole {
  return MIN_ROLE[action];
}

/** The stronger of two roles. */
export function strongerRole(a: LinkRole, b: LinkRole): LinkRole {
  return RANK[a] >= RANK[b] ? a : b;
}

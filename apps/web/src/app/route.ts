import { useSyncExternalStore } from 'react';

/** The pages of the app. */
export type Route = { name: 'home' } | { name: 'board'; boardId: string } | { name: 'not-found' };

const BOARD_PATH = /^\/b\/([A-Za-z0-9_-]{1,128})\/?$/;

/** Maps a location pathname to a route: `/` home, `/b/:boardId` board, anything else not found. */
export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'home' };
  const match = BOARD_PATH.exec(pathname);
  if (match?.[1]) return { name: 'board', boardId: match[1] };
  return { name: 'not-found' };
}

/** The path of a board page. */
export function boardPath(boardId: string): string {
  return `/b/${encodeURIComponent(boardId)}`;
}

const NAVIGATE_EVENT = 'isf:navigate';

/** Client-side navigation (pushState) to a path of this app. */
export function navigate(path: string): void {
  window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(NAVIGATE_EVENT, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(NAVIGATE_EVENT, listener);
  };
}

const getPathname = (): string => window.location.pathname;

/** The current pathname, updated on navigation and back/forward. */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, getPathname, getPathname);
}

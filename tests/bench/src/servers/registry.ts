import { hocuspocusServer } from './hocuspocus';
import { oursServer } from './ours';
import type { ServerSpec } from './types';
import { ywebsocketServer } from './ywebsocket';

/** Every server variant, in table column order. */
export const ALL_SERVERS: readonly ServerSpec[] = [
  oursServer('default'),
  ywebsocketServer,
  hocuspocusServer(3, true),
  hocuspocusServer(3, false),
  hocuspocusServer(4, true),
  hocuspocusServer(4, false),
];

/** Variants run only when named with --servers. */
export const EXTRA_SERVERS: readonly ServerSpec[] = [
  oursServer('normal'),
  oursServer('thread'),
  oursServer('ram'),
];

/** The servers of this run: all defaults, or exactly the ones named (in table order). */
export function selectServers(ids: string[]): ServerSpec[] {
  if (ids.length === 0) return [...ALL_SERVERS];
  return [...ALL_SERVERS, ...EXTRA_SERVERS].filter((s) => ids.includes(s.id));
}

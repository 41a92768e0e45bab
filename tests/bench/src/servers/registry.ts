import { hocuspocusServer } from './hocuspocus';
import { oursServer } from './ours';
import type { ServerSpec } from './types';
import { ywebsocketServer } from './ywebsocket';

/** Every server variant, in table column order. */
export const ALL_SERVERS: readonly ServerSpec[] = [
  oursServer,
  ywebsocketServer,
  hocuspocusServer(3, true),
  hocuspocusServer(3, false),
  hocuspocusServer(4, true),
  hocuspocusServer(4, false),
];

/** Origin of the transaction that loads stored updates (never persisted again). */
export const LOAD_ORIGIN = Symbol('load');
/** Origin of server-side changes (withRoom) applied after they were stored. */
export const SERVER_ORIGIN = Symbol('server');
/** Origin of updates another relay instance stored and published on the bus. */
export const REMOTE_ORIGIN = Symbol('remote');

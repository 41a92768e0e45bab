// Starts the SQLite writer thread from its TypeScript source (server run with tsx, vitest): a
// worker does not inherit tsx's loader, so the worker module is imported through tsx's API.
import { tsImport } from 'tsx/esm/api';

await tsImport(new URL('./sqliteWriterWorker.ts', import.meta.url).href, import.meta.url);

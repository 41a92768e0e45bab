import { z } from 'zod';
import { HorizonSchema, IdSchema, IsoDateSchema } from './common';

export const BENCHMARK_STATUSES = ['not-started', 'on-track', 'at-risk', 'achieved'] as const;
export const BenchmarkStatusSchema = z.enum(BENCHMARK_STATUSES);
export type BenchmarkStatus = z.infer<typeof BenchmarkStatusSchema>;

/** A measurable benchmark of an output in one horizon, with its stocktaking state. */
export const BenchmarkSchema = z.object({
  id: IdSchema,
  horizon: HorizonSchema,
  text: z.string().max(2000),
  status: BenchmarkStatusSchema,
  /** When the status was last reviewed in a stocktake (ISO date), or null if never. */
  lastReviewed: IsoDateSchema.nullable(),
  /** Who recorded the last review (display name), or null. */
  reviewedBy: z.string().max(200).nullable(),
  /** Evidence supporting the status (free text, links). */
  evidence: z.string().max(4000),
});
export type Benchmark = z.infer<typeof BenchmarkSchema>;

/** Creates a benchmark with defaults (not started, never reviewed). */
export function createBenchmark(
  input: Pick<Benchmark, 'id' | 'horizon' | 'text'> & Partial<Benchmark>,
): Benchmark {
  return BenchmarkSchema.parse({
    status: 'not-started',
    lastReviewed: null,
    reviewedBy: null,
    evidence: '',
    ...input,
  });
}

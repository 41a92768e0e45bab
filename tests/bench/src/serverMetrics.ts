/** A Prometheus histogram read from a `/metrics` page: cumulative counts per upper bound. */
export interface Histogram {
  buckets: { le: number; count: number }[];
  count: number;
}

/** Reads histogram `name` from Prometheus text exposition; `null` if it is not there. */
export function parseHistogram(text: string, name: string): Histogram | null {
  const buckets: { le: number; count: number }[] = [];
  let count = Number.NaN;
  for (const line of text.split('\n')) {
    const bucket = new RegExp(`^${name}_bucket\\{le="([^"]+)"\\} (\\S+)$`).exec(line);
    if (bucket?.[1] && bucket[2]) {
      buckets.push({
        le: bucket[1] === '+Inf' ? Infinity : Number(bucket[1]),
        count: Number(bucket[2]),
      });
    } else if (line.startsWith(`${name}_count `)) {
      count = Number(line.slice(name.length + 7));
    }
  }
  return buckets.length > 0 && Number.isFinite(count) ? { buckets, count } : null;
}

/**
 * Reads the sample of counter `name` with label `label="value"` (the counter's only label) from
 * Prometheus text exposition; 0 when the series is not there yet (prom-client omits unused ones).
 */
export function parseLabelledCounter(
  text: string,
  name: string,
  label: string,
  value: string,
): number {
  const prefix = `${name}{${label}="${value}"} `;
  const line = text.split('\n').find((l) => l.startsWith(prefix));
  const n = line ? Number(line.slice(prefix.length)) : 0;
  return Number.isFinite(n) ? n : 0;
}

/** What was observed between two scrapes of the same histogram. */
export function histogramDelta(after: Histogram, before: Histogram | null): Histogram {
  if (!before) return after;
  return {
    count: after.count - before.count,
    buckets: after.buckets.map((b, i) => ({
      le: b.le,
      count: b.count - (before.buckets[i]?.count ?? 0),
    })),
  };
}

/**
 * The `p`-th percentile of a histogram, in the histogram's unit, interpolated linearly inside the
 * bucket it falls in (Prometheus' `histogram_quantile`); NaN when empty.
 */
export function histogramQuantile(h: Histogram, p: number): number {
  if (h.count <= 0) return Number.NaN;
  const rank = (p / 100) * h.count;
  let lower = 0;
  let below = 0;
  for (const b of h.buckets) {
    if (b.count >= rank) {
      if (!Number.isFinite(b.le)) return lower;
      const inBucket = b.count - below;
      return inBucket > 0 ? lower + ((b.le - lower) * (rank - below)) / inBucket : b.le;
    }
    lower = b.le;
    below = b.count;
  }
  return lower;
}

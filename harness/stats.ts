// Small statistics over timing samples: medians, ranges, geometric means and
// the noise rule the reports use. Pure functions over arrays of numbers.
// Invariant: functions taking samples never see an empty array (callers
// check), so a NaN in a report means a bug, not missing data.

export interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

/** Above this relative spread ((max - min) / median) a measurement is flagged as noisy. */
export const NOISE_THRESHOLD = 0.2;

export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function summarize(samples: readonly number[]): Summary {
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples) };
}

/** (max - min) / median: 0 for identical samples. */
export function spread(summary: Summary): number {
  return summary.median > 0 ? (summary.max - summary.min) / summary.median : 0;
}

export function isNoisy(summary: Summary): boolean {
  return spread(summary) > NOISE_THRESHOLD;
}

/** The geometric mean of positive values, or null for none. */
export function geometricMean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let logSum = 0;
  for (const value of values) logSum += Math.log(value);
  return Math.exp(logSum / values.length);
}

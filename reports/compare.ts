// Compares two results documents (an earlier run and a later one): for each
// benchmark and target in both, the change of the median whole-process time,
// called a regression or an improvement only beyond the noise, and any
// change of status. Pure: renderers turn a RunComparison into text.
import { findResult, type BenchmarkResult, type Results } from '../harness/results.js';
import { NOISE_THRESHOLD } from '../harness/stats.js';
import { formatMs, statusText } from './format.js';

export type Verdict = 'regression' | 'improvement' | 'within noise' | 'broke' | 'fixed' | 'still failing' | 'only in one run';

export interface ComparisonRow {
  readonly benchmark: string;
  readonly target: string;
  readonly before: string;
  readonly after: string;
  /** after / before of the medians; above 1 is slower. */
  readonly change: number | null;
  readonly verdict: Verdict;
}

export interface RunComparison {
  readonly rows: readonly ComparisonRow[];
  readonly counts: Readonly<Record<Verdict, number>>;
}

/**
 * A change counts only when the two runs' ranges do not overlap and the
 * medians differ by more than the noise threshold: one slow sample or a
 * small shift inside the spread is noise, not a regression.
 */
export function changeVerdict(before: BenchmarkResult, after: BenchmarkResult): { change: number | null; verdict: Verdict } {
  const wasOk = before.status === 'ok';
  const isOk = after.status === 'ok';
  if (wasOk && !isOk) return { change: null, verdict: 'broke' };
  if (!wasOk && isOk) return { change: null, verdict: 'fixed' };
  if (!wasOk || !isOk || before.process === undefined || after.process === undefined) return { change: null, verdict: 'still failing' };
  const change = after.process.median / before.process.median;
  if (after.process.min > before.process.max && change > 1 + NOISE_THRESHOLD / 2) return { change, verdict: 'regression' };
  if (after.process.max < before.process.min && change < 1 - NOISE_THRESHOLD / 2) return { change, verdict: 'improvement' };
  return { change, verdict: 'within noise' };
}

function describe(result: BenchmarkResult | undefined): string {
  if (result === undefined) return 'absent';
  if (result.status === 'ok' && result.process !== undefined) return formatMs(result.process.median);
  return statusText(result);
}

export function compareRuns(before: Results, after: Results): RunComparison {
  const keys: { benchmark: string; target: string }[] = [];
  const seen = new Set<string>();
  for (const result of [...before.results, ...after.results]) {
    if (result.status === 'not-installed' || result.status === 'skipped') continue;
    const key = `${result.benchmark}\u0000${result.target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    keys.push({ benchmark: result.benchmark, target: result.target });
  }
  const rows: ComparisonRow[] = keys.map(({ benchmark, target }) => {
    const old = findResult(before, benchmark, target);
    const now = findResult(after, benchmark, target);
    const { change, verdict } =
      old === undefined || now === undefined ? { change: null, verdict: 'only in one run' as const } : changeVerdict(old, now);
    return { benchmark, target, before: describe(old), after: describe(now), change, verdict };
  });
  const counts: Record<Verdict, number> = {
    regression: 0,
    improvement: 0,
    'within noise': 0,
    broke: 0,
    fixed: 0,
    'still failing': 0,
    'only in one run': 0,
  };
  for (const row of rows) counts[row.verdict] += 1;
  return { rows, counts };
}

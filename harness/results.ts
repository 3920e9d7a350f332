// The results document: what `pvm bench` writes to results.json and what
// every table, Markdown file and HTML chart is rendered from. Versioned by
// SCHEMA_VERSION; parseResults refuses other versions rather than guessing.
// Invariants: timings of a result whose status is not 'ok' are never used
// for ratios or means; ratios compare whole-process medians only.
import { geometricMean, isNoisy, summarize, type Summary } from './stats.js';
import type { Counters } from '../backends/index.js';

export const SCHEMA_VERSION = 1;

/**
 * What happened to one benchmark on one target. Only 'ok' results count in
 * ratios and means. 'wrong': output or exit status differ from CPython's;
 * 'crashed': killed by a signal, out of memory or no result; 'timeout': the
 * per-run limit was hit; 'not-installed': the target is not on this machine;
 * 'unchecked': ran, but there was no CPython output to compare with;
 * 'skipped': the benchmark is not meant for this target.
 */
export const STATUSES = ['ok', 'wrong', 'crashed', 'timeout', 'not-installed', 'unchecked', 'skipped'] as const;
export type Status = (typeof STATUSES)[number];

/** Whether a result is a failure to report: the target ran and did not agree with CPython (or could not be checked). */
export function isFailure(result: { readonly status: Status }): boolean {
  return result.status !== 'ok' && result.status !== 'not-installed' && result.status !== 'skipped';
}

export type TargetKind = 'pvm' | 'reference';

export interface MachineInfo {
  readonly cpuModel: string;
  readonly cores: number;
  readonly memoryBytes: number;
  readonly platform: string;
  readonly node: string;
  /** Version lines of the reference interpreters, null when not installed. */
  readonly python3: string | null;
  readonly pypy3: string | null;
}

/** One run of the harness that contributed to a document (several after a merge). */
export interface SourceInfo {
  readonly machine: MachineInfo;
  /** pvm's git commit, with `-dirty` when the tree had changes; 'unknown' outside git. */
  readonly pvmCommit: string;
  /** ISO 8601 time the run started. */
  readonly date: string;
  readonly suite: string;
  readonly runs: number;
  readonly timeoutSeconds: number;
}

export interface TargetInfo {
  readonly name: string;
  readonly kind: TargetKind;
  readonly description: string;
  readonly available: boolean;
  readonly version: string | null;
}

/** Where the first difference from CPython's output is. */
export interface Difference {
  /** 1-based line of stdout, or 0 when only the exit status differs. */
  readonly line: number;
  readonly expected: string;
  readonly actual: string;
}

/** Whole-process measurements: one entry per run, the same way for every target. */
export interface ProcessTimes extends Summary {
  readonly samplesMs: readonly number[];
  /** Peak resident set size of each run in KiB, when it could be measured. */
  readonly peakRssKb: readonly number[];
  /** User + system CPU time of each run, when it could be measured: steadier than wall time on a busy machine. */
  readonly cpuMs: readonly number[];
}

/** Repeated runs inside one process: warm-up iterations, then samples. */
export interface InProcessTimes extends Summary {
  readonly warmupMs: readonly number[];
  readonly samplesMs: readonly number[];
}

export interface BenchmarkResult {
  readonly benchmark: string;
  readonly size: number;
  readonly target: string;
  readonly status: Status;
  /** For 'wrong' results. */
  readonly difference?: Difference;
  /** For failures: the reason in a line or two (stderr's last lines, the signal, the limit hit). */
  readonly detail?: string;
  readonly process?: ProcessTimes;
  readonly inProcess?: InProcessTimes;
  /** Why in-process timing failed, when it did (the process runs still count). */
  readonly inProcessError?: string;
  /** Median whole-process time over CPython's; null when either is not 'ok'. */
  readonly ratioToCPython: number | null;
  readonly noisy: boolean;
  readonly counters?: Counters;
}

export interface Results {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly sources: readonly SourceInfo[];
  readonly targets: readonly TargetInfo[];
  readonly results: readonly BenchmarkResult[];
}

export const REFERENCE_TARGET = 'python3';

/** Fills in ratioToCPython and noisy from the process samples of the same document. */
export function withRatios(results: readonly BenchmarkResult[]): BenchmarkResult[] {
  return results.map((result) => {
    const reference = results.find(
      (other) => other.benchmark === result.benchmark && other.size === result.size && other.target === REFERENCE_TARGET,
    );
    const usable = result.status === 'ok' && reference?.status === 'ok' && result.process && reference.process;
    const ratio = usable ? result.process!.median / reference!.process!.median : null;
    const noisy = (result.process !== undefined && isNoisy(result.process)) || (result.inProcess !== undefined && isNoisy(result.inProcess));
    return { ...result, ratioToCPython: ratio, noisy };
  });
}

/** Geometric mean of a target's ratios to CPython over the benchmarks where it is 'ok'. */
export function geometricMeanRatio(doc: Results, target: string): { mean: number | null; count: number } {
  const ratios = doc.results
    .filter((result) => result.target === target && result.ratioToCPython !== null)
    .map((result) => result.ratioToCPython!);
  return { mean: geometricMean(ratios), count: ratios.length };
}

/** Benchmarks in the order they first appear. */
export function benchmarkNames(doc: Results): string[] {
  return [...new Set(doc.results.map((result) => result.benchmark))];
}

export function findResult(doc: Results, benchmark: string, target: string): BenchmarkResult | undefined {
  return doc.results.find((result) => result.benchmark === benchmark && result.target === target);
}

export function parseResults(text: string, origin: string): Results {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${origin}: not JSON (${(error as Error).message})`);
  }
  const doc = value as Partial<Results> | null;
  if (doc === null || typeof doc !== 'object') throw new Error(`${origin}: not a results document`);
  if (doc.schemaVersion !== SCHEMA_VERSION) {
    throw new Error(`${origin}: schemaVersion ${String(doc.schemaVersion)}, this pvm reads version ${SCHEMA_VERSION}`);
  }
  if (!Array.isArray(doc.sources) || !Array.isArray(doc.targets) || !Array.isArray(doc.results)) {
    throw new Error(`${origin}: missing sources, targets or results`);
  }
  for (const result of doc.results) {
    if (!STATUSES.includes(result.status)) throw new Error(`${origin}: unknown status '${String(result.status)}'`);
  }
  return doc as Results;
}

export function serializeResults(doc: Results): string {
  return JSON.stringify(doc, null, 2) + '\n';
}

/** A failure outranks success when runs disagree, so a merge never hides a problem. */
const STATUS_RANK: Record<Status, number> = {
  crashed: 6,
  timeout: 5,
  wrong: 4,
  unchecked: 3,
  ok: 2,
  skipped: 1,
  'not-installed': 0,
};

/**
 * Merges documents from several runs or machines: the samples of the same
 * benchmark, size and target are pooled, the worst status wins, and ratios
 * are recomputed from the pooled medians.
 */
export function mergeResults(docs: readonly Results[]): Results {
  if (docs.length === 0) throw new Error('nothing to merge');
  const targets = new Map<string, TargetInfo>();
  for (const doc of docs) {
    for (const target of doc.targets) {
      const known = targets.get(target.name);
      if (known === undefined || (!known.available && target.available)) targets.set(target.name, target);
    }
  }
  const pooled = new Map<string, BenchmarkResult>();
  for (const doc of docs) {
    for (const result of doc.results) {
      const key = `${result.benchmark}\u0000${result.size}\u0000${result.target}`;
      const known = pooled.get(key);
      pooled.set(key, known === undefined ? result : poolResults(known, result));
    }
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    sources: docs.flatMap((doc) => doc.sources),
    targets: [...targets.values()],
    results: withRatios([...pooled.values()]),
  };
}

function poolResults(a: BenchmarkResult, b: BenchmarkResult): BenchmarkResult {
  const worse = STATUS_RANK[b.status] > STATUS_RANK[a.status] ? b : a;
  const process = poolProcess(a.process, b.process);
  const inProcess = poolInProcess(a.inProcess, b.inProcess);
  return {
    ...worse,
    ...(process ? { process } : {}),
    ...(inProcess ? { inProcess } : {}),
  };
}

function poolProcess(a: ProcessTimes | undefined, b: ProcessTimes | undefined): ProcessTimes | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  const samplesMs = [...a.samplesMs, ...b.samplesMs];
  return { ...summarize(samplesMs), samplesMs, peakRssKb: [...a.peakRssKb, ...b.peakRssKb], cpuMs: [...a.cpuMs, ...b.cpuMs] };
}

function poolInProcess(a: InProcessTimes | undefined, b: InProcessTimes | undefined): InProcessTimes | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  const samplesMs = [...a.samplesMs, ...b.samplesMs];
  return { ...summarize(samplesMs), warmupMs: a.warmupMs, samplesMs };
}

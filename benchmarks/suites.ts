// The benchmark programs and the named suites built from them: the one place
// that says which bm_*.py files exist, their default size (about 1 s on
// CPython 3.11 here) and their quick size (well under a second, for tests).
// Invariant: every suite lists names from BENCHMARKS, and every entry's file
// sits in this folder, takes its size as argv[1] and prints a checksum.
import * as path from 'node:path';
import { repoRoot } from '../harness/paths.js';

export interface BenchmarkEntry {
  /** Short name shown in tables: the file name without `bm_` and `.py`. */
  readonly name: string;
  /** The size passed as argv[1] for real measurements. */
  readonly defaultSize: number;
  /** The size used by the `quick` suite. */
  readonly quickSize: number;
  /** What the program stresses, one line for the reports. */
  readonly description: string;
  /**
   * Targets the program is meant for, when it is not all of them: a program
   * written against one backend's extensions (the Stackless backend's
   * tasklets and channels) names that backend here and runs on no other.
   */
  readonly onlyTargets?: readonly string[];
}

export const BENCHMARKS: readonly BenchmarkEntry[] = [
  { name: 'nbody', defaultSize: 100000, quickSize: 500, description: 'float arithmetic on lists, tuple unpacking' },
  { name: 'fannkuch', defaultSize: 9, quickSize: 6, description: 'list slicing and permutations' },
  { name: 'spectral_norm', defaultSize: 240, quickSize: 15, description: 'nested float loops and small calls' },
  { name: 'richards', defaultSize: 100, quickSize: 1, description: 'task scheduler: method calls, attributes' },
  { name: 'nqueens', defaultSize: 11, quickSize: 7, description: 'backtracking over sets, generator permutations' },
  { name: 'float', defaultSize: 130000, quickSize: 1000, description: 'Point objects with sin/cos, normalize, max' },
  { name: 'raytrace', defaultSize: 140, quickSize: 16, description: 'ray tracer: vector objects and operators' },
  { name: 'chaos', defaultSize: 160000, quickSize: 1000, description: 'chaos game: vector objects, Bezier curves' },
  { name: 'deltablue', defaultSize: 100, quickSize: 1, description: 'constraint solver: class hierarchies, virtual calls' },
  { name: 'go', defaultSize: 55, quickSize: 1, description: 'Go board Monte-Carlo playouts with captures' },
  { name: 'generators', defaultSize: 800000, quickSize: 4000, description: 'pipelines of generators and yield from' },
  { name: 'calls', defaultSize: 30, quickSize: 1, description: 'recursion, closures, keyword and star arguments' },
  { name: 'dict_str', defaultSize: 180000, quickSize: 2000, description: 'word counting, string building, formatting' },
  { name: 'unpack_sequence', defaultSize: 700000, quickSize: 3000, description: 'tuple, list, starred and nested unpacking' },
  { name: 'microthreads', defaultSize: 45000, quickSize: 300, description: 'generator threads, channels, round-robin scheduler' },
];

export const SUITES: Readonly<Record<string, readonly string[]>> = {
  default: BENCHMARKS.map((entry) => entry.name),
  quick: BENCHMARKS.map((entry) => entry.name),
  numeric: ['nbody', 'fannkuch', 'spectral_norm', 'float', 'raytrace'],
  objects: ['richards', 'deltablue', 'raytrace', 'chaos', 'float', 'go', 'calls', 'dict_str'],
  concurrency: ['microthreads', 'generators'],
};

/** One program of a suite, at the size the suite runs it. */
export interface SuiteItem {
  readonly entry: BenchmarkEntry;
  readonly size: number;
}

export function suiteNames(): string[] {
  return Object.keys(SUITES);
}

export function benchmarkFile(entry: BenchmarkEntry): string {
  return path.join(repoRoot(), 'benchmarks', `bm_${entry.name}.py`);
}

export function suiteItems(suite: string): SuiteItem[] {
  const names = SUITES[suite];
  if (names === undefined) throw new Error(`unknown suite '${suite}' (suites: ${suiteNames().join(', ')})`);
  return names.map((name) => {
    const entry = BENCHMARKS.find((candidate) => candidate.name === name);
    if (entry === undefined) throw new Error(`suite '${suite}' names unknown benchmark '${name}'`);
    return { entry, size: suite === 'quick' ? entry.quickSize : entry.defaultSize };
  });
}

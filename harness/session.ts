// One `pvm bench` run from options to a results document: resolves the
// suite and the targets, runs every program through the runner and wraps
// the results with the run's machine and commit. Also `pvm compare`'s
// single-program run. Writing and rendering are the caller's business.
import * as path from 'node:path';
import { benchmarkFile, suiteItems } from '../benchmarks/suites.js';
import { machineInfo, pvmCommit } from './machine.js';
import type { Progress } from './progress.js';
import { SCHEMA_VERSION, type Results } from './results.js';
import { runPrograms, type Program } from './runner.js';
import { pythonVersion, resolveTargets, type InProcessPlan, type Target } from './targets.js';

export interface SessionOptions {
  readonly targets?: readonly string[];
  readonly runs: number;
  readonly timeoutSeconds: number;
  readonly inProcess: InProcessPlan | null;
  readonly progress?: Progress;
}

/** The default in-process plan: a few warm-up runs, then samples within a time budget. */
export const DEFAULT_IN_PROCESS: InProcessPlan = { warmup: 3, iterations: 10, budgetSeconds: 20 };

/** CPython, whether or not it is a selected target: the oracle every output is checked against. */
function oracleFor(targets: readonly Target[]): Target | null {
  const selected = targets.find((target) => target.info.name === 'python3');
  if (selected !== undefined) return selected;
  const [python] = resolveTargets(['python3']);
  return python !== undefined && python.info.available ? python : null;
}

async function run(programs: readonly Program[], suite: string, options: SessionOptions): Promise<Results> {
  const date = new Date().toISOString();
  const targets = resolveTargets(options.targets);
  const oracle = oracleFor(targets);
  const results = await runPrograms(programs, targets, oracle, {
    runs: options.runs,
    timeoutSeconds: options.timeoutSeconds,
    inProcess: options.inProcess,
    measurer: oracle !== null ? 'python3' : null,
    ...(options.progress ? { progress: options.progress } : {}),
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    sources: [
      {
        machine: machineInfo(targets, pythonVersion),
        pvmCommit: pvmCommit(),
        date,
        suite,
        runs: options.runs,
        timeoutSeconds: options.timeoutSeconds,
      },
    ],
    targets: targets.map((target) => target.info),
    results,
  };
}

export function runSuite(suite: string, options: SessionOptions): Promise<Results> {
  const programs = suiteItems(suite).map(({ entry, size }) => ({
    name: entry.name,
    file: benchmarkFile(entry),
    args: [String(size)],
    size,
    ...(entry.onlyTargets ? { onlyTargets: entry.onlyTargets } : {}),
  }));
  return run(programs, suite, options);
}

export function runOneProgram(file: string, args: readonly string[], options: SessionOptions): Promise<Results> {
  const absolute = path.resolve(file);
  return run([{ name: path.basename(file), file: absolute, args, size: 0 }], `compare ${path.basename(file)}`, options);
}

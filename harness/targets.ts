// The targets a benchmark runs on: every pvm backend in the registry, plus
// the reference interpreters python3 (the oracle) and pypy3 when installed.
// A target knows the command that runs a program as a whole process and the
// command that times repeated runs inside one process; tests build fake
// targets from the same interface.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { backendNames, getBackend } from '../backends/index.js';
import '../backends/registry.js';
import { distHarness, repoRoot } from './paths.js';
import type { TargetInfo } from './results.js';

/** How the in-process timer repeats a program. */
export interface InProcessPlan {
  readonly warmup: number;
  readonly iterations: number;
  /** Stop taking samples once this much time went by (at least one sample is always taken). */
  readonly budgetSeconds: number;
}

export interface Target {
  readonly info: TargetInfo;
  /** Address-space cap the measuring wrapper applies (0: none). */
  readonly memoryCapMb: number;
  /** argv that runs FILE with ARGS as a whole process. */
  processCommand(file: string, args: readonly string[]): string[];
  /** argv that times repeated runs in one process and reports InProcessReport JSON on fd 3; null when unsupported. */
  inProcessCommand(file: string, args: readonly string[], plan: InProcessPlan): string[] | null;
}

/** What the in-process timers (harness/child.ts, harness/pytiming.py) write to fd 3. */
export interface InProcessReport {
  readonly warmupMs?: number[];
  readonly samplesMs?: number[];
  readonly counters?: Record<string, number>;
  readonly exitStatus?: number;
  readonly error?: string;
}

/** pvm's heap cap (node's --max-old-space-size) and the references' address-space cap. */
export const PVM_HEAP_MB = 4096;
export const REFERENCE_MEMORY_MB = 4096;

export const REFERENCE_NAMES = ['python3', 'pypy3'] as const;

function pvmTarget(name: string): Target {
  const backend = getBackend(name);
  const node = process.execPath;
  const heap = `--max-old-space-size=${PVM_HEAP_MB}`;
  return {
    info: { name, kind: 'pvm', description: backend?.description ?? `pvm backend ${name}`, available: true, version: null },
    memoryCapMb: 0,
    processCommand: (file, args) => [node, heap, path.join(repoRoot(), 'bin', 'pvm.js'), 'run', '--backend', name, file, ...args],
    inProcessCommand: (file, args, plan) => [
      node,
      heap,
      path.join(distHarness(), 'child.js'),
      JSON.stringify({ backend: name, file, args, ...plan }),
    ],
  };
}

/** The version line of a Python interpreter on PATH, or null when it is not there. */
export function pythonVersion(executable: string): string | null {
  const probe = spawnSync(
    executable,
    ['-c', 'import platform, sys; v = getattr(sys, "pypy_version_info", None); print(platform.python_implementation(), platform.python_version() + ("" if v is None else " (PyPy %d.%d.%d)" % v[:3]))'],
    { encoding: 'utf8', timeout: 20_000 },
  );
  if (probe.error !== undefined || probe.status !== 0) return null;
  return probe.stdout.trim() || null;
}

function referenceTarget(name: string, version: string | null): Target {
  const installHint = name === 'pypy3' ? 'not installed (apt-get install -y pypy3)' : 'not installed';
  return {
    info: {
      name,
      kind: 'reference',
      description: version ?? installHint,
      available: version !== null,
      version,
    },
    memoryCapMb: REFERENCE_MEMORY_MB,
    processCommand: (file, args) => [name, file, ...args],
    inProcessCommand: (file, args, plan) => [
      name,
      path.join(repoRoot(), 'harness', 'pytiming.py'),
      file,
      String(plan.warmup),
      String(plan.iterations),
      String(plan.budgetSeconds),
      ...args,
    ],
  };
}

/** Every known target name: pvm's registered backends, then the references. */
export function allTargetNames(): string[] {
  return [...backendNames(), ...REFERENCE_NAMES];
}

/**
 * The targets to run, in the order given (default: all). Unknown names are an
 * error; a reference that is not installed is returned with available=false
 * so results and reports can say so.
 */
export function resolveTargets(selected?: readonly string[]): Target[] {
  const names = selected && selected.length > 0 ? selected : allTargetNames();
  const known = new Set(allTargetNames());
  const unknown = names.filter((name) => !known.has(name));
  if (unknown.length > 0) throw new Error(`unknown target ${unknown.join(', ')} (targets: ${allTargetNames().join(', ')})`);
  return names.map((name) =>
    (REFERENCE_NAMES as readonly string[]).includes(name) ? referenceTarget(name, pythonVersion(name)) : pvmTarget(name),
  );
}

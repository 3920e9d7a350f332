// The harness's runner: every program on every target, correctness first.
// Each run is a whole process whose stdout and exit status are compared with
// CPython's; a target that differs, crashes or hangs is marked and its
// timings do not count, and the runner carries on with the next one. Then,
// for targets that agree, the in-process timer gives warm-up curves.
// Invariant: a failing, hanging or missing target never stops the run.
import { runProcess, type ProcessOutcome } from './process.js';
import { silentProgress, type Progress } from './progress.js';
import { REFERENCE_TARGET, withRatios, type BenchmarkResult, type Difference, type InProcessTimes, type Status } from './results.js';
import { summarize } from './stats.js';
import type { InProcessPlan, InProcessReport, Target } from './targets.js';

export interface RunnerOptions {
  /** Whole-process runs per target. */
  readonly runs: number;
  readonly timeoutSeconds: number;
  /** How to time in-process repeated runs, or null to skip them. */
  readonly inProcess: InProcessPlan | null;
  /** python3 to run the measuring wrapper with, or null when it is missing. */
  readonly measurer: string | null;
  readonly progress?: Progress;
}

/** One program to run: a bm_*.py of a suite, or any file for `pvm compare`. */
export interface Program {
  readonly name: string;
  readonly file: string;
  readonly args: readonly string[];
  /** The size reported in results (argv[1] for benchmarks, 0 otherwise). */
  readonly size: number;
  readonly onlyTargets?: readonly string[];
}

/** CPython's answer for one program: what every target must print. */
interface Expected {
  readonly stdout: string;
  readonly exitStatus: number;
}

interface Verdict {
  readonly status: Status;
  readonly difference?: Difference;
  readonly detail?: string;
}

const STDERR_TAIL_LINES = 3;
const MAX_DETAIL_LINE = 200;

export async function runPrograms(
  programs: readonly Program[],
  targets: readonly Target[],
  oracle: Target | null,
  options: RunnerOptions,
): Promise<BenchmarkResult[]> {
  const progress = options.progress ?? silentProgress;
  const total = programs.length * targets.length;
  const results: BenchmarkResult[] = [];
  let done = 0;
  for (const program of programs) {
    // Run the reference first: its output is what the others are checked against.
    const ordered = [...targets].sort((a, b) => Number(b.info.name === REFERENCE_TARGET) - Number(a.info.name === REFERENCE_TARGET));
    let expected: Expected | null = null;
    if (oracle !== null && oracle.info.available && !targets.some((target) => target.info.name === REFERENCE_TARGET)) {
      expected = await oracleAnswer(program, oracle, options);
    }
    for (const target of ordered) {
      progress.step({ benchmark: program.name, target: target.info.name, done, total });
      const result = await runOnTarget(program, target, expected, options);
      if (target.info.name === REFERENCE_TARGET && result.expected !== undefined) expected = result.expected;
      results.push(result.result);
      done += 1;
    }
  }
  progress.finish();
  // Keep the caller's target order within each program.
  const order = new Map(targets.map((target, index) => [target.info.name, index]));
  const sorted = programs.flatMap((program) =>
    results.filter((result) => result.benchmark === program.name).sort((a, b) => order.get(a.target)! - order.get(b.target)!),
  );
  return withRatios(sorted);
}

async function oracleAnswer(program: Program, oracle: Target, options: RunnerOptions): Promise<Expected | null> {
  const outcome = await runProcess(oracle.processCommand(program.file, program.args), processOptions(oracle, options));
  if (outcome.startError !== undefined || outcome.timedOut || outcome.exitStatus === null) return null;
  return { stdout: outcome.stdout, exitStatus: outcome.exitStatus };
}

function processOptions(target: Target, options: RunnerOptions) {
  return { timeoutSeconds: options.timeoutSeconds, memoryCapMb: target.memoryCapMb, measurer: options.measurer };
}

async function runOnTarget(
  program: Program,
  target: Target,
  expected: Expected | null,
  options: RunnerOptions,
): Promise<{ result: BenchmarkResult; expected?: Expected }> {
  const base = { benchmark: program.name, size: program.size, target: target.info.name, ratioToCPython: null, noisy: false };
  if (!target.info.available) return { result: { ...base, status: 'not-installed', detail: target.info.description } };
  if (program.onlyTargets !== undefined && !program.onlyTargets.includes(target.info.name)) {
    return { result: { ...base, status: 'skipped', detail: `written for ${program.onlyTargets.join(', ')}` } };
  }
  const isReference = target.info.name === REFERENCE_TARGET;
  const samplesMs: number[] = [];
  const peakRssKb: number[] = [];
  const cpuMs: number[] = [];
  let answer = expected;
  let verdict: Verdict = { status: 'ok' };
  for (let run = 0; run < options.runs; run++) {
    const outcome = await runProcess(target.processCommand(program.file, program.args), processOptions(target, options));
    // The reference checks itself against its own first run: a nondeterministic program is 'wrong' everywhere.
    if (isReference && answer === null && outcome.exitStatus !== null && !outcome.timedOut) {
      answer = { stdout: outcome.stdout, exitStatus: outcome.exitStatus };
    }
    verdict = judge(outcome, answer, options.timeoutSeconds);
    if (verdict.status !== 'ok' && verdict.status !== 'unchecked') break;
    samplesMs.push(outcome.wallMs);
    if (outcome.peakRssKb !== null) peakRssKb.push(outcome.peakRssKb);
    if (outcome.cpuMs !== null) cpuMs.push(outcome.cpuMs);
  }
  const counted = verdict.status === 'ok' || verdict.status === 'unchecked';
  const result: BenchmarkResult = {
    ...base,
    status: verdict.status,
    ...(verdict.difference ? { difference: verdict.difference } : {}),
    ...(verdict.detail ? { detail: verdict.detail } : {}),
    ...(counted && samplesMs.length > 0 ? { process: { ...summarize(samplesMs), samplesMs, peakRssKb, cpuMs } } : {}),
  };
  const timed = counted && options.inProcess !== null ? await inProcess(program, target, options.inProcess, options) : {};
  return { result: { ...result, ...timed }, ...(isReference && answer !== null ? { expected: answer } : {}) };
}

async function inProcess(
  program: Program,
  target: Target,
  plan: InProcessPlan,
  options: RunnerOptions,
): Promise<Pick<BenchmarkResult, 'inProcess' | 'inProcessError' | 'counters'>> {
  const command = target.inProcessCommand(program.file, program.args, plan);
  if (command === null) return {};
  const outcome = await runProcess(command, {
    timeoutSeconds: plan.budgetSeconds + 2 * options.timeoutSeconds,
    memoryCapMb: 0,
    measurer: null,
  });
  if (outcome.timedOut) return { inProcessError: 'timed out' };
  let report: InProcessReport;
  try {
    report = JSON.parse(outcome.fd3 ?? '') as InProcessReport;
  } catch {
    return { inProcessError: `no report (exit status ${outcome.exitStatus ?? outcome.signal}): ${stderrTail(outcome.stderr)}` };
  }
  if (report.error !== undefined) return { inProcessError: report.error.split('\n').slice(0, STDERR_TAIL_LINES).join(' | ') };
  const counters = report.counters && Object.keys(report.counters).length > 0 ? { counters: report.counters } : {};
  if (report.exitStatus !== undefined && report.exitStatus !== 0) {
    return { inProcessError: `repeated runs exited with status ${report.exitStatus}`, ...counters };
  }
  const samplesMs = report.samplesMs ?? [];
  if (samplesMs.length === 0) return { inProcessError: 'no samples', ...counters };
  const times: InProcessTimes = { ...summarize(samplesMs), warmupMs: report.warmupMs ?? [], samplesMs };
  return { inProcess: times, ...counters };
}

/** Compares one run with CPython's answer. */
export function judge(outcome: ProcessOutcome, expected: Expected | null, timeoutSeconds: number): Verdict {
  if (outcome.startError !== undefined) return { status: 'crashed', detail: outcome.startError };
  if (outcome.timedOut) return { status: 'timeout', detail: `no result within ${timeoutSeconds} s` };
  if (outcome.exitStatus === null) {
    return { status: 'crashed', detail: joinDetail(`killed by ${outcome.signal ?? 'a signal'}`, stderrTail(outcome.stderr)) };
  }
  if (expected === null) return { status: 'unchecked', detail: 'no CPython output to compare with' };
  const difference = firstDifference(expected.stdout, outcome.stdout);
  if (outcome.exitStatus !== expected.exitStatus) {
    const status = outcome.exitStatus !== 0 ? 'crashed' : 'wrong';
    return {
      status,
      difference: difference ?? { line: 0, expected: `exit status ${expected.exitStatus}`, actual: `exit status ${outcome.exitStatus}` },
      detail: joinDetail(`exit status ${outcome.exitStatus}, CPython's ${expected.exitStatus}`, stderrTail(outcome.stderr)),
    };
  }
  if (difference !== null) return { status: 'wrong', difference };
  return { status: 'ok' };
}

/** The first line where two outputs differ, or null when they are equal. */
export function firstDifference(expected: string, actual: string): Difference | null {
  if (expected === actual) return null;
  const want = expected.split('\n');
  const got = actual.split('\n');
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    if (want[i] !== got[i]) {
      return { line: i + 1, expected: want[i] ?? '<end of output>', actual: got[i] ?? '<end of output>' };
    }
  }
  throw new Error('outputs differ but no line does');
}

/**
 * The lines of stderr that say what went wrong: for a Python traceback, the
 * innermost frame and the exception; otherwise (an internal error, a crash)
 * the first line, which names the problem, and the last lines. CPython's
 * caret lines (`~~~^~~~`) say nothing without their source line, so they go.
 */
function stderrTail(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^[~^]+$/.test(line))
    .map((line) => (line.length > MAX_DETAIL_LINE ? `${line.slice(0, MAX_DETAIL_LINE)}...` : line));
  if (lines[0] === 'Traceback (most recent call last):') {
    const frames = lines.map((line, index) => (line.startsWith('File "') ? index : -1)).filter((index) => index >= 0);
    const innermost = frames[frames.length - 1];
    if (innermost !== undefined) return [...new Set([...lines.slice(innermost, innermost + 2), lines[lines.length - 1]!])].join(' | ');
  }
  if (lines.length <= STDERR_TAIL_LINES) return lines.join(' | ');
  return [lines[0]!, '...', ...lines.slice(-(STDERR_TAIL_LINES - 1))].join(' | ');
}

function joinDetail(head: string, tail: string): string {
  return tail ? `${head}: ${tail}` : head;
}

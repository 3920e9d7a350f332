// Runs one target process and measures it: stdout, stderr, exit status, wall
// time and peak RSS, with a timeout and a memory cap. Every target (pvm's
// backends and the reference interpreters) goes through the same wrapper,
// harness/measure.py, so whole-process figures compare like with like.
// Invariant: never throws for a failing or hanging command; never waits
// longer than the timeout plus a grace period.
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { repoRoot } from './paths.js';

export interface ProcessOptions {
  readonly timeoutSeconds: number;
  /** Address-space cap in MiB applied by the wrapper (0: none; pvm caps its heap with node flags instead). */
  readonly memoryCapMb: number;
  /** The interpreter that runs measure.py (python3, or null to measure without it: no RSS, same timeout). */
  readonly measurer: string | null;
  /** Text fed to the command's stdin. */
  readonly stdin?: string;
}

export interface ProcessOutcome {
  readonly stdout: string;
  readonly stderr: string;
  /** null when the process did not exit normally. */
  readonly exitStatus: number | null;
  /** The signal's name when the process was killed (SIGKILL for a timeout). */
  readonly signal: string | null;
  readonly timedOut: boolean;
  readonly wallMs: number;
  readonly peakRssKb: number | null;
  /** User + system CPU time of the process, when it could be measured. */
  readonly cpuMs: number | null;
  /** Set when the command could not be started at all. */
  readonly startError?: string;
  /** What an unmeasured command wrote to fd 3 (the in-process timers report there). */
  readonly fd3?: string;
}

/** Output beyond this is dropped: benchmarks print a few lines, a runaway loop must not fill memory. */
const MAX_CAPTURE_BYTES = 8 * 1024 * 1024;
/** How long past the timeout before the wrapper itself is killed. */
const GRACE_MS = 5000;

interface MeasureReport {
  wallMs?: number;
  peakRssKb?: number;
  cpuMs?: number;
  exitStatus?: number | null;
  signal?: string | null;
  timedOut?: boolean;
  error?: string;
}

/** Detached children (their own process groups) still running: a Ctrl-C of the harness must not orphan them. */
const liveGroups = new Set<number>();
let cleanupInstalled = false;

function killLiveGroups(): void {
  for (const pid of liveGroups) killTree(pid, true);
  liveGroups.clear();
}

function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on('exit', killLiveGroups);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      killLiveGroups();
      process.kill(process.pid, signal);
    });
  }
}

export function runProcess(command: readonly string[], options: ProcessOptions): Promise<ProcessOutcome> {
  const measured = options.measurer !== null;
  const argv = measured
    ? [options.measurer!, path.join(repoRoot(), 'harness', 'measure.py'), String(options.timeoutSeconds), String(options.memoryCapMb), '--', ...command]
    : [...command];
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(argv[0]!, argv.slice(1), {
      stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
      detached: !measured,
    });
    if (!measured && child.pid !== undefined) {
      installCleanup();
      liveGroups.add(child.pid);
    }
    const stdout = new Capture();
    const stderr = new Capture();
    const report = new Capture();
    child.stdout!.on('data', (chunk: Buffer) => stdout.add(chunk));
    child.stderr!.on('data', (chunk: Buffer) => stderr.add(chunk));
    (child.stdio[3] as NodeJS.ReadableStream | null)?.on('data', (chunk: Buffer) => report.add(chunk));
    child.stdin!.on('error', () => undefined);
    child.stdin!.end(options.stdin ?? '');
    let killedByUs = false;
    const limitMs = options.timeoutSeconds * 1000 + (measured ? GRACE_MS : 0);
    const timer = setTimeout(() => {
      killedByUs = true;
      killTree(child.pid, !measured);
    }, limitMs);
    let spawnError: string | undefined;
    child.on('error', (error) => {
      spawnError = error.message;
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (child.pid !== undefined) liveGroups.delete(child.pid);
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (spawnError !== undefined) {
        resolve(failure(`cannot start ${argv[0]}: ${spawnError}`, wallMs));
        return;
      }
      if (!measured) {
        resolve({
          stdout: stdout.text(),
          stderr: stderr.text(),
          exitStatus: killedByUs ? null : code,
          signal: killedByUs ? 'SIGKILL' : signal,
          timedOut: killedByUs,
          wallMs,
          peakRssKb: null,
          cpuMs: null,
          fd3: report.text(),
        });
        return;
      }
      let measurement: MeasureReport;
      try {
        measurement = JSON.parse(report.text()) as MeasureReport;
      } catch {
        const why = killedByUs ? 'the measuring wrapper did not finish in time' : `the measuring wrapper failed: ${stderr.text().trim().split('\n').pop() ?? ''}`;
        resolve({ ...failure(why, wallMs), timedOut: killedByUs, stdout: stdout.text(), stderr: stderr.text() });
        return;
      }
      if (measurement.error !== undefined) {
        resolve(failure(measurement.error, wallMs));
        return;
      }
      resolve({
        stdout: stdout.text(),
        stderr: stderr.text(),
        exitStatus: measurement.exitStatus ?? null,
        signal: measurement.signal ?? null,
        timedOut: measurement.timedOut === true,
        wallMs: measurement.wallMs ?? wallMs,
        peakRssKb: measurement.peakRssKb ?? null,
        cpuMs: measurement.cpuMs ?? null,
      });
    });
  });
}

function failure(message: string, wallMs: number): ProcessOutcome {
  return { stdout: '', stderr: '', exitStatus: null, signal: null, timedOut: false, wallMs, peakRssKb: null, cpuMs: null, startError: message };
}

/** Kills a detached child's whole process group, else the child alone. */
function killTree(pid: number | undefined, group: boolean): void {
  if (pid === undefined) return;
  try {
    process.kill(group ? -pid : pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

class Capture {
  private chunks: Buffer[] = [];
  private size = 0;

  add(chunk: Buffer): void {
    if (this.size >= MAX_CAPTURE_BYTES) return;
    this.chunks.push(chunk);
    this.size += chunk.length;
  }

  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

// In-process timer for one pvm backend, run as its own process by the
// harness (one process per target, so no JIT state is shared). Compiles the
// program once, then times whole-program runs in fresh interpreter states
// with tinybench: warm-up iterations, then samples, every iteration kept.
// Runs the work in a Worker with a big stack, as `pvm run` does, and writes
// an InProcessReport as JSON to fd 3. Argument: the JSON of a ChildRequest.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { Bench } from 'tinybench';
import { getBackend, type Counters } from '../backends/index.js';
import '../backends/registry.js';
import { compile } from '../frontend/index.js';
import type { InProcessPlan, InProcessReport } from './targets.js';

interface ChildRequest extends InProcessPlan {
  readonly backend: string;
  readonly file: string;
  readonly args: readonly string[];
}

const WORKER_STACK_MB = 256;

async function timeProgram(request: ChildRequest): Promise<InProcessReport> {
  const backend = getBackend(request.backend);
  if (backend === undefined) return { error: `unknown backend '${request.backend}'` };
  const filename = path.resolve(request.file);
  const code = compile(fs.readFileSync(filename, 'utf8'), filename);
  const discard = (): void => undefined;
  const options = { argv: [request.file, ...request.args], filename, stdout: discard, stderr: discard };
  const warmupMs: number[] = [];
  const samplesMs: number[] = [];
  let phase: 'warmup' | 'run' = 'warmup';
  let counters: Counters = {};
  let exitStatus = 0;
  const started = performance.now();
  const bench = new Bench({
    warmup: request.warmup > 0,
    warmupIterations: request.warmup,
    warmupTime: 0,
    iterations: request.iterations,
    time: 0,
    throws: true,
  });
  bench.add(request.file, () => {
    // Over budget, later iterations return at once and are not recorded: tinybench's counts are fixed up front.
    const overBudget = performance.now() - started > request.budgetSeconds * 1000;
    if (overBudget && (phase === 'warmup' || samplesMs.length > 0)) return;
    const t0 = performance.now();
    const result = backend.run(code, options);
    const elapsed = performance.now() - t0;
    (phase === 'warmup' ? warmupMs : samplesMs).push(elapsed);
    counters = result.counters;
    exitStatus = result.exitStatus;
  }, {
    // Declared synchronous: otherwise tinybench calls the task once more to find out.
    async: false,
    beforeAll(mode) {
      phase = mode === 'warmup' ? 'warmup' : 'run';
    },
  });
  await bench.run();
  return { warmupMs, samplesMs, counters, exitStatus };
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

if (isMainThread) {
  const request = JSON.parse(process.argv[2] ?? '{}') as ChildRequest;
  const worker = new Worker(new URL(import.meta.url), { workerData: request, resourceLimits: { stackSizeMb: WORKER_STACK_MB } });
  let report: InProcessReport = { error: 'the timing worker ended without a report' };
  worker.on('message', (message: InProcessReport) => {
    report = message;
  });
  worker.on('error', (error) => {
    report = { error: describe(error) };
  });
  worker.on('exit', () => {
    fs.writeSync(3, JSON.stringify(report));
    process.exitCode = report.error === undefined ? 0 : 1;
  });
} else {
  timeProgram(workerData as ChildRequest).then(
    (report) => parentPort!.postMessage(report),
    (error: unknown) => parentPort!.postMessage({ error: describe(error) }),
  );
}

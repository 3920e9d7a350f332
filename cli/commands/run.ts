// `pvm run [--backend NAME] [--stats] FILE [ARGS...]` and `pvm run -c CODE [ARGS...]`.
// The main thread only validates the command line and reads the program; the
// program itself runs in a Worker (runWorker.ts) whose big stack lets deep
// Python recursion reach sys.getrecursionlimit() before JS overflows.
// Exit status is CPython's: 0, 1 for an uncaught exception, SystemExit's code,
// 2 for a usage error or a file that cannot be opened.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Argv, CommandModule } from 'yargs';
import { backendNames } from '../../backends/index.js';
import '../../backends/registry.js';
import type { WorkerOutcome, WorkerRequest } from './runWorker.js';

/** The Worker's stack: 1000 Python frames need a few MB; this leaves room for limits of 100,000 and more. */
const WORKER_STACK_MB = 512;

interface RunArgs {
  backend: string;
  stats: boolean;
  c?: string;
  args: string[];
}

export const runCommand: CommandModule<object, RunArgs> = {
  command: 'run [args..]',
  describe: 'Run a Python program (FILE [ARGS...] or -c CODE [ARGS...])',
  builder: (yargs: Argv<object>) =>
    yargs
      .parserConfiguration({ 'halt-at-non-option': true, 'unknown-options-as-args': true })
      .option('backend', { alias: 'b', type: 'string', default: 'vm', describe: 'Execution backend' })
      .option('stats', { type: 'boolean', default: false, describe: "Print the backend's counters to stderr" })
      .option('c', { type: 'string', describe: 'Program passed in as a string' })
      .positional('args', { type: 'string', array: true, default: [] as string[] }) as unknown as Argv<RunArgs>,
  handler: async (argv) => {
    process.exitCode = await runProgram(argv);
  },
};

async function runProgram(argv: RunArgs): Promise<number> {
  const names = backendNames();
  if (!names.includes(argv.backend)) {
    process.stderr.write(`pvm run: unknown backend '${argv.backend}' (registered: ${names.join(', ')})\n`);
    return 2;
  }
  const rest = (argv.args ?? []).map(String);
  let request: WorkerRequest;
  if (argv.c !== undefined) {
    request = { backend: argv.backend, stats: argv.stats, filename: '<string>', source: argv.c, argv: ['-c', ...rest] };
  } else {
    const file = rest[0];
    if (file === undefined) {
      process.stderr.write('pvm run: give a FILE to run or -c CODE\n');
      return 2;
    }
    // CPython 3.11 names the main script by its absolute path in tracebacks and __file__.
    const absolute = path.resolve(file);
    let source: string;
    try {
      source = fs.readFileSync(absolute, 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'EISDIR' ? "[Errno 21] Is a directory" : '[Errno 2] No such file or directory';
      process.stderr.write(`pvm: can't open file '${absolute}': ${reason}\n`);
      return 2;
    }
    request = { backend: argv.backend, stats: argv.stats, filename: absolute, source, argv: [file, ...rest.slice(1)] };
  }
  return runInWorker(request);
}

function runInWorker(request: WorkerRequest): Promise<number> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./runWorker.js', import.meta.url), {
      workerData: request,
      resourceLimits: { stackSizeMb: WORKER_STACK_MB },
      stdout: false,
      stderr: false,
    });
    let outcome: WorkerOutcome | undefined;
    worker.on('message', (message: WorkerOutcome) => {
      outcome = message;
    });
    worker.on('error', (error) => {
      process.stderr.write(`pvm: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
      outcome = { exitStatus: 1 };
    });
    worker.on('exit', () => resolve(outcome?.exitStatus ?? 1));
  });
}

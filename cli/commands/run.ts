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

/**
 * Everything after `run` is parsed here rather than by yargs: options end at
 * the first non-option (the FILE) or with -c CODE, and whatever follows goes
 * to the program untouched, as with `python3 FILE ARGS...`.
 */
function parseRunArgs(raw: string[]): RunArgs | string {
  const parsed: RunArgs = { backend: 'vm', stats: false, args: [] };
  let i = 0;
  while (i < raw.length) {
    const arg = raw[i]!;
    if (arg === '--stats') {
      parsed.stats = true;
      i++;
    } else if (arg === '--backend' || arg === '-b') {
      if (i + 1 >= raw.length) return `${arg} needs a backend name`;
      parsed.backend = raw[i + 1]!;
      i += 2;
    } else if (arg.startsWith('--backend=')) {
      parsed.backend = arg.slice('--backend='.length);
      i++;
    } else if (arg === '-c') {
      if (i + 1 >= raw.length) return 'Argument expected for the -c option';
      parsed.c = raw[i + 1]!;
      parsed.args = raw.slice(i + 2);
      return parsed;
    } else if (arg.startsWith('-') && arg !== '-') {
      return `unknown option ${arg}`;
    } else {
      parsed.args = raw.slice(i);
      return parsed;
    }
  }
  return parsed;
}

export const runCommand: CommandModule<object, { _: (string | number)[] }> = {
  command: 'run',
  describe: 'Run a Python program: pvm run [--backend NAME] [--stats] (FILE | -c CODE) [ARGS...]',
  builder: (yargs: Argv<object>) =>
    yargs.parserConfiguration({ 'halt-at-non-option': true }) as unknown as Argv<{ _: (string | number)[] }>,
  handler: async (argv) => {
    let raw = argv._.slice(1).map(String);
    if (raw[0] === 'run') raw = raw.slice(1);
    const parsed = parseRunArgs(raw);
    if (typeof parsed === 'string') {
      process.stderr.write(`pvm run: ${parsed}\nusage: pvm run [--backend NAME] [--stats] (FILE | -c CODE) [ARGS...]\n`);
      process.exitCode = 2;
      return;
    }
    process.exitCode = await runProgram(parsed);
  },
};

async function runProgram(argv: RunArgs): Promise<number> {
  const names = backendNames();
  if (!names.includes(argv.backend)) {
    process.stderr.write(`pvm run: unknown backend '${argv.backend}' (registered: ${names.join(', ')})\n`);
    return 2;
  }
  const rest = argv.args;
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

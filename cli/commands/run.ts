// `pvm run [--backend NAME] [--stats] [-W OPTION] FILE [ARGS...]` and `pvm run -c CODE [ARGS...]`.
// The main thread only splits the command line (it loads neither yargs nor the
// runtime, to start fast); the Worker (runWorker.ts) checks the backend, reads
// the program and runs it on a big stack, so deep Python recursion reaches
// sys.getrecursionlimit() before JS overflows.
// Exit status is CPython's: 0, 1 for an uncaught exception, SystemExit's code,
// 2 for a usage error or a file that cannot be opened.
import { Worker } from 'node:worker_threads';
import type { Argv, CommandModule } from 'yargs';
import type { WorkerOutcome, WorkerRequest } from './runWorker.js';

/** The Worker's stack: 1000 Python frames need a few MB; this leaves room for limits of 100,000 and more. */
const WORKER_STACK_MB = 512;

/**
 * Everything after `run` is parsed here rather than by yargs: options end at
 * the first non-option (the FILE) or with -c CODE, and whatever follows goes
 * to the program untouched, as with `python3 FILE ARGS...`.
 */
function parseRunArgs(raw: string[]): WorkerRequest | string {
  const parsed: WorkerRequest = { backend: 'vm', stats: false, args: [], warnOptions: [] };
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
    } else if (arg === '-W') {
      if (i + 1 >= raw.length) return 'Argument expected for the -W option';
      parsed.warnOptions.push(raw[i + 1]!);
      i += 2;
    } else if (arg.startsWith('-W')) {
      parsed.warnOptions.push(arg.slice(2));
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

/** `pvm run ARGS...` with ARGS as typed (main.ts calls this without yargs); returns the exit status. */
export async function runFromCommandLine(raw: string[]): Promise<number> {
  const parsed = parseRunArgs(raw);
  if (typeof parsed === 'string') {
    process.stderr.write(`pvm run: ${parsed}\nusage: pvm run [--backend NAME] [--stats] (FILE | -c CODE) [ARGS...]\n`);
    return 2;
  }
  return runInWorker(parsed);
}

/** The yargs form, for `pvm --help`; main.ts sends `pvm run ...` to runFromCommandLine directly. */
export const runCommand: CommandModule<object, { _: (string | number)[] }> = {
  command: 'run',
  describe: 'Run a Python program: pvm run [--backend NAME] [--stats] (FILE | -c CODE) [ARGS...]',
  builder: (yargs: Argv<object>) =>
    yargs.parserConfiguration({ 'halt-at-non-option': true }) as unknown as Argv<{ _: (string | number)[] }>,
  handler: async (argv) => {
    let raw = argv._.slice(1).map(String);
    if (raw[0] === 'run') raw = raw.slice(1);
    process.exitCode = await runFromCommandLine(raw);
  },
};

function runInWorker(request: WorkerRequest): Promise<number> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./workerEntry.js', import.meta.url), {
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
    worker.on('exit', () => {
      const status = outcome?.exitStatus ?? 1;
      // A negative status is a signal CPython kills itself with (SIGINT after KeyboardInterrupt).
      if (status < 0) process.kill(process.pid, -status);
      resolve(status);
    });
  });
}

// The Worker half of `pvm run`: checks the backend name, reads the program
// (CPython's messages and status 2 when it cannot), compiles it, runs it on
// the chosen backend and talks to the process's file descriptors directly. stdout is
// batched and flushed at exit, when the batch grows, before stderr is written
// and before stdin is read, so the two streams interleave as CPython's do on
// a terminal. The outcome (exit status) goes back to the main thread.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { backendNames, getBackend } from '../../backends/index.js';
import '../../backends/registry.js';
import { compile } from '../../frontend/index.js';
import { PySyntaxError, formatSyntaxError, formatCompileWarning, WarningSink } from '../../frontend/errors.js';

/** `pvm run`'s command line, split by run.ts. */
export interface WorkerRequest {
  backend: string;
  stats: boolean;
  /** The program text given with -c; absent when it comes from a file. */
  c?: string;
  /** After -c CODE: sys.argv[1:]; else the FILE followed by sys.argv[1:]. */
  args: string[];
  /** The -W options, in command-line order. */
  warnOptions: string[];
}

/** What runs: the script's name as tracebacks show it, its text and sys.argv. */
interface Program {
  filename: string;
  source: string;
  argv: string[];
}

export interface WorkerOutcome {
  exitStatus: number;
}

const STDOUT_BATCH_CHARS = 1 << 16;

/** Writes all of `text` to `fd`, waiting out EAGAIN on descriptors Node left non-blocking. */
function writeAll(fd: number, text: string): void {
  let bytes = Buffer.from(text, 'utf8');
  while (bytes.length > 0) {
    try {
      const written = fs.writeSync(fd, bytes);
      bytes = bytes.subarray(written);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EPIPE') return;
      throw error;
    }
  }
}

class HostStdio {
  private pending: string[] = [];
  private pendingChars = 0;
  private inputBuffer = '';
  private inputEnded = false;
  private readonly decoder = new TextDecoder('utf-8');

  readonly stdout = (text: string): void => {
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= STDOUT_BATCH_CHARS) this.flush();
  };

  readonly stderr = (text: string): void => {
    this.flush();
    writeAll(2, text);
  };

  readonly readLine = (): string | null => {
    this.flush();
    for (;;) {
      const newline = this.inputBuffer.indexOf('\n');
      if (newline >= 0) {
        const line = this.inputBuffer.slice(0, newline + 1);
        this.inputBuffer = this.inputBuffer.slice(newline + 1);
        return line;
      }
      if (this.inputEnded) {
        const rest = this.inputBuffer;
        this.inputBuffer = '';
        return rest === '' ? null : rest;
      }
      this.readMore();
    }
  };

  flush(): void {
    if (this.pending.length === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    writeAll(1, text);
  }

  private readMore(): void {
    const chunk = Buffer.alloc(1 << 16);
    let count: number;
    try {
      count = fs.readSync(0, chunk, 0, chunk.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') return;
      if (code === 'EOF' || code === 'EBADF' || code === 'ENXIO') count = 0;
      else throw error;
    }
    if (count === 0) {
      this.inputBuffer += this.decoder.decode();
      this.inputEnded = true;
    } else {
      this.inputBuffer += this.decoder.decode(chunk.subarray(0, count), { stream: true });
    }
  }
}

function pythonPathFromEnvironment(): string[] {
  const value = process.env['PYTHONPATH'];
  return value ? value.split(':').filter((folder) => folder !== '') : [];
}

/** sys.warnoptions as CPython builds it: PYTHONWARNINGS' comma-separated entries, then the -W options. */
function warnOptions(request: WorkerRequest): string[] {
  const value = process.env['PYTHONWARNINGS'];
  const fromEnvironment = value ? value.split(',').map((o) => o.trim()).filter((o) => o !== '') : [];
  return [...fromEnvironment, ...request.warnOptions];
}

/** The program the request names, or the exit status after printing why there is none. */
function loadProgram(request: WorkerRequest, stdio: HostStdio): Program | number {
  const names = backendNames();
  if (!names.includes(request.backend)) {
    stdio.stderr(`pvm run: unknown backend '${request.backend}' (registered: ${names.join(', ')})\n`);
    return 2;
  }
  if (request.c !== undefined) return { filename: '<string>', source: request.c, argv: ['-c', ...request.args] };
  const file = request.args[0];
  if (file === undefined) {
    stdio.stderr('pvm run: give a FILE to run or -c CODE\n');
    return 2;
  }
  // CPython 3.11 names the main script by its absolute path in tracebacks and __file__.
  const absolute = path.resolve(file);
  try {
    return { filename: absolute, source: fs.readFileSync(absolute, 'utf8'), argv: [file, ...request.args.slice(1)] };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'EISDIR' ? '[Errno 21] Is a directory' : '[Errno 2] No such file or directory';
    stdio.stderr(`pvm: can't open file '${absolute}': ${reason}\n`);
    return 2;
  }
}

/**
 * The main script's compile warnings, shown before it runs as CPython's default
 * filters show them (pvm has no -W): SyntaxWarnings; DeprecationWarnings are
 * ignored, being issued for the file's module name, not '__main__'.
 */
function showMainWarnings(sink: WarningSink, source: string, stdio: HostStdio): void {
  let lines: string[] | null = null;
  for (const w of sink.warnings) {
    if (w.category !== 'SyntaxWarning') continue;
    lines ??= source.split(/\r\n?|\n/);
    stdio.stderr(formatCompileWarning(w, w.filename === '<string>' ? null : lines[w.lineno - 1] ?? null));
  }
}

function runRequest(request: WorkerRequest, stdio: HostStdio): number {
  const program = loadProgram(request, stdio);
  if (typeof program === 'number') return program;
  const backend = getBackend(request.backend)!;
  let code;
  const warnings = new WarningSink();
  try {
    code = compile(program.source, program.filename, warnings);
  } catch (error) {
    if (!(error instanceof PySyntaxError)) throw error;
    showMainWarnings(warnings, program.source, stdio);
    stdio.stderr(formatSyntaxError(request.c === undefined ? error.asFileError() : error));
    return 1;
  }
  showMainWarnings(warnings, program.source, stdio);
  const result = backend.run(code, {
    argv: program.argv,
    filename: program.filename,
    source: program.source,
    stdout: stdio.stdout,
    stderr: stdio.stderr,
    flushStdout: () => stdio.flush(),
    readLine: stdio.readLine,
    pythonPath: pythonPathFromEnvironment(),
    warnOptions: warnOptions(request),
  });
  stdio.flush();
  if (request.stats) {
    const lines = Object.entries(result.counters).map(([name, value]) => `${name}: ${value}\n`);
    stdio.stderr(`--- ${backend.name} stats ---\n${lines.join('')}`);
  }
  return result.exitStatus;
}

const stdio = new HostStdio();
const exitStatus = runRequest(workerData as WorkerRequest, stdio);
stdio.flush();
parentPort?.postMessage({ exitStatus } satisfies WorkerOutcome);

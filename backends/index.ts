// The Backend interface every execution strategy implements, and the registry
// that `pvm run --backend NAME` and the harness look backends up in.
// Invariant: backends differ only in how they execute the shared bytecode;
// what an operation means lives once in backends/runtime.
import type { CodeObject } from '../frontend/bytecode/code.js';

/** What a program run sees of the outside world. */
export interface RunOptions {
  /** `sys.argv`: argv[0] is the script path (or '-c'). */
  argv: string[];
  /** The script's path, used for tracebacks and as sys.path[0]'s folder ('<string>' for -c). */
  filename: string;
  /** The script's source text, for the source lines of tracebacks. */
  source?: string;
  /** Writes text to the program's stdout / stderr. */
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Pushes buffered stdout text out now (sys.stdout.flush()). */
  flushStdout?: () => void;
  /** Reads one line from stdin including its newline, or null at end of input. */
  readLine?: () => string | null;
  /** Extra module search folders (PYTHONPATH). */
  pythonPath?: string[];
  /** sys.warnoptions (PYTHONWARNINGS and -W), which the warnings module turns into filters. */
  warnOptions?: string[];
}

/** Counters a backend reports for `--stats`; names are stable, values are counts. */
export type Counters = Record<string, number>;

export interface RunResult {
  /**
   * The process exit status CPython would give: 0, 1 for an uncaught exception, or SystemExit's code;
   * negative when CPython dies by that signal (-2: SIGINT after an uncaught KeyboardInterrupt).
   */
  exitStatus: number;
  counters: Counters;
}

export interface Backend {
  /** The name users pass to --backend. */
  readonly name: string;
  /** One line for `--help` and reports. */
  readonly description: string;
  /** Runs a module's code object to completion in a fresh interpreter state. */
  run(code: CodeObject, options: RunOptions): RunResult;
}

const registry = new Map<string, Backend>();

export function registerBackend(backend: Backend): void {
  if (registry.has(backend.name)) throw new Error(`backend ${backend.name} registered twice`);
  registry.set(backend.name, backend);
}

export function getBackend(name: string): Backend | undefined {
  return registry.get(name);
}

export function backendNames(): string[] {
  return [...registry.keys()];
}

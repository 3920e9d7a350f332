// The `vm` backend: sets up one interpreter (builtins, sys, the import system,
// __main__), installs the eval loop as the runtime's Executor, runs the
// module's code and turns how it ended into CPython's exit status: 0, 1 with a
// traceback on stderr for an uncaught exception, or SystemExit's code.
// Invariant: one run per Worker, so module-level interpreter state is per run.
import * as path from 'node:path';
import { CodeFlags, type CodeObject } from '../../frontend/bytecode/code.js';
import type { Backend, RunOptions, RunResult } from '../index.js';
import '../runtime/index.js';
import { None, containers, raiseError, type PyValue } from '../runtime/object.js';
import { installExecutor } from '../runtime/interpreter.js';
import { createBuiltinsModule, installFrameAccess, type FrameInfo } from '../runtime/builtins.js';
import { PyFunction } from '../runtime/function.js';
import { LIB_FOLDER, initImports, newModule } from '../runtime/importer.js';
import { createSys, frameObject } from '../runtime/modules/sys.js';
import '../runtime/modules/index.js';
import { registerSource, tracebackFrames } from '../runtime/traceback.js';
import { reportUncaught } from '../runtime/uncaught.js';
import { runExitHooks } from '../runtime/exitHooks.js';
import { callFunction, execCode, thread, asPythonException } from './eval.js';
import { counters, resetCounters } from './counters.js';
import { markEscaped, type Frame } from './frame.js';
import { newDict } from '../runtime/dict.js';

function currentFrame(): Frame {
  if (thread.frame === null) throw new Error('internal: no Python frame is running');
  return thread.frame;
}

/** locals(): the namespace of a module or class body, else a snapshot of the function's variables. */
function frameLocals(frame: Frame): PyValue {
  if (frame.locals !== null) return frame.locals;
  const snapshot = newDict();
  const code = frame.code;
  code.varnames.forEach((name, i) => {
    const v = frame.fast[i];
    if (v !== undefined) snapshot.setStr(name, v);
  });
  [...code.cellvars, ...code.freevars].forEach((name, i) => {
    const v = frame.cells[i]?.value;
    if (v !== undefined) snapshot.setStr(name, v);
  });
  return snapshot;
}

/** What sys._getframe sees of a vm frame: its caller chain through `back`, its line from the saved pc. */
function frameInfo(frame: Frame | null): FrameInfo | null {
  if (frame === null) return null;
  markEscaped(frame);
  return {
    key: frame,
    code: frame.code,
    globals: frame.globals,
    locals: () => frameLocals(frame),
    lineno: () => frame.lineAt(Math.max(frame.pc - 1, 0)),
    lasti: () => Math.max(frame.pc - 1, 0),
    back: () => frameInfo(frame.back),
  };
}

/** super() without arguments: the calling frame's `__class__` cell and first argument. */
function zeroArgSuper(frame: Frame): [PyValue, PyValue] {
  const code = frame.code;
  if (code.argcount === 0 && (code.flags & CodeFlags.VARARGS) === 0) raiseError('RuntimeError', 'super(): no arguments');
  let self = frame.fast[0];
  const selfCell = code.cellvars.indexOf(code.varnames[0]!);
  if (selfCell >= 0) self = frame.cells[selfCell]?.value;
  if (self === undefined) raiseError('RuntimeError', 'super(): arg[0] deleted');
  const classIndex = code.freevars.indexOf('__class__');
  if (classIndex < 0) raiseError('RuntimeError', 'super(): __class__ cell not found');
  const cls = frame.cells[code.cellvars.length + classIndex]?.value;
  if (cls === undefined) raiseError('RuntimeError', 'super(): empty __class__ cell');
  return [cls, self];
}

function runModule(code: CodeObject, options: RunOptions): number {
  const builtinsModule = createBuiltinsModule();
  const modules = containers.newDict();
  const isFile = options.filename !== '<string>' && options.filename !== '<stdin>';
  const sysPath = [isFile ? path.dirname(options.filename) : '', ...(options.pythonPath ?? []), LIB_FOLDER];
  const sys = createSys({
    argv: options.argv,
    path: sysPath,
    modules,
    stdout: options.stdout,
    stderr: options.stderr,
    flushStdout: options.flushStdout ?? null,
    readLine: options.readLine ?? null,
    handledException: () => thread.handled,
    executable: process.execPath,
    warnOptions: options.warnOptions ?? [],
  });
  modules.setStr('sys', sys);
  initImports(modules, sys.dict.getStr('path')!, builtinsModule);
  const main = newModule('__main__');
  if (isFile) main.dict.setStr('__file__', options.filename);
  main.dict.setStr('__cached__', None);
  modules.setStr('__main__', main);
  if (options.source !== undefined && isFile) registerSource(options.filename, options.source);
  let status = 0;
  try {
    execCode(code, main.dict, main.dict, null);
  } catch (error) {
    const e = asPythonException(error);
    status = reportUncaught(e, sys);
  }
  runExitHooks(modules);
  return status;
}

export const vmBackend: Backend = {
  name: 'vm',
  description: 'a CPython-like stack VM: one switch over the bytecode, a value stack per frame',
  run(code: CodeObject, options: RunOptions): RunResult {
    resetCounters();
    thread.depth = 0;
    thread.handled = None;
    thread.frame = null;
    tracebackFrames.frameObject = (f) => frameObject(frameInfo(f as Frame)!);
    installFrameAccess({
      globals: () => currentFrame().globals,
      locals: () => frameLocals(currentFrame()),
      frame: () => frameInfo(thread.frame),
    });
    installExecutor({
      callFunction: (func: PyFunction, args: PyValue[], kwnames: readonly string[] | null) => callFunction(func, args, kwnames),
      execCode,
      zeroArgSuper: () => zeroArgSuper(currentFrame()),
      currentGlobals: () => currentFrame().globals,
    });
    const exitStatus = runModule(code, options);
    return { exitStatus, counters: { instructions: counters.instructions, calls: counters.calls, frames: counters.frames } };
  },
};

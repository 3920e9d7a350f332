// The vm's eval loop: one `switch` over the opcode numbers of opcodes.ts, a
// value stack per frame, the pc as an instruction index, exceptions found in
// code.exceptionTable. Python-to-Python calls from CALL are direct JS calls of
// `evalFrame` (the frame bound straight from the value stack); the runtime
// reaches Python code through the Executor (vm.ts).
// Semantics live in backends/runtime: this file dispatches, with inline fast
// paths only for exact small ints, floats, lists and tuples.
// Cases are numeric literals (`case 12 /* LOAD_FAST */:`) so V8 compiles the
// switch to a jump table; tests/vm/opcodeCoverage.test.ts checks every number
// against its name in opcodes.ts.
import type { CodeObject } from '../../frontend/bytecode/code.js';
import { OP_NAMES, MakeFunctionFlags } from '../../frontend/bytecode/opcodes.js';
import * as rt from '../runtime/abstract.js';
import * as bops from '../runtime/bytecodeOps.js';
import { newSlice } from '../runtime/slice.js';
import { PyList, ListIterator, listType, listDelItem } from '../runtime/list.js';
import { RangeIterator } from '../runtime/range.js';
import { PyTuple, tupleType } from '../runtime/tuple.js';
import { PyDict, dictType, dictGetItem, dictDelItem, newDict } from '../runtime/dict.js';
import { PySet, setAdd, setContains, setType, frozensetType } from '../runtime/set.js';
import { strGetItem, strContains } from '../runtime/str.js';
import { PyStrInstance, StrIterator, strPercent } from '../runtime/strMethods.js';
import { PyBaseException, PyObject, PyType, TypeFlags, None, raiseError, containers, builtinTypes, type PyValue, type StrDict } from '../runtime/object.js';
import { PyFloat, floatPow, floatFloorDiv, floatMod } from '../runtime/float.js';
import { PyFunction, PyCell, PyMethod, PyBuiltinFunction, bindArguments } from '../runtime/function.js';
import { state } from '../runtime/interpreter.js';
import { PyTraceback } from '../runtime/traceback.js';
import * as importer from '../runtime/importer.js';
import { Frame, acquireFrame, releaseFrame, markEscaped, type StackValue } from './frame.js';
import { UNSUPPORTED_CONSTRUCTS } from './unsupported.js';
import { counters } from './counters.js';
import { newInitCache, type GlobalCache } from './codeInfo.js';
import { loadAttr, loadMethod, loadMethodFallback, storeAttr, type AttrCaches } from './attrCache.js';
import { newInstance, plainInit, checkInitResult } from '../runtime/classes.js';
import { PySuper, superType, superMethod, newZeroArgSuper } from '../runtime/descriptors.js';
import { makeGenerator } from './generatorFrame.js';
import {
  sendTo, yieldFromIter, getAwaitable, wrapAsyncGenValue, PyGenerator, generatorType, nextStep, newStopIteration, closeDropped,
} from '../runtime/generator.js';
import { builtinFunctionOf } from '../runtime/builtins.js';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** The eval loop's view of the thread: call depth and the exception being handled (sys.exc_info()). */
export const thread = {
  depth: 0,
  handled: None as PyValue,
  /** The innermost executing frame (sys._getframe). */
  frame: null as Frame | null,
};

/** Calls a Python function with vectorcall arguments: the Executor's entry and CALL's slow path. */
export function callFunction(func: PyFunction, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const frame = acquireFrame(func, state.builtins as StrDict);
  bindArguments(func, args, kwnames, frame.fast);
  if (frame.info.isGenerator) {
    counters.frames++;
    return makeGenerator(frame);
  }
  const result = runFrame(frame);
  releaseFrame(frame);
  return result;
}

/** Runs a module or class body with its namespace (LOAD_NAME/STORE_NAME go to `locals`). */
export function execCode(code: CodeObject, globals: StrDict, locals: StrDict, closure: PyCell[] | null): PyValue {
  const frame = new Frame(code, null, globals, state.builtins as StrDict, locals);
  frame.closure = closure;
  return runFrame(frame);
}

/** Runs a fresh (non-generator) frame to its return, keeping the depth count and the frame chain. */
export function runFrame(frame: Frame): PyValue {
  if (thread.depth >= state.recursionLimit) raiseError('RecursionError', 'maximum recursion depth exceeded');
  counters.frames++;
  thread.depth++;
  frame.back = thread.frame;
  thread.frame = frame;
  try {
    return evalFrame(frame, null);
  } finally {
    thread.depth--;
    thread.frame = frame.back;
  }
}

/** Sets `__context__` of a newly raised exception to the one being handled, breaking cycles as CPython does. */
export function chainContext(e: PyBaseException): void {
  const handled = thread.handled;
  if (handled === None || handled === e || !(handled instanceof PyBaseException)) return;
  let o: PyBaseException = handled;
  for (;;) {
    const ctx = o.context;
    if (!(ctx instanceof PyBaseException)) break;
    if (ctx === e) {
      o.context = None;
      break;
    }
    o = ctx;
  }
  e.context = handled;
}

/** Turns anything thrown while running Python code into the Python exception it stands for. */
export function asPythonException(error: unknown): PyBaseException {
  if (error instanceof PyBaseException) return error;
  if (error instanceof RangeError && /call stack/.test(error.message)) {
    return bops.newException('RecursionError', 'maximum recursion depth exceeded');
  }
  throw error;
}

function nameError(name: string): never {
  const e = bops.newException('NameError', `name '${name}' is not defined`);
  rt.setAttr(e, 'name', name);
  throw e;
}

/**
 * The value of local `index`, or UnboundLocalError. The instruction reading it
 * must already be counted in `pc` (the handler search looks at pc - 1).
 */
function local(fast: (PyValue | undefined)[], index: number, code: CodeObject): PyValue {
  const v = fast[index];
  if (v === undefined) unboundLocal(code.varnames[index]!);
  return v;
}

/** What the LOAD_FAST or LOAD_CONST `op` with `arg` pushes (a superinstruction's first instruction run alone). */
function pushedBy(op: number, arg: number, fast: (PyValue | undefined)[], consts: readonly unknown[], code: CodeObject): PyValue {
  return op === 12 /* LOAD_FAST */ ? local(fast, arg, code) : consts[arg] as PyValue;
}

function unboundLocal(name: string): never {
  raiseError('UnboundLocalError', `cannot access local variable '${name}' where it is not associated with a value`);
}

function freeVarError(frame: Frame, index: number): never {
  const code = frame.code;
  if (index < code.cellvars.length) unboundLocal(code.cellvars[index]!);
  raiseError('NameError', `cannot access free variable '${code.freevars[index - code.cellvars.length]}' where it is not associated with a value in enclosing scope`);
}

/** The built-in next(), whose StopIteration CALL raises into a handler of the calling frame without a JS throw. */
const nextBuiltin = builtinFunctionOf('next');

/** POP_TOP or unwinding dropped `v` at `pc`: a for loop's own generator is closed, as CPython's refcounting would. */
function dropped(frame: Frame, pc: number, v: StackValue | undefined): void {
  if (v instanceof PyGenerator && v.loopOwned) {
    frame.pc = pc;
    closeDropped(v);
  }
}

/** The exception handler covering instruction `index`, or undefined. */
function findHandler(code: CodeObject, index: number) {
  const table = code.exceptionTable;
  for (let i = 0; i < table.length; i++) {
    const entry = table[i]!;
    if (index >= entry.start && index < entry.end) return entry;
  }
  return undefined;
}

/**
 * LOAD_GLOBAL's slow path: looks the name up and, when both namespaces are
 * dicts, remembers the value with their stamps (any store or removal in
 * either dict renews its stamp, so a hit is what the lookup would find).
 */
function loadGlobal(cache: GlobalCache, index: number, name: string, globals: StrDict, builtins: StrDict): PyValue {
  const v = globals.getStr(name) ?? builtins.getStr(name);
  if (v === undefined) nameError(name);
  if (globals instanceof PyDict && builtins instanceof PyDict) {
    cache.globalsStamp[index] = globals.stamp;
    cache.builtinsStamp[index] = builtins.stamp;
    cache.values[index] = v;
  }
  return v;
}

/** `container[key]` when container is an exact list or tuple and key an int in range, else undefined. */
function sequenceItem(container: StackValue | undefined, key: StackValue | undefined): PyValue | undefined {
  if (typeof key !== 'number' || !(container instanceof PyList || container instanceof PyTuple)
    || (container.type !== listType && container.type !== tupleType)) return undefined;
  const items = container.items;
  return items[key < 0 ? key + items.length : key];
}

/** `container[key] = value` when container is an exact list and key an int in range: whether it was stored. */
function storeListItem(container: PyValue, key: PyValue, value: PyValue): boolean {
  if (typeof key !== 'number' || !(container instanceof PyList) || container.type !== listType) return false;
  const items = container.items;
  const i = key < 0 ? key + items.length : key;
  if (i < 0 || i >= items.length) return false;
  items[i] = value;
  return true;
}

/** LOAD_GLOBAL's cache hit: the value remembered for name `index` while neither namespace changed, else undefined. */
function cachedGlobal(cache: GlobalCache, index: number, globals: StrDict, builtins: StrDict): PyValue | undefined {
  return (globals as PyDict).stamp === cache.globalsStamp[index] && (builtins as PyDict).stamp === cache.builtinsStamp[index]
    ? cache.values[index] : undefined;
}

/**
 * LOAD_METHOD of `name` on `obj` (executing instruction `at`): writes the
 * method and obj (or NULL and the attribute) at stack[sp], stack[sp + 1] and
 * returns the new stack pointer.
 */
function pushMethod(caches: AttrCaches, at: number, obj: PyValue, name: string, stack: StackValue[], sp: number): number {
  // super().name(...): the function and the instance, without a bound method in between.
  if (obj instanceof PyObject && obj.type === superType) {
    const func = superMethod(obj as PySuper, name);
    if (func !== null) {
      stack[sp] = func;
      stack[sp + 1] = (obj as PySuper).obj;
      return sp + 2;
    }
  }
  const method = loadMethod(caches, at, obj, name);
  if (method !== null) {
    stack[sp] = method;
    stack[sp + 1] = obj;
  } else {
    stack[sp] = null;
    stack[sp + 1] = loadMethodFallback(caches, at, obj, name);
  }
  return sp + 2;
}

/** What callNative returns when it did not call (a native's own result may be anything, even undefined). */
const NOT_CALLED: unique symbol = Symbol('not called');

/**
 * CALL of a built-in made by wrapNative with `n` positional arguments at
 * stack[lo ..]: calls its impl directly (a bound built-in's self first), or
 * returns NOT_CALLED when the arity is out of range (the generic call raises)
 * or there are too many arguments for this path.
 */
function callNative(f: PyBuiltinFunction, stack: StackValue[], lo: number, n: number): PyValue | typeof NOT_CALLED {
  const impl = f.native!;
  const self = f.self;
  const total = self === undefined ? n : n + 1;
  if (total < f.minArgs || total > f.maxArgs || total > 3) return NOT_CALLED;
  counters.calls++;
  if (self === undefined) {
    switch (n) {
      case 0: return impl();
      case 1: return impl(stack[lo]);
      case 2: return impl(stack[lo], stack[lo + 1]);
      default: return impl(stack[lo], stack[lo + 1], stack[lo + 2]);
    }
  }
  switch (n) {
    case 0: return impl(self);
    case 1: return impl(self, stack[lo]);
    default: return impl(self, stack[lo], stack[lo + 1]);
  }
}

/**
 * FOR_ITER's next item, or undefined when `it` is exhausted. Range, list/tuple
 * and str iterators and generators (not subclassable) are called at sites of
 * their own: monomorphic calls.
 */
function iterStep(it: PyValue): PyValue | undefined {
  return it instanceof RangeIterator ? it.nextValue() : it instanceof ListIterator ? it.nextValue()
    : it instanceof PyGenerator ? it.nextValue() : it instanceof StrIterator ? it.nextValue() : rt.iterNext(it);
}

/** Where fusedModular leaves the pc when it answered. */
let fusedPc = 0;

/**
 * The LCG step `(s * 1103515245 + 12345) % 2**31` without the product's
 * BigInt: `a * b` (safe ints whose product is not safe) followed in the code
 * by `+ c`/`- c` steps and then `% m` (m a power of two up to 2^32, or up to
 * 2^26) or `& mask` (0 <= mask < 2^32), every operand a constant or a local
 * holding a safe int. None of those steps can raise or call Python code, so
 * running them here is unobservable. Returns the final value (the answer is
 * taken modulo m, so the big intermediate values are never formed) with
 * fusedPc after the last instruction used, or -1 when the code does not
 * match.
 */
function fusedModular(ops: Uint8Array, opargs: Int32Array, pc: number, consts: readonly unknown[], fast: (PyValue | undefined)[], a: number, b: number): number {
  const LIMIT = 0x10000000000000;
  if (a > LIMIT || a < -LIMIT || b > LIMIT || b < -LIMIT) return -1;
  let add = 0;
  for (let steps = 0; steps < 4; steps++) {
    const load = ops[pc];
    if (ops[pc + 1] !== 34 /* BINARY_OP */) return -1;
    const v = load === 5 /* LOAD_CONST */ ? consts[opargs[pc]!] : load === 12 /* LOAD_FAST */ ? fast[opargs[pc]!] : undefined;
    if (typeof v !== 'number') return -1;
    const op = opargs[pc + 1]!;
    pc += 2;
    switch (op) {
      case 0: case 13: add += v; break;
      case 10: case 23: add -= v; break;
      case 6: case 19: {
        // Math.imul multiplies the operands' values mod 2^32 (exact for safe ints): the product mod 2^32.
        let t: number;
        if (v > 0 && v <= 0x100000000 && 0x100000000 % v === 0) t = Math.imul(a, b) + add;
        else if (v > 0 && v <= 0x4000000) t = (a - Math.floor(a / v) * v) * (b - Math.floor(b / v) * v) + (add - Math.floor(add / v) * v);
        else return -1;
        fusedPc = pc;
        return t - Math.floor(t / v) * v;
      }
      case 1: case 14:
        if (v < 0 || v > 0xffffffff) return -1;
        fusedPc = pc;
        return ((Math.imul(a, b) + add) & v) >>> 0;
      default:
        return -1;
    }
    if (add > LIMIT || add < -LIMIT) return -1;
  }
  return -1;
}

/**
 * BINARY_OP `arg` on two safe ints: the int result when it is a safe int, else
 * NaN (overflow, a zero divisor, a negative shift, true division: the caller's
 * slower paths decide).
 */
function intBinary(arg: number, a: number, b: number): number {
  let r: number;
  switch (arg) {
    case 0: case 13: r = a + b; break;
    case 10: case 23: r = a - b; break;
    case 5: case 18:
      r = a * b;
      if (r === 0) r = 0;
      break;
    case 6: case 19:
      // Within 2^52 floor(a / b) and its product with b are exact (int.ts's intMod), and
      // the remainder takes the divisor's sign; JS % on doubles past 2^31 calls C's fmod.
      if (b === 0 || a > 0x10000000000000 || a < -0x10000000000000 || b > 0x10000000000000 || b < -0x10000000000000) return NaN;
      r = a - Math.floor(a / b) * b;
      break;
    case 2: case 15:
      if (b === 0 || a > 0x10000000000000 || a < -0x10000000000000) return NaN;
      r = Math.floor(a / b);
      if (r === 0) r = 0;
      break;
    case 1: case 14:
      return a >= -0x80000000 && a <= 0x7fffffff && b >= -0x80000000 && b <= 0x7fffffff ? a & b : NaN;
    case 7: case 20:
      return a >= -0x80000000 && a <= 0x7fffffff && b >= -0x80000000 && b <= 0x7fffffff ? a | b : NaN;
    case 12: case 25:
      return a >= -0x80000000 && a <= 0x7fffffff && b >= -0x80000000 && b <= 0x7fffffff ? a ^ b : NaN;
    case 9: case 22:
      // A division by a power of two is exact (a tiny quotient still floors right); negative counts raise in the runtime.
      if (b < 0 || b > 1023) return NaN;
      return a >= -0x80000000 && a <= 0x7fffffff && b <= 31 ? a >> b : Math.floor(a / 2 ** b);
    case 3: case 16:
      r = b >= 0 && b <= 53 ? a * 2 ** b : NaN;
      break;
    default:
      return NaN;
  }
  return r <= MAX_SAFE && r >= -MAX_SAFE ? r : NaN;
}

/** BINARY_OP `arg` on two doubles from exact floats or safe ints: the float result, or undefined for the runtime's path. */
function floatBinary(arg: number, x: number, y: number): PyValue | undefined {
  switch (arg) {
    case 0: case 13: return new PyFloat(x + y);
    case 10: case 23: return new PyFloat(x - y);
    case 5: case 18: return new PyFloat(x * y);
    case 11: case 24: return y !== 0 ? new PyFloat(x / y) : undefined;
    case 8: case 21: {
      // As the runtime computes float ** float; ZeroDivisionError, OverflowError and complex results come from floatPow too.
      const p = floatPow(x, y);
      return typeof p === 'number' ? new PyFloat(p) : p;
    }
    case 2: case 15: return new PyFloat(floatFloorDiv(x, y));
    case 6: case 19: return new PyFloat(floatMod(x, y));
    default: return undefined;
  }
}

/**
 * BINARY_OP `arg` when both operands are exact small ints, floats or strs (str + str): the
 * result, or undefined when the runtime must decide. Raises nothing and calls no Python code.
 */
function fastBinary(arg: number, a: StackValue | undefined, b: StackValue | undefined): PyValue | undefined {
  if (typeof a === 'number') {
    if (typeof b === 'number') {
      const r = intBinary(arg, a, b);
      if (r === r) return r;
      // Safe ints are exact doubles: one IEEE division rounds as int.__truediv__ does.
      return (arg === 11 || arg === 24) && b !== 0 ? new PyFloat(a / b) : undefined;
    }
    return b instanceof PyFloat ? floatBinary(arg, a, b.value) : undefined;
  }
  // Only exact floats are PyFloats; a safe int converts to a double exactly. Float with float is
  // tested first on its own: folding the int case into the same test made it ~30% slower.
  if (a instanceof PyFloat) {
    if (b instanceof PyFloat) return floatBinary(arg, a.value, b.value);
    return typeof b === 'number' ? floatBinary(arg, a.value, b) : undefined;
  }
  if (typeof a === 'string' && typeof b === 'string' && (arg === 0 || arg === 13)) return a + b;
  return undefined;
}

/** COMPARE_OP `arg` (0..5: <, <=, ==, !=, >, >=) on two doubles: exact for safe ints and floats, NaN unordered. */
function compareDoubles(arg: number, x: number, y: number): boolean {
  switch (arg) {
    case 0: return x < y;
    case 1: return x <= y;
    case 2: return x === y;
    case 3: return x !== y;
    case 4: return x > y;
    default: return x >= y;
  }
}

/** COMPARE_OP `arg` on exact small ints and floats, or == / != on strs: the answer, or undefined for the runtime's path. */
function fastCompare(arg: number, a: StackValue | undefined, b: StackValue | undefined): boolean | undefined {
  if (typeof a === 'number') {
    if (typeof b === 'number') return compareDoubles(arg, a, b);
    return b instanceof PyFloat ? compareDoubles(arg, a, b.value) : undefined;
  }
  if (a instanceof PyFloat) {
    if (b instanceof PyFloat) return compareDoubles(arg, a.value, b.value);
    return typeof b === 'number' ? compareDoubles(arg, a.value, b) : undefined;
  }
  if (typeof a === 'string' && typeof b === 'string' && (arg === 2 || arg === 3)) return (a === b) === (arg === 2);
  return undefined;
}

/** The value a LOAD_FAST or LOAD_CONST at instruction `i` pushes, or undefined for an unbound local. */
function operand(ops: Uint8Array, opargs: Int32Array, i: number, fast: (PyValue | undefined)[], consts: readonly unknown[]): StackValue | undefined {
  return ops[i] === 12 /* LOAD_FAST */ ? fast[opargs[i]!] : consts[opargs[i]!] as PyValue;
}

function isTrue(v: StackValue): boolean {
  if (v === true) return true;
  if (v === false || v === None) return false;
  if (typeof v === 'number') return v !== 0;
  return rt.isTrue(v as PyValue);
}

function callValue(callable: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  counters.calls++;
  if (callable instanceof PyFunction) return callFunction(callable, args, kwnames);
  if (callable instanceof PyBuiltinFunction) return callable.call(args, kwnames);
  if (callable instanceof PyMethod && callable.func instanceof PyFunction) {
    return callFunction(callable.func, [callable.self, ...args], kwnames);
  }
  return rt.call(callable, args, kwnames);
}

/**
 * The opcodes that are rare in hot loops, outside evalFrame so the hot
 * function stays small (V8 compiles it faster and it deopts less): runs one
 * instruction with the value stack at `sp` and returns the new `sp`; `pc` is
 * the index of the next instruction.
 */
function coldOp(frame: Frame, op: number, arg: number, sp: number, pc: number): number {
  const code = frame.code;
  const names = frame.info.names;
  const stack = frame.stack;
  const fast = frame.fast;
  const cells = frame.cells;
  const globals = frame.globals;
  const builtins = frame.builtins;
  // Any of these may run Python code that reads this frame's line (sys._getframe, warnings).
  frame.pc = pc;
  switch (op) {
    case 8 /* DELETE_NAME */:
      if (!(frame.locals as StrDict).delStr(names[arg]!)) nameError(names[arg]!);
      break;

    case 10 /* STORE_GLOBAL */:
      globals.setStr(names[arg]!, stack[--sp] as PyValue);
      break;

    case 11 /* DELETE_GLOBAL */:
      if (!globals.delStr(names[arg]!)) nameError(names[arg]!);
      break;

    case 14 /* DELETE_FAST */:
      if (fast[arg] === undefined) unboundLocal(code.varnames[arg]!);
      fast[arg] = undefined;
      break;

    case 15 /* MAKE_CELL */: {
      const argIndex = frame.info.cellArgs[arg]!;
      cells[arg] = new PyCell(argIndex >= 0 ? fast[argIndex] : undefined);
      break;
    }

    case 16 /* COPY_FREE_VARS */: {
      const closure = frame.closure ?? frame.func?.closure ?? [];
      const base = code.cellvars.length;
      for (let i = 0; i < arg; i++) cells[base + i] = closure[i]!;
      break;
    }

    case 19 /* LOAD_CLASSDEREF */: {
      const name = arg < code.cellvars.length ? code.cellvars[arg]! : code.freevars[arg - code.cellvars.length]!;
      let v = (frame.locals as StrDict).getStr(name);
      if (v === undefined) {
        v = cells[arg]!.value;
        if (v === undefined) freeVarError(frame, arg);
      }
      stack[sp++] = v;
      break;
    }

    case 21 /* DELETE_DEREF */:
      if (cells[arg]!.value === undefined) freeVarError(frame, arg);
      cells[arg]!.value = undefined;
      break;

    case 24 /* DELETE_ATTR */:
      rt.delAttr(stack[--sp] as PyValue, names[arg]!);
      break;

    case 28 /* DELETE_SUBSCR */: {
      const container = stack[sp - 2] as PyValue;
      const key = stack[sp - 1] as PyValue;
      if (container instanceof PyDict && container.type === dictType) dictDelItem(container, key);
      else if (container instanceof PyList && container.type === listType) listDelItem(container, key);
      else rt.delItem(container, key);
      sp -= 2;
      break;
    }

    case 29 /* BUILD_SLICE */: {
      const step = arg === 3 ? (stack[--sp] as PyValue) : None;
      const stop = stack[--sp] as PyValue;
      stack[sp - 1] = newSlice(stack[sp - 1] as PyValue, stop, step);
      break;
    }

    case 30 /* UNARY_POSITIVE */:
      stack[sp - 1] = rt.unaryOp(rt.UnaryOpKind.POSITIVE, stack[sp - 1] as PyValue);
      break;

    case 33 /* UNARY_INVERT */:
      stack[sp - 1] = rt.unaryOp(rt.UnaryOpKind.INVERT, stack[sp - 1] as PyValue);
      break;

    case 52 /* CALL_FUNCTION_EX */: {
      const kwargs = arg & 1 ? (stack[--sp] as PyValue) : null;
      const posargs = stack[--sp] as PyValue;
      const callable = stack[--sp] as PyValue;
      sp--;
      const args = bops.starArgs(callable, posargs);
      let kwnames: string[] | null = null;
      if (kwargs !== null) {
        const [names, values] = bops.starStarArgs(callable, kwargs);
        kwnames = names;
        for (const v of values) args.push(v);
      }
      stack[sp++] = callValue(callable, args, kwnames);
      break;
    }

    case 53 /* MAKE_FUNCTION */: {
      const fcode = stack[--sp] as unknown as CodeObject;
      const closure = arg & MakeFunctionFlags.CLOSURE ? (containers.tupleItems(stack[--sp] as PyValue) as PyCell[]) : null;
      const annotations = arg & MakeFunctionFlags.ANNOTATIONS ? (stack[--sp] as PyValue) : null;
      const kwdefaults = arg & MakeFunctionFlags.KWDEFAULTS ? (stack[--sp] as StrDict) : null;
      const defaults = arg & MakeFunctionFlags.DEFAULTS ? [...containers.tupleItems(stack[--sp] as PyValue)!] : null;
      const func = new PyFunction(fcode, globals, closure, defaults, kwdefaults);
      if (annotations !== null) func.annotations = bops.annotationsDict(annotations);
      stack[sp++] = func;
      break;
    }

    case 54 /* LOAD_BUILD_CLASS */: {
      const v = builtins.getStr('__build_class__');
      if (v === undefined) raiseError('NameError', '__build_class__ not found');
      stack[sp++] = v;
      break;
    }

    case 55 /* SETUP_ANNOTATIONS */: {
      const locals = frame.locals as StrDict;
      if (locals.getStr('__annotations__') === undefined) locals.setStr('__annotations__', containers.newDict());
      break;
    }

    case 59 /* GET_AWAITABLE */:
      stack[sp - 1] = getAwaitable(stack[sp - 1] as PyValue);
      break;

    case 60 /* GET_AITER */:
      stack[sp - 1] = bops.asyncIter(stack[sp - 1] as PyValue);
      break;

    case 61 /* GET_ANEXT */:
      stack[sp] = getAwaitable(bops.asyncNext(stack[sp - 1] as PyValue));
      sp++;
      break;

    case 63 /* BEFORE_ASYNC_WITH */: {
      const [exit, entered] = rt.asyncContextEnter(stack[sp - 1] as PyValue);
      stack[sp - 1] = exit;
      stack[sp++] = getAwaitable(entered);
      break;
    }

    case 64 /* ASYNC_GEN_WRAP */:
      stack[sp - 1] = wrapAsyncGenValue(stack[sp - 1] as PyValue);
      break;
    case 58 /* GET_YIELD_FROM_ITER */:
      stack[sp - 1] = yieldFromIter(stack[sp - 1] as PyValue, code.flags);
      break;

    case 69 /* CHECK_EXC_MATCH */: {
      const type = stack[sp - 1] as PyValue;
      stack[sp - 1] = bops.exceptionMatches(stack[sp - 2] as PyValue, type);
      break;
    }

    case 73 /* CHECK_EG_MATCH */: {
      const matchType = stack[--sp] as PyValue;
      const [rest, match] = bops.exceptionGroupMatch(stack[sp - 1] as PyValue, matchType);
      if (match !== None) {
        stack[sp - 1] = rest;
        thread.handled = match;
      }
      stack[sp++] = match;
      break;
    }

    case 74 /* PREP_RERAISE_STAR */: {
      const raised = stack[--sp] as PyValue;
      stack[sp - 1] = bops.prepReraiseStar(stack[sp - 1] as PyValue, raised);
      break;
    }

    case 70 /* LOAD_ASSERTION_ERROR */:
      stack[sp++] = builtinTypes.get('AssertionError')!;
      break;

    case 71 /* BEFORE_WITH */: {
      const mgr = stack[sp - 1] as PyValue;
      const [exit, entered] = rt.contextEnter(mgr);
      stack[sp - 1] = exit;
      stack[sp++] = entered;
      break;
    }

    case 72 /* WITH_EXCEPT_START */: {
      const e = stack[sp - 1] as PyBaseException;
      const exit = stack[sp - 4] as PyValue;
      stack[sp++] = callValue(exit, [e.type, e, e.traceback], null);
      break;
    }

    case 77 /* BUILD_SET */: {
      sp -= arg;
      const built = bops.buildSet(stack.slice(sp, sp + arg) as PyValue[]);
      stack[sp++] = built;
      break;
    }

    case 78 /* BUILD_MAP */: {
      sp -= 2 * arg;
      const d = newDict();
      for (let i = 0; i < arg; i++) d.set(stack[sp + 2 * i] as PyValue, stack[sp + 2 * i + 1] as PyValue);
      stack[sp++] = d;
      break;
    }

    case 79 /* BUILD_CONST_KEY_MAP */: {
      const keys = containers.tupleItems(stack[--sp] as PyValue)!;
      sp -= arg;
      const d = newDict();
      for (let i = 0; i < arg; i++) d.set(keys[i]!, stack[sp + i] as PyValue);
      stack[sp++] = d;
      break;
    }

    case 80 /* BUILD_STRING */: {
      sp -= arg;
      let s = '';
      for (let i = 0; i < arg; i++) s += stack[sp + i] as string;
      stack[sp++] = s;
      break;
    }

    case 82 /* SET_ADD */: {
      const v = stack[--sp] as PyValue;
      setAdd(stack[sp - arg] as PySet, v);
      break;
    }

    case 83 /* MAP_ADD */: {
      const v = stack[--sp] as PyValue;
      const k = stack[--sp] as PyValue;
      (stack[sp - arg] as PyDict).set(k, v);
      break;
    }

    case 84 /* LIST_EXTEND */: {
      const it = stack[--sp] as PyValue;
      bops.listExtend(stack[sp - arg] as PyValue, it);
      break;
    }

    case 85 /* SET_UPDATE */: {
      const it = stack[--sp] as PyValue;
      bops.setUpdate(stack[sp - arg] as PyValue, it);
      break;
    }

    case 86 /* DICT_UPDATE */: {
      const m = stack[--sp] as PyValue;
      bops.dictUpdate(stack[sp - arg] as PyValue, m);
      break;
    }

    case 87 /* DICT_MERGE */: {
      const m = stack[--sp] as PyValue;
      bops.dictMergeForCall(stack[sp - arg] as PyValue, m, stack[sp - arg - 2] as PyValue);
      break;
    }

    case 88 /* LIST_TO_TUPLE */:
      stack[sp - 1] = containers.newTuple((stack[sp - 1] as PyList).items.slice());
      break;

    case 90 /* UNPACK_EX */: {
      const before = arg & 0xff;
      const after = arg >> 8;
      const items = bops.unpackStarred(stack[--sp] as PyValue, before, after);
      for (let i = items.length - 1; i >= 0; i--) stack[sp++] = items[i]!;
      break;
    }

    case 91 /* FORMAT_VALUE */: {
      const spec = arg & 4 ? (stack[--sp] as string) : '';
      let v = stack[sp - 1] as PyValue;
      switch (arg & 3) {
        case 1: v = rt.str(v); break;
        case 2: v = rt.repr(v); break;
        case 3: v = bops.asciiOf(v); break;
        default:
      }
      stack[sp - 1] = typeof v === 'string' && spec === '' ? v : rt.format(v, spec);
      break;
    }

    case 92 /* IMPORT_NAME */: {
      const fromlist = stack[--sp] as PyValue;
      const level = stack[sp - 1] as number;
      stack[sp - 1] = importer.importName(names[arg]!, globals, fromlist, level);
      break;
    }

    case 93 /* IMPORT_FROM */:
      stack[sp] = importer.importFrom(stack[sp - 1] as PyValue, names[arg]!);
      sp++;
      break;

    case 94 /* IMPORT_STAR */:
      importer.importStar(stack[--sp] as PyValue, frame.locals ?? globals);
      break;

    case 95 /* GET_LEN */:
      stack[sp] = rt.len(stack[sp - 1] as PyValue);
      sp++;
      break;

    case 96 /* MATCH_MAPPING */:
      stack[sp] = bops.isMappingForMatch(stack[sp - 1] as PyValue);
      sp++;
      break;

    case 97 /* MATCH_SEQUENCE */:
      stack[sp] = bops.isSequenceForMatch(stack[sp - 1] as PyValue);
      sp++;
      break;

    case 98 /* MATCH_KEYS */:
      stack[sp] = bops.matchKeys(stack[sp - 2] as PyValue, stack[sp - 1] as PyValue);
      sp++;
      break;

    case 99 /* MATCH_CLASS */: {
      const kwnames = stack[--sp] as PyValue;
      const cls = stack[--sp] as PyValue;
      stack[sp - 1] = bops.matchClass(stack[sp - 1] as PyValue, cls, arg, kwnames);
      break;
    }

    default:
      frame.pc = pc - 1;
      if (UNSUPPORTED_CONSTRUCTS.has(op)) {
        raiseError('NotImplementedError', `pvm's vm backend does not support ${UNSUPPORTED_CONSTRUCTS.get(op)} (line ${frame.lineAt(pc - 1)})`);
      }
      throw new Error(`internal: vm has no case for opcode ${OP_NAMES[op] ?? op}`);
  }
  return sp;
}

/**
 * A frame for calling `func` with `n` arguments at stack[lo ..] (keyword
 * values last, named by `kwnames`) and `self` first when given: positional
 * calls of simple functions copy the arguments and defaults straight in,
 * everything else binds through bindArguments (and raises its TypeErrors).
 */
function calleeFrame(
  func: PyFunction, self: PyValue | undefined, stack: StackValue[], lo: number, n: number,
  kwnames: readonly string[] | null, builtins: StrDict,
): Frame {
  const frame = acquireFrame(func, builtins);
  const locals = frame.fast;
  const nargs = self === undefined ? n : n + 1;
  if (kwnames === null && func.simpleArgs) {
    const argcount = func.code.argcount;
    const defaults = func.defaults;
    const firstDefault = defaults === null ? argcount : argcount - defaults.length;
    if (nargs <= argcount && nargs >= firstDefault) {
      let j = 0;
      if (self !== undefined) locals[j++] = self;
      for (let i = 0; i < n; i++) locals[j++] = stack[lo + i] as PyValue;
      for (; j < argcount; j++) locals[j] = defaults![j - firstDefault]!;
      return frame;
    }
  }
  const args = new Array<PyValue>(nargs);
  let j = 0;
  if (self !== undefined) args[j++] = self;
  for (let i = 0; i < n; i++) args[j++] = stack[lo + i] as PyValue;
  bindArguments(func, args, kwnames, locals);
  return frame;
}

/**
 * The __init__ to run as a Python call for a call of class `cls` at
 * instruction `at`, or null when the call needs type.__call__'s generic
 * path. Remembered per call site with the class's version (versions are
 * unique to a type and renewed by any change that could alter the answer).
 */
function initForCall(frame: Frame, at: number, cls: PyType): PyFunction | null {
  const info = frame.info;
  const cache = info.initCache ?? (info.initCache = newInitCache(frame.code.ops.length));
  if (cache.versions[at] === cls.version) return cache.inits[at]!;
  const init = plainInit(cls);
  cache.versions[at] = cls.version;
  cache.inits[at] = init !== null && !init.isGenerator ? init : null;
  return cache.inits[at]!;
}

/**
 * Executes `frame` from `frame.pc` until it returns (the return value) or, for
 * a generator frame, yields (the yielded value, with `frame.yielded` set).
 * `thrown` resumes a suspended generator by raising at its yield point.
 */
export function evalFrame(frame: Frame, thrown: PyBaseException | null): PyValue {
  const code = frame.code;
  const ops = code.ops;
  const opargs = code.args;
  const info = frame.info;
  const quickOps = info.quickOps;
  const consts = info.consts;
  const attrCaches = info.attrCaches;
  const globalCache = info.globalCache;
  const names = info.names;
  const fast = frame.fast;
  const cells = frame.cells;
  const stack = frame.stack;
  const globals = frame.globals;
  const builtins = frame.builtins;
  /** The depth of this frame: a call made by CALL that raised is unwound to it. */
  const entryDepth = thread.depth;
  let sp = frame.sp;
  let pc = frame.pc;
  let pending: PyBaseException | null = thrown;
  /** True while unwinding a RERAISE: the frame is already in the traceback. */
  let reraise = false;
  /**
   * Instructions run, for --stats: counted per straight-line segment (added
   * when a jump is taken or the loop is left), not per instruction, so the
   * dispatch loop itself carries no counter.
   */
  let executed = 0;
  let segment = pc;
  /**
   * Whether a generator only a for loop holds may be on the stack (see
   * dropped): set when CALL makes one; a resumed generator frame may hold one
   * from an earlier run.
   */
  let loopOwned = pc !== 0;

  for (;;) {
    try {
      if (pending !== null) {
        const e = pending;
        pending = null;
        throw e;
      }
      for (;;) {
        const op = quickOps[pc]!;
        const arg = opargs[pc]!;
        pc++;
        switch (op) {
          case 0 /* NOP */:
            break;

          case 1 /* POP_TOP */:
            sp--;
            if (loopOwned) dropped(frame, pc, stack[sp]);
            break;

          case 2 /* PUSH_NULL */:
            stack[sp++] = null;
            // PUSH_NULL; LOAD_GLOBAL f (a call of a global) in one dispatch when the global is cached.
            if (ops[pc] === 9 /* LOAD_GLOBAL */) {
              const v = cachedGlobal(globalCache, opargs[pc]!, globals, builtins);
              if (v !== undefined) {
                stack[sp++] = v;
                pc++;
              }
            }
            break;

          case 3 /* COPY */:
            stack[sp] = stack[sp - arg]!;
            sp++;
            break;

          case 4 /* SWAP */: {
            const top = stack[sp - 1]!;
            stack[sp - 1] = stack[sp - arg]!;
            stack[sp - arg] = top;
            break;
          }

          case 5 /* LOAD_CONST */:
            stack[sp++] = consts[arg] as PyValue;
            break;

          case 6 /* LOAD_NAME */: {
            const name = names[arg]!;
            const v = (frame.locals as StrDict).getStr(name) ?? globals.getStr(name) ?? builtins.getStr(name);
            if (v === undefined) nameError(name);
            stack[sp++] = v;
            break;
          }

          case 7 /* STORE_NAME */:
            (frame.locals as StrDict).setStr(names[arg]!, stack[--sp] as PyValue);
            break;

          case 9 /* LOAD_GLOBAL */:
            stack[sp++] = cachedGlobal(globalCache, arg, globals, builtins) ?? loadGlobal(globalCache, arg, names[arg]!, globals, builtins);
            break;

          case 12 /* LOAD_FAST */:
            stack[sp++] = local(fast, arg, code);
            // A run of LOAD_FASTs (`a + b`, `f(x, y)`) in one dispatch, as CPython's LOAD_FAST__LOAD_FAST.
            while (quickOps[pc] === 12 /* LOAD_FAST */) stack[sp++] = local(fast, opargs[pc++]!, code);
            break;

          case 13 /* STORE_FAST */:
            fast[arg] = stack[--sp] as PyValue;
            // STORE_FAST x; LOAD_FAST y in one dispatch, as CPython's STORE_FAST__LOAD_FAST.
            if (quickOps[pc] === 12 /* LOAD_FAST */) stack[sp++] = local(fast, opargs[pc++]!, code);
            break;

          case 17 /* LOAD_CLOSURE */:
            stack[sp++] = cells[arg]!;
            break;

          case 18 /* LOAD_DEREF */: {
            const v = cells[arg]!.value;
            if (v === undefined) freeVarError(frame, arg);
            stack[sp++] = v;
            break;
          }

          case 20 /* STORE_DEREF */:
            cells[arg]!.value = stack[--sp] as PyValue;
            break;

          case 22 /* LOAD_ATTR */:
            frame.pc = pc;
            stack[sp - 1] = loadAttr(attrCaches, pc - 1, stack[sp - 1] as PyValue, names[arg]!);
            break;

          case 23 /* STORE_ATTR */:
            frame.pc = pc;
            storeAttr(attrCaches, pc - 1, stack[sp - 1] as PyValue, names[arg]!, stack[sp - 2] as PyValue);
            sp -= 2;
            break;

          case 25 /* LOAD_METHOD */:
            frame.pc = pc;
            sp = pushMethod(attrCaches, pc - 1, stack[sp - 1] as PyValue, names[arg]!, stack, sp - 1);
            break;

          case 26 /* BINARY_SUBSCR */: {
            frame.pc = pc;
            const key = stack[--sp] as PyValue;
            const container = stack[sp - 1] as PyValue;
            const item = sequenceItem(container, key);
            if (item !== undefined) {
              stack[sp - 1] = item;
              break;
            }
            if (container instanceof PyDict && container.type === dictType) {
              stack[sp - 1] = dictGetItem(container, key);
              break;
            }
            if (typeof container === 'string' && typeof key === 'number') {
              stack[sp - 1] = strGetItem(container, key);
              break;
            }
            stack[sp - 1] = rt.getItem(container, key);
            break;
          }

          case 27 /* STORE_SUBSCR */: {
            frame.pc = pc;
            const container = stack[sp - 2] as PyValue;
            const key = stack[sp - 1] as PyValue;
            if (storeListItem(container, key, stack[sp - 3] as PyValue)) {
              sp -= 3;
              break;
            }
            if (container instanceof PyDict && container.type === dictType) {
              container.set(key, stack[sp - 3] as PyValue);
              sp -= 3;
              break;
            }
            rt.setItem(container, key, stack[sp - 3] as PyValue);
            sp -= 3;
            break;
          }

          case 31 /* UNARY_NEGATIVE */: {
            const v = stack[sp - 1]!;
            frame.pc = pc;
            if (typeof v === 'number' && v !== 0) stack[sp - 1] = -v;
            else stack[sp - 1] = v instanceof PyFloat ? new PyFloat(-v.value) : rt.unaryOp(rt.UnaryOpKind.NEGATIVE, v as PyValue);
            break;
          }

          case 32 /* UNARY_NOT */:
            frame.pc = pc;
            stack[sp - 1] = !isTrue(stack[sp - 1]!);
            break;

          case 34 /* BINARY_OP */: {
            const b = stack[--sp]!;
            const a = stack[sp - 1]!;
            const r = fastBinary(arg, a, b);
            if (r !== undefined) {
              // `x = <expr>`: the STORE_FAST in the same dispatch.
              if (ops[pc] === 13 /* STORE_FAST */) {
                fast[opargs[pc++]!] = r;
                sp--;
              } else {
                stack[sp - 1] = r;
              }
              break;
            }
            frame.pc = pc;
            if (typeof a === 'number' && typeof b === 'number' && (arg === 5 || arg === 18)) {
              const m = fusedModular(ops, opargs, pc, consts, fast, a, b);
              if (m >= 0) {
                stack[sp - 1] = m;
                pc = fusedPc;
                break;
              }
            } else if (typeof a === 'string' && (arg === 6 || arg === 19) && !(b instanceof PyStrInstance)) {
              // str's % never defers unless b's class subclasses str and may have __rmod__.
              stack[sp - 1] = strPercent(a, b as PyValue);
              break;
            }
            stack[sp - 1] = rt.binaryOp(arg, a as PyValue, b as PyValue);
            break;
          }

          case 35 /* COMPARE_OP */: {
            const b = stack[--sp]!;
            const a = stack[sp - 1]!;
            const r = fastCompare(arg, a, b);
            if (r !== undefined) {
              stack[sp - 1] = r;
              break;
            }
            frame.pc = pc;
            stack[sp - 1] = rt.richCompare(arg, a as PyValue, b as PyValue);
            break;
          }

          case 200 /* Super.OPERANDS_BINARY_OP */: {
            const r = fastBinary(opargs[pc + 1]!, operand(ops, opargs, pc - 1, fast, consts), operand(ops, opargs, pc, fast, consts));
            if (r === undefined) {
              stack[sp++] = pushedBy(ops[pc - 1]!, arg, fast, consts, code);
              break;
            }
            pc += 2;
            if (ops[pc] === 13 /* STORE_FAST */) fast[opargs[pc++]!] = r;
            else stack[sp++] = r;
            break;
          }

          case 201 /* Super.OPERAND_BINARY_OP */: {
            const r = fastBinary(opargs[pc]!, stack[sp - 1]!, operand(ops, opargs, pc - 1, fast, consts));
            if (r === undefined) {
              stack[sp++] = pushedBy(ops[pc - 1]!, arg, fast, consts, code);
              break;
            }
            pc++;
            if (ops[pc] === 13 /* STORE_FAST */) {
              fast[opargs[pc++]!] = r;
              sp--;
            } else {
              stack[sp - 1] = r;
            }
            break;
          }

          case 202 /* Super.OPERANDS_COMPARE_JUMP */: {
            const r = fastCompare(opargs[pc + 1]!, operand(ops, opargs, pc - 1, fast, consts), operand(ops, opargs, pc, fast, consts));
            if (r === undefined) {
              stack[sp++] = pushedBy(ops[pc - 1]!, arg, fast, consts, code);
              break;
            }
            pc += 3;
            if (r === (ops[pc - 1] === 42 /* POP_JUMP_IF_TRUE */)) {
              executed += pc - segment;
              pc = segment = opargs[pc - 1]!;
            }
            break;
          }

          case 203 /* Super.OPERAND_COMPARE_JUMP */: {
            const r = fastCompare(opargs[pc]!, stack[sp - 1]!, operand(ops, opargs, pc - 1, fast, consts));
            if (r === undefined) {
              stack[sp++] = pushedBy(ops[pc - 1]!, arg, fast, consts, code);
              break;
            }
            sp--;
            pc += 2;
            if (r === (ops[pc - 1] === 42 /* POP_JUMP_IF_TRUE */)) {
              executed += pc - segment;
              pc = segment = opargs[pc - 1]!;
            }
            break;
          }

          case 204 /* Super.FAST_LOAD_ATTR */: {
            const obj = local(fast, arg, code);
            pc++;
            frame.pc = pc;
            const v = loadAttr(attrCaches, pc - 1, obj, names[opargs[pc - 1]!]!);
            if (ops[pc] === 13 /* STORE_FAST */) fast[opargs[pc++]!] = v;
            else stack[sp++] = v;
            break;
          }

          case 206 /* Super.FAST_LOAD_METHOD */: {
            const obj = local(fast, arg, code);
            pc++;
            frame.pc = pc;
            sp = pushMethod(attrCaches, pc - 1, obj, names[opargs[pc - 1]!]!, stack, sp);
            break;
          }

          case 207 /* Super.OPERANDS_STORE_ATTR */: {
            // `obj.name = value` with both from locals or constants: storeAttr runs as STORE_ATTR (pc past it).
            const value = pushedBy(ops[pc - 1]!, arg, fast, consts, code);
            pc++;
            const obj = local(fast, opargs[pc - 1]!, code);
            pc++;
            frame.pc = pc;
            storeAttr(attrCaches, pc - 1, obj, names[opargs[pc - 1]!]!, value);
            break;
          }

          case 205 /* Super.OPERANDS_BINARY_SUBSCR */: {
            const item = sequenceItem(fast[arg], operand(ops, opargs, pc, fast, consts));
            if (item === undefined) {
              stack[sp++] = local(fast, arg, code);
              break;
            }
            pc += 2;
            if (ops[pc] === 13 /* STORE_FAST */) fast[opargs[pc++]!] = item;
            else stack[sp++] = item;
            break;
          }

          case 208 /* Super.COPY2_BINARY_SUBSCR */: {
            // The load half of `seq[i] op= v`: container and key stay below their item.
            const item = sequenceItem(stack[sp - 2], stack[sp - 1]);
            if (item === undefined) {
              stack[sp] = stack[sp - 2]!;
              sp++;
              break;
            }
            stack[sp++] = item;
            pc += 2;
            break;
          }

          case 209 /* Super.ROT3_STORE_SUBSCR */: {
            // The store half of `seq[i] op= v`: container, key, value on the stack.
            if (storeListItem(stack[sp - 3] as PyValue, stack[sp - 2] as PyValue, stack[sp - 1] as PyValue)) {
              sp -= 3;
              pc += 2;
              break;
            }
            const top = stack[sp - 1]!;
            stack[sp - 1] = stack[sp - 3]!;
            stack[sp - 3] = top;
            break;
          }

          case 36 /* IS_OP */: {
            const b = stack[--sp]!;
            const a = stack[sp - 1]!;
            stack[sp - 1] = (a === b) !== (arg === 1);
            break;
          }

          case 37 /* CONTAINS_OP */: {
            frame.pc = pc;
            // Exact sets, dicts and strs (not subclassable to these types, so no __contains__ can differ) answer directly.
            const container = stack[--sp] as PyValue;
            const item = stack[sp - 1] as PyValue;
            let found: boolean;
            if (container instanceof PySet && (container.type === setType || container.type === frozensetType)) found = setContains(container, item);
            else if (container instanceof PyDict && container.type === dictType) found = container.has(item);
            else if (typeof container === 'string' && typeof item === 'string') found = strContains(container, item);
            else found = rt.contains(container, item);
            stack[sp - 1] = found !== (arg === 1);
            break;
          }

          case 38 /* JUMP_FORWARD */:
          case 40 /* JUMP_BACKWARD_NO_INTERRUPT */:
            executed += pc - segment;
            pc = segment = arg;
            break;

          case 39 /* JUMP_BACKWARD */:
            executed += pc - segment;
            pc = segment = arg;
            // The jump back of `for x in ...` with its FOR_ITER and STORE_FAST in one dispatch.
            if (ops[pc] === 48 /* FOR_ITER */ && ops[pc + 1] === 13 /* STORE_FAST */) {
              // Past the FOR_ITER, as its own dispatch would be: an exception from the iterator is raised there.
              pc++;
              frame.pc = pc;
              const v = iterStep(stack[sp - 1] as PyValue);
              if (v === undefined) {
                sp--;
                pc = segment = opargs[pc - 1]!;
              } else {
                fast[opargs[pc++]!] = v;
              }
            }
            break;

          case 48 /* FOR_ITER */: {
            frame.pc = pc;
            const v = iterStep(stack[sp - 1] as PyValue);
            if (v === undefined) {
              sp--;
              executed += pc - segment;
              pc = segment = arg;
            } else if (ops[pc] === 13 /* STORE_FAST */) {
              // `for x in ...`: the loop variable's STORE_FAST in the same dispatch.
              fast[opargs[pc++]!] = v;
            } else {
              stack[sp++] = v;
            }
            break;
          }

          case 41 /* POP_JUMP_IF_FALSE */:
            frame.pc = pc;
            if (!isTrue(stack[--sp]!)) {
              executed += pc - segment;
              pc = segment = arg;
            }
            break;

          case 42 /* POP_JUMP_IF_TRUE */:
            frame.pc = pc;
            if (isTrue(stack[--sp]!)) {
              executed += pc - segment;
              pc = segment = arg;
            }
            break;

          case 43 /* POP_JUMP_IF_NONE */:
            if (stack[--sp] === None) {
              executed += pc - segment;
              pc = segment = arg;
            }
            break;

          case 44 /* POP_JUMP_IF_NOT_NONE */:
            if (stack[--sp] !== None) {
              executed += pc - segment;
              pc = segment = arg;
            }
            break;

          case 45 /* JUMP_IF_FALSE_OR_POP */:
            frame.pc = pc;
            if (!isTrue(stack[sp - 1]!)) {
              executed += pc - segment;
              pc = segment = arg;
            } else {
              sp--;
            }
            break;

          case 46 /* JUMP_IF_TRUE_OR_POP */:
            frame.pc = pc;
            if (isTrue(stack[sp - 1]!)) {
              executed += pc - segment;
              pc = segment = arg;
            } else {
              sp--;
            }
            break;

          case 47 /* GET_ITER */: {
            frame.pc = pc;
            // A generator is its own iterator (its type is not subclassable and its __iter__ fixed).
            const v = stack[sp - 1] as PyValue;
            if (!(v instanceof PyGenerator && v.type === generatorType)) stack[sp - 1] = rt.getIter(v);
            break;
          }

          case 49 /* RETURN_VALUE */: {
            const v = stack[--sp] as PyValue;
            frame.sp = sp;
            frame.pc = pc;
            frame.yielded = false;
            counters.instructions += executed + pc - segment;
            return v;
          }

          case 50 /* CALL */:
          case 51 /* CALL_KW */: {
            let kwnames: readonly string[] | null = null;
            if (op === 51 /* CALL_KW */) kwnames = containers.tupleItems(stack[--sp] as PyValue) as readonly string[];
            const base = sp - arg - 2;
            const first = stack[base];
            const second = stack[base + 1] as PyValue;
            const callable = first === null ? second : (first as PyValue);
            const selfCount = first === null ? 0 : 1;
            frame.pc = pc;
            sp = base;
            // A Python function (or a bound method of one, the __init__ of a plain class,
            // the __call__ of an instance): its frame is bound straight from the stack
            // and run by a direct JS call of evalFrame (a Python call is a JS call).
            let next: Frame | null = null;
            /** For a class call: the new instance, which the call returns once its __init__ returned None. */
            let instance: PyObject | null = null;
            /** A generator function's frame becomes a generator object instead of running. */
            let generator = false;
            if (callable instanceof PyFunction) {
              next = calleeFrame(callable, first === null ? undefined : second, stack, base + 2, arg, kwnames, builtins);
              generator = callable.isGenerator;
            } else if (callable instanceof PyBuiltinFunction) {
              // Built-ins are called as often as Python functions: tested second, before the rarer callables.
              if (callable === nextBuiltin && arg === 1 && kwnames === null) {
                // next(generator or built-in iterator): a StopIteration this frame handles
                // (`try: next(it) except StopIteration:`) goes straight to its handler, as
                // the catch below would take it, without a JS throw (about a microsecond).
                const step = nextStep(stack[base + 2] as PyValue);
                if (step !== null) {
                  counters.calls++;
                  if (!step.done) {
                    stack[sp++] = step.value;
                    break;
                  }
                  const e = newStopIteration(step.value);
                  const at = pc - 1;
                  const handler = findHandler(code, at);
                  if (handler === undefined) throw e;
                  chainContext(e);
                  e.traceback = new PyTraceback(code, at, null, frame);
                  markEscaped(frame);
                  sp = frame.info.nlocals + handler.depth;
                  if (handler.lasti) stack[sp++] = at;
                  stack[sp++] = e;
                  executed += pc - segment;
                  pc = segment = handler.target;
                  break;
                }
              }
              if (kwnames === null && callable.native !== null) {
                const result = callNative(callable, stack, base + 2 - selfCount, arg + selfCount);
                if (result !== NOT_CALLED) {
                  stack[sp++] = result;
                  break;
                }
              }
            } else if (first === null && callable instanceof PyMethod) {
              const func = callable.func;
              if (func instanceof PyFunction) {
                next = calleeFrame(func, callable.self, stack, base + 2, arg, kwnames, builtins);
                generator = func.isGenerator;
              }
            } else if (first === null && callable instanceof PyType) {
              if (callable === superType && arg === 0 && kwnames === null) {
                counters.calls++;
                stack[sp++] = newZeroArgSuper();
                break;
              }
              const init = initForCall(frame, pc - 1, callable);
              if (init !== null) {
                instance = newInstance(callable);
                next = calleeFrame(init, instance, stack, base + 2, arg, kwnames, builtins);
              }
            } else if (first === null && callable instanceof PyObject && (callable.type.flags & TypeFlags.BUILTIN) === 0) {
              // An instance of a Python class whose __call__ is a Python function (as rt.call finds it).
              const call = callable.type.lookup('__call__');
              if (call instanceof PyFunction && !call.isGenerator) next = calleeFrame(call, callable, stack, base + 2, arg, kwnames, builtins);
            }
            if (next !== null) {
              // runFrame's work without its JS call's try/finally: if the callee
              // raises, this frame's catch below restores the thread state.
              counters.calls++;
              if (generator) {
                counters.frames++;
                const gen = makeGenerator(next);
                // Iterated by a for statement at once, nothing else can reach it: the loop owns it.
                if (ops[pc] === 47 /* GET_ITER */) {
                  gen.loopOwned = true;
                  loopOwned = true;
                }
                stack[sp++] = gen;
                break;
              }
              if (thread.depth >= state.recursionLimit) raiseError('RecursionError', 'maximum recursion depth exceeded');
              counters.frames++;
              thread.depth++;
              next.back = frame;
              thread.frame = next;
              const result = evalFrame(next, null);
              thread.depth--;
              thread.frame = frame;
              releaseFrame(next);
              if (instance !== null) checkInitResult(result);
              stack[sp++] = instance ?? result;
              break;
            }
            const args = stack.slice(base + 2 - selfCount, base + 2 + arg) as PyValue[];
            stack[sp++] = callValue(callable, args, kwnames);
            break;
          }

          case 56 /* YIELD_VALUE */: {
            const v = stack[--sp] as PyValue;
            frame.sp = sp;
            frame.pc = pc;
            frame.yielded = true;
            counters.instructions += executed + pc - segment;
            return v;
          }

          case 57 /* SEND */: {
            const v = stack[--sp] as PyValue;
            const delegate = stack[sp - 1] as PyValue;
            frame.pc = pc;
            const result = sendTo(delegate, v);
            if (result.done) {
              stack[sp - 1] = result.value;
              executed += pc - segment;
              pc = segment = arg;
            } else {
              stack[sp++] = result.value;
            }
            break;
          }

          case 62 /* END_ASYNC_FOR */: {
            const e = stack[--sp] as PyBaseException;
            if (!rt.isExceptionOf(e, 'StopAsyncIteration')) {
              reraise = true;
              throw e;
            }
            sp--;
            break;
          }

          case 65 /* PUSH_EXC_INFO */: {
            const e = stack[sp - 1] as PyValue;
            stack[sp - 1] = thread.handled;
            stack[sp++] = e;
            thread.handled = e;
            break;
          }

          case 66 /* POP_EXCEPT */:
            thread.handled = stack[--sp] as PyValue;
            break;

          case 67 /* RERAISE */: {
            // The lasti below (arg > 0) only matters for f_lineno: the frame is already in the traceback.
            const e = stack[--sp] as PyBaseException;
            reraise = true;
            throw e;
          }

          case 68 /* RAISE_VARARGS */: {
            frame.pc = pc;
            if (arg === 0) {
              const active = thread.handled;
              if (!(active instanceof PyBaseException)) raiseError('RuntimeError', 'No active exception to reraise');
              reraise = true;
              throw active;
            }
            const cause = arg === 2 ? (stack[--sp] as PyValue) : undefined;
            const e = bops.exceptionToRaise(stack[--sp] as PyValue);
            if (cause !== undefined) bops.setCause(e, cause);
            chainContext(e);
            throw e;
          }

          case 75 /* BUILD_TUPLE */: {
            sp -= arg;
            const built = containers.newTuple(stack.slice(sp, sp + arg) as PyValue[]);
            stack[sp++] = built;
            break;
          }

          case 76 /* BUILD_LIST */: {
            sp -= arg;
            const built = containers.newList(stack.slice(sp, sp + arg) as PyValue[]);
            stack[sp++] = built;
            break;
          }

          case 81 /* LIST_APPEND */: {
            const v = stack[--sp] as PyValue;
            (stack[sp - arg] as PyList).items.push(v);
            break;
          }

          case 89 /* UNPACK_SEQUENCE */: {
            const seq = stack[--sp] as PyValue;
            // An exact tuple or list of the right length is read in place; only those two classes carry these types.
            const seqType = typeof seq === 'object' ? (seq as PyTuple).type : undefined;
            let items: readonly PyValue[];
            if ((seqType === tupleType || seqType === listType) && (seq as PyTuple).items.length === arg) {
              items = (seq as PyTuple).items;
            } else {
              frame.pc = pc;
              items = bops.unpackSequence(seq, arg);
            }
            // The STORE_FASTs that usually follow run here (they cannot raise): one dispatch instead of arg + 1.
            let i = 0;
            while (i < arg && ops[pc] === 13 /* STORE_FAST */) fast[opargs[pc++]!] = items[i++]!;
            for (let j = arg - 1; j >= i; j--) stack[sp++] = items[j]!;
            break;
          }

          default:
            sp = coldOp(frame, op, arg, sp, pc);
            break;
        }
      }
    } catch (error) {
      thread.frame = frame;
      thread.depth = entryDepth;
      const e = asPythonException(error);
      const at = pc - 1;
      if (!reraise) {
        if (e.traceback === None) chainContext(e);
        e.traceback = new PyTraceback(code, at, e.traceback instanceof PyTraceback ? e.traceback : null, frame);
        markEscaped(frame);
      }
      reraise = false;
      const handler = findHandler(code, at);
      if (loopOwned) {
        const keep = frame.info.nlocals + (handler === undefined ? 0 : handler.depth);
        for (let i = sp - 1; i >= keep; i--) dropped(frame, pc, stack[i]);
      }
      executed += pc - segment;
      if (handler === undefined) {
        counters.instructions += executed;
        frame.sp = frame.info.nlocals;
        frame.pc = pc;
        frame.yielded = false;
        throw e;
      }
      sp = frame.info.nlocals + handler.depth;
      if (handler.lasti) stack[sp++] = at;
      stack[sp++] = e;
      pc = segment = handler.target;
    }
  }
}

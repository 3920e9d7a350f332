// Generator, coroutine and async generator objects over a backend-provided
// resumable frame (interpreter.ts GeneratorFrame): send/throw/close/__next__,
// StopIteration with the return value, PEP 479, `generator already executing`,
// the asend/athrow awaitables of async generators, and the helpers behind
// SEND, GET_YIELD_FROM_ITER, GET_AWAITABLE and ASYNC_GEN_WRAP.
// Invariant: a generator runs its frame only through `step`, which keeps
// `running` and `finished` right even when the frame raises.
import { CodeFlags, type CodeObject } from '../../frontend/bytecode/code.js';
import {
  PyObject, PyType, PyBaseException, None, typeOf, raiseError, raiseWith, builtinTypes, TypeFlags, exceptionFactory,
  type PyValue,
} from './object.js';
import { PyFunction } from './function.js';
import { defineBuiltinType, method, methodRaw, getter } from './type.js';
import { PyIterator } from './nativeType.js';
import type { GeneratorFrame } from './interpreter.js';
import { call, getIter, isExceptionOf, callMethod, id } from './abstract.js';
import { codeObjectFor } from './classes.js';
import { writeUnraisable } from './uncaught.js';

export const generatorType = defineBuiltinType({ name: 'generator', subclassable: false });
export const coroutineType = defineBuiltinType({ name: 'coroutine', subclassable: false });
export const coroutineWrapperType = defineBuiltinType({ name: 'coroutine_wrapper', subclassable: false });
export const frameType = defineBuiltinType({ name: 'frame', subclassable: false });
export const asyncGeneratorType = defineBuiltinType({ name: 'async_generator', subclassable: false });
const asendType = defineBuiltinType({ name: 'async_generator_asend', subclassable: false });
const athrowType = defineBuiltinType({ name: 'async_generator_athrow', subclassable: false });
const wrappedValueType = defineBuiltinType({ name: 'async_generator_wrapped_value', subclassable: false });

function excType(name: string): PyType {
  return builtinTypes.get(name) as PyType;
}

/** Looked up on first use: exceptions.ts may load after this module. */
let stopIterationType: PyType | null = null;

/** The minimal frame object `gi_frame` shows while a generator is suspended. */
class PyFrameView extends PyObject {
  constructor(readonly gen: PyGenerator) {
    super(frameType);
  }
}

/** How many generators, coroutines and async generators have started and not finished. */
let liveFrames = 0;

/** Whether some generator may be suspended (program exit then looks for ones to close). */
export function anyGeneratorSuspended(): boolean {
  return liveFrames > 0;
}

export class PyGenerator extends PyIterator {
  running = false;
  started = false;
  finished = false;
  /** Created by a call whose result a for statement iterated at once: that loop holds the only reference (see closeDropped). */
  loopOwned = false;
  /** Set by step(): whether the last resume returned (true) or yielded (false). */
  private lastDone = false;
  private returnValue: PyValue = None;
  name: string;
  qualname: string;

  constructor(
    type: PyType, readonly frame: GeneratorFrame, readonly code: CodeObject, readonly func: PyFunction | null, name: string, qualname: string,
  ) {
    super(type);
    this.name = name;
    this.qualname = qualname;
  }

  private kindName(): string {
    return this.type === coroutineType ? 'coroutine' : this.type === asyncGeneratorType ? 'async generator' : 'generator';
  }

  /**
   * Resumes the frame; afterwards `lastDone` says whether the result is a
   * return value. The hot path of every next()/send()/FOR_ITER on a
   * generator: no allocation, one try/catch (no finally).
   */
  step(sent: PyValue, thrown: PyBaseException | null): PyValue {
    if (this.running) raiseError('ValueError', `${this.kindName()} already executing`);
    if (this.finished) {
      if (thrown !== null) throw thrown;
      if (this.type === coroutineType) raiseError('RuntimeError', 'cannot reuse already awaited coroutine');
      this.lastDone = true;
      this.returnValue = None;
      return None;
    }
    if (!this.started && thrown === null && sent !== None) {
      raiseError('TypeError', `can't send non-None value to a just-started ${this.kindName()}`);
    }
    this.running = true;
    if (!this.started) {
      this.started = true;
      liveFrames++;
    }
    let v: PyValue;
    try {
      v = this.frame.resume(sent, thrown);
    } catch (e) {
      this.running = false;
      this.finished = true;
      liveFrames--;
      throw this.escaped(e);
    }
    this.running = false;
    if (this.frame.done) {
      this.finished = true;
      liveFrames--;
      this.lastDone = true;
      this.returnValue = v;
      return v;
    }
    this.lastDone = false;
    return v;
  }

  /** PEP 479: a StopIteration (or, in an async generator, StopAsyncIteration) leaving the frame becomes a RuntimeError. */
  private escaped(e: unknown): unknown {
    const stop = isExceptionOf(e, 'StopIteration') ? 'StopIteration'
      : this.type === asyncGeneratorType && isExceptionOf(e, 'StopAsyncIteration') ? 'StopAsyncIteration' : null;
    if (stop === null) return e;
    const err = newException('RuntimeError', [`${this.kindName()} raised ${stop}`]);
    err.cause = e as PyBaseException;
    err.context = e as PyBaseException;
    err.suppressContext = true;
    return err;
  }

  get done(): boolean {
    return this.lastDone;
  }

  nextValue(): PyValue | undefined {
    const v = this.step(None, null);
    return this.lastDone ? undefined : v;
  }

  /** next(gen[, default]): StopIteration carries the return value when there is no default. */
  next(dflt: PyValue | undefined): PyValue {
    const r = this.step(None, null);
    if (!this.lastDone) return r;
    if (dflt !== undefined) return dflt;
    throw newStopIteration(r);
  }

  /** gen.send(v): the next yielded value, or raises StopIteration(return value). */
  send(v: PyValue, thrown: PyBaseException | null = null): PyValue {
    const r = this.step(v, thrown);
    if (this.lastDone) throw newStopIteration(r);
    return r;
  }

  close(): void {
    if (this.finished) return;
    if (!this.started) {
      this.finished = true;
      return;
    }
    try {
      this.step(None, newException('GeneratorExit', []));
    } catch (e) {
      if (isExceptionOf(e, 'GeneratorExit') || isExceptionOf(e, 'StopIteration')) return;
      throw e;
    }
    if (!this.lastDone) raiseError('RuntimeError', `${this.kindName()} ignored GeneratorExit`);
  }
}

/**
 * A for loop dropped the generator it alone held (break, return, or an
 * exception unwinding past the loop) while it may still be suspended:
 * CPython's reference counting finalizes it right there, so close() runs its
 * finally blocks now; an exception from that is reported as unraisable
 * ("Exception ignored in: ...") and does not propagate.
 */
export function closeDropped(gen: PyGenerator): void {
  gen.loopOwned = false;
  if (gen.finished) return;
  try {
    gen.close();
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    writeUnraisable(e, gen);
  }
}

function newException(name: string, args: PyValue[]): PyBaseException {
  try {
    raiseWith(excType(name), args);
  } catch (e) {
    return e as PyBaseException;
  }
}

/** Builds the exception `gen.throw(typ[, val[, tb]])` raises. */
export function exceptionToThrow(typ: PyValue, val: PyValue | undefined): PyBaseException {
  const base = excType('BaseException');
  if (typ instanceof PyType && typ.isSubtypeOf(base)) {
    if (val instanceof PyBaseException && typeOf(val).isSubtypeOf(typ)) return val;
    const args = val === undefined || val === None ? [] : [val];
    const e = call(typ, args);
    if (!(e instanceof PyBaseException)) raiseError('TypeError', `calling ${typ.name} should have returned an instance of BaseException, not ${typeOf(e).name}`);
    return e;
  }
  if (typ instanceof PyBaseException) {
    if (val !== undefined && val !== None) raiseError('TypeError', 'instance exception may not have a separate value');
    return typ;
  }
  return raiseError('TypeError', `exceptions must be classes or instances deriving from BaseException, not ${typeOf(typ).name}`);
}

/** Creates the generator or coroutine object for a call of a generator function. */
export function newGeneratorObject(frame: GeneratorFrame, code: CodeObject, func: PyFunction | null): PyGenerator {
  const flags = code.flags;
  if (flags & CodeFlags.ASYNC_GENERATOR) {
    return new PyAsyncGenerator(asyncGeneratorType, frame, code, func, func?.name ?? code.name, func?.qualname ?? code.qualname);
  }
  const type = flags & CodeFlags.COROUTINE ? coroutineType : generatorType;
  return new PyGenerator(type, frame, code, func, func?.name ?? code.name, func?.qualname ?? code.qualname);
}

/**
 * The result of one SEND step: the yielded value, or the delegate's return
 * value when done. sendTo fills and returns one shared object (SEND reads it
 * at once), so a resume through `yield from`/`await` allocates nothing.
 */
export interface SendResult {
  done: boolean;
  value: PyValue;
}

const sendResult: SendResult = { done: false, value: None };

/** SEND: sends `v` into the delegate of `yield from`/`await`. */
export function sendTo(delegate: PyValue, v: PyValue): SendResult {
  if (delegate instanceof PyGenerator) {
    sendResult.value = delegate.step(v, null);
    sendResult.done = delegate.done;
    return sendResult;
  }
  if (delegate instanceof AsyncAwaitable) {
    try {
      sendResult.value = delegate.send(v);
      sendResult.done = false;
    } catch (e) {
      if (!isExceptionOf(e, 'StopIteration')) throw e;
      sendResult.value = stopIterationValue(e);
      sendResult.done = true;
    }
    return sendResult;
  }
  // A builtin iterator's exhaustion carries no value (a coroutine wrapper's does: it goes the slow way).
  if (delegate instanceof PyIterator && (delegate.type.flags & TypeFlags.BUILTIN) !== 0 && v === None && !(delegate instanceof CoroutineWrapper)) {
    const r = delegate.nextValue();
    sendResult.done = r === undefined;
    sendResult.value = r === undefined ? None : r;
    return sendResult;
  }
  try {
    sendResult.value = v === None ? nextOrThrow(delegate) : callMethod(delegate, 'send', [v]);
    sendResult.done = false;
  } catch (e) {
    if (!isExceptionOf(e, 'StopIteration')) throw e;
    sendResult.value = stopIterationValue(e);
    sendResult.done = true;
  }
  return sendResult;
}

function nextOrThrow(it: PyValue): PyValue {
  if (it instanceof PyIterator && (it.type.flags & TypeFlags.BUILTIN) !== 0) {
    const v = it.nextValue();
    if (v === undefined) raiseWith(excType('StopIteration'), []);
    return v;
  }
  return callMethod(it, '__next__');
}

/** The StopIteration a generator returning `value` (None: no argument, as CPython's) ends next()/send() with. */
export function newStopIteration(value: PyValue): PyBaseException {
  stopIterationType ??= excType('StopIteration');
  return exceptionFactory.create(stopIterationType, value === None ? [] : [value]);
}

/**
 * next(it) for an exact generator or a built-in iterator, for a caller that
 * raises the StopIteration itself (newStopIteration(value) when done): the
 * shared SendResult, or null for any other object (call next() instead).
 */
export function nextStep(it: PyValue): SendResult | null {
  if (it instanceof PyGenerator) {
    if (it.type !== generatorType) return null;
    sendResult.value = it.step(None, null);
    sendResult.done = it.done;
    return sendResult;
  }
  if (it instanceof PyIterator && (it.type.flags & TypeFlags.BUILTIN) !== 0) {
    const v = it.nextValue();
    sendResult.done = v === undefined;
    sendResult.value = v === undefined ? None : v;
    return sendResult;
  }
  return null;
}

/** The `.value` of a StopIteration (its first argument, or None). */
export function stopIterationValue(e: PyBaseException): PyValue {
  return e.args.length > 0 ? e.args[0] : None;
}

/** GET_YIELD_FROM_ITER. */
export function yieldFromIter(v: PyValue, codeFlags: number): PyValue {
  if (v instanceof PyGenerator) {
    if (v.type === coroutineType && (codeFlags & (CodeFlags.COROUTINE | CodeFlags.ITERABLE_COROUTINE)) === 0) {
      raiseError('TypeError', "cannot 'yield from' a coroutine object in a non-coroutine generator");
    }
    return v;
  }
  return getIter(v);
}

/** GET_AWAITABLE: the iterator `await v` drives. */
export function getAwaitable(v: PyValue): PyValue {
  if (v instanceof PyGenerator) {
    if (v.type === coroutineType) return v;
    if (v.func !== null && (v.func.code.flags & CodeFlags.ITERABLE_COROUTINE) !== 0) return v;
  }
  const t = typeOf(v);
  const f = t.lookup('__await__');
  if (f === null) raiseError('TypeError', `'${t.name}' object can't be used in 'await' expression`);
  const it = callMethod(v, '__await__');
  if (it instanceof PyGenerator && it.type === coroutineType) raiseError('TypeError', '__await__() returned a coroutine');
  if (typeOf(it).lookup('__next__') === null) raiseError('TypeError', `__await__() returned non-iterator of type '${typeOf(it).name}'`);
  return it;
}

/** What `coro.__await__()` returns: an iterator that drives the coroutine. */
class CoroutineWrapper extends PyIterator {
  constructor(readonly coro: PyGenerator) {
    super(coroutineWrapperType);
  }
  nextValue(): PyValue | undefined {
    return this.coro.nextValue();
  }
}

function throwMethod(self: PyGenerator, args: PyValue[]): PyValue {
  if (args.length < 2 || args.length > 4) {
    raiseError('TypeError', `throw expected at least 1 argument, got ${args.length - 1}`);
  }
  return self.send(None, exceptionToThrow(args[1], args[2]));
}

function defineGeneratorMethods(type: PyType, unwrap: (self: PyValue) => PyGenerator): void {
  method(type, 'send', (self: PyValue, v: PyValue) => unwrap(self).send(v));
  methodRaw(type, 'throw', (args) => throwMethod(unwrap(args[0]), args));
  method(type, 'close', (self: PyValue) => {
    unwrap(self).close();
    return None;
  });
}

method(generatorType, '__iter__', (self: PyGenerator) => self);
method(generatorType, '__next__', (self: PyGenerator) => self.send(None));
defineGeneratorMethods(generatorType, (s) => s as PyGenerator);
/** gi_yieldfrom/cr_await/ag_await: the delegate of a suspended `yield from`/`await` (None while running, as CPython's). */
function yieldFromOf(gen: PyGenerator): PyValue {
  return gen.running ? None : gen.frame.delegate ?? None;
}

getter(generatorType, 'gi_code', (self) => codeObjectFor((self as PyGenerator).code));
getter(coroutineType, 'cr_code', (self) => codeObjectFor((self as PyGenerator).code));
getter(asyncGeneratorType, 'ag_code', (self) => codeObjectFor((self as PyGenerator).code));
getter(generatorType, 'gi_suspended', (self) => isSuspended(self as PyGenerator));
getter(coroutineType, 'cr_suspended', (self) => isSuspended(self as PyGenerator));

function isSuspended(gen: PyGenerator): boolean {
  return gen.started && !gen.running && !gen.finished;
}

for (const t of [generatorType, coroutineType, asyncGeneratorType]) {
  getter(t, '__name__', (self) => (self as PyGenerator).name, (self, v) => {
    if (typeof v !== 'string') raiseError('TypeError', '__name__ must be set to a string object');
    (self as PyGenerator).name = v;
  });
  getter(t, '__qualname__', (self) => (self as PyGenerator).qualname, (self, v) => {
    if (typeof v !== 'string') raiseError('TypeError', '__qualname__ must be set to a string object');
    (self as PyGenerator).qualname = v;
  });
  method(t, '__repr__', (self: PyGenerator) => `<${t.name} object ${self.qualname} at 0x${id(self).toString(16).padStart(12, '0')}>`);
}
getter(generatorType, 'gi_running', (self) => (self as PyGenerator).running);
getter(generatorType, 'gi_frame', (self) => ((self as PyGenerator).finished ? None : new PyFrameView(self as PyGenerator)));
getter(generatorType, 'gi_yieldfrom', (self) => yieldFromOf(self as PyGenerator));
getter(coroutineType, 'cr_running', (self) => (self as PyGenerator).running);
getter(coroutineType, 'cr_frame', (self) => ((self as PyGenerator).finished ? None : new PyFrameView(self as PyGenerator)));
getter(coroutineType, 'cr_await', (self) => yieldFromOf(self as PyGenerator));
getter(coroutineType, 'cr_origin', () => None);
method(coroutineType, '__await__', (self: PyGenerator) => new CoroutineWrapper(self));
defineGeneratorMethods(coroutineType, (s) => s as PyGenerator);

method(coroutineWrapperType, '__iter__', (self: CoroutineWrapper) => self);
method(coroutineWrapperType, '__next__', (self: CoroutineWrapper) => self.coro.send(None));
defineGeneratorMethods(coroutineWrapperType, (s) => (s as CoroutineWrapper).coro);

getter(frameType, 'f_lineno', (self) => (self as PyFrameView).gen.frame.lineno);
method(frameType, '__repr__', (self: PyFrameView) => `<frame at 0x${id(self).toString(16).padStart(12, '0')}, code ${self.gen.name}>`);

// ---------------------------------------------------------------- async generators
// An async generator is a generator frame whose `yield v` yields a wrapped
// value (ASYNC_GEN_WRAP) while its awaits yield plain values out to whoever
// drives it. `__anext__()`/`asend()` and `athrow()`/`aclose()` return
// awaitables that resume the frame: a wrapped value ends the awaitable with
// StopIteration(v); a plain value passes through; the frame returning is
// StopAsyncIteration. `runningAsync` is CPython's ag_running_async.

/** A value yielded by `yield` in an async generator (as opposed to one passed out by `await`). */
export class AsyncGenWrapped extends PyObject {
  constructor(readonly value: PyValue) {
    super(wrappedValueType);
  }
}

/** ASYNC_GEN_WRAP. */
export function wrapAsyncGenValue(v: PyValue): PyValue {
  return new AsyncGenWrapped(v);
}

export class PyAsyncGenerator extends PyGenerator {
  runningAsync = false;
}

const enum AwaitableState { INIT, ITER, CLOSED }

function stopAsyncIteration(): never {
  raiseWith(excType('StopAsyncIteration'), []);
}

/** The awaitables of asend/athrow: driven by send/throw/close, awaitable and iterable as themselves. */
abstract class AsyncAwaitable extends PyObject {
  protected state = AwaitableState.INIT;
  constructor(type: PyType, readonly gen: PyAsyncGenerator) {
    super(type);
  }
  abstract send(v: PyValue): PyValue;
  abstract throwIn(e: PyBaseException): PyValue;
  close(): void {
    this.state = AwaitableState.CLOSED;
  }

  /** CPython's async_gen_unwrap: what one resume of the frame means to the awaitable. */
  protected unwrap(r: PyValue): PyValue {
    const gen = this.gen;
    if (gen.done) {
      this.state = AwaitableState.CLOSED;
      gen.runningAsync = false;
      return stopAsyncIteration();
    }
    if (r instanceof AsyncGenWrapped) {
      this.state = AwaitableState.CLOSED;
      gen.runningAsync = false;
      return raiseWith(excType('StopIteration'), [r.value]);
    }
    return r;
  }

  /** Resumes the frame; an exception leaving it also ends this awaitable. */
  protected resume(sent: PyValue, thrown: PyBaseException | null): PyValue {
    try {
      return this.gen.step(sent, thrown);
    } catch (e) {
      this.state = AwaitableState.CLOSED;
      this.gen.runningAsync = false;
      throw e;
    }
  }
}

/** What `__anext__()` and `asend(v)` return. */
class AsyncGenASend extends AsyncAwaitable {
  constructor(gen: PyAsyncGenerator, readonly sendValue: PyValue) {
    super(asendType, gen);
  }

  send(v: PyValue): PyValue {
    if (this.state === AwaitableState.CLOSED) raiseError('RuntimeError', 'cannot reuse already awaited __anext__()/asend()');
    if (this.state === AwaitableState.INIT) {
      if (this.gen.runningAsync) {
        this.state = AwaitableState.CLOSED;
        raiseError('RuntimeError', 'anext(): asynchronous generator is already running');
      }
      if (v === None) v = this.sendValue;
      this.state = AwaitableState.ITER;
    }
    this.gen.runningAsync = true;
    return this.unwrap(this.resume(v, null));
  }

  throwIn(e: PyBaseException): PyValue {
    if (this.state === AwaitableState.CLOSED) raiseError('RuntimeError', 'cannot reuse already awaited __anext__()/asend()');
    return this.unwrap(this.resume(None, e));
  }
}

/** What `athrow(...)` (with an exception) and `aclose()` (`thrown` null: GeneratorExit) return. */
class AsyncGenAThrow extends AsyncAwaitable {
  constructor(gen: PyAsyncGenerator, readonly thrown: PyBaseException | null) {
    super(athrowType, gen);
  }

  private get isClose(): boolean {
    return this.thrown === null;
  }

  send(v: PyValue): PyValue {
    const gen = this.gen;
    if (this.state === AwaitableState.CLOSED) raiseError('RuntimeError', 'cannot reuse already awaited aclose()/athrow()');
    if (gen.finished) {
      this.state = AwaitableState.CLOSED;
      return raiseWith(excType('StopIteration'), []);
    }
    if (this.state === AwaitableState.INIT) {
      if (gen.runningAsync) {
        this.state = AwaitableState.CLOSED;
        raiseError('RuntimeError', `${this.isClose ? 'aclose' : 'athrow'}(): asynchronous generator is already running`);
      }
      if (v !== None) raiseError('RuntimeError', "can't send non-None value to a just-started coroutine");
      this.state = AwaitableState.ITER;
      gen.runningAsync = true;
      return this.after(() => gen.step(None, this.thrown ?? newException('GeneratorExit', [])));
    }
    return this.after(() => gen.step(v, null));
  }

  throwIn(e: PyBaseException): PyValue {
    if (this.state === AwaitableState.CLOSED) raiseError('RuntimeError', 'cannot reuse already awaited aclose()/athrow()');
    return this.after(() => this.gen.step(None, e));
  }

  /** One resume of the frame for athrow/aclose (rare: a closure is fine here). */
  private after(resume: () => PyValue): PyValue {
    const gen = this.gen;
    let r: PyValue;
    try {
      r = resume();
    } catch (e) {
      this.state = AwaitableState.CLOSED;
      gen.runningAsync = false;
      if (this.isClose && (isExceptionOf(e, 'StopAsyncIteration') || isExceptionOf(e, 'GeneratorExit'))) {
        raiseWith(excType('StopIteration'), []);
      }
      throw e;
    }
    if (this.isClose) {
      if (gen.done) {
        this.state = AwaitableState.CLOSED;
        gen.runningAsync = false;
        return raiseWith(excType('StopIteration'), []);
      }
      if (r instanceof AsyncGenWrapped) {
        this.state = AwaitableState.CLOSED;
        gen.runningAsync = false;
        raiseError('RuntimeError', 'async generator ignored GeneratorExit');
      }
      return r;
    }
    return this.unwrap(r);
  }
}

function asAsyncGen(self: PyValue): PyAsyncGenerator {
  if (!(self instanceof PyAsyncGenerator)) raiseError('TypeError', `descriptor requires an 'async_generator' object but received a '${typeOf(self).name}'`);
  return self;
}

method(asyncGeneratorType, '__aiter__', (self: PyValue) => asAsyncGen(self));
method(asyncGeneratorType, '__anext__', (self: PyValue) => new AsyncGenASend(asAsyncGen(self), None));
method(asyncGeneratorType, 'asend', (self: PyValue, v: PyValue) => new AsyncGenASend(asAsyncGen(self), v));
methodRaw(asyncGeneratorType, 'athrow', (args) => {
  if (args.length < 2 || args.length > 4) raiseError('TypeError', `athrow expected at least 1 argument, got ${args.length - 1}`);
  return new AsyncGenAThrow(asAsyncGen(args[0]), exceptionToThrow(args[1], args[2]));
});
method(asyncGeneratorType, 'aclose', (self: PyValue) => new AsyncGenAThrow(asAsyncGen(self), null));
getter(asyncGeneratorType, 'ag_running', (self) => asAsyncGen(self).runningAsync);
getter(asyncGeneratorType, 'ag_frame', (self) => ((self as PyGenerator).finished ? None : new PyFrameView(self as PyGenerator)));
getter(asyncGeneratorType, 'ag_await', (self) => yieldFromOf(asAsyncGen(self)));

for (const t of [asendType, athrowType]) {
  method(t, '__await__', (self: AsyncAwaitable) => self);
  method(t, '__iter__', (self: AsyncAwaitable) => self);
  method(t, '__next__', (self: AsyncAwaitable) => self.send(None));
  method(t, 'send', (self: AsyncAwaitable, v: PyValue) => self.send(v));
  methodRaw(t, 'throw', (args) => {
    if (args.length < 2 || args.length > 4) raiseError('TypeError', `throw expected at least 1 argument, got ${args.length - 1}`);
    return (args[0] as AsyncAwaitable).throwIn(exceptionToThrow(args[1], args[2]));
  });
  method(t, 'close', (self: AsyncAwaitable) => {
    self.close();
    return None;
  });
}

// Generator and coroutine objects over a backend-provided resumable frame
// (interpreter.ts GeneratorFrame): send/throw/close/__next__, StopIteration
// with the return value, PEP 479, `generator already executing`, and the
// helpers behind SEND, GET_YIELD_FROM_ITER and GET_AWAITABLE.
// Invariant: a generator runs its frame only through `step`, which keeps
// `running` and `finished` right even when the frame raises.
import { CodeFlags, type CodeObject } from '../../frontend/bytecode/code.js';
import {
  PyObject, PyType, PyBaseException, None, typeOf, raiseError, raiseWith, builtinTypes, TypeFlags,
  type PyValue,
} from './object.js';
import { PyFunction } from './function.js';
import { defineBuiltinType, method, methodRaw, getter } from './type.js';
import { PyIterator } from './nativeType.js';
import type { GeneratorFrame } from './interpreter.js';
import { call, getIter, isExceptionOf, callMethod, id } from './abstract.js';

export const generatorType = defineBuiltinType({ name: 'generator', subclassable: false });
export const coroutineType = defineBuiltinType({ name: 'coroutine', subclassable: false });
export const coroutineWrapperType = defineBuiltinType({ name: 'coroutine_wrapper', subclassable: false });
export const frameType = defineBuiltinType({ name: 'frame', subclassable: false });

function excType(name: string): PyType {
  return builtinTypes.get(name) as PyType;
}

/** The minimal frame object `gi_frame` shows while a generator is suspended. */
class PyFrameView extends PyObject {
  constructor(readonly gen: PyGenerator) {
    super(frameType);
  }
}

export class PyGenerator extends PyIterator {
  running = false;
  started = false;
  finished = false;
  /** Set by step(): whether the last resume returned (true) or yielded (false). */
  private lastDone = false;
  private returnValue: PyValue = None;
  name: string;
  qualname: string;

  constructor(type: PyType, readonly frame: GeneratorFrame, readonly func: PyFunction | null, name: string, qualname: string) {
    super(type);
    this.name = name;
    this.qualname = qualname;
  }

  private kindName(): string {
    return this.type === coroutineType ? 'coroutine' : 'generator';
  }

  /** Resumes the frame; afterwards `lastDone` says whether the result is a return value. */
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
    this.started = true;
    let v: PyValue;
    try {
      v = this.frame.resume(sent, thrown);
    } catch (e) {
      this.finished = true;
      if (isExceptionOf(e, 'StopIteration')) {
        const err = newException('RuntimeError', [`${this.kindName()} raised StopIteration`]);
        err.cause = e;
        err.context = e;
        err.suppressContext = true;
        throw err;
      }
      throw e;
    } finally {
      this.running = false;
    }
    if (this.frame.done) {
      this.finished = true;
      this.lastDone = true;
      this.returnValue = v;
      return v;
    }
    this.lastDone = false;
    return v;
  }

  get done(): boolean {
    return this.lastDone;
  }

  nextValue(): PyValue | undefined {
    const v = this.step(None, null);
    return this.lastDone ? undefined : v;
  }

  /** gen.send(v): the next yielded value, or raises StopIteration(return value). */
  send(v: PyValue, thrown: PyBaseException | null = null): PyValue {
    const r = this.step(v, thrown);
    if (this.lastDone) raiseWith(excType('StopIteration'), r === None ? [] : [r]);
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
  if (flags & CodeFlags.ASYNC_GENERATOR) raiseError('NotImplementedError', 'async generators are not supported');
  const type = flags & CodeFlags.COROUTINE ? coroutineType : generatorType;
  return new PyGenerator(type, frame, func, func?.name ?? code.name, func?.qualname ?? code.qualname);
}

/** The result of one SEND step: the yielded value, or the delegate's return value when done. */
export interface SendResult {
  done: boolean;
  value: PyValue;
}

/** SEND: sends `v` into the delegate of `yield from`/`await`. */
export function sendTo(delegate: PyValue, v: PyValue): SendResult {
  if (delegate instanceof PyGenerator) {
    const r = delegate.step(v, null);
    return { done: delegate.done, value: r };
  }
  try {
    const r = v === None ? nextOrThrow(delegate) : callMethod(delegate, 'send', [v]);
    return { done: false, value: r };
  } catch (e) {
    if (isExceptionOf(e, 'StopIteration')) return { done: true, value: stopIterationValue(e) };
    throw e;
  }
}

function nextOrThrow(it: PyValue): PyValue {
  if (it instanceof PyIterator && (it.type.flags & TypeFlags.BUILTIN) !== 0) {
    const v = it.nextValue();
    if (v === undefined) raiseWith(excType('StopIteration'), []);
    return v;
  }
  return callMethod(it, '__next__');
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
for (const t of [generatorType, coroutineType]) {
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
getter(generatorType, 'gi_yieldfrom', () => None);
getter(coroutineType, 'cr_running', (self) => (self as PyGenerator).running);
getter(coroutineType, 'cr_frame', (self) => ((self as PyGenerator).finished ? None : new PyFrameView(self as PyGenerator)));
getter(coroutineType, 'cr_await', () => None);
method(coroutineType, '__await__', (self: PyGenerator) => new CoroutineWrapper(self));
defineGeneratorMethods(coroutineType, (s) => s as PyGenerator);

method(coroutineWrapperType, '__iter__', (self: CoroutineWrapper) => self);
method(coroutineWrapperType, '__next__', (self: CoroutineWrapper) => self.coro.send(None));
defineGeneratorMethods(coroutineWrapperType, (s) => (s as CoroutineWrapper).coro);

getter(frameType, 'f_lineno', (self) => (self as PyFrameView).gen.frame.lineno);
method(frameType, '__repr__', (self: PyFrameView) => `<frame at 0x${id(self).toString(16).padStart(12, '0')}, code ${self.gen.name}>`);

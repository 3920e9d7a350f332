// Generator and coroutine frames for the vm: a Frame that evalFrame leaves at
// YIELD_VALUE and re-enters at its pc. Implements the runtime's GeneratorFrame
// (resume with a sent value or a thrown exception), including throw() into a
// `yield from` / `await` delegate as CPython's gen_throw does.
// Invariant: while suspended, the value stack holds exactly what it held at
// the YIELD_VALUE, and for a yield inside `yield from` the delegate is on top.
import { Op } from '../../frontend/bytecode/opcodes.js';
import { PyBaseException, None, type PyValue } from '../runtime/object.js';
import type { GeneratorFrame } from '../runtime/interpreter.js';
import { state } from '../runtime/interpreter.js';
import * as rt from '../runtime/abstract.js';
import { newGeneratorObject, stopIterationValue, sendTo, type PyGenerator } from '../runtime/generator.js';
import { raiseError } from '../runtime/object.js';
import { markEscaped, type Frame } from './frame.js';
import { evalFrame, thread, asPythonException } from './eval.js';

class VmGeneratorFrame implements GeneratorFrame {
  done = false;
  private started = false;

  constructor(readonly frame: Frame) {}

  get lineno(): number {
    // Not started yet: CPython's frame stands before its first instruction, on the code's first line (the def or its first decorator).
    if (this.frame.pc === 0) return this.frame.code.firstlineno;
    return this.frame.lineAt(this.frame.pc - 1);
  }

  get delegate(): PyValue | null {
    const frame = this.frame;
    if (!this.started || this.done) return null;
    const yieldAt = frame.pc - 1;
    const code = frame.code;
    if ((code.args[yieldAt]! & 1) === 0 || code.ops[yieldAt] !== Op.YIELD_VALUE) return null;
    return frame.stack[frame.sp - 1] as PyValue;
  }

  resume(sent: PyValue, thrown: PyValue | null): PyValue {
    const frame = this.frame;
    let error = thrown === null ? null : asPythonException(thrown);
    if (this.started) {
      if (error !== null) {
        const delegated = this.throwIntoDelegate(error);
        if (delegated.kind === 'yielded') return delegated.value;
        error = delegated.kind === 'raise' ? delegated.error : null;
        if (delegated.kind === 'returned') frame.stack[frame.sp++] = delegated.value;
      } else {
        // The delegate is read only at a yield-from yield: elsewhere the slot below
        // sp may be stack[-1] (no locals, empty stack), a slow named-property load.
        const code = frame.code;
        const yieldAt = frame.pc - 1;
        if ((code.args[yieldAt]! & 1) !== 0 && code.ops[yieldAt] === Op.YIELD_VALUE) {
          return this.resumeDelegate(frame.stack[frame.sp - 1] as PyValue, sent, code.args[yieldAt - 1]!);
        }
        // `yield v` as a statement drops the sent value at once: skip that POP_TOP (it cannot raise).
        if (code.ops[yieldAt + 1] === Op.POP_TOP) frame.pc++;
        else frame.stack[frame.sp++] = sent;
      }
    }
    this.started = true;
    return this.run(error);
  }

  /**
   * Suspended in `yield from`/`await`: send to the delegate directly, as the
   * SEND loop would (sendTo), without re-entering this frame while it only
   * yields (so a chain of n delegations costs one frame run per resume, not
   * n, and `yield from list` no eval-loop entry per item). The frame stays
   * the running one meanwhile (frame chain, handled exception). When the
   * delegate is done, the frame continues after the loop (`afterLoop`,
   * SEND's target) with its result; when it raises, the exception is raised
   * at the yield point, as from SEND.
   */
  private resumeDelegate(delegate: PyValue, sent: PyValue, afterLoop: number): PyValue {
    const frame = this.frame;
    const outerHandled = this.enter();
    let value: PyValue;
    let done = false;
    let error: PyBaseException | null = null;
    try {
      const result = sendTo(delegate, sent);
      value = result.value;
      done = result.done;
    } catch (e) {
      value = None;
      error = asPythonException(e);
    }
    thread.handled = outerHandled;
    thread.depth--;
    thread.frame = frame.back;
    frame.back = null;
    if (error !== null) return this.run(error);
    if (!done) return value;
    frame.sp--;
    frame.pc = afterLoop;
    frame.stack[frame.sp++] = value;
    return this.run(null);
  }

  /** Runs the frame on the thread's frame chain; no finally layer: both exits restore the thread by hand. */
  private run(error: PyBaseException | null): PyValue {
    const frame = this.frame;
    const outerHandled = this.enter();
    let value: PyValue;
    try {
      value = evalFrame(frame, error);
    } catch (e) {
      this.leave(outerHandled);
      this.done = true;
      throw e;
    }
    this.leave(outerHandled);
    if (!frame.yielded) this.done = true;
    return value;
  }

  /** Puts the frame on the thread (depth, frame chain, its handled exception); returns the handled exception to restore. */
  private enter(): PyValue {
    const frame = this.frame;
    if (thread.depth >= state.recursionLimit) raiseError('RecursionError', 'maximum recursion depth exceeded');
    const outerHandled = thread.handled;
    if (frame.savedHandled !== null) thread.handled = frame.savedHandled;
    thread.depth++;
    frame.back = thread.frame;
    // A frame object of this generator outlives the resume: so may the frames it shows as callers.
    if (frame.escaped) markEscaped(frame.back);
    thread.frame = frame;
    return outerHandled;
  }

  private leave(outerHandled: PyValue): void {
    const frame = this.frame;
    frame.savedHandled = frame.yielded && thread.handled !== outerHandled ? thread.handled : null;
    thread.handled = outerHandled;
    thread.depth--;
    thread.frame = frame.back;
    // A suspended generator has no caller (f_back is None); its last one may be reused.
    frame.back = null;
  }

  /**
   * When suspended inside `yield from`, an exception thrown in goes to the
   * delegate first: GeneratorExit closes it; anything else is passed to its
   * throw(), which may yield (we stay suspended), return (the yield from ends
   * with that value) or raise (raised here at the yield point).
   */
  private throwIntoDelegate(error: PyBaseException):
    | { kind: 'yielded'; value: PyValue }
    | { kind: 'returned'; value: PyValue }
    | { kind: 'raise'; error: PyBaseException } {
    const frame = this.frame;
    const yieldAt = frame.pc - 1;
    const code = frame.code;
    if (code.ops[yieldAt] !== Op.YIELD_VALUE || (code.args[yieldAt]! & 1) === 0) return { kind: 'raise', error };
    const delegate = frame.stack[frame.sp - 1] as PyValue;
    try {
      if (rt.isExceptionOf(error, 'GeneratorExit')) {
        const close = rt.getAttrOrUndefined(delegate, 'close');
        if (close !== undefined) rt.call(close, []);
        return { kind: 'raise', error };
      }
      const throwMethod = rt.getAttrOrUndefined(delegate, 'throw');
      if (throwMethod === undefined) return { kind: 'raise', error };
      const value = rt.call(throwMethod, [error]);
      return { kind: 'yielded', value };
    } catch (e) {
      const raised = asPythonException(e);
      if (rt.isExceptionOf(raised, 'StopIteration')) {
        // The delegate finished: leave the SEND loop as SEND's jump would, with its value.
        frame.sp--;
        frame.pc = code.args[yieldAt - 1]!;
        return { kind: 'returned', value: stopIterationValue(raised) };
      }
      return { kind: 'raise', error: raised };
    }
  }
}

/** A generator, coroutine or async generator object around a fresh frame. */
export function makeGenerator(frame: Frame): PyGenerator {
  return newGeneratorObject(new VmGeneratorFrame(frame), frame.code, frame.func);
}

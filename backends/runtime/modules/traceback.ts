// The native half of the `traceback` module (`_traceback`; lib/traceback.py
// builds on it): format_exception_only and the whole report of an exception
// group (_format_whole), with the text an uncaught exception prints
// (uncaught.ts is the one formatter), the per-frame entry and source-line
// helpers the Python half's StackSummary formats frames with, and
// _register_source for pseudo-files such as doctest's examples.
import { PyBaseException, None, raiseError, containers, typeName, typeOf, type PyValue } from '../object.js';
import { builtinFunction } from '../function.js';
import { registerNativeModule } from '../importer.js';
import * as rt from '../abstract.js';
import { formatUncaught, formatExceptionOnlyParts, formatFrameEntry } from '../uncaught.js';
import { sourceLine, registerSource } from '../traceback.js';
import { codeType } from '../classes.js';
import type { CodeObject } from '../../../frontend/bytecode/code.js';

/** CPython's list form: one item per line, except that a frame's source lines stay with its `File` line. */
function chunks(text: string): PyValue {
  const out: string[] = [];
  for (const line of text.split(/(?<=\n)/)) {
    if (line === '') continue;
    const last = out.length - 1;
    if (line.startsWith('    ') && last >= 0 && out[last].trimStart().startsWith('File "')) out[last] += line;
    else out.push(line);
  }
  return containers.newList(out);
}

/** The exception a (exc, value) pair names: the value when given, as CPython's legacy two-argument form. */
function chosen(exc: PyValue, value: PyValue | undefined): PyValue {
  return value !== undefined ? value : exc;
}

function formatted(v: PyValue): string {
  if (v instanceof PyBaseException) return formatUncaught(v);
  if (v === None) return 'NoneType: None\n';
  return raiseError('TypeError', `Exception expected for value, ${typeName(v)} found`);
}

function formattedOnly(v: PyValue): string[] {
  if (v instanceof PyBaseException) return formatExceptionOnlyParts(v);
  return [`${typeOf(v).qualname}: ${rt.str(v)}\n`];
}

registerNativeModule('_traceback', (module) => {
  const set = (name: string, value: PyValue): void => module.dict.setStr(name, value);
  const fn = (name: string, impl: (...args: any[]) => PyValue, names: string[], min: number, posonly = 0): void => {
    set(name, builtinFunction(name, impl, { min, max: names.length, names, posonly }));
  };
  fn('_format_whole', (exc: PyValue) => chunks(formatted(exc)), ['exc'], 1, 1);
  fn('format_exception_only', (exc: PyValue, value?: PyValue) => containers.newList(formattedOnly(chosen(exc, value))), ['exc', 'value'], 1, 1);
  fn('_format_entry', (code: PyValue, lasti: PyValue) => {
    if (typeOf(code) !== codeType) raiseError('TypeError', `expected a code object, got ${typeName(code)}`);
    return formatFrameEntry((code as PyValue & { code: CodeObject }).code, Math.floor(rt.indexValue(lasti) as number / 2));
  }, ['code', 'lasti'], 2);
  fn('_register_source', (filename: PyValue, text: PyValue) => {
    if (typeof filename !== 'string' || typeof text !== 'string') raiseError('TypeError', '_register_source() takes two str arguments');
    registerSource(filename, text);
    return None;
  }, ['filename', 'text'], 2);
  fn('_source_line', (filename: PyValue, lineno: PyValue) => {
    if (typeof filename !== 'string' || typeof lineno !== 'number') return None;
    return sourceLine(filename, lineno) ?? None;
  }, ['filename', 'lineno'], 2);
});

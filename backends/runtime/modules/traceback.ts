// The native half of the `traceback` module (`_traceback`; lib/traceback.py
// re-exports it): format_exc/print_exc, format_exception/print_exception and
// format_exception_only, with the text an uncaught exception prints
// (uncaught.ts is the one formatter), the per-frame entry and source-line
// helpers the Python half's StackSummary formats frames with, and
// _register_source for pseudo-files such as doctest's examples.
import { PyBaseException, None, raiseError, containers, typeName, typeOf, type PyValue } from '../object.js';
import { builtinFunction } from '../function.js';
import { registerNativeModule, importModule } from '../importer.js';
import * as rt from '../abstract.js';
import { formatUncaught, formatFrameEntry } from '../uncaught.js';
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

function handled(): PyValue {
  const info = rt.callMethod(importModule('sys'), 'exc_info');
  return containers.tupleItems(info)?.[1] ?? None;
}

/** The exception a (exc, value) pair names: the value when given, as CPython's legacy three-argument form. */
function chosen(exc: PyValue, value: PyValue | undefined): PyValue {
  return value !== undefined && value !== None ? value : exc;
}

function formatted(v: PyValue): string {
  if (v instanceof PyBaseException) return formatUncaught(v);
  if (v === None) return 'NoneType: None\n';
  return raiseError('TypeError', `Exception expected for value, ${typeName(v)} found`);
}

function formattedOnly(v: PyValue): string {
  if (v === None) return 'NoneType: None\n';
  const full = formatted(v);
  const marker = full.lastIndexOf('\nTraceback (most recent call last):\n');
  const text = marker < 0 ? full : full.slice(marker + 1);
  const lines = text.split(/(?<=\n)/);
  // The last block's lines after its frames: the `Type: message` line and any notes.
  let start = 0;
  for (let i = 0; i < lines.length; i++) if (lines[i].startsWith('  ') || lines[i].startsWith('Traceback (most recent call last):')) start = i + 1;
  return lines.slice(start).join('');
}

function write(file: PyValue | undefined, text: string): PyValue {
  const target = file === undefined || file === None ? rt.getAttr(importModule('sys'), 'stderr') : file;
  rt.callMethod(target, 'write', [text]);
  return None;
}

registerNativeModule('_traceback', (module) => {
  const set = (name: string, value: PyValue): void => module.dict.setStr(name, value);
  const fn = (name: string, impl: (...args: any[]) => PyValue, names: string[], min: number, posonly = 0): void => {
    set(name, builtinFunction(name, impl, { min, max: names.length, names, posonly }));
  };
  fn('format_exc', () => formatted(handled()), ['limit', 'chain'], 0);
  fn('print_exc', (_limit?: PyValue, file?: PyValue) => write(file, formatted(handled())), ['limit', 'file', 'chain'], 0);
  fn('format_exception', (exc: PyValue, value?: PyValue) => chunks(formatted(chosen(exc, value))), ['exc', 'value', 'tb', 'limit', 'chain'], 1, 1);
  fn('print_exception', (exc: PyValue, value?: PyValue, _tb?: PyValue, _limit?: PyValue, file?: PyValue) =>
    write(file, formatted(chosen(exc, value))), ['exc', 'value', 'tb', 'limit', 'file', 'chain'], 1, 1);
  fn('format_exception_only', (exc: PyValue, value?: PyValue) => chunks(formattedOnly(chosen(exc, value))), ['exc', 'value'], 1, 1);
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

// The native `traceback` module: format_exc/print_exc, format_exception/
// print_exception and format_exception_only, with the text an uncaught
// exception prints (uncaught.ts is the one formatter). pvm's traceback objects
// carry no frames, so the frame-walking API (extract_tb, format_stack,
// TracebackException, ...) raises NotImplementedError naming the function.
import { PyBaseException, None, raiseError, containers, typeName, type PyValue } from '../object.js';
import { builtinFunction } from '../function.js';
import { registerNativeModule, importModule } from '../importer.js';
import * as rt from '../abstract.js';
import { formatUncaught } from '../uncaught.js';

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

registerNativeModule('traceback', (module) => {
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
  for (const name of ['extract_tb', 'extract_stack', 'format_tb', 'format_stack', 'print_tb', 'print_stack', 'walk_tb', 'walk_stack', 'format_list', 'print_last', 'clear_frames']) {
    set(name, builtinFunction(name, () => raiseError('NotImplementedError', `traceback.${name}() is not supported by pvm (its tracebacks carry no frame objects)`), { min: 0, max: Infinity }));
  }
  for (const name of ['TracebackException', 'StackSummary', 'FrameSummary']) {
    set(name, builtinFunction(name, () => raiseError('NotImplementedError', `traceback.${name} is not supported by pvm (its tracebacks carry no frame objects)`), { min: 0, max: Infinity }));
  }
});

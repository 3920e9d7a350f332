// open(): pvm's file objects, the one path from Python code to the host
// filesystem. Text files (TextIOWrapper: utf-8, latin-1 or ascii with an
// errors= handler, newline= translation) and binary files (BufferedReader /
// BufferedWriter over bytes), with CPython's modes, positions and messages.
// A file opened for reading is loaded whole at open; writes go straight to the
// descriptor at the file's position. Invariant: after close() every operation
// raises ValueError (`I/O operation on closed file.` in text mode).
import * as fs from 'node:fs';
import { PyObject, None, raiseError, builtinTypes, typeName, type PyType, type PyValue } from './object.js';
import { defineBuiltinType, getter } from './type.js';
import { defineMethods, PyIterator, stopIteration, type MethodTable } from './nativeType.js';
import * as rt from './abstract.js';
import { newList, iterableToArray } from './list.js';
import { PyBytes, bytesData, bytesDecode } from './bytes.js';
import { normalizeEncoding, strEncode } from './str.js';
import { extraCodecs } from './extensionHooks.js';
import { importModule } from './importer.js';

export const fileType = defineBuiltinType({ name: 'TextIOWrapper', module: '_io', subclassable: false });
const readerType = defineBuiltinType({ name: 'BufferedReader', module: '_io', subclassable: false });
const writerType = defineBuiltinType({ name: 'BufferedWriter', module: '_io', subclassable: false });

export class PyFile extends PyIterator {
  closed = false;
  /** Binary files: the whole content of a file opened for reading, and the read position in bytes. */
  data = new Uint8Array(0);
  /** Text files opened for reading: the decoded content (newlines untranslated) and the position in UTF-16 units. */
  text = '';
  pos = 0;
  /** Where the next write lands (a byte offset); null in append mode, where every write goes to the end. */
  writePos: number | null = 0;
  constructor(
    type: PyType,
    readonly name: PyValue,
    readonly mode: string,
    readonly binary: boolean,
    readonly readable: boolean,
    readonly fd: number | null,
    /** Text files: the encoding as given (shown by `.encoding`), the errors handler and newline= (None or a str). */
    readonly encoding: string,
    readonly errors: string,
    readonly newline: PyValue,
  ) {
    super(type);
  }

  nextValue(): PyValue | undefined {
    const line = readLine(this, -1);
    return (this.binary ? (line as PyBytes).data.length === 0 : line === '') ? undefined : line;
  }
}

const ERRNO: Record<string, [number, string, string]> = {
  ENOENT: [2, 'No such file or directory', 'FileNotFoundError'],
  EACCES: [13, 'Permission denied', 'PermissionError'],
  EEXIST: [17, 'File exists', 'FileExistsError'],
  EISDIR: [21, 'Is a directory', 'IsADirectoryError'],
  ENOTDIR: [20, 'Not a directory', 'NotADirectoryError'],
  EINVAL: [22, 'Invalid argument', 'OSError'],
};

function osError(error: unknown, filename?: PyValue): never {
  const code = (error as { code?: string }).code ?? '';
  const [errno, message, typeName] = ERRNO[code] ?? [5, 'Input/output error', 'OSError'];
  const args: PyValue[] = filename === undefined ? [errno, message] : [errno, message, filename];
  throw rt.call(builtinTypes.get(typeName) ?? (builtinTypes.get('OSError') as PyValue), args);
}

/** What open() parsed out of its mode string. */
interface Mode {
  kind: 'r' | 'w' | 'a' | 'x';
  binary: boolean;
}

/** CPython's mode validation, with its messages, in its order. */
function parseMode(mode: string): Mode {
  let kind: Mode['kind'] | null = null;
  let kinds = 0;
  let text = false;
  let binary = false;
  let plus = false;
  for (const c of mode) {
    if (!'rwaxbt+'.includes(c) || mode.indexOf(c) !== mode.lastIndexOf(c)) raiseError('ValueError', `invalid mode: '${mode}'`);
    if (c === 'b') binary = true;
    else if (c === 't') text = true;
    else if (c === '+') plus = true;
    else {
      kind = c as Mode['kind'];
      kinds++;
    }
  }
  if (text && binary) raiseError('ValueError', "can't have text and binary mode at once");
  if (kinds !== 1) raiseError('ValueError', 'must have exactly one of create/read/write/append mode');
  if (plus) raiseError('ValueError', `pvm does not support update mode '${mode}'`);
  return { kind: kind as Mode['kind'], binary };
}

/** open(file, mode, encoding=..., errors=..., newline=...). */
export function openFile(file: PyValue, mode: string, encoding: PyValue, errors: PyValue, newline: PyValue): PyFile {
  if (typeof file !== 'string') {
    if (typeof file === 'number') raiseError('OSError', 'pvm does not open files by descriptor');
    raiseError('TypeError', `expected str, bytes or os.PathLike object, not ${typeName(file)}`);
  }
  if (mode === '') raiseError('ValueError', 'Must have exactly one of create/read/write/append mode and at most one plus');
  const { kind, binary } = parseMode(mode);
  if (encoding !== None && typeof encoding !== 'string') raiseError('TypeError', `open() argument 'encoding' must be str or None, not ${typeName(encoding)}`);
  if (errors !== None && typeof errors !== 'string') raiseError('TypeError', `open() argument 'errors' must be str or None, not ${typeName(errors)}`);
  if (newline !== None && typeof newline !== 'string') raiseError('TypeError', `open() argument 'newline' must be str or None, not ${typeName(newline)}`);
  if (binary && encoding !== None) raiseError('ValueError', "binary mode doesn't take an encoding argument");
  if (binary && errors !== None) raiseError('ValueError', "binary mode doesn't take an errors argument");
  if (binary && newline !== None) raiseError('ValueError', "binary mode doesn't take a newline argument");
  if (typeof newline === 'string' && !['', '\n', '\r', '\r\n'].includes(newline)) raiseError('ValueError', `illegal newline value: ${newline}`);
  // The default as CPython shows it in UTF-8 mode (PYTHONUTF8=1), the environment pvm's programs run in.
  const enc = typeof encoding === 'string' ? encoding : 'utf-8';
  if (!binary && (extraCodecs.lookup?.(enc) ?? null) === null) normalizeEncoding(enc, 'open');
  const err = typeof errors === 'string' ? errors : 'strict';
  const type = !binary ? fileType : kind === 'r' ? readerType : writerType;
  try {
    if (kind === 'r') {
      const f = new PyFile(type, file, mode, binary, true, null, enc, err, newline);
      const data = new Uint8Array(fs.readFileSync(file));
      if (binary) f.data = data;
      else f.text = bytesDecode(data, enc, err);
      return f;
    }
    const fd = fs.openSync(file, kind === 'w' ? 'w' : kind === 'a' ? 'a' : 'wx');
    const f = new PyFile(type, file, mode, binary, false, fd, enc, err, newline);
    if (kind === 'a') f.writePos = null;
    return f;
  } catch (error) {
    if (error instanceof PyObject) throw error;
    return osError(error, file);
  }
}

function checkOpen(f: PyFile, binaryMessage: string): void {
  if (f.closed) raiseError('ValueError', f.binary ? binaryMessage : 'I/O operation on closed file.');
}

/** io.UnsupportedOperation, the class the io module defines (so `except io.UnsupportedOperation` catches it). */
function unsupported(what: string): never {
  const io = importModule('io');
  throw rt.call(rt.getAttr(io, 'UnsupportedOperation'), [what]);
}

function checkReadable(f: PyFile): void {
  checkOpen(f, 'read of closed file');
  if (!f.readable) unsupported('read');
}

function sizeArg(size: PyValue | undefined): number {
  if (size === undefined || size === None) return -1;
  const n = rt.indexValue(size);
  return typeof n === 'bigint' ? (n < 0n ? -1 : Number.MAX_SAFE_INTEGER) : n;
}

/** Universal newlines on read (newline=None): \r\n and \r become \n. */
function translated(f: PyFile, raw: string): string {
  return f.newline === None ? raw.replace(/\r\n?/g, '\n') : raw;
}

/** The raw index after `count` characters as the reader sees them (a translated \r\n is one; a surrogate pair is one). */
function advance(f: PyFile, from: number, count: number): number {
  const t = f.text;
  let i = from;
  for (let n = 0; n < count && i < t.length; n++) {
    const c = t.charCodeAt(i);
    if (c === 13 && f.newline === None && t.charCodeAt(i + 1) === 10) i += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < t.length) i += 2;
    else i++;
  }
  return i;
}

/** The raw index just past the line starting at `from` (its terminator included). */
function lineEnd(f: PyFile, from: number): number {
  const t = f.text;
  const nl = f.newline;
  if (nl === '\n' || nl === '\r' || nl === '\r\n') {
    const at = t.indexOf(nl as string, from);
    return at < 0 ? t.length : at + (nl as string).length;
  }
  // Universal newlines: \n, \r and \r\n all end a line.
  for (let i = from; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 10) return i + 1;
    if (c === 13) return t.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  return t.length;
}

function readLine(f: PyFile, limit: number): PyValue {
  checkReadable(f);
  if (f.binary) {
    const data = f.data;
    const nl = data.indexOf(10, f.pos);
    let end = nl < 0 ? data.length : nl + 1;
    if (limit >= 0) end = Math.min(end, f.pos + limit);
    const line = data.slice(f.pos, end);
    f.pos = end;
    return new PyBytes(line);
  }
  if (f.pos >= f.text.length) return '';
  let end = lineEnd(f, f.pos);
  if (limit >= 0) end = Math.min(end, advance(f, f.pos, limit));
  const line = translated(f, f.text.slice(f.pos, end));
  f.pos = end;
  return line;
}

function read(f: PyFile, size: number): PyValue {
  checkReadable(f);
  if (f.binary) {
    const end = size < 0 ? f.data.length : Math.min(f.data.length, f.pos + size);
    const chunk = f.data.slice(f.pos, end);
    f.pos = Math.max(f.pos, end);
    return new PyBytes(chunk);
  }
  const end = size < 0 ? f.text.length : advance(f, f.pos, size);
  const s = translated(f, f.text.slice(f.pos, end));
  f.pos = Math.max(f.pos, end);
  return s;
}

function write(f: PyFile, value: PyValue): number {
  checkOpen(f, 'write to closed file');
  if (f.fd === null) unsupported(f.binary ? 'write' : 'not writable');
  let data: Uint8Array;
  let written: number;
  if (f.binary) {
    const d = bytesData(value);
    if (d === null) raiseError('TypeError', `a bytes-like object is required, not '${typeName(value)}'`);
    data = d;
    written = d.length;
  } else {
    if (typeof value !== 'string') raiseError('TypeError', `write() argument must be str, not ${typeName(value)}`);
    const nl = f.newline;
    const text = nl === '\r' || nl === '\r\n' ? value.replace(/\n/g, nl) : value;
    data = strEncode(text, f.encoding, f.errors);
    written = [...value].length;
  }
  try {
    fs.writeSync(f.fd, data, 0, data.length, f.writePos);
  } catch (error) {
    osError(error);
  }
  if (f.writePos !== null) f.writePos += data.length;
  return written;
}

/** The position as CPython reports it: a byte offset (for text files, of the decoded text read so far). */
function tell(f: PyFile): number {
  checkOpen(f, 'tell of closed file');
  if (f.fd !== null) return f.writePos ?? fs.fstatSync(f.fd).size;
  if (f.binary) return f.pos;
  return strEncode(f.text.slice(0, f.pos), f.encoding, f.errors).length;
}

function seek(f: PyFile, offsetValue: PyValue, whenceValue: PyValue | undefined): number {
  checkOpen(f, 'seek of closed file');
  const offset = Number(rt.indexValue(offsetValue));
  const whence = whenceValue === undefined ? 0 : Number(rt.indexValue(whenceValue));
  if (whence !== 0 && whence !== 1 && whence !== 2) raiseError('ValueError', `invalid whence (${whence}, should be 0, 1 or 2)`);
  if (!f.binary) {
    if (whence === 1 && offset !== 0) unsupported("can't do nonzero cur-relative seeks");
    if (whence === 2 && offset !== 0) unsupported("can't do nonzero end-relative seeks");
    if (whence === 0 && offset < 0) raiseError('ValueError', `negative seek position ${offset}`);
  }
  const here = tell(f);
  const end = f.fd !== null ? fs.fstatSync(f.fd).size : f.binary ? f.data.length : strEncode(f.text, f.encoding, f.errors).length;
  const target = whence === 0 ? offset : whence === 1 ? here + offset : end + offset;
  if (target < 0) osError({ code: 'EINVAL' });
  if (f.fd !== null) {
    if (f.writePos !== null) f.writePos = target;
  } else if (f.binary) {
    f.pos = target;
  } else {
    // A text position is a byte offset: decode the bytes before it to find the character index.
    const bytes = strEncode(f.text, f.encoding, f.errors);
    f.pos = bytesDecode(bytes.subarray(0, Math.min(target, bytes.length)), f.encoding, f.errors).length;
  }
  return target;
}

function close(f: PyFile): void {
  if (f.closed) return;
  f.closed = true;
  if (f.fd !== null) fs.closeSync(f.fd);
}

const methods: MethodTable = {
  read: [(self: PyFile, size?: PyValue) => read(self, sizeArg(size)), { min: 0, max: 1 }],
  readline: [(self: PyFile, size?: PyValue) => readLine(self, sizeArg(size)), { min: 0, max: 1 }],
  readlines: [(self: PyFile, hint?: PyValue) => {
    const limit = sizeArg(hint);
    const lines: PyValue[] = [];
    let total = 0;
    for (let line = self.nextValue(); line !== undefined; line = self.nextValue()) {
      lines.push(line);
      total += typeof line === 'string' ? line.length : (line as PyBytes).data.length;
      if (limit > 0 && total >= limit) break;
    }
    return newList(lines);
  }, { min: 0, max: 1 }],
  write: (self: PyFile, s: PyValue) => write(self, s),
  writelines: (self: PyFile, lines: PyValue) => {
    for (const line of iterableToArray(lines)) write(self, line);
    return None;
  },
  tell: (self: PyFile) => tell(self),
  seek: [(self: PyFile, offset: PyValue, whence?: PyValue) => seek(self, offset, whence), { min: 1, max: 2 }],
  close: (self: PyFile) => {
    close(self);
    return None;
  },
  flush: (self: PyFile) => {
    checkOpen(self, 'flush of closed file');
    return None;
  },
  readable: (self: PyFile) => {
    checkOpen(self, 'I/O operation on closed file');
    return self.readable;
  },
  writable: (self: PyFile) => {
    checkOpen(self, 'I/O operation on closed file');
    return self.fd !== null;
  },
  seekable: (self: PyFile) => {
    checkOpen(self, 'I/O operation on closed file');
    return true;
  },
  __enter__: (self: PyFile) => {
    checkOpen(self, 'I/O operation on closed file.');
    return self;
  },
  __exit__: [(self: PyFile) => {
    close(self);
    return None;
  }, { min: 0, max: 3 }],
  __iter__: (self: PyFile) => {
    checkOpen(self, 'I/O operation on closed file.');
    return self;
  },
  __next__: (self: PyFile) => self.nextValue() ?? stopIteration(),
  __repr__: (self: PyFile) => self.binary
    ? `<_io.${self.type.name} name=${rt.repr(self.name)}>`
    : `<_io.TextIOWrapper name=${rt.repr(self.name)} mode=${rt.repr(self.mode)} encoding=${rt.repr(self.encoding)}>`,
};

for (const type of [fileType, readerType, writerType]) {
  defineMethods(type, methods);
  getter(type, 'closed', (self) => (self as PyFile).closed);
  getter(type, 'name', (self) => (self as PyFile).name);
  getter(type, 'mode', (self) => (self as PyFile).mode);
}
getter(fileType, 'encoding', (self) => (self as PyFile).encoding);
getter(fileType, 'errors', (self) => (self as PyFile).errors);

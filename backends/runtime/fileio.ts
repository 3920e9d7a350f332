// open(): pvm's deliberately small file API, the one path from Python code to
// the host filesystem. Text files only (UTF-8): read, readline, readlines,
// iteration, write, writelines, close, context manager. Reading loads the
// whole file at open; writing goes straight to the file descriptor.
// Invariant: after close() every operation raises `I/O operation on closed file.`
import * as fs from 'node:fs';
import { PyObject, None, raiseError, builtinTypes, typeName, typeType, type PyValue } from './object.js';
import { newDict } from './dict.js';
import { newTuple } from './tuple.js';
import { defineBuiltinType, getter } from './type.js';
import { defineMethods, PyIterator, stopIteration } from './nativeType.js';
import * as rt from './abstract.js';
import { newList, iterableToArray } from './list.js';

export const fileType = defineBuiltinType({ name: 'TextIOWrapper', module: '_io', subclassable: false });

export class PyFile extends PyIterator {
  closed = false;
  /** The whole text of a file opened for reading, and the read position in it (UTF-16 units). */
  text = '';
  pos = 0;
  constructor(readonly name: PyValue, readonly mode: string, readonly readable: boolean, readonly fd: number | null) {
    super(fileType);
  }

  nextValue(): PyValue | undefined {
    const line = readLine(this, -1);
    return line === '' ? undefined : line;
  }
}

const ERRNO: Record<string, [number, string, string]> = {
  ENOENT: [2, 'No such file or directory', 'FileNotFoundError'],
  EACCES: [13, 'Permission denied', 'PermissionError'],
  EEXIST: [17, 'File exists', 'FileExistsError'],
  EISDIR: [21, 'Is a directory', 'IsADirectoryError'],
  ENOTDIR: [20, 'Not a directory', 'NotADirectoryError'],
};

function osError(error: unknown, filename: PyValue): never {
  const code = (error as { code?: string }).code ?? '';
  const [errno, message, typeName] = ERRNO[code] ?? [5, 'Input/output error', 'OSError'];
  throw rt.call(builtinTypes.get(typeName) ?? (builtinTypes.get('OSError') as PyValue), [errno, message, filename]);
}

/** open(file, mode, encoding=..., newline=...) for text modes. */
export function openFile(file: PyValue, mode: string, encoding: PyValue, newline: PyValue): PyFile {
  if (typeof file !== 'string') {
    if (typeof file === 'number') raiseError('OSError', 'pvm does not open files by descriptor');
    raiseError('TypeError', `expected str, bytes or os.PathLike object, not ${typeName(file)}`);
  }
  if (encoding !== None && typeof encoding === 'string' && !/^utf-?8$/i.test(encoding)) {
    raiseError('LookupError', `pvm files support only utf-8, not ${encoding}`);
  }
  const kinds = mode.replace('t', '');
  if (!/^[rwax]\+?$/.test(kinds) || mode.length !== new Set(mode).size) {
    if (mode.includes('b')) raiseError('ValueError', 'pvm supports only text files (binary mode is not available)');
    raiseError('ValueError', `invalid mode: '${mode}'`);
  }
  if (kinds.includes('+')) raiseError('ValueError', `pvm does not support update mode '${mode}'`);
  const translate = newline === None;
  try {
    if (kinds === 'r') {
      const f = new PyFile(file, mode, true, null);
      const text = fs.readFileSync(file, 'utf8');
      f.text = translate ? text.replace(/\r\n?/g, '\n') : text;
      return f;
    }
    const flags = kinds === 'w' ? 'w' : kinds === 'a' ? 'a' : 'wx';
    return new PyFile(file, mode, false, fs.openSync(file, flags));
  } catch (error) {
    if (error instanceof PyObject) throw error;
    return osError(error, file);
  }
}

function checkOpen(f: PyFile): void {
  if (f.closed) raiseError('ValueError', 'I/O operation on closed file.');
}

let unsupportedOperation: PyValue | null = null;

/** io.UnsupportedOperation (an OSError and a ValueError), created on first use. */
function unsupported(what: string): never {
  if (unsupportedOperation === null) {
    const ns = newDict();
    ns.setStr('__module__', 'io');
    const bases = newTuple([builtinTypes.get('OSError') as PyValue, builtinTypes.get('ValueError') as PyValue]);
    unsupportedOperation = rt.call(typeType, ['UnsupportedOperation', bases, ns]);
  }
  throw rt.call(unsupportedOperation, [what]);
}

function sizeArg(size: PyValue | undefined): number {
  if (size === undefined || size === None) return -1;
  const n = rt.indexValue(size);
  return typeof n === 'bigint' ? Number.MAX_SAFE_INTEGER : n;
}

function readLine(f: PyFile, limit: number): string {
  checkOpen(f);
  if (!f.readable) unsupported('not readable');
  if (f.pos >= f.text.length) return '';
  const nl = f.text.indexOf('\n', f.pos);
  let end = nl < 0 ? f.text.length : nl + 1;
  if (limit >= 0) end = Math.min(end, f.pos + limit);
  const line = f.text.slice(f.pos, end);
  f.pos = end;
  return line;
}

function write(f: PyFile, s: PyValue): number {
  checkOpen(f);
  if (f.fd === null) unsupported('not writable');
  if (typeof s !== 'string') raiseError('TypeError', `write() argument must be str, not ${typeName(s)}`);
  fs.writeSync(f.fd, s);
  return [...s].length;
}

function close(f: PyFile): void {
  if (f.closed) return;
  f.closed = true;
  if (f.fd !== null) fs.closeSync(f.fd);
}

defineMethods(fileType, {
  read: [(self: PyFile, size?: PyValue) => {
    checkOpen(self);
    if (!self.readable) unsupported('not readable');
    const n = sizeArg(size);
    const end = n < 0 ? self.text.length : Math.min(self.text.length, self.pos + n);
    const s = self.text.slice(self.pos, end);
    self.pos = end;
    return s;
  }, { min: 0, max: 1 }],
  readline: [(self: PyFile, size?: PyValue) => readLine(self, sizeArg(size)), { min: 0, max: 1 }],
  readlines: [(self: PyFile) => {
    const lines: PyValue[] = [];
    for (let line = readLine(self, -1); line !== ''; line = readLine(self, -1)) lines.push(line);
    return newList(lines);
  }, { min: 0, max: 1 }],
  write: (self: PyFile, s: PyValue) => write(self, s),
  writelines: (self: PyFile, lines: PyValue) => {
    for (const line of iterableToArray(lines)) write(self, line);
    return None;
  },
  close: (self: PyFile) => {
    close(self);
    return None;
  },
  flush: (self: PyFile) => {
    checkOpen(self);
    return None;
  },
  readable: (self: PyFile) => {
    checkOpen(self);
    return self.readable;
  },
  writable: (self: PyFile) => {
    checkOpen(self);
    return self.fd !== null;
  },
  __enter__: (self: PyFile) => {
    checkOpen(self);
    return self;
  },
  __exit__: [(self: PyFile) => {
    close(self);
    return None;
  }, { min: 0, max: 3 }],
  __iter__: (self: PyFile) => {
    checkOpen(self);
    return self;
  },
  __next__: (self: PyFile) => {
    const line = readLine(self, -1);
    return line === '' ? stopIteration() : line;
  },
  __repr__: (self: PyFile) => `<_io.TextIOWrapper name=${rt.repr(self.name)} mode=${rt.repr(self.mode)} encoding='UTF-8'>`,
});

getter(fileType, 'closed', (self) => (self as PyFile).closed);
getter(fileType, 'name', (self) => (self as PyFile).name);
getter(fileType, 'mode', (self) => (self as PyFile).mode);
getter(fileType, 'encoding', () => 'UTF-8');

// The native `sys` module and the text streams behind sys.stdin/stdout/stderr.
// A run creates sys once (createSys) from what the backend passes in: argv,
// the host's output sinks and line reader, the search path, and how to read
// the exception being handled. The streams write to the sinks the host
// batches; print() and tracebacks go through the same objects.
import { PyObject, PyType, TypeFlags, PyBaseException, None, raiseError, raiseWith, builtinTypes, containers, typeOf, type PyValue, type StrDict } from '../object.js';
import { PyFloat } from '../float.js';
import { defineBuiltinType, getter, method, methodRaw } from '../type.js';
import { builtinFunction, PyBuiltinFunction } from '../function.js';
import { state } from '../interpreter.js';
import * as rt from '../abstract.js';
import { PyModule, nativeModuleNames, importModule, adoptModuleFunctions } from '../importer.js';
import { structSeqType } from './structSeq.js';
import { toDouble } from './math.js';
import { PyBytes, bytesData } from '../bytes.js';
import { strEncode, hasSurrogates } from '../str.js';
import { maxStrDigits, setMaxStrDigits } from '../int.js';
import { codeObjectFor, visibleNamespace } from '../classes.js';
import { frameAccess, type FrameInfo } from '../builtins.js';
import { writeException, writeStderr } from '../uncaught.js';
import { visibleTraceback } from '../traceback.js';

export const textStreamType = defineBuiltinType({ name: 'TextIOWrapper', module: '_io', subclassable: false });

/** A text stream over a host sink (stdout, stderr) or line source (stdin). */
/**
 * The tuple given to sys.exit(), for the SystemExit raised with it. CPython
 * keeps that raw value until an exception handler normalizes the exception
 * into SystemExit(*tuple); an exit that meets no handler reports the tuple
 * itself (printed, status 1), not the exception's code.
 */
export const unnormalizedExits = new WeakMap<PyBaseException, PyValue>();

export class PyTextStream extends PyObject {
  closed = false;
  constructor(
    readonly name: string,
    readonly fileno: number,
    readonly sink: ((text: string) => void) | null,
    readonly readLine: (() => string | null) | null,
    readonly flusher: (() => void) | null = null,
  ) {
    super(textStreamType);
  }

  write(text: string): void {
    if (this.sink === null) raiseError('OSError', 'not writable');
    this.sink(hasSurrogates(text) ? this.encodable(text) : text);
  }

  /** The stream's error handler: stderr's backslashreplace, else strict (PYTHONIOENCODING=utf-8). */
  get errors(): string {
    return this.fileno === 2 ? 'backslashreplace' : 'strict';
  }

  /** text as UTF-8 can carry it: a lone surrogate fails or is escaped by the stream's handler. */
  private encodable(text: string): string {
    return new TextDecoder().decode(strEncode(text, 'utf-8', this.errors));
  }

  /** Text read from the host but not yet consumed (read(n) and readline(n) stop mid-line). */
  private pending = '';

  readLineOrEmpty(): string {
    if (this.readLine === null) raiseError('OSError', 'not readable');
    if (this.pending !== '') {
      const nl = this.pending.indexOf('\n');
      if (nl >= 0) {
        const line = this.pending.slice(0, nl + 1);
        this.pending = this.pending.slice(nl + 1);
        return line;
      }
      const head = this.pending;
      this.pending = '';
      return head + (this.readLine() ?? '');
    }
    return this.readLine() ?? '';
  }

  /** At most limit code points of text (all of it when limit < 0), stopping after a newline when lineOnly. */
  readLimited(limit: number, lineOnly: boolean): string {
    if (limit < 0) {
      if (lineOnly) return this.readLineOrEmpty();
      const parts: string[] = [];
      for (let line = this.readLineOrEmpty(); line !== ''; line = this.readLineOrEmpty()) parts.push(line);
      return parts.join('');
    }
    const taken: string[] = [];
    while (taken.length < limit) {
      if (this.pending === '') {
        this.pending = this.readLineOrEmpty();
        if (this.pending === '') break;
      }
      const cps = [...this.pending];
      const n = Math.min(cps.length, limit - taken.length);
      let cut = n;
      if (lineOnly) {
        const nl = cps.indexOf('\n');
        if (nl >= 0 && nl < n) cut = nl + 1;
      }
      for (let i = 0; i < cut; i++) taken.push(cps[i]);
      this.pending = cps.slice(cut).join('');
      if (lineOnly && taken[taken.length - 1] === '\n') break;
    }
    return taken.join('');
  }
}

/** A read size argument: a negative int (or None, where noneOk) means all. */
function readSize(arg: PyValue | undefined, noneOk: boolean): number {
  if (arg === undefined || (arg === None && noneOk)) return -1;
  if (typeof arg === 'number') return arg;
  if (typeof arg === 'boolean') return arg ? 1 : 0;
  if (noneOk) raiseError('TypeError', `argument should be integer or None, not '${typeOf(arg).name}'`);
  raiseError('TypeError', `'${typeOf(arg).name}' object cannot be interpreted as an integer`);
}

method(textStreamType, 'write', (self: PyTextStream, text: PyValue) => {
  if (typeof text !== 'string') raiseError('TypeError', `write() argument must be str, not ${typeOf(text).name}`);
  self.write(text);
  return [...text].length;
});
method(textStreamType, 'writelines', (self: PyTextStream, lines: PyValue) => {
  for (const line of rt.toArray(lines)) {
    if (typeof line !== 'string') raiseError('TypeError', `write() argument must be str, not ${typeOf(line).name}`);
    self.write(line);
  }
  return None;
});
method(textStreamType, 'flush', (self: PyTextStream) => {
  self.flusher?.();
  return None;
});
method(textStreamType, 'isatty', () => false);
method(textStreamType, 'fileno', (self: PyTextStream) => self.fileno);
method(textStreamType, 'readable', (self: PyTextStream) => self.readLine !== null);
method(textStreamType, 'writable', (self: PyTextStream) => self.sink !== null);
method(textStreamType, 'readline', (self: PyTextStream, size?: PyValue) => self.readLimited(readSize(size, false), true), { min: 0, max: 1 });
method(textStreamType, 'read', (self: PyTextStream, size?: PyValue) => self.readLimited(readSize(size, true), false), { min: 0, max: 1 });
method(textStreamType, 'readlines', (self: PyTextStream) => {
  const lines: PyValue[] = [];
  for (let line = self.readLineOrEmpty(); line !== ''; line = self.readLineOrEmpty()) lines.push(line);
  return containers.newList(lines);
}, { min: 0, max: 1 });
method(textStreamType, '__iter__', (self: PyTextStream) => self);
methodRaw(textStreamType, '__next__', (args) => {
  const line = (args[0] as PyTextStream).readLineOrEmpty();
  if (line === '') raiseWith(builtinTypes.get('StopIteration')!, []);
  return line;
});
method(textStreamType, '__enter__', (self: PyTextStream) => self);
method(textStreamType, '__exit__', () => None, { min: 0, max: 3 });
method(textStreamType, '__repr__', (self: PyTextStream) => `<_io.TextIOWrapper name='<${self.name}>' mode='${self.sink === null ? 'r' : 'w'}' encoding='utf-8'>`);
getter(textStreamType, 'encoding', () => 'utf-8');
getter(textStreamType, 'errors', (self) => (self as PyTextStream).errors);
getter(textStreamType, 'name', (self) => `<${(self as PyTextStream).name}>`);
getter(textStreamType, 'closed', () => false);
getter(textStreamType, 'mode', (self) => ((self as PyTextStream).sink === null ? 'r' : 'w'));
getter(textStreamType, 'line_buffering', () => false);

// ---------------------------------------------------------------- the binary layer (sys.stdout.buffer...)

export const bufferedWriterType = defineBuiltinType({ name: 'BufferedWriter', module: '_io', subclassable: false });
export const bufferedReaderType = defineBuiltinType({ name: 'BufferedReader', module: '_io', subclassable: false });

/**
 * The `buffer` of a standard stream: bytes in and out of the same host sink or
 * line source as its text stream, in order with it. Written bytes are decoded
 * as UTF-8 (a character split across writes waits for its last byte); read
 * lines are the text stream's, encoded back to UTF-8.
 */
class PyBinaryStream extends PyObject {
  private readonly decoder = new TextDecoder('utf-8');

  constructor(readonly text: PyTextStream) {
    super(text.sink === null ? bufferedReaderType : bufferedWriterType);
  }

  write(data: Uint8Array): void {
    const text = this.decoder.decode(data, { stream: true });
    if (text !== '') this.text.write(text);
  }

  bytes(text: string): PyValue {
    return new PyBytes(new TextEncoder().encode(text));
  }
}

function bytesArgument(v: PyValue): Uint8Array {
  const data = bytesData(v);
  if (data === null) raiseError('TypeError', `a bytes-like object is required, not '${typeOf(v).name}'`);
  return data;
}

for (const type of [bufferedWriterType, bufferedReaderType]) {
  method(type, 'write', (self: PyBinaryStream, data: PyValue) => {
    if (self.text.sink === null) throw rt.call(rt.getAttr(importModule('io'), 'UnsupportedOperation'), ['write']);
    const bytes = bytesArgument(data);
    self.write(bytes);
    return bytes.length;
  });
  method(type, 'writelines', (self: PyBinaryStream, lines: PyValue) => {
    for (const line of rt.toArray(lines)) self.write(bytesArgument(line));
    return None;
  });
  method(type, 'flush', (self: PyBinaryStream) => {
    self.text.flusher?.();
    return None;
  });
  method(type, 'read', (self: PyBinaryStream, size?: PyValue) => self.bytes(self.text.readLimited(readSize(size, true), false)), { min: 0, max: 1 });
  method(type, 'readline', (self: PyBinaryStream, size?: PyValue) => self.bytes(self.text.readLimited(readSize(size, true), true)), { min: 0, max: 1 });
  method(type, 'readlines', (self: PyBinaryStream) => {
    const lines: PyValue[] = [];
    for (let line = self.text.readLineOrEmpty(); line !== ''; line = self.text.readLineOrEmpty()) lines.push(self.bytes(line));
    return containers.newList(lines);
  }, { min: 0, max: 1 });
  method(type, '__iter__', (self: PyBinaryStream) => self);
  methodRaw(type, '__next__', (args) => {
    const self = args[0] as PyBinaryStream;
    const line = self.text.readLineOrEmpty();
    if (line === '') raiseWith(builtinTypes.get('StopIteration')!, []);
    return self.bytes(line);
  });
  method(type, 'isatty', () => false);
  method(type, 'fileno', (self: PyBinaryStream) => self.text.fileno);
  method(type, 'readable', (self: PyBinaryStream) => self.text.readLine !== null);
  method(type, 'writable', (self: PyBinaryStream) => self.text.sink !== null);
  method(type, '__repr__', (self: PyBinaryStream) => `<_io.${self.type.name} name='<${self.text.name}>'>`);
  getter(type, 'name', (self) => `<${(self as PyBinaryStream).text.name}>`);
  getter(type, 'closed', () => false);
  getter(type, 'mode', (self) => ((self as PyBinaryStream).text.sink === null ? 'rb' : 'wb'));
}

const binaryLayers = new WeakMap<PyTextStream, PyBinaryStream>();
getter(textStreamType, 'buffer', (self) => {
  const text = self as PyTextStream;
  let layer = binaryLayers.get(text);
  if (layer === undefined) binaryLayers.set(text, (layer = new PyBinaryStream(text)));
  return layer;
});

const versionInfoType = structSeqType('sys', 'version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial']);
const floatInfoType = structSeqType('sys', 'float_info', [
  'max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds',
]);
const intInfoType = structSeqType('sys', 'int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold']);
const hashInfoType = structSeqType('sys', 'hash_info', ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff']);
const flagsType = structSeqType('sys', 'flags', [
  'debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site', 'ignore_environment',
  'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding',
  'safe_path', 'int_max_str_digits',
]);

const namespaceType = defineBuiltinType({ name: 'SimpleNamespace', module: 'types', hasDict: true });
method(namespaceType, '__repr__', (self: PyObject) => {
  const dict = self.dict as StrDict;
  const parts = dict.strKeys().map((k) => `${k}=${rt.repr(dict.getStr(k)!)}`);
  return `namespace(${parts.join(', ')})`;
});

/** What a run gives sys. */
export interface SysConfig {
  argv: string[];
  /** sys.path, in search order. */
  path: string[];
  /** sys.modules, shared with the importer. */
  modules: StrDict;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  flushStdout: (() => void) | null;
  readLine: (() => string | null) | null;
  /** The exception being handled (sys.exc_info, sys.exception), or None. */
  handledException: () => PyValue;
  executable: string;
  /** sys.warnoptions: PYTHONWARNINGS then -W, as given. */
  warnOptions?: string[];
}

/** The frame objects sys._getframe returns: a live view of a running frame (locals are read on access). */
const frameType = defineBuiltinType({ name: 'frame', subclassable: false });

class PyFrame extends PyObject {
  constructor(readonly info: FrameInfo) {
    super(frameType);
  }
}

/** One frame object per running frame, so `f.f_back is sys._getframe(1)` holds as in CPython. */
const frameObjects = new WeakMap<object, PyFrame>();

export function frameObject(info: FrameInfo): PyFrame {
  let f = frameObjects.get(info.key);
  if (f === undefined) frameObjects.set(info.key, (f = new PyFrame(info)));
  return f;
}

const FRAME_FIELDS: Record<string, (f: FrameInfo) => PyValue> = {
  f_code: (f) => codeObjectFor(f.code),
  f_lineno: (f) => f.lineno(),
  f_lasti: (f) => 2 * (f.lasti?.() ?? 0),
  f_back: (f) => {
    const back = f.back();
    return back === null ? None : frameObject(back);
  },
  f_locals: (f) => visibleNamespace(f.locals()),
  f_globals: (f) => f.globals as PyValue,
  f_builtins: () => state.builtins ?? None,
};
for (const [name, get] of Object.entries(FRAME_FIELDS)) getter(frameType, name, (self) => get((self as PyFrame).info));
method(frameType, '__repr__', (self: PyFrame) => {
  const f = self.info;
  return `<frame at 0x${rt.id(self).toString(16).padStart(12, '0')}, file ${rt.repr(f.code.filename)}, line ${f.lineno()}, code ${f.code.name}>`;
});

/** sys._getframe(depth): the caller's frame, or the one `depth` calls further out. */
function getFrame(depth?: PyValue): PyValue {
  let n = depth === undefined ? 0 : rt.indexValue(depth);
  let info = frameAccess.frame?.() ?? null;
  while (info !== null && n > 0) {
    info = info.back();
    n = typeof n === 'bigint' ? n - 1n : n - 1;
  }
  if (info === null) raiseError('ValueError', 'call stack is not deep enough');
  return frameObject(info);
}

export const VERSION = '3.11.7 (main, pvm) [pvm: Python on TypeScript and Node.js]';

/** Approximate object sizes for getsizeof, shaped after CPython's 64-bit layout. */
function sizeOf(v: PyValue): number {
  if (typeof v === 'boolean') return v ? 28 : 24;
  if (typeof v === 'number') return v === 0 ? 24 : 28 + 4 * Math.floor(Math.log2(Math.abs(v)) / 30);
  if (typeof v === 'bigint') return 24 + 4 * Math.ceil((v < 0n ? -v : v).toString(2).length / 30);
  if (typeof v === 'string') return 49 + [...v].length;
  if (v instanceof PyFloat) return 24;
  if (v === None) return 16;
  const items = containers.tupleItems(v);
  if (items !== undefined) return 40 + 8 * items.length;
  const type = typeOf(v);
  if (type === builtinTypes.get('list')) return 56 + 8 * rt.len(v);
  if (type === builtinTypes.get('dict')) return 64 + 24 * rt.len(v);
  if (type === builtinTypes.get('set') || type === builtinTypes.get('frozenset')) return 216;
  return 48;
}

/** CPython's solid bases whose instances vary in size: a subclass keeps its __dict__ at an offset, not managed before the object. */
const VARIABLE_SIZE = new Set(['int', 'tuple', 'bytes', 'type']);

/**
 * The bytes CPython allocates before an instance of a class statement's type:
 * the GC header (every such type is tracked) and, when the instances have a
 * __dict__ and a fixed-size base, the managed dict's two pointers.
 */
function preHeaderSize(type: PyType): number {
  if (type.flags & TypeFlags.BUILTIN) return 0;
  const managedDict = (type.flags & TypeFlags.HAS_DICT) !== 0 && !VARIABLE_SIZE.has(type.solidBase.name);
  return 16 + (managedDict ? 16 : 0);
}

/**
 * sys.getsizeof: pvm's own objects by sizeOf's model of CPython's layout; an
 * object whose class defines __sizeof__ by what that returns (an int, at
 * least 0, within ssize_t) plus the pre-header, as CPython does.
 */
function getSizeOf(v: PyValue, dflt?: PyValue): PyValue {
  const type = typeOf(v);
  const f = type.lookup('__sizeof__');
  if (f === null || f instanceof PyBuiltinFunction) return sizeOf(v);
  let r: PyValue;
  try {
    r = rt.call1(f, v);
    if (!(typeof r === 'number' || typeof r === 'bigint' || typeof r === 'boolean' ||
          (r instanceof PyObject && r.type.isSubtypeOf(builtinTypes.get('int')!)))) {
      raiseError('TypeError', 'an integer is required');
    }
  } catch (e) {
    if (dflt !== undefined && rt.isExceptionOf(e, 'TypeError')) return dflt;
    throw e;
  }
  const n = BigInt(rt.indexValue(r));
  if (n >= 2n ** 63n || n < -(2n ** 63n)) raiseError('OverflowError', 'Python int too large to convert to C ssize_t');
  if (n < 0n) raiseError('ValueError', '__sizeof__() should return >= 0');
  const total = n + BigInt(preHeaderSize(type));
  return total <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(total) : total;
}

/** Builds the sys module of a run. */
export function createSys(config: SysConfig): PyModule {
  const sys = new PyModule('sys');
  const ns = sys.dict;
  const stdout = new PyTextStream('stdout', 1, config.stdout, null, config.flushStdout);
  const stderr = new PyTextStream('stderr', 2, config.stderr, null);
  const stdin = new PyTextStream('stdin', 0, null, config.readLine);
  const set = (name: string, value: PyValue): void => ns.setStr(name, value);
  const fn = (name: string, impl: (...args: any[]) => PyValue, sig?: Parameters<typeof builtinFunction>[2]): void => {
    set(name, builtinFunction(name, impl, sig));
  };
  set('argv', containers.newList(config.argv));
  set('orig_argv', containers.newList(['python3', ...config.argv]));
  set('path', containers.newList(config.path));
  set('modules', config.modules);
  set('stdout', stdout);
  set('stderr', stderr);
  set('stdin', stdin);
  set('__stdout__', stdout);
  set('__stderr__', stderr);
  set('__stdin__', stdin);
  // The default hook prints through sys.stderr as an uncaught exception prints (uncaught.ts); given
  // something else than an exception, it prints that complaint instead, as CPython's does.
  const excepthook = builtinFunction('excepthook', (_type: PyValue, value: PyValue, tb: PyValue) => {
    if (value instanceof PyBaseException) writeException(value, tb, sys);
    else writeStderr(sys, `TypeError: print_exception(): Exception expected for value, ${typeOf(value).name} found\n`);
    return None;
  }, { min: 3, max: 3 });
  set('excepthook', excepthook);
  set('__excepthook__', excepthook);
  // What the interactive prompt does with an expression's value: its repr on sys.stdout, kept as builtins._.
  const displayhook = builtinFunction('displayhook', (value: PyValue) => {
    if (value === None) return None;
    const builtins = state.builtins;
    builtins?.setStr('_', None);
    const out = ns.getStr('stdout');
    if (out === undefined || out === None) raiseError('RuntimeError', 'lost sys.stdout');
    rt.callMethod(out, 'write', [rt.repr(value)]);
    rt.callMethod(out, 'write', ['\n']);
    builtins?.setStr('_', value);
    return None;
  }, { min: 1, max: 1 });
  set('displayhook', displayhook);
  set('__displayhook__', displayhook);
  set('version', VERSION);
  set('version_info', versionInfoType.make([3, 11, 7, 'final', 0]));
  set('hexversion', 0x030b07f0);
  set('api_version', 1013);
  set('platform', 'linux');
  set('byteorder', 'little');
  set('maxsize', 9223372036854775807n);
  set('maxunicode', 0x10ffff);
  set('executable', config.executable);
  set('prefix', '/usr');
  set('exec_prefix', '/usr');
  set('copyright', 'Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.');
  set('base_prefix', '/usr');
  set('base_exec_prefix', '/usr');
  set('platlibdir', 'lib');
  set('abiflags', '');
  set('pycache_prefix', None);
  set('warnoptions', containers.newList(config.warnOptions ?? []));
  set('_xoptions', containers.newDict());
  set('path_hooks', containers.newList([]));
  set('meta_path', containers.newList([]));
  set('path_importer_cache', containers.newDict());
  set('float_repr_style', 'short');
  set('dont_write_bytecode', true);
  set('builtin_module_names', containers.newTuple(nativeModuleNames()));
  set('float_info', floatInfoType.make([
    new PyFloat(Number.MAX_VALUE), 1024, 308, new PyFloat(2.2250738585072014e-308), -1021, -307, 15, 53,
    new PyFloat(Number.EPSILON), 2, 1,
  ]));
  set('int_info', intInfoType.make([30, 4, 4300, 640]));
  set('hash_info', hashInfoType.make([64, 2305843009213693951n, 314159, 0, 1000003, 'siphash13', 64, 128, 0]));
  set('flags', flagsType.make([0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, false, 1, 0, false, -1]));
  const implementation = new PyObject(namespaceType);
  implementation.dict = containers.newDict();
  implementation.dict.setStr('name', 'pvm');
  implementation.dict.setStr('cache_tag', None);
  implementation.dict.setStr('version', versionInfoType.make([3, 11, 7, 'final', 0]));
  implementation.dict.setStr('hexversion', 0x030b07f0);
  set('implementation', implementation);

  // As raising with a value: None means no arguments, a tuple is the argument list.
  fn('exit', (code?: PyValue) => {
    const items = code === undefined || code === None ? [] : containers.tupleItems(code);
    try {
      raiseWith(builtinTypes.get('SystemExit')!, items?.slice() ?? [code!]);
    } catch (e) {
      if (items !== undefined && code !== undefined && e instanceof PyBaseException) unnormalizedExits.set(e, code);
      throw e;
    }
  }, { min: 0, max: 1 });
  fn('getrecursionlimit', () => state.recursionLimit);
  fn('setrecursionlimit', (limit: PyValue) => {
    if (typeof limit !== 'number' && typeof limit !== 'bigint') {
      raiseError('TypeError', `'${typeOf(limit).name}' object cannot be interpreted as an integer`);
    }
    if (limit < 1) raiseError('ValueError', 'recursion limit must be greater or equal than 1');
    state.recursionLimit = Number(limit);
    return None;
  });
  fn('get_int_max_str_digits', () => maxStrDigits);
  fn('set_int_max_str_digits', (maxdigits: PyValue) => {
    const n = rt.indexValue(maxdigits);
    if (n !== 0 && n < 640) raiseError('ValueError', 'maxdigits must be 0 or larger than 640');
    if (n > 2147483647) raiseError('OverflowError', 'Python int too large to convert to C int');
    setMaxStrDigits(Number(n));
    return None;
  }, { names: ['maxdigits'] });
  fn('getsizeof', getSizeOf, { min: 1, max: 2 });
  fn('intern', (s: PyValue) => {
    if (typeof s !== 'string') raiseError('TypeError', `intern() argument must be str, not ${typeOf(s).name}`);
    return s;
  });
  fn('exc_info', () => {
    const e = config.handledException();
    if (!(e instanceof PyBaseException)) return containers.newTuple([None, None, None]);
    return containers.newTuple([e.type, e, visibleTraceback(e.traceback)]);
  });
  fn('exception', () => config.handledException());
  fn('_getframe', getFrame, { min: 0, max: 1 });
  fn('getdefaultencoding', () => 'utf-8');
  fn('getfilesystemencoding', () => 'utf-8');
  fn('getrefcount', () => 2);
  let switchInterval = 0.005;
  fn('getswitchinterval', () => new PyFloat(switchInterval));
  fn('setswitchinterval', (interval: PyValue) => {
    const seconds = toDouble(interval);
    if (seconds <= 0) raiseError('ValueError', 'switch interval must be strictly positive');
    switchInterval = seconds;
    return None;
  });
  fn('is_finalizing', () => false);
  fn('audit', () => None, { min: 1, max: Infinity });
  adoptModuleFunctions(sys);
  return sys;
}

// Python exceptions: the built-in hierarchy (BaseException ... ExceptionGroup)
// as type objects with CPython 3.11's attributes, constructors, str and repr.
// How exceptions travel through JS is documented once on PyBaseException in
// object.ts: the exception object itself is thrown, never a JS Error.
// Invariant: `raiseError(typeName, message)` raises the built-in type by
// name; every exception object is a PyBaseException whatever its class.
import {
  PyObject, PyType, PyBaseException, None, typeOf, raiseError, raiseWith, builtinTypes, containers,
  exceptionFactory, TypeFlags, objectType, strType,
  type PyValue, type StrDict,
} from './object.js';
import { tupleType } from './tuple.js';
import { dictType } from './dict.js';
import { state } from './interpreter.js';
import { bytesData } from './bytes.js';
import { defineBuiltinType, method, methodRaw, getter, staticNew } from './type.js';
import { repr, str, toArray, isInstance, call, isTrue, getAttrOrUndefined, callSpecial } from './abstract.js';
import { visibleTraceback } from './traceback.js';

export { raiseError, raiseWith, PyBaseException } from './object.js';

type Initializer = (e: PyBaseException, args: PyValue[], kw: ReadonlyMap<string, PyValue>) => void;

/** Per-type argument handling run when an exception is created (StopIteration.value, OSError.errno ...). */
const initializers = new Map<PyType, Initializer>();
/**
 * The initializer each class uses (its own or the nearest base's), found
 * once per class: raising is common and the MRO walk was measurable. A class's
 * MRO never changes after creation; the cache is dropped when one is added.
 */
const initializerOf = new Map<PyType, Initializer | null>();

function setInitializer(t: PyType, init: Initializer): void {
  initializers.set(t, init);
  initializerOf.clear();
}

function dictOf(e: PyObject) {
  return (e.dict ??= containers.newDict());
}

function setField(e: PyObject, name: string, v: PyValue): void {
  dictOf(e).setStr(name, v);
}

function field(e: PyObject, name: string): PyValue {
  return e.dict?.getStr(name) ?? None;
}

/** Runs the nearest built-in initializer along the MRO (user subclasses inherit their base's). */
function initialize(e: PyBaseException, args: PyValue[], kw: ReadonlyMap<string, PyValue>): void {
  const t = e.type;
  let init = initializerOf.get(t);
  if (init === undefined) {
    init = null;
    for (const b of t.mro) {
      const found = initializers.get(b);
      if (found !== undefined) {
        init = found;
        break;
      }
    }
    initializerOf.set(t, init);
  }
  if (init !== null) init(e, args, kw);
}

const NO_KEYWORDS: ReadonlyMap<string, PyValue> = new Map();

function create(type: PyType, args: PyValue[], kw: ReadonlyMap<string, PyValue> = NO_KEYWORDS): PyBaseException {
  const e = new PyBaseException(type, args);
  initialize(e, args, kw);
  return e;
}

exceptionFactory.create = (type, args) => create(type, args);

/** An exception class; its docstring, unless given here, is CPython's (typeDocs.ts). */
function define(name: string, base: PyType | null, doc?: string): PyType {
  const t = defineBuiltinType({
    name, base: base ?? objectType, doc, hasDict: true, sameLayoutAsBase: base !== null,
  });
  t.flags |= TypeFlags.EXCEPTION;
  return t;
}

export const BaseException = define('BaseException', null, 'Common base class for all exceptions');

// The hierarchy, each line `Name: Base` in CPython's documented order.
const HIERARCHY = `
BaseExceptionGroup: BaseException
GeneratorExit: BaseException
KeyboardInterrupt: BaseException
SystemExit: BaseException
Exception: BaseException
ArithmeticError: Exception
FloatingPointError: ArithmeticError
OverflowError: ArithmeticError
ZeroDivisionError: ArithmeticError
AssertionError: Exception
AttributeError: Exception
BufferError: Exception
EOFError: Exception
ImportError: Exception
ModuleNotFoundError: ImportError
LookupError: Exception
IndexError: LookupError
KeyError: LookupError
MemoryError: Exception
NameError: Exception
UnboundLocalError: NameError
OSError: Exception
BlockingIOError: OSError
ChildProcessError: OSError
ConnectionError: OSError
BrokenPipeError: ConnectionError
ConnectionAbortedError: ConnectionError
ConnectionRefusedError: ConnectionError
ConnectionResetError: ConnectionError
FileExistsError: OSError
FileNotFoundError: OSError
InterruptedError: OSError
IsADirectoryError: OSError
NotADirectoryError: OSError
PermissionError: OSError
ProcessLookupError: OSError
TimeoutError: OSError
ReferenceError: Exception
RuntimeError: Exception
NotImplementedError: RuntimeError
RecursionError: RuntimeError
StopAsyncIteration: Exception
StopIteration: Exception
SyntaxError: Exception
IndentationError: SyntaxError
TabError: IndentationError
SystemError: Exception
TypeError: Exception
ValueError: Exception
UnicodeError: ValueError
UnicodeDecodeError: UnicodeError
UnicodeEncodeError: UnicodeError
UnicodeTranslateError: UnicodeError
Warning: Exception
BytesWarning: Warning
DeprecationWarning: Warning
EncodingWarning: Warning
FutureWarning: Warning
ImportWarning: Warning
PendingDeprecationWarning: Warning
ResourceWarning: Warning
RuntimeWarning: Warning
SyntaxWarning: Warning
UnicodeWarning: Warning
UserWarning: Warning
`;

for (const line of HIERARCHY.trim().split('\n')) {
  const [name, base] = line.split(': ');
  define(name, builtinTypes.get(base) as PyType);
}
const BaseExceptionGroupType = builtinTypes.get('BaseExceptionGroup') as PyType;

export const ExceptionGroup = (() => {
  const t = defineBuiltinType({
    name: 'ExceptionGroup', base: builtinTypes.get('BaseExceptionGroup'), hasDict: true, sameLayoutAsBase: true,
  });
  const exc = builtinTypes.get('Exception') as PyType;
  t.bases = [t.bases[0], exc];
  exc.subclasses.push(t);
  t.mro = [t, t.bases[0], ...exc.mro];
  t.flags |= TypeFlags.EXCEPTION;
  return t;
})();

/** The built-in exception class named `name`. */
export function exceptionType(name: string): PyType {
  const t = builtinTypes.get(name);
  if (t === undefined || (t.flags & TypeFlags.EXCEPTION) === 0) throw new Error(`internal: no exception type ${name}`);
  return t;
}

/** A new exception of a built-in class (not raised). */
export function newException(name: string, ...args: PyValue[]): PyBaseException {
  return create(exceptionType(name), args);
}

/** Raises `KeyError(key)` (str of a KeyError is the repr of its key). */
export function raiseKeyError(key: PyValue): never {
  raiseWith(exceptionType('KeyError'), [key]);
}

/** Raises StopIteration carrying a generator's return value. */
export function raiseStopIteration(value: PyValue = None): never {
  raiseWith(exceptionType('StopIteration'), value === None ? [] : [value]);
}

// ------------------------------------------------------------ BaseException

function kwMap(args: PyValue[], kwnames: readonly string[] | null): [PyValue[], ReadonlyMap<string, PyValue>] {
  if (kwnames === null || kwnames.length === 0) return [args, NO_KEYWORDS];
  const kw = new Map<string, PyValue>();
  const npos = args.length - kwnames.length;
  kwnames.forEach((k, i) => kw.set(k, args[npos + i]));
  return [args.slice(0, npos), kw];
}

/** Keyword arguments each built-in exception's constructor accepts. */
const ACCEPTED_KEYWORDS: Record<string, readonly string[]> = {
  ImportError: ['name', 'path'],
  AttributeError: ['name', 'obj'],
  NameError: ['name'],
};

function acceptedKeywords(t: PyType): readonly string[] {
  for (const b of t.mro) {
    const k = ACCEPTED_KEYWORDS[b.name];
    if (k !== undefined && (b.flags & TypeFlags.BUILTIN)) return k;
  }
  return [];
}

/** BaseException.__new__'s work: a group class validates its (message, exceptions) pair. */
function construct(cls: PyType, args: PyValue[], kw: ReadonlyMap<string, PyValue>): PyBaseException {
  if (cls.isSubtypeOf(BaseExceptionGroupType)) return newExceptionGroup(cls, args);
  return create(cls, args, kw);
}

staticNew(BaseException, (cls, rawArgs, kwnames) => {
  const [args, kw] = kwMap(rawArgs, kwnames);
  return construct(cls, args, kw);
});

const baseInit = methodRaw(BaseException, '__init__', (rawArgs, kwnames) => {
  const self = rawArgs[0] as PyBaseException;
  const [args, kw] = kwMap(rawArgs.slice(1), kwnames);
  if (kw.size !== 0) {
    const accepted = acceptedKeywords(self.type);
    for (const k of kw.keys()) {
      if (!accepted.includes(k)) {
        if (accepted.length === 0) raiseError('TypeError', `${self.type.name}() takes no keyword arguments`);
        raiseError('TypeError', `'${k}' is an invalid keyword argument for ${self.type.name}()`);
      }
    }
  }
  self.args = args;
  initialize(self, args, kw);
  return None;
});

// A class using both BaseException.__new__ and __init__ called without keywords
// gets the exception __new__ builds: __init__ would set the same args and fields again.
exceptionFactory.baseNew = BaseException.attrs.get('__new__')!;
exceptionFactory.baseInit = baseInit;
exceptionFactory.construct = (cls, args) => construct(cls, args, NO_KEYWORDS);

function baseStr(e: PyBaseException): string {
  if (e.args.length === 0) return '';
  if (e.args.length === 1) return str(e.args[0]);
  return repr(containers.newTuple(e.args));
}

method(BaseException, '__str__', (self: PyBaseException) => baseStr(self));
method(BaseException, '__repr__', (self: PyBaseException) => {
  const name = self.type.name;
  if (self.args.length === 1) return `${name}(${repr(self.args[0])})`;
  return name + repr(containers.newTuple(self.args));
});
getter(BaseException, 'args', (self) => containers.newTuple((self as PyBaseException).args), (self, v) => {
  (self as PyBaseException).args = toArray(v);
});
getter(BaseException, '__cause__', (self) => (self as PyBaseException).cause, (self, v) => {
  if (v !== None && !(v instanceof PyBaseException)) raiseError('TypeError', 'exception cause must be None or derive from BaseException');
  const e = self as PyBaseException;
  e.cause = v;
  e.suppressContext = true;
});
getter(BaseException, '__context__', (self) => (self as PyBaseException).context, (self, v) => {
  if (v !== None && !(v instanceof PyBaseException)) raiseError('TypeError', 'exception context must be None or derive from BaseException');
  (self as PyBaseException).context = v;
});
getter(BaseException, '__suppress_context__', (self) => (self as PyBaseException).suppressContext, (self, v) => {
  (self as PyBaseException).suppressContext = isTrue(v);
});
getter(BaseException, '__traceback__', (self) => visibleTraceback((self as PyBaseException).traceback), (self, v) => {
  (self as PyBaseException).traceback = v;
});
method(BaseException, 'with_traceback', (self: PyBaseException, tb: PyValue) => {
  self.traceback = tb;
  return self;
});
method(BaseException, 'add_note', (self: PyBaseException, note: PyValue) => {
  if (typeof note !== 'string') raiseError('TypeError', `note must be a str, not '${typeOf(note).name}'`);
  let notes = getAttrOrUndefined(self, '__notes__');
  if (notes === undefined) {
    notes = containers.newList([]);
    setField(self, '__notes__', notes);
  }
  if (typeOf(notes).name !== 'list') raiseError('TypeError', 'Cannot add note: __notes__ is not a list');
  call(getAttrOrUndefined(notes, 'append') as PyValue, [note]);
  return None;
});
method(BaseException, '__reduce__', (self: PyBaseException) => containers.newTuple([self.type, containers.newTuple(self.args)]));

// ------------------------------------------------------------ subclasses with fields

setInitializer(exceptionType('StopIteration'), (e, args) => setField(e, 'value', args.length > 0 ? args[0] : None));
setInitializer(exceptionType('StopAsyncIteration'), () => undefined);

setInitializer(exceptionType('SystemExit'), (e, args) => {
  setField(e, 'code', args.length === 0 ? None : args.length === 1 ? args[0] : containers.newTuple(args));
});

method(exceptionType('KeyError'), '__str__', (self: PyBaseException) => (self.args.length === 1 ? repr(self.args[0]) : baseStr(self)));

setInitializer(exceptionType('ImportError'), (e, args, kw) => {
  setField(e, 'msg', args.length === 1 ? args[0] : None);
  setField(e, 'name', kw.get('name') ?? None);
  setField(e, 'path', kw.get('path') ?? None);
});
method(exceptionType('ImportError'), '__str__', (self: PyBaseException) => {
  const msg = field(self, 'msg');
  return msg !== None ? str(msg) : baseStr(self);
});

setInitializer(exceptionType('AttributeError'), (e, _args, kw) => {
  setField(e, 'name', kw.get('name') ?? None);
  setField(e, 'obj', kw.get('obj') ?? None);
});
/** The globals of the frame a NameError was created in, for the "Did you mean" search (not visible to Python). */
const nameErrorGlobals = new WeakMap<PyBaseException, StrDict>();

setInitializer(exceptionType('NameError'), (e, _args, kw) => {
  setField(e, 'name', kw.get('name') ?? None);
  const globals = state.executor.currentGlobals?.();
  if (globals !== undefined) nameErrorGlobals.set(e, globals);
});

/** errno values that select an OSError subclass, as CPython's errnomap (Linux numbers). */
const ERRNO_SUBCLASS: Record<number, string> = {
  11: 'BlockingIOError', 10: 'ChildProcessError', 32: 'BrokenPipeError', 103: 'ConnectionAbortedError',
  111: 'ConnectionRefusedError', 104: 'ConnectionResetError', 17: 'FileExistsError', 2: 'FileNotFoundError',
  4: 'InterruptedError', 21: 'IsADirectoryError', 20: 'NotADirectoryError', 1: 'PermissionError',
  13: 'PermissionError', 3: 'ProcessLookupError', 110: 'TimeoutError',
};

setInitializer(exceptionType('OSError'), (e, args) => {
  const n = args.length;
  setField(e, 'errno', n >= 2 ? args[0] : None);
  setField(e, 'strerror', n >= 2 ? args[1] : None);
  setField(e, 'filename', n >= 3 && n <= 5 ? args[2] : None);
  setField(e, 'filename2', n >= 5 ? args[4] : None);
  if (n >= 3 && n <= 5) e.args = args.slice(0, 2);
});
staticNew(exceptionType('OSError'), (cls, rawArgs, kwnames) => {
  const [args, kw] = kwMap(rawArgs, kwnames);
  let type = cls;
  if (cls === exceptionType('OSError') && args.length >= 2 && typeof args[0] === 'number') {
    const sub = ERRNO_SUBCLASS[args[0]];
    if (sub !== undefined) type = exceptionType(sub);
  }
  return create(type, args, kw);
});
method(exceptionType('OSError'), '__str__', (self: PyBaseException) => {
  const errno = field(self, 'errno');
  const strerror = field(self, 'strerror');
  const filename = field(self, 'filename');
  const filename2 = field(self, 'filename2');
  if (filename !== None) {
    if (filename2 !== None) return `[Errno ${str(errno)}] ${str(strerror)}: ${repr(filename)} -> ${repr(filename2)}`;
    return `[Errno ${str(errno)}] ${str(strerror)}: ${repr(filename)}`;
  }
  if (errno !== None && strerror !== None) return `[Errno ${str(errno)}] ${str(strerror)}`;
  return baseStr(self);
});

const SYNTAX_FIELDS = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'] as const;
setInitializer(exceptionType('SyntaxError'), (e, args) => {
  setField(e, 'msg', args.length >= 1 ? args[0] : None);
  setField(e, 'print_file_and_line', None);
  let details: readonly PyValue[] = [];
  if (args.length === 2) {
    details = containers.tupleItems(args[1]) ?? raiseError('TypeError', 'SyntaxError() argument 2 must be a tuple');
    if (details.length < 4 || details.length > 6) raiseError('IndexError', 'tuple index out of range');
  }
  SYNTAX_FIELDS.forEach((f, i) => setField(e, f, i < details.length ? details[i] : None));
});
method(exceptionType('SyntaxError'), '__str__', (self: PyBaseException) => {
  const msg = field(self, 'msg');
  const filename = field(self, 'filename');
  const lineno = field(self, 'lineno');
  const text = msg === None ? baseStr(self) : str(msg);
  const file = typeof filename === 'string' ? filename.slice(filename.lastIndexOf('/') + 1) : null;
  if (file !== null && typeof lineno === 'number') return `${text} (${file}, line ${lineno})`;
  if (file !== null) return `${text} (${file})`;
  if (typeof lineno === 'number') return `${text} (line ${lineno})`;
  return text;
});

const UNICODE_FIELDS = ['encoding', 'object', 'start', 'end', 'reason'] as const;
for (const name of ['UnicodeDecodeError', 'UnicodeEncodeError']) {
  const t = exceptionType(name);
  setInitializer(t, (e, args) => {
    if (args.length !== 5) return;
    UNICODE_FIELDS.forEach((f, i) => setField(e, f, args[i]));
  });
  method(t, '__str__', (self: PyBaseException) => {
    if (self.args.length !== 5) return baseStr(self);
    const enc = str(field(self, 'encoding'));
    const start = field(self, 'start') as number;
    const end = field(self, 'end') as number;
    const reason = str(field(self, 'reason'));
    const obj = field(self, 'object');
    if (name === 'UnicodeDecodeError') {
      const bytes = bytesData(obj);
      const byte = bytes !== null && start < bytes.length ? bytes[start]! : 0;
      const hex = byte.toString(16).padStart(2, '0');
      if (end === start + 1) return `'${enc}' codec can't decode byte 0x${hex} in position ${start}: ${reason}`;
      return `'${enc}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
    }
    const s = typeof obj === 'string' ? obj : '';
    const cp = s.codePointAt(start) ?? 0;
    const esc = cp < 0x100 ? `\\x${cp.toString(16).padStart(2, '0')}` : cp < 0x10000 ? `\\u${cp.toString(16).padStart(4, '0')}` : `\\U${cp.toString(16).padStart(8, '0')}`;
    if (end === start + 1) return `'${enc}' codec can't encode character '${esc}' in position ${start}: ${reason}`;
    return `'${enc}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
  });
}

// ------------------------------------------------------------ exception groups

function newExceptionGroup(cls: PyType, args: PyValue[]): PyBaseException {
  if (args.length !== 2) raiseError('TypeError', `BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  const [message, seq] = args;
  if (typeof message !== 'string' && !(message instanceof PyObject && message.type.isSubtypeOf(strType))) {
    raiseError('TypeError', `BaseExceptionGroup.__new__() argument 1 must be str, not ${typeOf(message).name}`);
  }
  const seqType = typeOf(seq).name;
  if (seqType === 'set' || seqType === 'frozenset' || seqType === 'dict' || typeOf(seq).lookup('__getitem__') === null) {
    raiseError('TypeError', 'second argument (exceptions) must be a sequence');
  }
  // An exact tuple is kept (`eg.exceptions is eg.args[1]`), as PySequence_Tuple does.
  const tuple = typeOf(seq) === tupleType ? seq : containers.newTuple(toArray(seq));
  const excs = containers.tupleItems(tuple)!;
  if (excs.length === 0) raiseError('ValueError', 'second argument (exceptions) must be a non-empty sequence');
  const exc = exceptionType('Exception');
  let allExceptions = true;
  excs.forEach((e, i) => {
    if (!(e instanceof PyBaseException)) raiseError('ValueError', `Item ${i} of second argument (exceptions) is not an exception`);
    if (!e.type.isSubtypeOf(exc)) allExceptions = false;
  });
  let type = cls;
  if (cls === exceptionType('BaseExceptionGroup')) {
    if (allExceptions) type = ExceptionGroup;
  } else if (cls === ExceptionGroup && !allExceptions) {
    raiseError('TypeError', 'Cannot nest BaseExceptions in an ExceptionGroup');
  } else if (cls.isSubtypeOf(exc) && !allExceptions) {
    raiseError('TypeError', `Cannot nest BaseExceptions in '${cls.name}'`);
  }
  const e = new PyBaseException(type, args);
  setField(e, 'message', message);
  setField(e, 'exceptions', tuple);
  return e;
}

const BaseExceptionGroup = exceptionType('BaseExceptionGroup');
method(BaseExceptionGroup, '__str__', (self: PyBaseException) => {
  const n = (containers.tupleItems(field(self, 'exceptions')) ?? []).length;
  return `${str(field(self, 'message'))} (${n} sub-exception${n === 1 ? '' : 's'})`;
});
method(BaseExceptionGroup, 'derive', (self: PyBaseException, excs: PyValue) => call(BaseExceptionGroup, [field(self, 'message'), excs]));

function isCallable(v: PyValue): boolean {
  return typeOf(v).lookup('__call__') !== null;
}

/** PySequence_Check: a __getitem__ that is not a dict's. */
function isSequence(v: PyValue): boolean {
  const t = typeOf(v);
  return t.lookup('__getitem__') !== null && !t.isSubtypeOf(dictType);
}

function isExceptionClass(v: PyValue): v is PyType {
  return v instanceof PyType && v.isSubtypeOf(BaseException);
}

/**
 * A matcher for split()/subgroup() and except*: a predicate (any callable
 * but a class), an exception class or an exact tuple of them, matched by
 * type(e) as PyErr_GivenExceptionMatches does.
 */
function matcher(cond: PyValue): (e: PyBaseException) => boolean {
  if (!(cond instanceof PyType) && isCallable(cond)) return (e) => isTrue(call(cond, [e]));
  const types = isExceptionClass(cond) ? [cond] : typeOf(cond) === tupleType ? containers.tupleItems(cond)! : null;
  if (types === null || !types.every(isExceptionClass)) {
    raiseError('TypeError', 'expected a function, exception type or tuple of exception types');
  }
  return (e) => types.some((t) => e.type.isSubtypeOf(t as PyType));
}

/** Splits an exception group into (matching, rest), either None when empty, keeping the structure. */
export function splitExceptionGroup(eg: PyBaseException, match: (e: PyBaseException) => boolean): [PyValue, PyValue] {
  if (match(eg)) return [eg, None];
  if (!eg.type.isSubtypeOf(BaseExceptionGroup)) return [None, eg];
  const matched: PyValue[] = [];
  const rest: PyValue[] = [];
  for (const sub of containers.tupleItems(field(eg, 'exceptions')) ?? []) {
    const [m, r] = splitExceptionGroup(sub as PyBaseException, match);
    if (m !== None) matched.push(m);
    if (r !== None) rest.push(r);
  }
  const derive = (items: PyValue[]): PyValue => {
    if (items.length === 0) return None;
    const d = call(getAttrOrUndefined(eg, 'derive') as PyValue, [containers.newList(items)]) as PyBaseException;
    // PyException_SetCause, which also sets __suppress_context__.
    d.cause = eg.cause;
    d.suppressContext = true;
    d.context = eg.context;
    d.traceback = eg.traceback;
    // Each part gets its own copy of a notes sequence.
    const notes = getAttrOrUndefined(eg, '__notes__');
    if (notes !== undefined && isSequence(notes)) setField(d, '__notes__', containers.newList(toArray(notes)));
    return d;
  };
  return [derive(matched), derive(rest)];
}

/** The matcher `except* T` uses, validating T as CPython does. */
export function exceptStarMatcher(t: PyValue): (e: PyBaseException) => boolean {
  const types = t instanceof PyType ? [t] : containers.tupleItems(t) ?? [t];
  for (const x of types) {
    if (!(x instanceof PyType) || !x.isSubtypeOf(BaseException)) {
      raiseError('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
    }
    if (x.isSubtypeOf(BaseExceptionGroup)) raiseError('TypeError', 'catching ExceptionGroup with except* is not allowed. Use except instead.');
  }
  return matcher(t);
}

method(BaseExceptionGroup, 'split', (self: PyBaseException, cond: PyValue) => containers.newTuple(splitExceptionGroup(self, matcher(cond))));
method(BaseExceptionGroup, 'subgroup', (self: PyBaseException, cond: PyValue) => splitExceptionGroup(self, matcher(cond))[0]);

// ------------------------------------------------------------ "Did you mean" (CPython 3.11's suggestions.c)

const MOVE_COST = 2;
const CASE_COST = 1;
const MAX_STRING_SIZE = 40;
const MAX_CANDIDATE_ITEMS = 750;

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  const la = a >= 65 && a <= 90 ? a + 32 : a;
  const lb = b >= 65 && b <= 90 ? b + 32 : b;
  return la === lb ? CASE_COST : MOVE_COST;
}

/** Levenshtein distance with CPython's costs, giving up (maxCost + 1) once it must exceed maxCost. */
function levenshtein(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  let start = 0;
  let aEnd = a.length;
  let bEnd = b.length;
  while (start < aEnd && start < bEnd && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  while (aEnd > start && bEnd > start && a.charCodeAt(aEnd - 1) === b.charCodeAt(bEnd - 1)) {
    aEnd--;
    bEnd--;
  }
  let x = a.slice(start, aEnd);
  let y = b.slice(start, bEnd);
  if (x.length === 0 || y.length === 0) return (x.length + y.length) * MOVE_COST;
  if (x.length > MAX_STRING_SIZE || y.length > MAX_STRING_SIZE) return maxCost + 1;
  if (y.length < x.length) [x, y] = [y, x];
  if ((y.length - x.length) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer: number[] = [];
  for (let i = 0, tmp = MOVE_COST; i < x.length; i++, tmp += MOVE_COST) buffer.push(tmp);
  let result = 0;
  for (let bi = 0; bi < y.length; bi++) {
    const code = y.charCodeAt(bi);
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < x.length; i++) {
      const substitute = distance + substitutionCost(code, x.charCodeAt(i));
      distance = buffer[i];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** The closest candidate to `name` as CPython 3.11 picks it, or null. */
export function closestName(name: string, candidates: readonly string[]): string | null {
  if (candidates.length > MAX_CANDIDATE_ITEMS || name.length > MAX_STRING_SIZE) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const item of candidates) {
    if (item === name) continue;
    const maxDistance = Math.min(Math.floor(((name.length + item.length + 3) * MOVE_COST) / 6), bestDistance - 1);
    const d = levenshtein(name, item, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * The "Did you mean" name CPython 3.11 appends to an uncaught AttributeError
 * (`. Did you mean: 'name'?`), from its `name` and `obj`; null when none.
 * NameError suggestions need the frame's names: see closestName.
 */
export function attributeErrorSuggestion(e: PyBaseException): string | null {
  if (!e.type.isSubtypeOf(exceptionType('AttributeError'))) return null;
  const name = e.dict?.getStr('name');
  const obj = e.dict?.getStr('obj');
  if (typeof name !== 'string' || obj === undefined) return null;
  let names: string[];
  try {
    names = toArray(callSpecial(obj, '__dir__')).filter((n): n is string => typeof n === 'string');
  } catch (err) {
    if (err instanceof PyBaseException) return null;
    throw err;
  }
  return closestName(name, names.sort());
}

/** The traceback entry a NameError was raised in: the innermost one (tracebacks link outward to inward by `next`). */
function innermostCode(e: PyBaseException): { varnames: readonly string[] } | null {
  let tb = e.traceback as unknown as { next?: unknown; code?: { varnames: readonly string[] } } | null;
  if (tb === null || typeof tb !== 'object' || tb.code === undefined) return null;
  while (tb.next !== null && typeof tb.next === 'object' && (tb.next as { code?: unknown }).code !== undefined) {
    tb = tb.next as typeof tb;
  }
  return tb.code ?? null;
}

/**
 * The "Did you mean" name for an uncaught NameError, searched as CPython 3.11
 * does: the failing frame's local variable names, then its globals, then the builtins.
 */
export function nameErrorSuggestion(e: PyBaseException): string | null {
  if (!e.type.isSubtypeOf(exceptionType('NameError'))) return null;
  const name = e.dict?.getStr('name');
  const code = innermostCode(e);
  if (typeof name !== 'string' || code === null) return null;
  const globals = nameErrorGlobals.get(e);
  const pools: (readonly string[])[] = [code.varnames];
  if (globals !== undefined) pools.push(globals.strKeys());
  if (state.builtins !== null) pools.push(state.builtins.strKeys());
  for (const pool of pools) {
    const hit = closestName(name, pool);
    if (hit !== null) return hit;
  }
  return null;
}

/** The "Did you mean" suggestion CPython 3.11 prints for an uncaught exception, or null. */
export function exceptionSuggestion(e: PyBaseException): string | null {
  return attributeErrorSuggestion(e) ?? nameErrorSuggestion(e);
}

// THE instruction set of pvm: every opcode declared once in OPCODES, with its
// numeric code, operand kind, stack effect and one doc line with the stack picture.
// The Op enum, the name list, the stack-effect function, the disassembler, the
// verifier, docs/BYTECODE.md (scripts/genBytecodeDoc.ts) and the backends' coverage
// tests are all derived from it. Invariant: codes are dense 0..N-1 in table order.
// Instructions are indexed (ops: Uint8Array, args: Int32Array); jump operands are
// absolute instruction indexes; there is no EXTENDED_ARG and no inline cache.

/** What an instruction's operand means. */
export type ArgKind =
  | 'none' // no operand (stored as 0)
  | 'const' // index into code.consts
  | 'name' // index into code.names
  | 'local' // index into code.varnames
  | 'deref' // index into cellvars ++ freevars
  | 'jump' // absolute instruction index
  | 'count' // a number of items (or a stack position for COPY, SWAP, LIST_APPEND...)
  | 'compare' // index into COMPARE_OPS
  | 'binop' // index into BINARY_OPS
  | 'format' // FORMAT_VALUE's conversion | (has spec ? 4 : 0)
  | 'funcflags' // MAKE_FUNCTION's bit set, see MakeFunctionFlags
  | 'flag' // a small flag or code whose meaning the doc line gives
  ;

/** How control leaves an instruction; the verifier and the JIT follow these edges. */
export type Flow =
  | 'next' // falls through to the next instruction
  | 'branch' // falls through, or jumps to the operand
  | 'jump' // always jumps to the operand
  | 'stop' // returns or raises: no successor in this code object
  ;

/** Stack effect: a fixed count, or a function of the operand. */
export type Count = number | ((arg: number) => number);

export interface OpSpec {
  readonly code: number;
  readonly arg: ArgKind;
  readonly flow: Flow;
  readonly pops: Count;
  readonly pushes: Count;
  /** Stack effect when a 'branch' instruction takes its jump, when it differs. */
  readonly jumpPops?: Count;
  readonly jumpPushes?: Count;
  /** The stack picture `(before -- after)` and what the instruction does. */
  readonly doc: string;
}

const popcount4 = (n: number): number => (n & 1) + ((n >> 1) & 1) + ((n >> 2) & 1) + ((n >> 3) & 1);

/**
 * The table. Stack pictures list the top of the stack last. NULL is the marker
 * PUSH_NULL pushes (JS `null`): calls see either (NULL, callable, args...) or
 * (method, self, args...), so method calls allocate no bound method.
 */
export const OPCODES = {
  // ---- stack manipulation
  NOP: { code: 0, arg: 'none', flow: 'next', pops: 0, pushes: 0, doc: '( -- ) does nothing; keeps a line number alive' },
  POP_TOP: { code: 1, arg: 'none', flow: 'next', pops: 1, pushes: 0, doc: '(a -- ) discards the top' },
  PUSH_NULL: { code: 2, arg: 'none', flow: 'next', pops: 0, pushes: 1, doc: '( -- NULL) pushes the call marker' },
  COPY: { code: 3, arg: 'count', flow: 'next', pops: (n) => n, pushes: (n) => n + 1, doc: '(a, ...[n-1 items] -- a, ..., a) pushes a copy of the n-th item (1 = top)' },
  SWAP: { code: 4, arg: 'count', flow: 'next', pops: (n) => n, pushes: (n) => n, doc: '(a, ..., b -- b, ..., a) swaps the top with the n-th item (n >= 2)' },

  // ---- constants and variables
  LOAD_CONST: { code: 5, arg: 'const', flow: 'next', pops: 0, pushes: 1, doc: '( -- consts[i])' },
  LOAD_NAME: { code: 6, arg: 'name', flow: 'next', pops: 0, pushes: 1, doc: '( -- v) looks names[i] up in locals, then globals, then builtins' },
  STORE_NAME: { code: 7, arg: 'name', flow: 'next', pops: 1, pushes: 0, doc: '(v -- ) locals[names[i]] = v' },
  DELETE_NAME: { code: 8, arg: 'name', flow: 'next', pops: 0, pushes: 0, doc: '( -- ) del locals[names[i]]; NameError if missing' },
  LOAD_GLOBAL: { code: 9, arg: 'name', flow: 'next', pops: 0, pushes: 1, doc: '( -- v) looks names[i] up in globals, then builtins' },
  STORE_GLOBAL: { code: 10, arg: 'name', flow: 'next', pops: 1, pushes: 0, doc: '(v -- ) globals[names[i]] = v' },
  DELETE_GLOBAL: { code: 11, arg: 'name', flow: 'next', pops: 0, pushes: 0, doc: '( -- ) del globals[names[i]]' },
  LOAD_FAST: { code: 12, arg: 'local', flow: 'next', pops: 0, pushes: 1, doc: '( -- v) pushes local i; UnboundLocalError if unset' },
  STORE_FAST: { code: 13, arg: 'local', flow: 'next', pops: 1, pushes: 0, doc: '(v -- ) local i = v' },
  DELETE_FAST: { code: 14, arg: 'local', flow: 'next', pops: 0, pushes: 0, doc: '( -- ) unsets local i; UnboundLocalError if unset' },
  MAKE_CELL: { code: 15, arg: 'deref', flow: 'next', pops: 0, pushes: 0, doc: '( -- ) puts a fresh empty cell in cell slot i (emitted at function entry)' },
  COPY_FREE_VARS: { code: 16, arg: 'count', flow: 'next', pops: 0, pushes: 0, doc: '( -- ) copies the function\'s n closure cells into the slots after the cellvars' },
  LOAD_CLOSURE: { code: 17, arg: 'deref', flow: 'next', pops: 0, pushes: 1, doc: '( -- cell) pushes the cell itself, to build a closure tuple' },
  LOAD_DEREF: { code: 18, arg: 'deref', flow: 'next', pops: 0, pushes: 1, doc: '( -- v) pushes the content of cell i; NameError/UnboundLocalError if empty' },
  LOAD_CLASSDEREF: { code: 19, arg: 'deref', flow: 'next', pops: 0, pushes: 1, doc: '( -- v) class bodies: the class namespace first, else the content of cell i' },
  STORE_DEREF: { code: 20, arg: 'deref', flow: 'next', pops: 1, pushes: 0, doc: '(v -- ) cell i = v' },
  DELETE_DEREF: { code: 21, arg: 'deref', flow: 'next', pops: 0, pushes: 0, doc: '( -- ) empties cell i' },
  LOAD_ATTR: { code: 22, arg: 'name', flow: 'next', pops: 1, pushes: 1, doc: '(obj -- obj.name)' },
  STORE_ATTR: { code: 23, arg: 'name', flow: 'next', pops: 2, pushes: 0, doc: '(v, obj -- ) obj.name = v' },
  DELETE_ATTR: { code: 24, arg: 'name', flow: 'next', pops: 1, pushes: 0, doc: '(obj -- ) del obj.name' },
  LOAD_METHOD: { code: 25, arg: 'name', flow: 'next', pops: 1, pushes: 2, doc: '(obj -- method, obj) for a plain method, else (obj -- NULL, obj.name)' },
  BINARY_SUBSCR: { code: 26, arg: 'none', flow: 'next', pops: 2, pushes: 1, doc: '(container, key -- container[key])' },
  STORE_SUBSCR: { code: 27, arg: 'none', flow: 'next', pops: 3, pushes: 0, doc: '(v, container, key -- ) container[key] = v' },
  DELETE_SUBSCR: { code: 28, arg: 'none', flow: 'next', pops: 2, pushes: 0, doc: '(container, key -- ) del container[key]' },
  BUILD_SLICE: { code: 29, arg: 'count', flow: 'next', pops: (n) => n, pushes: 1, doc: '(start, stop[, step] -- slice) n is 2 or 3' },

  // ---- operators
  UNARY_POSITIVE: { code: 30, arg: 'none', flow: 'next', pops: 1, pushes: 1, doc: '(a -- +a)' },
  UNARY_NEGATIVE: { code: 31, arg: 'none', flow: 'next', pops: 1, pushes: 1, doc: '(a -- -a)' },
  UNARY_NOT: { code: 32, arg: 'none', flow: 'next', pops: 1, pushes: 1, doc: '(a -- not a)' },
  UNARY_INVERT: { code: 33, arg: 'none', flow: 'next', pops: 1, pushes: 1, doc: '(a -- ~a)' },
  BINARY_OP: { code: 34, arg: 'binop', flow: 'next', pops: 2, pushes: 1, doc: '(a, b -- a op b) op = BINARY_OPS[i]; the in-place forms try __iop__ first' },
  COMPARE_OP: { code: 35, arg: 'compare', flow: 'next', pops: 2, pushes: 1, doc: '(a, b -- a cmp b) cmp = COMPARE_OPS[i]: <, <=, ==, !=, >, >=' },
  IS_OP: { code: 36, arg: 'flag', flow: 'next', pops: 2, pushes: 1, doc: '(a, b -- a is b) or `is not` when the flag is 1' },
  CONTAINS_OP: { code: 37, arg: 'flag', flow: 'next', pops: 2, pushes: 1, doc: '(a, b -- a in b) or `not in` when the flag is 1' },

  // ---- control flow (jump operands are instruction indexes)
  JUMP_FORWARD: { code: 38, arg: 'jump', flow: 'jump', pops: 0, pushes: 0, doc: '( -- ) jumps forward' },
  JUMP_BACKWARD: { code: 39, arg: 'jump', flow: 'jump', pops: 0, pushes: 0, doc: '( -- ) jumps back to a loop header: the hot-loop counting point' },
  JUMP_BACKWARD_NO_INTERRUPT: { code: 40, arg: 'jump', flow: 'jump', pops: 0, pushes: 0, doc: '( -- ) jumps back, not a loop (yield from / await)' },
  POP_JUMP_IF_FALSE: { code: 41, arg: 'jump', flow: 'branch', pops: 1, pushes: 0, doc: '(v -- ) jumps if v is false' },
  POP_JUMP_IF_TRUE: { code: 42, arg: 'jump', flow: 'branch', pops: 1, pushes: 0, doc: '(v -- ) jumps if v is true' },
  POP_JUMP_IF_NONE: { code: 43, arg: 'jump', flow: 'branch', pops: 1, pushes: 0, doc: '(v -- ) jumps if v is None' },
  POP_JUMP_IF_NOT_NONE: { code: 44, arg: 'jump', flow: 'branch', pops: 1, pushes: 0, doc: '(v -- ) jumps if v is not None' },
  JUMP_IF_FALSE_OR_POP: { code: 45, arg: 'jump', flow: 'branch', pops: 1, pushes: 0, jumpPops: 1, jumpPushes: 1, doc: '(v -- v) and jumps if v is false, else (v -- )' },
  JUMP_IF_TRUE_OR_POP: { code: 46, arg: 'jump', flow: 'branch', pops: 1, pushes: 0, jumpPops: 1, jumpPushes: 1, doc: '(v -- v) and jumps if v is true, else (v -- )' },
  GET_ITER: { code: 47, arg: 'none', flow: 'next', pops: 1, pushes: 1, doc: '(v -- iter(v))' },
  FOR_ITER: { code: 48, arg: 'jump', flow: 'branch', pops: 1, pushes: 2, jumpPops: 1, jumpPushes: 0, doc: '(it -- it, next(it)); when exhausted (it -- ) and jumps' },
  RETURN_VALUE: { code: 49, arg: 'none', flow: 'stop', pops: 1, pushes: 0, doc: '(v -- ) returns v to the caller' },

  // ---- calls, functions, classes
  CALL: { code: 50, arg: 'count', flow: 'next', pops: (n) => n + 2, pushes: 1, doc: '(NULL|method, callable|self, a1..an -- result) calls with n positional arguments' },
  CALL_KW: { code: 51, arg: 'count', flow: 'next', pops: (n) => n + 3, pushes: 1, doc: '(NULL|method, callable|self, a1..an, kwnames -- result) n arguments, the last len(kwnames) by keyword; kwnames is a const tuple of str' },
  CALL_FUNCTION_EX: { code: 52, arg: 'flag', flow: 'next', pops: (f) => 3 + (f & 1), pushes: 1, doc: '(NULL, callable, args_tuple[, kwargs_dict] -- result) the dict is there when flag & 1' },
  MAKE_FUNCTION: { code: 53, arg: 'funcflags', flow: 'next', pops: (f) => 1 + popcount4(f), pushes: 1, doc: '([defaults], [kwdefaults], [annotations], [closure], code -- function) each extra present when its flag bit (1, 2, 4, 8) is set' },
  LOAD_BUILD_CLASS: { code: 54, arg: 'none', flow: 'next', pops: 0, pushes: 1, doc: '( -- builtins.__build_class__)' },
  SETUP_ANNOTATIONS: { code: 55, arg: 'none', flow: 'next', pops: 0, pushes: 0, doc: '( -- ) creates locals["__annotations__"] = {} if missing' },

  // ---- generators and coroutines (a code object with the GENERATOR, COROUTINE or
  // ASYNC_GENERATOR flag returns a new generator/coroutine when called; it starts at 0)
  YIELD_VALUE: { code: 56, arg: 'flag', flow: 'next', pops: 1, pushes: 1, doc: '(v -- sent) suspends yielding v; flag 1: the yield of a yield from / await loop, always right after its SEND, with the delegate below v (gen.throw/close go to it; if it finishes, resume at the SEND\'s target)' },
  SEND: { code: 57, arg: 'jump', flow: 'branch', pops: 2, pushes: 2, jumpPops: 2, jumpPushes: 1, doc: '(delegate, v -- delegate, yielded); when the delegate returns (delegate, v -- result) and jumps' },
  GET_YIELD_FROM_ITER: { code: 58, arg: 'none', flow: 'next', pops: 1, pushes: 1, doc: '(v -- iter) iter(v), or v itself for a generator or (in a coroutine) a coroutine' },
  GET_AWAITABLE: { code: 59, arg: 'flag', flow: 'next', pops: 1, pushes: 1, doc: '(v -- awaitable) flag: 0 await, 1 after __aenter__, 2 after __aexit__ (for error messages)' },
  GET_AITER: { code: 60, arg: 'none', flow: 'next', pops: 1, pushes: 1, doc: '(v -- v.__aiter__())' },
  GET_ANEXT: { code: 61, arg: 'none', flow: 'next', pops: 1, pushes: 2, doc: '(aiter -- aiter, awaitable of aiter.__anext__())' },
  END_ASYNC_FOR: { code: 62, arg: 'none', flow: 'next', pops: 2, pushes: 0, doc: '(aiter, exc -- ) handler ending async for: StopAsyncIteration ends the loop, anything else is re-raised' },
  BEFORE_ASYNC_WITH: { code: 63, arg: 'none', flow: 'next', pops: 1, pushes: 2, doc: '(mgr -- bound __aexit__, awaitable of mgr.__aenter__())' },
  ASYNC_GEN_WRAP: { code: 64, arg: 'none', flow: 'next', pops: 1, pushes: 1, doc: '(v -- wrapped v) marks a value yielded by an async generator' },

  // ---- exceptions (handlers come from code.exceptionTable; a handler starts with
  // the stack cut to the entry's depth, then [lasti], then the exception pushed)
  PUSH_EXC_INFO: { code: 65, arg: 'none', flow: 'next', pops: 1, pushes: 2, doc: '(exc -- prev_exc, exc) makes exc the one being handled' },
  POP_EXCEPT: { code: 66, arg: 'none', flow: 'next', pops: 1, pushes: 0, doc: '(prev_exc -- ) restores the exception being handled' },
  RERAISE: { code: 67, arg: 'flag', flow: 'stop', pops: 1, pushes: 0, doc: '(exc -- ) raises exc again; if n > 0 the n-th item below is the lasti to report' },
  RAISE_VARARGS: { code: 68, arg: 'count', flow: 'stop', pops: (n) => n, pushes: 0, doc: '([exc[, cause]] -- ) n = 0 re-raises, 1 raises exc, 2 raises exc from cause' },
  CHECK_EXC_MATCH: { code: 69, arg: 'none', flow: 'next', pops: 2, pushes: 2, doc: '(exc, type -- exc, isinstance(exc, type)); TypeError if type is not an exception class' },
  LOAD_ASSERTION_ERROR: { code: 70, arg: 'none', flow: 'next', pops: 0, pushes: 1, doc: '( -- AssertionError)' },
  BEFORE_WITH: { code: 71, arg: 'none', flow: 'next', pops: 1, pushes: 2, doc: '(mgr -- bound __exit__, mgr.__enter__())' },
  WITH_EXCEPT_START: { code: 72, arg: 'none', flow: 'next', pops: 4, pushes: 5, doc: '(exit, lasti, prev_exc, exc -- exit, lasti, prev_exc, exc, exit(type, exc, tb))' },
  CHECK_EG_MATCH: { code: 73, arg: 'none', flow: 'next', pops: 2, pushes: 2, doc: '(exc, type -- rest, match) except*: splits an exception group; match is None when nothing matches' },
  PREP_RERAISE_STAR: { code: 74, arg: 'none', flow: 'next', pops: 2, pushes: 1, doc: '(orig, list -- exc) except*: the group to re-raise from what the handlers raised, or None' },

  // ---- building values
  BUILD_TUPLE: { code: 75, arg: 'count', flow: 'next', pops: (n) => n, pushes: 1, doc: '(a1..an -- (a1, ..., an))' },
  BUILD_LIST: { code: 76, arg: 'count', flow: 'next', pops: (n) => n, pushes: 1, doc: '(a1..an -- [a1, ..., an])' },
  BUILD_SET: { code: 77, arg: 'count', flow: 'next', pops: (n) => n, pushes: 1, doc: '(a1..an -- {a1, ..., an})' },
  BUILD_MAP: { code: 78, arg: 'count', flow: 'next', pops: (n) => 2 * n, pushes: 1, doc: '(k1, v1, ..., kn, vn -- {k1: v1, ...})' },
  BUILD_CONST_KEY_MAP: { code: 79, arg: 'count', flow: 'next', pops: (n) => n + 1, pushes: 1, doc: '(v1..vn, keys_tuple -- {keys[0]: v1, ...})' },
  BUILD_STRING: { code: 80, arg: 'count', flow: 'next', pops: (n) => n, pushes: 1, doc: '(s1..sn -- s1 + ... + sn) joins n str' },
  LIST_APPEND: { code: 81, arg: 'count', flow: 'next', pops: (n) => n + 1, pushes: (n) => n, doc: '(list, ...[n-1], v -- list, ...) list.append(v); list is the n-th item below v' },
  SET_ADD: { code: 82, arg: 'count', flow: 'next', pops: (n) => n + 1, pushes: (n) => n, doc: '(set, ...[n-1], v -- set, ...) set.add(v)' },
  MAP_ADD: { code: 83, arg: 'count', flow: 'next', pops: (n) => n + 2, pushes: (n) => n, doc: '(dict, ...[n-1], k, v -- dict, ...) dict[k] = v' },
  LIST_EXTEND: { code: 84, arg: 'count', flow: 'next', pops: (n) => n + 1, pushes: (n) => n, doc: '(list, ...[n-1], it -- list, ...) list.extend(it)' },
  SET_UPDATE: { code: 85, arg: 'count', flow: 'next', pops: (n) => n + 1, pushes: (n) => n, doc: '(set, ...[n-1], it -- set, ...) set.update(it)' },
  DICT_UPDATE: { code: 86, arg: 'count', flow: 'next', pops: (n) => n + 1, pushes: (n) => n, doc: '(dict, ...[n-1], m -- dict, ...) dict.update(m) for {**m}' },
  DICT_MERGE: { code: 87, arg: 'count', flow: 'next', pops: (n) => n + 1, pushes: (n) => n, doc: '(dict, ...[n-1], m -- dict, ...) f(**m): like DICT_UPDATE but a repeated key is a TypeError naming the callable (4 items below dict)' },
  LIST_TO_TUPLE: { code: 88, arg: 'none', flow: 'next', pops: 1, pushes: 1, doc: '(list -- tuple(list))' },
  UNPACK_SEQUENCE: { code: 89, arg: 'count', flow: 'next', pops: 1, pushes: (n) => n, doc: '(seq -- vn, ..., v1) exactly n items, the first on top' },
  UNPACK_EX: { code: 90, arg: 'count', flow: 'next', pops: 1, pushes: (n) => (n & 0xff) + (n >> 8) + 1, doc: '(seq -- after..., list, before...) n = before | after << 8: a, *b, c = seq, the first on top' },
  FORMAT_VALUE: { code: 91, arg: 'format', flow: 'next', pops: (f) => ((f & 4) !== 0 ? 2 : 1), pushes: 1, doc: '(v[, spec] -- format(conv(v), spec)) conv = f & 3: 0 none, 1 str, 2 repr, 3 ascii; f & 4: a spec is on top' },

  // ---- imports
  IMPORT_NAME: { code: 92, arg: 'name', flow: 'next', pops: 2, pushes: 1, doc: '(level, fromlist -- module) __import__(names[i], globals, None, fromlist, level)' },
  IMPORT_FROM: { code: 93, arg: 'name', flow: 'next', pops: 1, pushes: 2, doc: '(module -- module, module.name) ImportError "cannot import name" if missing' },
  IMPORT_STAR: { code: 94, arg: 'none', flow: 'next', pops: 1, pushes: 0, doc: '(module -- ) copies the public names (or __all__) into locals' },

  // ---- match statements
  GET_LEN: { code: 95, arg: 'none', flow: 'next', pops: 1, pushes: 2, doc: '(v -- v, len(v))' },
  MATCH_MAPPING: { code: 96, arg: 'none', flow: 'next', pops: 1, pushes: 2, doc: '(subject -- subject, is it a mapping)' },
  MATCH_SEQUENCE: { code: 97, arg: 'none', flow: 'next', pops: 1, pushes: 2, doc: '(subject -- subject, is it a sequence (not str/bytes/bytearray))' },
  MATCH_KEYS: { code: 98, arg: 'none', flow: 'next', pops: 2, pushes: 3, doc: '(subject, keys -- subject, keys, values_tuple or None if a key is missing)' },
  MATCH_CLASS: { code: 99, arg: 'count', flow: 'next', pops: 3, pushes: 1, doc: '(subject, cls, kwnames -- attrs_tuple or None) n positional sub-patterns, then the keyword attributes' },
} as const satisfies Record<string, OpSpec>;

export type OpName = keyof typeof OPCODES;

/** Opcode numbers by name, for `switch (ops[pc])`: `case Op.LOAD_FAST:`. */
export const Op: { readonly [K in OpName]: (typeof OPCODES)[K]['code'] } = Object.freeze(
  Object.fromEntries(Object.entries(OPCODES).map(([name, spec]) => [name, spec.code])),
) as { readonly [K in OpName]: (typeof OPCODES)[K]['code'] };

/** Any opcode number. */
export type Opcode = (typeof OPCODES)[OpName]['code'];

/** Opcode names indexed by number. */
export const OP_NAMES: readonly OpName[] = (() => {
  const names: OpName[] = [];
  for (const [name, spec] of Object.entries(OPCODES)) names[spec.code] = name as OpName;
  return names;
})();

/** Specs indexed by number. */
export const OP_SPECS: readonly OpSpec[] = OP_NAMES.map((name) => OPCODES[name]);

export const OPCODE_COUNT = OP_NAMES.length;

/** COMPARE_OP operands, in CPython's order. */
export const COMPARE_OPS = ['<', '<=', '==', '!=', '>', '>='] as const;

/** BINARY_OP operands, CPython's NB_* order: 0-12 plain, 13-25 the in-place forms. */
export const BINARY_OPS = [
  '+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^',
  '+=', '&=', '//=', '<<=', '@=', '*=', '%=', '|=', '**=', '>>=', '-=', '/=', '^=',
] as const;

/** Offset of the in-place form of a BINARY_OPS entry. */
export const BINARY_OP_INPLACE = 13;

/** MAKE_FUNCTION's operand bits, in CPython's meaning. */
export const MakeFunctionFlags = {
  DEFAULTS: 0x01, // a tuple of positional defaults
  KWDEFAULTS: 0x02, // a dict of keyword-only defaults
  ANNOTATIONS: 0x04, // a tuple (name1, value1, name2, value2, ...)
  CLOSURE: 0x08, // a tuple of cells
} as const;

/** FORMAT_VALUE's operand: the conversion in the low two bits, bit 2 for a spec. */
export const FormatFlags = {
  CONVERSION_MASK: 0x03,
  NONE: 0,
  STR: 1,
  REPR: 2,
  ASCII: 3,
  HAS_SPEC: 0x04,
} as const;

function count(c: Count, arg: number): number {
  return typeof c === 'number' ? c : c(arg);
}

/** Items an instruction pops and pushes, on its fall-through path or (jumped = true) its jump. */
export function stackEffect(op: number, arg: number, jumped: boolean): { pops: number; pushes: number } {
  const spec = OP_SPECS[op];
  if (spec === undefined) throw new Error(`unknown opcode ${op}`);
  if (jumped && spec.jumpPops !== undefined) {
    return { pops: count(spec.jumpPops, arg), pushes: count(spec.jumpPushes ?? 0, arg) };
  }
  return { pops: count(spec.pops, arg), pushes: count(spec.pushes, arg) };
}

/** Whether an instruction has a jump edge to its operand. */
export function hasJump(op: number): boolean {
  const flow = OP_SPECS[op]!.flow;
  return flow === 'branch' || flow === 'jump';
}

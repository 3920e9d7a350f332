"""pvm's implementation of the `pickle` module, written in Python.

Pickler writes protocols 2 to 5 (4 by default) as CPython's C pickler does
for the same objects: one frame (protocol 4+), MEMOIZE/BINPUT after each
memoized object, the compact int, str and bytes opcodes, batched
APPENDS/SETITEMS/ADDITEMS, and objects through __reduce_ex__/__reduce__ when
their class defines one, else CPython's default reduction (NEWOBJ with
__getnewargs__ arguments, the __getstate__ or __dict__/slots state and
BUILD); copyreg.dispatch_table (or a Pickler's own dispatch_table) comes
first. Classes and functions are saved by reference and must be found
again under their module and qualified name. Unpickler reads every
opcode of protocols 0 to 5 except persistent ids, extensions and out-of-band
buffers. Protocols 0 and 1 cannot be written (ValueError). Outputs above
64 KiB stay in one frame where CPython cuts several.
"""

import copyreg as _copyreg
import sys as _sys
import io as _io
import struct as _struct
from collections import OrderedDict as _OrderedDict
from copy import _default_state, _defines

__all__ = ['PickleError', 'PicklingError', 'UnpicklingError', 'Pickler', 'Unpickler', 'dump',
           'dumps', 'load', 'loads', 'HIGHEST_PROTOCOL', 'DEFAULT_PROTOCOL']

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = '4.0'
compatible_formats = ['1.0', '1.1', '1.2', '1.3', '2.0', '3.0', '4.0', '5.0']


class PickleError(Exception):
    __module__ = '_pickle'


class PicklingError(PickleError):
    __module__ = '_pickle'


class UnpicklingError(PickleError):
    __module__ = '_pickle'


_BATCH = 1000
_FRAME_MIN = 4
_MISSING = object()


def _newobj(cls, *args):
    """What NEWOBJ does: the func of a default reduction."""
    return cls.__new__(cls, *args)


class Pickler:
    """Writes the pickle of objects to a file (an object with write())."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError('pickle protocol must be <= %d' % HIGHEST_PROTOCOL)
        if protocol < 2:
            raise ValueError("pvm's pickle writes protocols 2 to 5, not %d" % protocol)
        self._file = file
        self.proto = protocol
        self.memo = {}
        self.bin = True
        self.fast = 0

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        out = []
        self._out = out
        self._save(obj)
        out.append(b'.')
        body = b''.join(out)
        head = b'\x80' + bytes([self.proto])
        if self.proto >= 4 and len(body) >= _FRAME_MIN:
            head += b'\x95' + len(body).to_bytes(8, 'little')
        self._file.write(head + body)

    # ---- memo

    def _memoize(self, obj):
        index = len(self.memo)
        self.memo[id(obj)] = (index, obj)
        if self.proto >= 4:
            self._out.append(b'\x94')
        elif index < 256:
            self._out.append(b'q' + bytes([index]))
        else:
            self._out.append(b'r' + index.to_bytes(4, 'little'))

    def _get(self, index):
        if index < 256:
            self._out.append(b'h' + bytes([index]))
        else:
            self._out.append(b'j' + index.to_bytes(4, 'little'))

    # ---- dispatch

    def _save(self, obj):
        out = self._out
        if obj is None:
            out.append(b'N')
            return
        if obj is True or obj is False:
            out.append(b'\x88' if obj else b'\x89')
            return
        t = type(obj)
        if t is int:
            self._save_int(obj)
            return
        if t is float:
            out.append(b'G' + _struct.pack('>d', obj))
            return
        entry = self.memo.get(id(obj))
        if entry is not None and entry[1] is obj:
            self._get(entry[0])
            return
        if t is str:
            self._save_str(obj)
        elif t is bytes:
            self._save_bytes(obj)
        elif t is tuple:
            self._save_tuple(obj)
        elif t is list:
            out.append(b']')
            self._memoize(obj)
            self._appends(iter(obj))
        elif t is dict:
            out.append(b'}')
            self._memoize(obj)
            self._setitems(iter(obj.items()))
        elif t is set and self.proto >= 4:
            out.append(b'\x8f')
            self._memoize(obj)
            items = list(obj)
            for start in range(0, len(items), _BATCH):
                out.append(b'(')
                for item in items[start:start + _BATCH]:
                    self._save(item)
                out.append(b'\x90')
        elif t is bytearray and self.proto >= 5:
            out.append(b'\x96' + len(obj).to_bytes(8, 'little') + bytes(obj))
            self._memoize(obj)
        elif t is frozenset and self.proto >= 4:
            out.append(b'(')
            for item in obj:
                self._save(item)
            out.append(b'\x91')
            self._memoize(obj)
        elif isinstance(obj, type) or t.__name__ in ('function', 'builtin_function_or_method'):
            self._save_global(obj)
        else:
            self._save_object(obj)

    def _save_int(self, n):
        out = self._out
        if 0 <= n < 256:
            out.append(b'K' + bytes([n]))
        elif 0 <= n < 65536:
            out.append(b'M' + n.to_bytes(2, 'little'))
        elif -0x80000000 <= n < 0x80000000:
            out.append(b'J' + n.to_bytes(4, 'little', signed=True))
        else:
            data = n.to_bytes((n.bit_length() + 8) // 8, 'little', signed=True)
            # The shortest two's complement: drop a redundant sign byte.
            if len(data) > 1 and ((data[-1] == 0 and data[-2] < 128) or
                                  (data[-1] == 255 and data[-2] >= 128)):
                data = data[:-1]
            if len(data) < 256:
                out.append(b'\x8a' + bytes([len(data)]) + data)
            else:
                out.append(b'\x8b' + len(data).to_bytes(4, 'little', signed=True) + data)

    def _save_str(self, s):
        data = s.encode('utf-8', 'surrogatepass')
        if len(data) < 256 and self.proto >= 4:
            self._out.append(b'\x8c' + bytes([len(data)]) + data)
        elif len(data) > 0xffffffff and self.proto >= 4:
            self._out.append(b'\x8d' + len(data).to_bytes(8, 'little') + data)
        else:
            self._out.append(b'X' + len(data).to_bytes(4, 'little') + data)
        self._memoize(s)

    def _save_bytes(self, b):
        if self.proto < 3:
            # Protocol 2 has no bytes opcodes: CPython reduces through _codecs.encode.
            if not b:
                self._save_reduce(bytes, (), obj=b)
            else:
                import codecs
                self._save_reduce(codecs.encode, (b.decode('latin-1'), 'latin1'), obj=b)
            return
        if len(b) < 256:
            self._out.append(b'C' + bytes([len(b)]) + b)
        elif len(b) > 0xffffffff and self.proto >= 4:
            self._out.append(b'\x8e' + len(b).to_bytes(8, 'little') + b)
        else:
            self._out.append(b'B' + len(b).to_bytes(4, 'little') + b)
        self._memoize(b)

    def _save_tuple(self, t):
        out = self._out
        if not t:
            out.append(b')')
            return
        if len(t) <= 3:
            for item in t:
                self._save(item)
            entry = self.memo.get(id(t))
            if entry is not None and entry[1] is t:
                # A tuple reached through its own items: drop what was built.
                out.append(b'0' * len(t))
                self._get(entry[0])
                return
            out.append(b'\x85\x86\x87'[len(t) - 1:len(t)])
        else:
            out.append(b'(')
            for item in t:
                self._save(item)
            entry = self.memo.get(id(t))
            if entry is not None and entry[1] is t:
                out.append(b'1')
                self._get(entry[0])
                return
            out.append(b't')
        self._memoize(t)

    def _appends(self, items):
        out = self._out
        while True:
            batch = []
            for item in items:
                batch.append(item)
                if len(batch) == _BATCH:
                    break
            if len(batch) > 1:
                out.append(b'(')
                for item in batch:
                    self._save(item)
                out.append(b'e')
            elif batch:
                self._save(batch[0])
                out.append(b'a')
            if len(batch) < _BATCH:
                return

    def _setitems(self, items):
        out = self._out
        while True:
            batch = []
            for item in items:
                batch.append(item)
                if len(batch) == _BATCH:
                    break
            if len(batch) > 1:
                out.append(b'(')
                for key, value in batch:
                    self._save(key)
                    self._save(value)
                out.append(b'u')
            elif batch:
                self._save(batch[0][0])
                self._save(batch[0][1])
                out.append(b's')
            if len(batch) < _BATCH:
                return

    def _save_global(self, obj, name=None):
        module_name = getattr(obj, '__module__', None) or '__main__'
        name = name or getattr(obj, '__qualname__', None) or obj.__name__
        if '<locals>' in name.split('.'):
            raise AttributeError("Can't pickle local object %r" % name)
        try:
            __import__(module_name)
            found = _sys.modules[module_name]
            for part in name.split('.'):
                if part == '<locals>':
                    raise AttributeError(part)
                found = getattr(found, part)
        except (ImportError, KeyError, AttributeError):
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        if self.proto >= 4:
            self._save(module_name)
            self._save(name)
            self._out.append(b'\x93')
        else:
            if self.proto < 3:
                module_name, name = _python2_name(module_name, name, obj)
            self._out.append(b'c' + module_name.encode('utf-8') + b'\n'
                             + name.encode('utf-8') + b'\n')
        self._memoize(obj)

    def _save_object(self, obj):
        t = type(obj)
        table = getattr(self, 'dispatch_table', None)
        if table is None:
            table = _copyreg.dispatch_table
        reducer = table.get(t)
        if reducer is not None:
            rv = reducer(obj)
            if isinstance(rv, str):
                self._save_global(obj, rv)
            else:
                self._save_reduce(*rv, obj=obj)
            return
        reduce_ex = _defines(t, '__reduce_ex__')
        reduce = _defines(t, '__reduce__')
        if reduce_ex is not None and (reduce is None or t.__mro__.index(reduce_ex) <=
                                      t.__mro__.index(reduce)):
            rv = obj.__reduce_ex__(self.proto)
        elif reduce is not None:
            rv = obj.__reduce__()
        else:
            rv = _reduce_builtin(obj, self.proto)
        if isinstance(rv, str):
            self._save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError('%s must return string or tuple' % '__reduce__')
        if not 2 <= len(rv) <= 6:
            raise PicklingError('tuple returned by %s must contain 2 through 6 elements'
                                % '__reduce__')
        self._save_reduce(*rv, obj=obj)

    def _save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                     state_setter=None, *, obj=_MISSING):
        if not isinstance(args, tuple):
            raise PicklingError('args from save_reduce() must be a tuple')
        if not callable(func):
            raise PicklingError('func from save_reduce() must be callable')
        out = self._out
        if func is _newobj:
            cls = args[0]
            self._save(cls)
            self._save(tuple(args[1:]))
            out.append(b'\x81')
        else:
            self._save(func)
            self._save(args)
            out.append(b'R')
        if obj is not _MISSING:
            entry = self.memo.get(id(obj))
            if entry is not None and entry[1] is obj:
                out.append(b'0')
                self._get(entry[0])
            else:
                self._memoize(obj)
        if listitems is not None:
            self._appends(listitems)
        if dictitems is not None:
            self._setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self._save(state)
                out.append(b'b')
            else:
                self._save(state_setter)
                self._save(obj)
                self._save(state)
                out.append(b'\x86R0')


def _reduce_builtin(obj, proto):
    """The reduction CPython's built-in types and object.__reduce_ex__ give."""
    t = type(obj)
    if t is set or t is frozenset:
        return (t, (list(obj),))
    if t is complex:
        return (complex, (obj.real, obj.imag))
    if t is range:
        return (range, (obj.start, obj.stop, obj.step))
    if t is slice:
        return (slice, (obj.start, obj.stop, obj.step))
    if t is bytearray:
        return (bytearray, (bytes(obj),), None)
    if isinstance(obj, BaseException):
        state = obj.__dict__ or None
        return (t, obj.args) if state is None else (t, obj.args, state)
    if t.__name__ == 'deque' and t.__module__ == 'collections':
        return (t, ((), obj.maxlen) if obj.maxlen is not None else (), None, iter(obj))
    if t.__name__ == 'defaultdict' and t.__module__ == 'collections':
        return (t, (obj.default_factory,) if obj.default_factory is not None else (),
                None, None, iter(obj.items()))
    getnewargs = _defines(t, '__getnewargs__')
    if getnewargs is not None:
        args = obj.__getnewargs__()
    elif isinstance(obj, tuple):
        args = (tuple(obj),)
    elif isinstance(obj, (int, float, str, bytes)):
        args = (t.__mro__[-2](obj),)
    else:
        args = ()
    getstate = _defines(t, '__getstate__')
    state = obj.__getstate__() if getstate is not None else _default_state(obj)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if isinstance(obj, dict) and t is not dict and isinstance(state, dict):
        state = state or None
    return (_newobj, (t,) + tuple(args), state, listitems, dictitems)


# Protocols 0 to 2 name globals as Python 2 did (fix_imports).
_PY2_NAMES = {('builtins', 'range'): ('__builtin__', 'xrange'),
              ('builtins', 'int'): ('__builtin__', 'long'),
              ('builtins', 'str'): ('__builtin__', 'unicode'),
              ('builtins', 'input'): ('__builtin__', 'raw_input'),
              ('builtins', 'zip'): ('itertools', 'izip'),
              ('builtins', 'map'): ('itertools', 'imap'),
              ('builtins', 'filter'): ('itertools', 'ifilter'),
              ('functools', 'reduce'): ('__builtin__', 'reduce'),
              ('codecs', 'encode'): ('_codecs', 'encode')}
_PY2_MODULES = {'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue',
                'pickle': 'cPickle', 'reprlib': 'repr'}


def _python2_name(module, name, obj):
    if (module, name) in _PY2_NAMES:
        return _PY2_NAMES[module, name]
    if module == 'builtins' and isinstance(obj, type) and issubclass(obj, BaseException):
        return 'exceptions', name
    return _PY2_MODULES.get(module, module), name


def _python3_name(module, name):
    for new, old in _PY2_NAMES.items():
        if old == (module, name):
            return new
    if module == 'exceptions':
        return 'builtins', name
    for new, old in _PY2_MODULES.items():
        if old == module:
            return new, name
    return module, name


_MARK = object()


class Unpickler:
    """Reads a pickled object from a file (an object with read() and readline())."""

    def __init__(self, file, *, fix_imports=True, encoding='ASCII', errors='strict',
                 buffers=None):
        self._file = file
        self.memo = {}
        self._encoding = encoding
        self._errors = errors

    def find_class(self, module, name):
        if self._proto < 3:
            module, name = _python3_name(module, name)
        __import__(module)
        found = _sys.modules[module]
        for part in name.split('.'):
            found = getattr(found, part)
        return found

    def _read(self, n):
        data = self._file.read(n)
        if len(data) < n:
            raise UnpicklingError('pickle data was truncated')
        return data

    def _line(self):
        line = self._file.readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError('pickle data was truncated')
        return line[:-1]

    def _pop_mark(self):
        stack = self._stack
        k = len(stack) - 1
        while stack[k] is not _MARK:
            k -= 1
        items = stack[k + 1:]
        del stack[k:]
        return items

    def load(self):
        self._stack = stack = []
        self._proto = 0
        read = self._read
        first = True
        while True:
            key = self._file.read(1)
            if not key:
                if first:
                    raise EOFError('Ran out of input')
                raise UnpicklingError('pickle data was truncated')
            first = False
            op = key[0]
            if op == 0x2e:                                   # STOP
                return stack.pop()
            elif op == 0x80:                                 # PROTO
                proto = read(1)[0]
                if proto > HIGHEST_PROTOCOL:
                    raise ValueError('unsupported pickle protocol: %d' % proto)
                self._proto = proto
            elif op == 0x95:                                 # FRAME
                read(8)
            elif op == 0x28:                                 # MARK
                stack.append(_MARK)
            elif op == 0x4e:
                stack.append(None)
            elif op == 0x88:
                stack.append(True)
            elif op == 0x89:
                stack.append(False)
            elif op == 0x4b:
                stack.append(read(1)[0])
            elif op == 0x4d:
                stack.append(int.from_bytes(read(2), 'little'))
            elif op == 0x4a:
                stack.append(int.from_bytes(read(4), 'little', signed=True))
            elif op == 0x8a:
                stack.append(int.from_bytes(read(read(1)[0]), 'little', signed=True))
            elif op == 0x8b:
                n = int.from_bytes(read(4), 'little', signed=True)
                if n < 0:
                    raise UnpicklingError('LONG pickle has negative byte count')
                stack.append(int.from_bytes(read(n), 'little', signed=True))
            elif op == 0x49:                                 # INT (text)
                text = self._line()
                stack.append({b'00': False, b'01': True}.get(text) if text in (b'00', b'01')
                             else int(text))
            elif op == 0x4c:                                 # LONG (text)
                stack.append(int(self._line().rstrip(b'L')))
            elif op == 0x47:
                stack.append(_struct.unpack('>d', read(8))[0])
            elif op == 0x46:
                stack.append(float(self._line()))
            elif op == 0x8c:
                stack.append(str(read(read(1)[0]), 'utf-8', 'surrogatepass'))
            elif op == 0x58:
                stack.append(str(read(int.from_bytes(read(4), 'little')), 'utf-8', 'surrogatepass'))
            elif op == 0x8d:
                stack.append(str(read(int.from_bytes(read(8), 'little')), 'utf-8', 'surrogatepass'))
            elif op == 0x56:                                 # UNICODE (text)
                stack.append(str(self._line(), 'raw-unicode-escape'))
            elif op == 0x43:
                stack.append(read(read(1)[0]))
            elif op == 0x42:
                stack.append(read(int.from_bytes(read(4), 'little')))
            elif op == 0x8e:
                stack.append(read(int.from_bytes(read(8), 'little')))
            elif op == 0x96:
                stack.append(bytearray(read(int.from_bytes(read(8), 'little'))))
            elif op in (0x55, 0x54):                         # SHORT_BINSTRING, BINSTRING
                n = read(1)[0] if op == 0x55 else int.from_bytes(read(4), 'little', signed=True)
                data = read(n)
                stack.append(data if self._encoding == 'bytes' else
                             data.decode(self._encoding, self._errors))
            elif op == 0x53:                                 # STRING (text)
                text = self._line()
                stack.append(eval(text.decode('ascii')))
            elif op == 0x29:
                stack.append(())
            elif op == 0x5d:
                stack.append([])
            elif op == 0x7d:
                stack.append({})
            elif op == 0x8f:
                stack.append(set())
            elif op == 0x74:
                stack.append(tuple(self._pop_mark()))
            elif op in (0x85, 0x86, 0x87):
                n = op - 0x84
                items = tuple(stack[-n:])
                del stack[-n:]
                stack.append(items)
            elif op == 0x6c:
                stack.append(self._pop_mark())
            elif op == 0x64:
                items = self._pop_mark()
                stack.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})
            elif op == 0x91:
                stack.append(frozenset(self._pop_mark()))
            elif op == 0x61:
                value = stack.pop()
                stack[-1].append(value)
            elif op == 0x65:
                items = self._pop_mark()
                target = stack[-1]
                if isinstance(target, list):
                    target.extend(items)
                else:
                    for item in items:
                        target.append(item)
            elif op == 0x73:
                value = stack.pop()
                key_ = stack.pop()
                stack[-1][key_] = value
            elif op == 0x75:
                items = self._pop_mark()
                target = stack[-1]
                for i in range(0, len(items), 2):
                    target[items[i]] = items[i + 1]
            elif op == 0x90:
                items = self._pop_mark()
                target = stack[-1]
                if isinstance(target, set):
                    target.update(items)
                else:
                    for item in items:
                        target.add(item)
            elif op == 0x94:
                self.memo[len(self.memo)] = stack[-1]
            elif op == 0x71:
                self.memo[read(1)[0]] = stack[-1]
            elif op == 0x72:
                self.memo[int.from_bytes(read(4), 'little')] = stack[-1]
            elif op == 0x70:
                self.memo[int(self._line())] = stack[-1]
            elif op == 0x68:
                stack.append(self._memo_get(read(1)[0]))
            elif op == 0x6a:
                stack.append(self._memo_get(int.from_bytes(read(4), 'little')))
            elif op == 0x67:
                stack.append(self._memo_get(int(self._line())))
            elif op == 0x63:                                 # GLOBAL
                module = self._line().decode('utf-8')
                name = self._line().decode('utf-8')
                stack.append(self.find_class(module, name))
            elif op == 0x93:                                 # STACK_GLOBAL
                name = stack.pop()
                module = stack.pop()
                if type(name) is not str or type(module) is not str:
                    raise UnpicklingError('STACK_GLOBAL requires str')
                stack.append(self.find_class(module, name))
            elif op == 0x52:                                 # REDUCE
                args = stack.pop()
                stack[-1] = stack[-1](*args)
            elif op == 0x81:                                 # NEWOBJ
                args = stack.pop()
                cls = stack.pop()
                stack.append(cls.__new__(cls, *args))
            elif op == 0x92:                                 # NEWOBJ_EX
                kwargs = stack.pop()
                args = stack.pop()
                cls = stack.pop()
                stack.append(cls.__new__(cls, *args, **kwargs))
            elif op == 0x62:                                 # BUILD
                state = stack.pop()
                _build(stack[-1], state)
            elif op == 0x30:
                if stack and stack[-1] is _MARK:
                    self._pop_mark()
                else:
                    stack.pop()
            elif op == 0x31:
                self._pop_mark()
            elif op == 0x32:
                stack.append(stack[-1])
            else:
                shown = chr(op) if 0x20 <= op < 0x7f else '\\x%02x' % op
                raise UnpicklingError("invalid load key, '%s'." % shown)

    def _memo_get(self, index):
        try:
            return self.memo[index]
        except KeyError:
            raise UnpicklingError('Memo value not found at index %d' % index) from None


def _build(inst, state):
    setstate = getattr(inst, '__setstate__', None)
    if setstate is not None and _defines(type(inst), '__setstate__') is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        inst_dict = inst.__dict__
        for key, value in state.items():
            inst_dict[_sys.intern(key) if type(key) is str else key] = value
    if slotstate:
        for key, value in slotstate.items():
            setattr(inst, key, value)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    buffer = _io.BytesIO()
    Pickler(buffer, protocol).dump(obj)
    return buffer.getvalue()


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    return Unpickler(file, encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(_io.BytesIO(data), encoding=encoding, errors=errors).load()

"""pvm's implementation of the `inspect` module, written in Python.

The type predicates (isfunction, isclass, isgenerator...), getmembers,
getmro, unwrap, signature with Signature/Parameter/BoundArguments (built from
code objects, defaults and annotations, __signature__, __wrapped__, bound
methods, classes' __init__/__new__, partial objects and callable instances),
getfullargspec, getcallargs, getdoc/cleandoc, getmodule, getfile,
getsource/getsourcelines (read through linecache, blocks found by
indentation), currentframe/stack, getgeneratorstate/getcoroutinestate,
getclosurevars and getattr_static. Built-in functions carry no text
signature in pvm, so signature() of one raises ValueError, as CPython does
for builtins without one.
"""

import sys
import types
import enum
import functools
import linecache
from collections import namedtuple
from operator import attrgetter

__all__ = [
    'ArgInfo', 'Attribute', 'BoundArguments', 'ClosureVars', 'FrameInfo',
    'FullArgSpec', 'Parameter', 'Signature', 'Traceback', 'classify_class_attrs',
    'cleandoc', 'currentframe', 'getattr_static', 'getcallargs',
    'getclosurevars', 'getcoroutinestate', 'getdoc', 'getfile',
    'getfullargspec', 'getgeneratorstate', 'getmembers', 'getmodule',
    'getmro', 'getsource', 'getsourcefile', 'getsourcelines', 'isabstract',
    'isasyncgen', 'isasyncgenfunction', 'isawaitable', 'isbuiltin',
    'isclass', 'iscode', 'iscoroutine', 'iscoroutinefunction',
    'isdatadescriptor', 'isframe', 'isfunction', 'isgenerator',
    'isgeneratorfunction', 'ismethod', 'ismethoddescriptor', 'ismodule',
    'isroutine', 'istraceback', 'signature', 'stack', 'unwrap',
]

CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512

TPFLAGS_IS_ABSTRACT = 1 << 20


# ---- type predicates ---------------------------------------------------

def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    f = _unwrap_partial(f)
    if not (isfunction(f) or _signature_is_functionlike(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def _unwrap_partial(func):
    while isinstance(func, functools.partial):
        func = func.func
    return func


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    return isinstance(object, types.AsyncGeneratorType)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isawaitable(object):
    return (isinstance(object, types.CoroutineType)
            or (isinstance(object, types.GeneratorType)
                and bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE))
            or hasattr(type(object), '__await__'))


def istraceback(object):
    return type(object).__name__ == 'traceback' and hasattr(object, 'tb_lineno')


def isframe(object):
    return type(object).__name__ == 'frame' and hasattr(object, 'f_lineno')


def iscode(object):
    return type(object).__name__ == 'code' and hasattr(object, 'co_filename')


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    return type(object).__name__ == 'method-wrapper'


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def ismemberdescriptor(object):
    return type(object).__name__ == 'member_descriptor'


def isgetsetdescriptor(object):
    return type(object).__name__ == 'getset_descriptor'


def isabstract(object):
    if not isinstance(object, type):
        return False
    if getattr(object, '__abstractmethods__', None):
        return True
    if '__abstractmethods__' in getattr(object, '__dict__', {}):
        return False
    # A class still being defined (ABCMeta.__new__ not finished): look for
    # abstract methods directly, as CPython does.
    if not hasattr(object, '__abstractmethods__'):
        return False
    for name, value in object.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            return True
    for base in object.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(object, name, None)
            if getattr(value, "__isabstractmethod__", False):
                return True
    return False


# ---- members -------------------------------------------------------------

def getmembers(object, predicate=None):
    """(name, value) pairs of object's attributes, sorted by name."""
    if isclass(object):
        mro = (object,) + getmro(object)
    else:
        mro = ()
    results = []
    processed = set()
    names = dir(object)
    if isclass(object):
        try:
            for base in object.__bases__:
                for k, v in base.__dict__.items():
                    if isinstance(v, types.DynamicClassAttribute):
                        names.append(k)
        except AttributeError:
            pass
    for key in names:
        try:
            value = getattr(object, key)
            if key in processed:
                raise AttributeError
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def getmembers_static(object, predicate=None):
    """getmembers() without triggering descriptors (getattr_static)."""
    results = []
    for key in dir(object):
        try:
            value = getattr_static(object, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


Attribute = namedtuple('Attribute', 'name kind defining_class object')


def classify_class_attrs(cls):
    """Attribute(name, kind, defining class, object) for each name of dir(cls)."""
    mro = getmro(cls)
    result = []
    for name in dir(cls):
        homecls = None
        obj = None
        for base in mro:
            if name in base.__dict__:
                homecls = base
                obj = base.__dict__[name]
                break
        if homecls is None:
            obj = getattr(cls, name)
            homecls = getattr(obj, "__objclass__", None)
        if isinstance(obj, staticmethod):
            kind = "static method"
        elif isinstance(obj, classmethod):
            kind = "class method"
        elif isinstance(obj, property):
            kind = "property"
        elif isroutine(obj):
            kind = "method"
        else:
            kind = "data"
        result.append(Attribute(name, kind, homecls, obj))
    return result


def getmro(cls):
    return cls.__mro__


def unwrap(func, *, stop=None):
    """Follow a chain of __wrapped__ attributes to the innermost function."""
    f = func
    memo = {id(f): f}
    recursion_limit = sys.getrecursionlimit()
    while not isinstance(func, type) and hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        id_func = id(func)
        if (id_func in memo) or (len(memo) >= recursion_limit):
            raise ValueError('wrapper loop when unwrapping {!r}'.format(f))
        memo[id_func] = func
    return func


# ---- docs, modules, files, source ----------------------------------------

def cleandoc(doc):
    """A docstring with its indentation removed, as help() shows it."""
    try:
        lines = doc.expandtabs().split('\n')
    except UnicodeError:
        return None
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _finddoc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                doc = base.__dict__.get('__doc__')
                if isinstance(doc, str):
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        if isclass(self) and getattr(getattr(self, name, None), '__func__') is obj.__func__:
            cls = self
        else:
            cls = self.__class__
    elif isfunction(obj):
        name = obj.__name__
        cls = _findclass(obj)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif isinstance(obj, property):
        func = obj.fget
        name = func.__name__
        cls = _findclass(func)
        if cls is None or getattr(cls, name) is not obj:
            return None
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def _findclass(func):
    cls = sys.modules.get(func.__module__)
    if cls is None:
        return None
    for name in func.__qualname__.split('.')[:-1]:
        cls = getattr(cls, name, None)
        if cls is None:
            return None
    if not isclass(cls):
        return None
    return cls


def getdoc(object):
    """The cleaned docstring of object, inherited from a base when it has none."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(object, _filename=None):
    """The module object was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    try:
        file = getabsfile(object)
    except TypeError:
        return None
    for module in list(sys.modules.values()):
        if getattr(module, '__file__', None) == file:
            return module
    return None


def getfile(object):
    """The file an object was defined in (TypeError for built-ins)."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(
                        type(object).__name__))


def getsourcefile(object):
    filename = getfile(object)
    if filename.startswith('<') and filename.endswith('>'):
        return None
    if linecache.getlines(filename):
        return filename
    return None


def getabsfile(object, _filename=None):
    import os
    return os.path.normcase(os.path.abspath(_filename or getsourcefile(object) or getfile(object)))


def _block_end(lines, start):
    """Index after the block whose header starts at lines[start]."""
    header = lines[start]
    indent = len(header) - len(header.lstrip())
    depth = 0
    i = start
    # The header may continue over lines while brackets are open.
    while i < len(lines):
        for ch in _code_chars(lines[i]):
            if ch in '([{':
                depth += 1
            elif ch in ')]}':
                depth -= 1
        i += 1
        if depth <= 0:
            break
    body_line = lines[start:i]
    joined = ''.join(body_line).rstrip()
    if not joined.endswith(':') and ':' in joined:
        tail = joined.rsplit(':', 1)[1].strip()
        if tail and not tail.startswith('#'):
            return i
    end = i
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if stripped and not stripped.startswith('#'):
            if len(line) - len(line.lstrip()) <= indent:
                break
            end = i + 1
        elif stripped.startswith('#') and len(line) - len(line.lstrip()) > indent:
            end = i + 1
        i += 1
    return end


def _code_chars(line):
    """The characters of line outside string literals and comments."""
    quote = None
    i = 0
    while i < len(line):
        ch = line[i]
        if quote:
            if ch == '\\':
                i += 2
                continue
            if line.startswith(quote, i):
                i += len(quote)
                quote = None
                continue
        elif ch == '#':
            return
        elif ch in '\'"':
            quote = ch * 3 if line.startswith(ch * 3, i) else ch
            i += len(quote)
            continue
        else:
            yield ch
        i += 1


def findsource(object):
    """(all lines of the file, index of object's first line)."""
    file = getsourcefile(object)
    if file is None:
        try:
            file = getfile(object)
        except TypeError:
            raise
        raise OSError('could not get source code')
    lines = linecache.getlines(file)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        qualname = object.__qualname__
        name = qualname.split('.')[-1]
        candidates = []
        for i, line in enumerate(lines):
            stripped = line.lstrip()
            if stripped.startswith('class ' + name):
                rest = stripped[len('class ' + name):]
                if rest[:1] in ('(', ':', ' '):
                    candidates.append(i)
        if not candidates:
            raise OSError('could not find class definition')
        return lines, candidates[0]
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        lnum = object.co_firstlineno - 1
        if lnum >= len(lines):
            raise OSError('lineno is out of bounds')
        return lines, lnum
    raise OSError('could not find code object')


def getsourcelines(object):
    """(source lines of object, first line number)."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == "<module>"):
        return lines, 0
    start = lnum
    # Decorators belong to the block.
    while start < len(lines) and lines[start].lstrip().startswith('@'):
        start += 1
    if iscode(object) or isfunction(object) or ismethod(object) or isframe(object):
        code_name = None
        if isfunction(object) or ismethod(object):
            code_name = getattr(object, '__name__', None)
        if code_name == '<lambda>':
            return [lines[lnum]], lnum + 1
    end = _block_end(lines, start)
    return lines[lnum:end], lnum + 1


def getsource(object):
    """The text of the source code of object."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


def getcomments(object):
    """The comment lines just above object's source, or None."""
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    i = lnum - 1
    comments = []
    while i >= 0 and lines[i].lstrip().startswith('#'):
        comments.insert(0, lines[i].lstrip())
        i -= 1
    return ''.join(comments) if comments else None


# ---- frames and generators -----------------------------------------------

FrameInfo = namedtuple('FrameInfo', 'frame filename lineno function code_context index')
Traceback = namedtuple('Traceback', 'filename lineno function code_context index')


def currentframe():
    """The caller's frame object."""
    return sys._getframe(1)


def getframeinfo(frame, context=1):
    """Traceback(filename, lineno, function, code_context, index) of a frame."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = frame.f_code.co_filename
    if context > 0:
        start = lineno - 1 - context // 2
        lines = linecache.getlines(filename)
        if lines:
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
        else:
            lines = index = None
    else:
        lines = index = None
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def getlineno(frame):
    return frame.f_lineno


def getouterframes(frame, context=1):
    result = []
    while frame:
        info = getframeinfo(frame, context)
        result.append(FrameInfo(frame, *info))
        frame = frame.f_back
    return result


def getinnerframes(tb, context=1):
    result = []
    while tb:
        info = getframeinfo(tb, context)
        result.append(FrameInfo(tb.tb_frame, *info))
        tb = tb.tb_next
    return result


def stack(context=1):
    """FrameInfo records of the caller's frame and its callers."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    tb = sys.exc_info()[2]
    return getinnerframes(tb, context)


GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def _frame_state(running, suspended, frame, states):
    """One of states (created, running, suspended, closed) for a generator or coroutine."""
    if running:
        return states[1]
    if suspended:
        return states[2]
    if frame is None:
        return states[3]
    return states[0]


def getgeneratorstate(generator):
    """GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    return _frame_state(generator.gi_running, generator.gi_suspended, generator.gi_frame,
                        (GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED))


CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def getcoroutinestate(coroutine):
    """CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    return _frame_state(coroutine.cr_running, coroutine.cr_suspended, coroutine.cr_frame,
                        (CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED))


def getgeneratorlocals(generator):
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    if frame is not None:
        return generator.gi_frame.f_locals
    return {}


ClosureVars = namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getclosurevars(func):
    """The names func uses: nonlocal, global, builtin and unbound ones."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError("{!r} is not a Python function".format(func))
    code = func.__code__
    if func.__closure__ is None:
        nonlocal_vars = {}
    else:
        nonlocal_vars = {var: cell.cell_contents
                         for var, cell in zip(code.co_freevars, func.__closure__)}
    global_ns = func.__globals__
    builtin_ns = global_ns.get("__builtins__", __builtins__)
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars = {}
    builtin_vars = {}
    unbound_names = set()
    for name in _code_names(code):
        if name in ("None", "True", "False"):
            continue
        if name in global_ns:
            global_vars[name] = global_ns[name]
        elif name in builtin_ns:
            builtin_vars[name] = builtin_ns[name]
        else:
            unbound_names.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound_names)


def _code_names(code):
    names = list(code.co_names)
    for const in getattr(code, 'co_consts', ()):
        if iscode(const):
            names.extend(_code_names(const))
    return names


# ---- getattr_static --------------------------------------------------------

_sentinel = object()


def getattr_static(obj, attr, default=_sentinel):
    """getattr without running descriptors, __getattr__ or __getattribute__."""
    instance_result = _sentinel
    if not isinstance(obj, type):
        try:
            instance_dict = object.__getattribute__(obj, "__dict__")
        except AttributeError:
            instance_dict = {}
        klass = type(obj)
        if attr in instance_dict:
            instance_result = instance_dict[attr]
    else:
        klass = obj
    klass_result = _sentinel
    mro = (klass,) + getmro(klass) if not isinstance(obj, type) else getmro(obj)
    for entry in mro:
        if attr in entry.__dict__:
            klass_result = entry.__dict__[attr]
            break
    if instance_result is not _sentinel and klass_result is not _sentinel:
        if hasattr(type(klass_result), '__set__') or hasattr(type(klass_result), '__delete__'):
            return klass_result
    if instance_result is not _sentinel:
        return instance_result
    if klass_result is not _sentinel:
        return klass_result
    if isinstance(obj, type):
        for entry in getmro(type(obj)):
            if attr in entry.__dict__:
                return entry.__dict__[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


# ---- signatures ------------------------------------------------------------

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker used in Parameter & Signature."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _PARAM_DESCRIPTIONS[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

_PARAM_DESCRIPTIONS = {
    _POSITIONAL_ONLY: 'positional-only',
    _POSITIONAL_OR_KEYWORD: 'positional or keyword',
    _VAR_POSITIONAL: 'variadic positional',
    _KEYWORD_ONLY: 'keyword-only',
    _VAR_KEYWORD: 'variadic keyword',
}


def formatannotation(annotation, base_module=None):
    """How an annotation reads in a signature: a class by its (qualified) name."""
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: name, kind, default, annotation."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty:
            if self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
                msg = '{} parameters cannot have default values'
                msg = msg.format(self._kind.description)
                raise ValueError(msg)
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            msg = 'name must be a str, not a {}'.format(type(name).__name__)
            raise TypeError(msg)
        if name[0] == '.' and name[1:].isdigit():
            if self._kind != _POSITIONAL_OR_KEYWORD:
                msg = ('implicit arguments must be passed as '
                       'positional or keyword arguments, not {}')
                msg = msg.format(self._kind.description)
                raise ValueError(msg)
            self._kind = _POSITIONAL_ONLY
            name = 'implicit{}'.format(name[1:])
        import keyword
        if not name.isidentifier() or keyword.iskeyword(name):
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {'_default': self._default, '_annotation': self._annotation})

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void,
                annotation=_void, default=_void):
        """A copy with the given fields changed."""
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = '{}: {}'.format(formatted,
                                        formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = '{} = {}'.format(formatted, repr(self._default))
            else:
                formatted = '{}={}'.format(formatted, repr(self._default))
        if kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif kind == _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and
                self._kind == other._kind and
                self._default == other._default and
                self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind: arguments by parameter name."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        """The positional part of a call with these arguments."""
        out = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD) or name not in self.arguments:
                break
            if param.kind == _VAR_POSITIONAL:
                out.extend(self.arguments[name])
            else:
                out.append(self.arguments[name])
        return tuple(out)

    @property
    def kwargs(self):
        """The keyword part of a call with these arguments."""
        out = {}
        positional_done = False
        for name, param in self._signature.parameters.items():
            if not positional_done:
                if param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                    positional_done = True
                elif name not in self.arguments:
                    positional_done = True
                    continue
                else:
                    continue
            if name in self.arguments:
                if param.kind == _VAR_KEYWORD:
                    out.update(self.arguments[name])
                else:
                    out[name] = self.arguments[name]
        return out

    def apply_defaults(self):
        """Fill in defaults (and empty *args/**kwargs) for missing arguments."""
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind is _VAR_POSITIONAL:
                    val = ()
                elif param.kind is _VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return (self.signature == other.signature and
                self.arguments == other.arguments)

    def __repr__(self):
        args = []
        for arg, value in self.arguments.items():
            args.append('{}={!r}'.format(arg, value))
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    """The parameters and return annotation of a callable."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        if parameters is None:
            params = {}
        elif __validate_parameters__:
            params = {}
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if kind < top_kind:
                    msg = ('wrong parameter order: {} parameter before {} '
                           'parameter')
                    msg = msg.format(top_kind.description, kind.description)
                    raise ValueError(msg)
                elif kind > top_kind:
                    top_kind = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if seen_default:
                            msg = 'non-default argument follows default argument'
                            raise ValueError(msg)
                    else:
                        seen_default = True
                if name in params:
                    msg = 'duplicate parameter name: {!r}'.format(name)
                    raise ValueError(msg)
                params[name] = param
        else:
            params = {param.name: param for param in parameters}
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None,
                      locals=None, eval_str=False):
        return _signature_from_callable(obj, follow_wrapped, cls)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy with the given parameters or return annotation."""
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(param for param in self.parameters.values()
                       if param.kind != _KEYWORD_ONLY)
        kwo_params = {param.name: param for param in self.parameters.values()
                      if param.kind == _KEYWORD_ONLY}
        return params, kwo_params, self.return_annotation

    def __hash__(self):
        params, kwo_params, return_annotation = self._hash_basis()
        kwo_params = frozenset(kwo_params.values())
        return hash((params, kwo_params, return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        kwargs = dict(kwargs)
        params = list(self.parameters.values())
        positional = [p for p in params
                      if p.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD)]
        star = [p for p in params if p.kind == _VAR_POSITIONAL]
        # Positional arguments fill the positional parameters in order.
        taken = min(len(args), len(positional))
        for param, value in zip(positional, args):
            if param.kind == _POSITIONAL_OR_KEYWORD and param.name in kwargs:
                raise TypeError('multiple values for argument {!r}'.format(
                    param.name))
            arguments[param.name] = value
        if len(args) > taken:
            if not star:
                raise TypeError('too many positional arguments')
            arguments[star[0].name] = tuple(args[taken:])
        # The rest are bound by keyword (or take their defaults).
        var_keyword = None
        for param in params:
            if param.name in arguments:
                continue
            if param.kind == _VAR_KEYWORD:
                var_keyword = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            if param.name in kwargs:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError('{!r} parameter is positional only, but '
                                    'was passed as a keyword'.format(param.name))
                arguments[param.name] = kwargs.pop(param.name)
            elif not partial and param.default is _empty:
                raise TypeError('missing a required argument: {!r}'.format(
                    param.name))
        if kwargs:
            if var_keyword is None:
                raise TypeError('got an unexpected keyword argument {!r}'.format(
                    next(iter(kwargs))))
            arguments[var_keyword.name] = kwargs
        ordered = {p.name: arguments[p.name] for p in params
                   if p.name in arguments}
        return self._bound_arguments_cls(self, ordered)

    def bind(self, /, *args, **kwargs):
        """BoundArguments for a call with args and kwargs (TypeError if it cannot bind)."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind(), but required arguments may be missing."""
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        pieces = []
        kinds = [p.kind for p in self.parameters.values()]
        for i, param in enumerate(self.parameters.values()):
            kind = param.kind
            previous = kinds[i - 1] if i else None
            if previous == _POSITIONAL_ONLY and kind != _POSITIONAL_ONLY:
                pieces.append('/')
            if (kind == _KEYWORD_ONLY and previous != _KEYWORD_ONLY
                    and _VAR_POSITIONAL not in kinds):
                pieces.append('*')
            pieces.append(str(param))
        if kinds and kinds[-1] == _POSITIONAL_ONLY:
            pieces.append('/')
        text = '(' + ', '.join(pieces) + ')'
        if self.return_annotation is not _empty:
            text += ' -> ' + formatannotation(self.return_annotation)
        return text


def _signature_is_functionlike(obj):
    if not callable(obj) or isclass(obj):
        return False
    name = getattr(obj, '__name__', None)
    code = getattr(obj, '__code__', None)
    defaults = getattr(obj, '__defaults__', _void)
    kwdefaults = getattr(obj, '__kwdefaults__', _void)
    annotations = getattr(obj, '__annotations__', None)
    return (iscode(code) and isinstance(name, str) and
            (defaults is None or isinstance(defaults, tuple)) and
            (kwdefaults is None or isinstance(kwdefaults, dict)) and
            (isinstance(annotations, dict) or annotations is None))


def _signature_from_function(cls, func):
    code = func.__code__
    pos_count = code.co_argcount
    arg_names = code.co_varnames
    posonly_count = code.co_posonlyargcount
    positional = arg_names[:pos_count]
    keyword_only_count = code.co_kwonlyargcount
    keyword_only = arg_names[pos_count:pos_count + keyword_only_count]
    annotations = func.__annotations__ or {}
    defaults = func.__defaults__
    kwdefaults = func.__kwdefaults__
    pos_default_count = len(defaults) if defaults else 0
    parameters = []
    non_default_count = pos_count - pos_default_count
    for i, name in enumerate(positional):
        kind = _POSITIONAL_ONLY if i < posonly_count else _POSITIONAL_OR_KEYWORD
        annotation = annotations.get(name, _empty)
        if i >= non_default_count:
            parameters.append(Parameter(name, annotation=annotation, kind=kind,
                                        default=defaults[i - non_default_count]))
        else:
            parameters.append(Parameter(name, annotation=annotation, kind=kind))
    index = pos_count + keyword_only_count
    if code.co_flags & CO_VARARGS:
        name = arg_names[index]
        index += 1
        parameters.append(Parameter(name, annotation=annotations.get(name, _empty),
                                    kind=_VAR_POSITIONAL))
    for name in keyword_only:
        default = _empty
        if kwdefaults is not None:
            default = kwdefaults.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotations.get(name, _empty),
                                    kind=_KEYWORD_ONLY, default=default))
    if code.co_flags & CO_VARKEYWORDS:
        name = arg_names[index]
        parameters.append(Parameter(name, annotation=annotations.get(name, _empty),
                                    kind=_VAR_KEYWORD))
    return cls(parameters,
               return_annotation=annotations.get('return', _empty),
               __validate_parameters__=False)


def _drop_first(sig):
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    kind = params[0].kind
    if kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    elif kind is not _VAR_POSITIONAL:
        raise ValueError('invalid argument type')
    return sig.replace(parameters=params)


def _signature_from_partial(sig, partial):
    old_params = sig.parameters
    new_params = dict(old_params)
    partial_args = partial.args or ()
    partial_keywords = partial.keywords or {}
    try:
        bound = sig.bind_partial(*partial_args, **partial_keywords)
    except TypeError as ex:
        raise ValueError('partial object {!r} has incorrect arguments'.format(partial)) from ex
    transform_to_kwonly = False
    for param_name, param in old_params.items():
        try:
            arg_value = bound.arguments[param_name]
        except KeyError:
            pass
        else:
            if param.kind is _POSITIONAL_ONLY:
                new_params.pop(param_name)
                continue
            if param.kind is _POSITIONAL_OR_KEYWORD:
                if param_name in partial_keywords:
                    transform_to_kwonly = True
                    new_params[param_name] = param.replace(default=arg_value)
                else:
                    new_params.pop(param.name)
                    continue
            if param.kind is _KEYWORD_ONLY:
                new_params[param_name] = param.replace(default=arg_value)
        if transform_to_kwonly:
            assert param.kind is not _POSITIONAL_ONLY
            if param.kind is _POSITIONAL_OR_KEYWORD:
                new_param = new_params[param_name].replace(kind=_KEYWORD_ONLY)
                new_params[param_name] = new_param
                new_params.pop(param_name)
                new_params[param_name] = new_param
            elif param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                new_params.pop(param_name)
                new_params[param_name] = param
    return sig.replace(parameters=new_params.values())


def _lookup_in_mro(cls, name):
    for base in cls.__mro__:
        if name in base.__dict__:
            return base.__dict__[name]
    return None


def _signature_from_callable(obj, follow_wrapped=True, sigcls=Signature,
                             skip_bound_arg=True):
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, types.MethodType):
        sig = _signature_from_callable(obj.__func__, follow_wrapped, sigcls)
        if skip_bound_arg:
            return _drop_first(sig)
        return sig
    if follow_wrapped:
        obj = unwrap(obj, stop=(lambda f: hasattr(f, "__signature__")))
        if isinstance(obj, types.MethodType):
            return _signature_from_callable(obj, follow_wrapped, sigcls)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
            return sig
    if isfunction(obj) or _signature_is_functionlike(obj):
        return _signature_from_function(sigcls, obj)
    if isinstance(obj, functools.partial):
        wrapped_sig = _signature_from_callable(obj.func, follow_wrapped, sigcls)
        return _signature_from_partial(wrapped_sig, obj)
    if isinstance(obj, type):
        call = _lookup_in_mro(type(obj), '__call__')
        if call is not None and isfunction(call):
            return _drop_first(_signature_from_callable(call, follow_wrapped, sigcls))
        new = _lookup_in_mro(obj, '__new__')
        init = _lookup_in_mro(obj, '__init__')
        for base in obj.__mro__:
            if '__new__' in base.__dict__ and isinstance(base.__dict__['__new__'], staticmethod) \
                    and isfunction(base.__dict__['__new__'].__func__):
                new_owner = base
                break
            if '__init__' in base.__dict__ and isfunction(base.__dict__['__init__']):
                new_owner = None
                break
        else:
            new_owner = None
        if new_owner is not None:
            return _drop_first(_signature_from_callable(new.__func__, follow_wrapped, sigcls))
        if init is not None and isfunction(init):
            return _drop_first(_signature_from_callable(init, follow_wrapped, sigcls))
        if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
            return sigcls.from_callable(lambda: None).replace(parameters=())
        raise ValueError('no signature found for builtin type {!r}'.format(obj))
    if isbuiltin(obj) or ismethoddescriptor(obj) or ismethodwrapper(obj):
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    call = _lookup_in_mro(type(obj), '__call__')
    if call is not None:
        sig = _signature_from_callable(call, follow_wrapped, sigcls)
        return _drop_first(sig) if isfunction(call) else sig
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None,
              eval_str=False):
    """The Signature of a callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped,
                                   globals=globals, locals=locals,
                                   eval_str=eval_str)


FullArgSpec = namedtuple('FullArgSpec',
                         'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')
ArgInfo = namedtuple('ArgInfo', 'args varargs keywords locals')


def getfullargspec(func):
    """The FullArgSpec of a callable (bound methods keep their first argument)."""
    try:
        sig = _signature_from_callable(func, follow_wrapped=False,
                                       skip_bound_arg=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    varargs = None
    varkw = None
    posonlyargs = []
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind is _POSITIONAL_ONLY:
            posonlyargs.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _POSITIONAL_OR_KEYWORD:
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind is _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    if not kwdefaults:
        kwdefaults = None
    if not defaults:
        defaults = None
    return FullArgSpec(posonlyargs + args, varargs, varkw, defaults,
                       kwonlyargs, kwdefaults, annotations)


def getargvalues(frame):
    """ArgInfo(args, varargs, keywords, locals) of a frame."""
    code = frame.f_code
    nargs = code.co_argcount + code.co_kwonlyargcount
    names = code.co_varnames
    args = list(names[:nargs])
    varargs = None
    if code.co_flags & CO_VARARGS:
        varargs = names[nargs]
        nargs += 1
    varkw = None
    if code.co_flags & CO_VARKEYWORDS:
        varkw = names[nargs]
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def getcallargs(func, /, *positional, **named):
    """The dict of parameter names to values a call would bind: positional
    parameters first, then the keywords in call order, then defaults."""
    sig = _signature_from_callable(func, skip_bound_arg=False)
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    try:
        bound = sig.bind(*positional, **named)
    except TypeError as e:
        raise TypeError(f"{func.__name__}() {e}") from None
    result = {}
    params = sig.parameters
    for name, param in params.items():
        if param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL):
            if name in bound.arguments and name not in named:
                result[name] = bound.arguments[name]
        if param.kind == _VAR_POSITIONAL and name not in result:
            result[name] = ()
    var_keyword = [p.name for p in params.values() if p.kind == _VAR_KEYWORD]
    if var_keyword:
        result[var_keyword[0]] = {}
    for key, value in named.items():
        if key in params and params[key].kind != _VAR_KEYWORD:
            result[key] = value
        else:
            result[var_keyword[0]][key] = value
    for name, param in params.items():
        if name not in result and param.default is not _empty:
            result[name] = param.default
    return result


def isclassmethod(obj):
    return isinstance(obj, classmethod)


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """The annotations dict of a class, module or callable (a new dict)."""
    if isinstance(obj, type):
        ann = obj.__dict__.get('__annotations__', None)
    elif isinstance(obj, types.ModuleType):
        ann = getattr(obj, '__annotations__', None)
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    return dict(ann)

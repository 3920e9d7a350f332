"""pvm's implementation of the `weakref` module, written in Python.

pvm runs on a garbage-collected host that gives Python code no hook when an
object becomes unreachable, so a weak reference here keeps its referent
alive: ref() always answers the object, callbacks never run, the weak
containers never lose entries by themselves, and a finalize() runs when
called or, as CPython runs the ones still alive, at exit (newest first,
unless its atexit is False), never at a collection.  What CPython
decides without the collector is kept: which objects accept weak references
(the same TypeError), one shared callback-less ref per object, hashing and
equality of refs by their referents, proxies, getweakrefcount/getweakrefs,
and the container APIs.
"""

from collections.abc import MutableMapping, MutableSet

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]

# The built-in types whose instances carry a weak-reference slot in CPython;
# every other built-in type refuses one.
_WEAKREFABLE_BUILTINS = {
    'set', 'frozenset', 'type', 'function', 'builtin_function_or_method',
    'method', 'generator', 'coroutine', 'async_generator', 'module',
    'property', 'deque', 'partial', 'code',
}
# Built-in bases whose subclasses still cannot have one (variable-size
# layouts in CPython).
_VARSIZE_BASES = (int, tuple, bytes)

# id(referent) -> list of the refs to it (objects never die here, so an id is
# never reused while this table holds it).
_refs_by_id = {}


def _check_referent(obj):
    cls = type(obj)
    for klass in cls.__mro__:
        if klass is object:
            break
        if klass.__module__ == 'builtins':
            if klass.__name__ in _WEAKREFABLE_BUILTINS:
                return
            if klass is cls or issubclass(cls, _VARSIZE_BASES):
                break
            continue
        slots = klass.__dict__.get('__slots__')
        if slots is None:
            if not issubclass(cls, _VARSIZE_BASES):
                return
            continue
        if isinstance(slots, str):
            slots = (slots,)
        if '__weakref__' in slots:
            return
    raise TypeError(f"cannot create weak reference to '{cls.__name__}' object")


class ReferenceType:
    """A reference to an object that (in CPython) does not keep it alive."""

    __slots__ = ('_referent', '_callback', '_hash', '__weakref__')

    def __new__(cls, ob, callback=None):
        _check_referent(ob)
        refs = _refs_by_id.setdefault(id(ob), [])
        if callback is None and cls is ReferenceType:
            for r in refs:
                if type(r) is ref and r._callback is None:
                    return r
        self = object.__new__(cls)
        self._referent = ob
        self._callback = callback
        self._hash = None
        refs.append(self)
        return self

    def __init__(self, ob, callback=None):
        pass

    def __call__(self):
        return self._referent

    @property
    def __callback__(self):
        return self._callback

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._referent)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        return self._referent == other._referent

    def __ne__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        return self._referent != other._referent

    def __repr__(self):
        ob = self._referent
        name = type(ob).__name__
        try:
            own = ob.__name__
        except Exception:
            own = None
        if isinstance(own, str):
            return (f"<weakref at {hex(id(self))}; to '{name}' at "
                    f"{hex(id(ob))} ({own})>")
        return f"<weakref at {hex(id(self))}; to '{name}' at {hex(id(ob))}>"

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


_GenericAlias = type(list[int])
ref = ReferenceType


def getweakrefcount(obj):
    return len(_refs_by_id.get(id(obj), ()))


def getweakrefs(obj):
    return list(_refs_by_id.get(id(obj), ()))


class WeakMethod(ref):
    """A weak reference to a bound method, rebuilt from its self and function."""

    __slots__ = ('_func_ref',)

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not "
                            f"{type(meth)}") from None
        self = ref.__new__(cls, obj, callback)
        self._func_ref = ref(func)
        return self

    def __call__(self):
        obj = self._referent
        return self._func_ref().__get__(obj, type(obj))

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            return (self._referent is other._referent
                    and self._func_ref() is other._func_ref())
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            return not self.__eq__(other)
        return NotImplemented

    def __hash__(self):
        return hash((self._referent, self._func_ref()))


def _proxied(p):
    return object.__getattribute__(p, '_ProxyType__referent')


def _forward(name):
    def method(self, *args):
        return getattr(_proxied(self), name)(*args)
    method.__name__ = name
    return method


class ProxyType:
    """A stand-in that forwards attribute access and operators to its referent."""

    __slots__ = ('_ProxyType__referent', '_ProxyType__callback', '__weakref__')

    def __init__(self, ob, callback=None):
        object.__setattr__(self, '_ProxyType__referent', ob)
        object.__setattr__(self, '_ProxyType__callback', callback)

    def __getattribute__(self, name):
        return getattr(_proxied(self), name)

    def __setattr__(self, name, value):
        setattr(_proxied(self), name, value)

    def __delattr__(self, name):
        delattr(_proxied(self), name)

    def __repr__(self):
        ob = _proxied(self)
        return (f"<weakproxy at {hex(id(self))}; to '{type(ob).__name__}' at "
                f"{hex(id(ob))}>")

    def __str__(self):
        return str(_proxied(self))

    def __bool__(self):
        return bool(_proxied(self))

    def __hash__(self):
        raise TypeError(f"unhashable type: 'weakref.ProxyType'")

    def __eq__(self, other):
        if isinstance(other, ProxyType):
            other = _proxied(other)
        return _proxied(self) == other

    def __ne__(self, other):
        if isinstance(other, ProxyType):
            other = _proxied(other)
        return _proxied(self) != other

    def __lt__(self, other):
        return _proxied(self) < other

    def __le__(self, other):
        return _proxied(self) <= other

    def __gt__(self, other):
        return _proxied(self) > other

    def __ge__(self, other):
        return _proxied(self) >= other

    def __len__(self):
        return len(_proxied(self))

    def __iter__(self):
        return iter(_proxied(self))

    def __contains__(self, item):
        return item in _proxied(self)

    def __getitem__(self, key):
        return _proxied(self)[key]

    def __setitem__(self, key, value):
        _proxied(self)[key] = value

    def __delitem__(self, key):
        del _proxied(self)[key]



for _name in ('__add__', '__sub__', '__mul__', '__truediv__',
              '__floordiv__', '__mod__', '__pow__', '__and__', '__or__',
              '__xor__', '__lshift__', '__rshift__', '__matmul__',
              '__radd__', '__rsub__', '__rmul__', '__rtruediv__',
              '__rfloordiv__', '__rmod__', '__rpow__', '__rand__',
              '__ror__', '__rxor__', '__neg__', '__pos__', '__abs__',
              '__invert__', '__int__', '__float__', '__index__',
              '__next__', '__reversed__', '__enter__', '__exit__'):
    setattr(ProxyType, _name, _forward(_name))
del _name


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _proxied(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(ob, callback=None):
    _check_referent(ob)
    p = (CallableProxyType if callable(ob) else ProxyType)(ob, callback)
    _refs_by_id.setdefault(id(ob), []).append(p)
    return p


class KeyedRef(ref):
    """A ref that remembers the dictionary key it was stored under."""

    __slots__ = ('key',)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        pass


class WeakValueDictionary(MutableMapping):
    """A mapping whose values are held by weak references."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        return self.data[key]()

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, None, key)

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(list(self.data))

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return f"<{type(self).__name__} at {hex(id(self))}>"

    def copy(self):
        new = WeakValueDictionary()
        new.data.update(self.data)
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, wr in self.data.items():
            new[deepcopy(key, memo)] = wr()
        return new

    def get(self, key, default=None):
        wr = self.data.get(key)
        return default if wr is None else wr()

    def items(self):
        for key, wr in list(self.data.items()):
            yield key, wr()

    def keys(self):
        yield from list(self.data)

    def values(self):
        for wr in list(self.data.values()):
            yield wr()

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def setdefault(self, key, default=None):
        wr = self.data.get(key)
        if wr is None:
            self[key] = default
            return default
        return wr()

    def __or__(self, other):
        if isinstance(other, (dict, MutableMapping)):
            new = self.copy()
            new.update(other)
            return new
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakKeyDictionary(MutableMapping):
    """A mapping whose keys are held by weak references."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        for wr in list(self.data):
            yield wr()

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return f"<{type(self).__name__} at {hex(id(self))}>"

    def copy(self):
        new = WeakKeyDictionary()
        new.data.update(self.data)
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for wr, value in self.data.items():
            new[wr()] = deepcopy(value, memo)
        return new

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def items(self):
        for wr, value in list(self.data.items()):
            yield wr(), value

    def keys(self):
        for wr in list(self.data):
            yield wr()

    def values(self):
        yield from list(self.data.values())

    def keyrefs(self):
        return list(self.data)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key), default)

    def __or__(self, other):
        if isinstance(other, (dict, MutableMapping)):
            new = self.copy()
            new.update(other)
            return new
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakSet(MutableSet):
    """A set whose elements are held by weak references."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            self.update(data)

    def __iter__(self):
        for wr in list(self.data):
            yield wr()

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return repr(self.data)

    def __reduce__(self):
        return (self.__class__, (list(self),), getattr(self, '__dict__', None))

    def add(self, item):
        self.data.add(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def pop(self):
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            return wr()

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    __hash__ = None

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item) for item in other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


_finalizers = []
_exit_hook_registered = False


def _run_finalizers_at_exit():
    for f in reversed(_finalizers):
        if f.atexit and f._info is not None:
            f()
    del _finalizers[:]


class finalize:
    """Calls func(*args, **kwargs) once: when called, or at exit if still alive."""

    __slots__ = ('_info', 'atexit')

    def __init__(self, obj, func, /, *args, **kwargs):
        global _exit_hook_registered
        _check_referent(obj)
        self._info = (obj, func, args, kwargs or None)
        self.atexit = True
        _finalizers.append(self)
        if not _exit_hook_registered:
            import atexit
            atexit.register(_run_finalizers_at_exit)
            _exit_hook_registered = True

    def __call__(self, _=None):
        info = self._info
        if info is None:
            return None
        self._info = None
        obj, func, args, kwargs = info
        return func(*args, **(kwargs or {}))

    def detach(self):
        info = self._info
        if info is None:
            return None
        self._info = None
        obj, func, args, kwargs = info
        return (obj, func, args, kwargs or {})

    def peek(self):
        info = self._info
        if info is None:
            return None
        obj, func, args, kwargs = info
        return (obj, func, args, kwargs or {})

    @property
    def alive(self):
        return self._info is not None

    def __repr__(self):
        info = self._info
        if info is None:
            return f"<finalize object at {hex(id(self))}; dead>"
        obj = info[0]
        return (f"<finalize object at {hex(id(self))}; for "
                f"'{type(obj).__name__}' at {hex(id(obj))}>")

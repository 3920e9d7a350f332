"""pvm's implementation of the `copy` module, written in Python.

copy and deepcopy with a memo dict and the __copy__/__deepcopy__ hooks;
immutable atoms are returned as they are; builtin containers are rebuilt;
other objects are rebuilt from a class-defined __reduce_ex__/__reduce__ when
there is one, else from cls.__new__ plus their builtin base's contents,
__dict__ and __slots__ (and __setstate__ when the class defines it).
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _function():
    pass


_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range,
           type(_function), type(len), type(Ellipsis), type(NotImplemented),
           property, type(_function.__code__))


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set or cls is bytearray:
        return x.copy()
    if cls is tuple or cls is frozenset:
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        append = y.append
        for a in x:
            append(deepcopy(a, memo))
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _class_reduce(cls):
    # A __reduce_ex__ or __reduce__ written by a class (not object's default).
    for klass in cls.__mro__:
        if klass is object:
            return None
        for name in ('__reduce_ex__', '__reduce__'):
            if name in klass.__dict__:
                return name
    return None


def _reconstruct(x, memo):
    deep = memo is not None
    cls = type(x)
    name = _class_reduce(cls)
    if name is not None:
        rv = getattr(x, name)(4) if name == '__reduce_ex__' else x.__reduce__()
        if isinstance(rv, str):
            return x
        return _from_reduce(x, memo, *rv)
    if isinstance(x, tuple):
        getnewargs = getattr(x, '__getnewargs__', None)
        args = getnewargs() if getnewargs is not None else (tuple(x),)
        if deep:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
    else:
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    if isinstance(x, list):
        y.extend(deepcopy(item, memo) if deep else item for item in list.__iter__(x))
    elif isinstance(x, dict):
        for key, value in dict.items(x):
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            dict.__setitem__(y, key, value)
    elif isinstance(x, set):
        y.update(deepcopy(item, memo) if deep else item for item in set.__iter__(x))
    state = _instance_state(x)
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    return y


def _instance_state(x):
    owner = _defines(type(x), '__getstate__')
    if owner is not None:
        return owner.__dict__['__getstate__'](x)
    return _default_state(x)


def _default_state(x):
    """object.__getstate__: the instance dict (None when empty), with the slot values (pickle uses it too)."""
    state = getattr(x, '__dict__', None)
    state = dict(state) if state else None
    slots = {}
    for klass in type(x).__mro__:
        names = klass.__dict__.get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for slot in names:
            if slot in ('__dict__', '__weakref__'):
                continue
            if slot.startswith('__') and not slot.endswith('__'):
                slot = '_%s%s' % (klass.__name__.lstrip('_'), slot)
            try:
                slots[slot] = getattr(x, slot)
            except AttributeError:
                pass
    if slots:
        return (state, slots)
    return state


def _set_state(y, state):
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None and _defines(type(y), '__setstate__') is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _defines(cls, name):
    """The class (other than object) in cls's MRO that defines name, or None (pickle uses it too)."""
    for klass in cls.__mro__:
        if klass is object:
            return None
        if name in klass.__dict__:
            return klass
    return None


def _from_reduce(x, memo, func, args, state=None, listiter=None, dictiter=None, *rest):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y

"""pvm's implementation of the `contextvars` module, written in Python.

ContextVar, Token and Context with CPython's semantics for one thread: a
Context is an immutable-looking mapping (set() on a variable replaces the
current context's dict, so copies taken before are unaffected), Context.run
enters a context once at a time, and reset() checks the token's variable,
context and single use with CPython's errors. pvm's asyncio does not copy
contexts per task.
"""

__all__ = ("Context", "ContextVar", "Token", "copy_context")

_MISSING = object()


class Context:
    """A mapping of ContextVars to their values."""

    __slots__ = ('_vars', '_prev', '_entered')

    def __init__(self):
        self._vars = {}
        self._prev = None
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        global _current
        if self._entered:
            raise RuntimeError(f"cannot enter context: {self!r} is already entered")
        self._prev = _current
        self._entered = True
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        new = Context()
        new._vars = self._vars
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._vars[var]

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._vars

    def __len__(self):
        return len(self._vars)

    def __iter__(self):
        return iter(self._vars)

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._vars.get(var, default)

    def keys(self):
        return self._vars.keys()

    def values(self):
        return self._vars.values()

    def items(self):
        return self._vars.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._vars == other._vars

    __hash__ = None


_current = Context()


def copy_context():
    """A shallow copy of the current context."""
    return _current.copy()


class ContextVar:
    """A context variable: its value depends on the context that is running."""

    __slots__ = ('_name', '_default')

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f"get expected at most 1 argument, got {len(args)}")
        value = _current._vars.get(self, _MISSING)
        if value is not _MISSING:
            return value
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current
        old = ctx._vars.get(self, Token.MISSING)
        new_vars = dict(ctx._vars)
        new_vars[self] = value
        ctx._vars = new_vars
        return Token(ctx, self, old, _token_key)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        ctx = _current
        if token._context is not ctx:
            raise ValueError(f"{token!r} was created in a different Context")
        new_vars = dict(ctx._vars)
        if token._old is Token.MISSING:
            new_vars.pop(self, None)
        else:
            new_vars[self] = token._old
        ctx._vars = new_vars
        token._used = True

    def __repr__(self):
        default = ''
        if self._default is not _MISSING:
            default = f' default={self._default!r}'
        return f"<ContextVar name={self._name!r}{default} at {hex(id(self))}>"

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class _MissingMarker:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


_token_key = object()


class Token:
    """What ContextVar.set() returns, for reset()."""

    __slots__ = ('_context', '_var', '_old', '_used')

    MISSING = _MissingMarker()

    def __init__(self, context=None, var=None, old=None, key=None):
        if key is not _token_key:
            raise RuntimeError("Tokens can only be created by ContextVars")
        self._context = context
        self._var = var
        self._old = old
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = ' used' if self._used else ''
        return f"<Token{used} var={self._var!r} at {hex(id(self))}>"

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)

"""pvm's `contextlib` module, written in Python for pvm.

Provides contextmanager (with-statements driven by a one-yield generator,
raising and swallowing exceptions exactly as CPython 3.11 does),
ContextDecorator, AbstractContextManager, closing, suppress, nullcontext,
redirect_stdout/redirect_stderr and ExitStack, and the async variants:
asynccontextmanager, AbstractAsyncContextManager, AsyncContextDecorator,
aclosing and AsyncExitStack. chdir is not provided (pvm has no working
directory to change).
"""
import abc
import sys
from collections import deque
from functools import wraps

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing"]

GenericAlias = type(list[int])


def _defines_all(klass, names):
    """True when each name is found in some class of klass's MRO and is not
    set to None there; NotImplemented otherwise (for __subclasshook__)."""
    for name in names:
        for owner in klass.__mro__:
            if name in owner.__dict__:
                if owner.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class AbstractContextManager(abc.ABC):
    """Base for classes usable in a with statement: __enter__ hands back the
    object itself, __exit__ must be written by the subclass."""

    __class_getitem__ = classmethod(GenericAlias)

    def __enter__(self):
        """Give the object itself to the `as` target."""
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Leave the block; a true result swallows the exception."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _defines_all(C, ("__enter__", "__exit__"))
        return NotImplemented


class ContextDecorator(object):
    """Mixin letting a context manager decorate a function: each call of the
    function then runs inside the manager (a fresh one if _recreate_cm makes
    one)."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class AbstractAsyncContextManager(abc.ABC):
    """Base for classes usable in an async with statement."""

    __class_getitem__ = classmethod(GenericAlias)

    async def __aenter__(self):
        """Give the object itself to the `as` target."""
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        """Leave the block; a true result swallows the exception."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _defines_all(C, ("__aenter__", "__aexit__"))
        return NotImplemented


class AsyncContextDecorator(object):
    """Mixin letting an async context manager decorate a coroutine function."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return inner


class _GeneratorContextManagerBase:
    """What every generator-backed manager keeps: the generator, and the
    function and arguments that made it (for recreating it)."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        # Each decorated call needs its own generator.
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorContextManagerBase,
                               AbstractContextManager,
                               ContextDecorator):
    """Manager built by @contextmanager."""

    def __enter__(self):
        # Only the recreated copies are used after entry.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            return self._finish_quietly()
        if value is None:
            # A bare exception class was passed in: make an instance.
            value = typ()
        return self._finish_with(value, traceback)

    def _finish_quietly(self):
        """The block ended normally: the generator must end after its yield."""
        try:
            next(self.gen)
        except StopIteration:
            return False
        raise RuntimeError("generator didn't stop")

    def _finish_with(self, value, traceback):
        """The block raised `value`: throw it in at the yield and judge what
        comes out. True means the generator swallowed it."""
        try:
            self.gen.throw(type(value), value, traceback)
        except StopIteration as out:
            # Finished normally: swallowed, unless the block's own
            # StopIteration simply came back.
            return out is not value
        except RuntimeError as out:
            if out is value:
                out.__traceback__ = traceback
                return False
            # A StopIteration from the block turned into RuntimeError by the
            # generator machinery (PEP 479) counts as the original passing
            # through.
            if isinstance(value, StopIteration) and out.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as out:
            if out is not value:
                raise
            # Same exception back: let the with statement re-raise it.
            out.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """Decorator turning a generator function that yields once into a
    factory of context managers: the code before the yield runs on entry,
    the yielded value is bound by `as`, and the rest runs on exit (where an
    exception from the block is raised at the yield)."""
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase,
                                    AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """Manager built by @asynccontextmanager."""

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(typ, value, traceback)
        except StopAsyncIteration as out:
            return out is not value
        except RuntimeError as out:
            if out is value:
                out.__traceback__ = traceback
                return False
            if isinstance(value, (StopIteration, StopAsyncIteration)) and out.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as out:
            if out is not value:
                raise
            out.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after athrow()")


def asynccontextmanager(func):
    """Decorator turning an async generator function that yields once into a
    factory of async context managers (the async form of contextmanager)."""
    @wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Hand `thing` to the block and call thing.close() when it ends."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Hand `thing` to the block and await thing.aclose() when it ends."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):
    """Swap a sys stream (named by _stream) for another object while the
    block runs; nesting and reuse are supported."""

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Send sys.stdout to another file-like object inside the block."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Send sys.stderr to another file-like object inside the block."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Swallow the listed exception types (and their subclasses) raised in
    the block; execution goes on after the with statement."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


def _bound_exit(cm, exit_function):
    """cm's __exit__ as a callback taking the three exception values."""
    def call_exit(exc_type, exc, tb):
        return exit_function(cm, exc_type, exc, tb)
    call_exit.__self__ = cm
    return call_exit


def _plain_callback(callback, /, *args, **kwds):
    """A callback that ignores the exception and never swallows it."""
    def call_plain(exc_type, exc, tb):
        callback(*args, **kwds)
    return call_plain


def _relink_context(new_exc, old_exc, frame_exc):
    """Make the exception chain of `new_exc` lead to `old_exc` (the one it
    replaced inside ExitStack.__exit__) instead of to whatever was being
    handled around the with statement."""
    while True:
        ctx = new_exc.__context__
        if ctx is None or ctx is old_exc:
            return
        if ctx is frame_exc:
            break
        new_exc = ctx
    new_exc.__context__ = old_exc


class _BaseExitStack:
    """The callback stack shared by ExitStack."""

    def __init__(self):
        self._exit_callbacks = deque()

    def pop_all(self):
        """Move every callback to a new stack of the same type and return
        it; this stack ends up empty."""
        moved = type(self)()
        moved._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = deque()
        return moved

    def push(self, exit):
        """Register a context manager's __exit__ (when `exit` has one) or
        any callable with __exit__'s signature; returns `exit`."""
        try:
            exit_function = type(exit).__exit__
        except AttributeError:
            self._push_exit_callback(exit)
        else:
            self._push_cm_exit(exit, exit_function)
        return exit

    def enter_context(self, cm):
        """Enter `cm`, register its __exit__ and return what __enter__
        returned."""
        kind = type(cm)
        try:
            enter_function = kind.__enter__
            exit_function = kind.__exit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        result = enter_function(cm)
        self._push_cm_exit(cm, exit_function)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run at exit; returns
        `callback` so this can decorate."""
        entry = _plain_callback(callback, *args, **kwds)
        entry.__wrapped__ = callback
        self._push_exit_callback(entry)
        return callback

    def _push_cm_exit(self, cm, exit_function):
        self._push_exit_callback(_bound_exit(cm, exit_function), True)

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A with-statement target that unwinds, last first, any number of
    context managers and callbacks registered while the block runs; an
    exception swallowed by one callback is not seen by earlier ones."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        # What was being handled around the with statement: chains built
        # inside must not run past it.
        outer = sys.exc_info()[1]
        swallowed = False
        reraise = False
        while self._exit_callbacks:
            _, entry = self._exit_callbacks.pop()
            try:
                if entry(*exc_details):
                    swallowed = True
                    reraise = False
                    exc_details = (None, None, None)
            except:
                raised = sys.exc_info()
                _relink_context(raised[1], exc_details[1], outer)
                reraise = True
                exc_details = raised
        if reraise:
            # Raising here would overwrite __context__; put the fixed one back.
            pending = exc_details[1]
            kept_context = pending.__context__
            try:
                raise pending
            except BaseException:
                pending.__context__ = kept_context
                raise
        return had_exception and swallowed

    def close(self):
        """Run and drop every registered callback now."""
        self.__exit__(None, None, None)


def _bound_async_exit(cm, exit_function):
    async def call_exit(exc_type, exc, tb):
        return await exit_function(cm, exc_type, exc, tb)
    call_exit.__self__ = cm
    return call_exit


def _plain_async_callback(callback, /, *args, **kwds):
    async def call_plain(exc_type, exc, tb):
        await callback(*args, **kwds)
    return call_plain


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack for async with: callbacks may be coroutine functions and
    async context managers are entered with enter_async_context."""

    async def enter_async_context(self, cm):
        """Enter the async context manager `cm`, register its __aexit__ and
        return what __aenter__ returned."""
        kind = type(cm)
        try:
            enter_function = kind.__aenter__
            exit_function = kind.__aexit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol"
                            ) from None
        result = await enter_function(cm)
        self._push_exit_callback(_bound_async_exit(cm, exit_function), False)
        return result

    def push_async_exit(self, exit):
        """Register an async context manager's __aexit__, or a coroutine
        function with its signature; returns `exit`."""
        try:
            exit_function = type(exit).__aexit__
        except AttributeError:
            self._push_exit_callback(exit, False)
        else:
            self._push_exit_callback(_bound_async_exit(exit, exit_function), False)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Register the coroutine function callback(*args, **kwds) to be
        awaited at exit; returns `callback`."""
        entry = _plain_async_callback(callback, *args, **kwds)
        entry.__wrapped__ = callback
        self._push_exit_callback(entry, False)
        return callback

    async def aclose(self):
        """Run and drop every registered callback now."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        outer = sys.exc_info()[1]
        swallowed = False
        reraise = False
        while self._exit_callbacks:
            is_sync, entry = self._exit_callbacks.pop()
            try:
                if is_sync:
                    result = entry(*exc_details)
                else:
                    result = await entry(*exc_details)
                if result:
                    swallowed = True
                    reraise = False
                    exc_details = (None, None, None)
            except:
                raised = sys.exc_info()
                _relink_context(raised[1], exc_details[1], outer)
                reraise = True
                exc_details = raised
        if reraise:
            pending = exc_details[1]
            kept_context = pending.__context__
            try:
                raise pending
            except BaseException:
                pending.__context__ = kept_context
                raise
        return had_exception and swallowed


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A do-nothing manager whose __enter__ returns `enter_result`: a
    stand-in where a context manager is optional."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass

"""pvm's implementation of the `threading` module, written in Python.

pvm runs Python code on a single thread, so Thread.start() runs the thread's
run() to completion before it returns (current_thread() is that thread while
it runs; an uncaught exception goes to threading.excepthook, as CPython's
"Exception in thread NAME:" report); join() then finds it stopped. Programs
whose threads only share results through locks, lists and queues filled
before they are read behave as under CPython; a thread that waits for
something only a later thread or the main thread would do cannot run. Lock,
RLock, Condition, Semaphore, BoundedSemaphore, Event, Barrier (one party),
local, Timer (start() sleeps the interval, then calls) follow CPython's
semantics and errors; a wait that only another thread could end raises
RuntimeError instead of hanging; a wait with a timeout sleeps for the timeout
and reports failure, as CPython would.
"""

import _thread
import time as _time
from _thread import (get_ident, get_native_id, TIMEOUT_MAX, _wait_forever,
                     _wait_timeout)

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock',
           'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier',
           'BrokenBarrierError', 'Timer', 'ThreadError', 'ExceptHookArgs',
           'setprofile', 'settrace', 'local', 'stack_size', 'excepthook',
           'get_native_id', 'getprofile', 'gettrace']

ThreadError = _thread.error
Lock = _thread.allocate_lock
RLock = _thread.RLock
_trace_hook = None
_profile_hook = None


def settrace(func):
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


class Condition:
    """A condition variable over a lock (an RLock by default)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return f"<Condition({self._lock}, 0)>"

    def _is_owned(self):
        owned = getattr(self._lock, '_is_owned', None)
        if owned is not None:
            return owned()
        return self._lock.locked()

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        if timeout is None:
            _wait_forever('Condition.wait() without a timeout')
        return _wait_timeout(timeout)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        if timeout is None:
            if not self._is_owned():
                raise RuntimeError("cannot wait on un-acquired lock")
            _wait_forever('Condition.wait_for() without a timeout')
        self.wait(timeout)
        return predicate()

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")

    def notify_all(self):
        self.notify()

    notifyAll = notify_all


class Semaphore:
    """A counter that acquire() decrements and release() increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def __repr__(self):
        return (f"<{self.__class__.__module__}.{self.__class__.__qualname__} "
                f"at {hex(id(self))}: value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking:
            return False
        if timeout is None:
            _wait_forever('acquiring a Semaphore whose value is 0')
        return _wait_timeout(timeout)

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose value may not exceed its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return (f"<{self.__class__.__module__}.{self.__class__.__qualname__} "
                f"at {hex(id(self))}: value={self._value}/"
                f"{self._initial_value}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event:
    """A flag that wait() waits for."""

    def __init__(self):
        self._flag = False

    def __repr__(self):
        status = 'set' if self._flag else 'unset'
        return (f"<{self.__class__.__module__}.{self.__class__.__qualname__} "
                f"at {hex(id(self))}: {status}>")

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        if timeout is None:
            _wait_forever('Event.wait() on an unset event without a timeout')
        return _wait_timeout(timeout)


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """A barrier for a number of parties; only one party can arrive here."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._broken = False

    def wait(self, timeout=None):
        if self._broken:
            raise BrokenBarrierError
        if self._parties == 1:
            if self._action is not None:
                try:
                    self._action()
                except BaseException:
                    self._broken = True
                    raise
            return 0
        if timeout is None:
            timeout = self._timeout
        if timeout is None:
            _wait_forever('Barrier.wait() with other parties missing')
        _wait_timeout(timeout)
        self._broken = True
        raise BrokenBarrierError

    def reset(self):
        self._broken = False

    def abort(self):
        self._broken = True

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return 0

    @property
    def broken(self):
        return self._broken


_counter = 0


def _new_name(template):
    global _counter
    _counter += 1
    return template % _counter


class Thread:
    """A thread of control; start() runs it at once (see the module docstring)."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(),
                 kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _new_name("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = False
        self._is_stopped = False
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = 'initial'
        if self._started:
            status = 'started'
        if self._is_stopped:
            status = 'stopped'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += f' {self._ident}'
        return f"<{self.__class__.__name__}({self._name}, {status})>"

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        global _ident_counter
        self._started = True
        _ident_counter += 1
        self._ident = self._native_id = _ident_counter
        self._bootstrap_inner()

    def _bootstrap_inner(self):
        # Named as CPython's, so a thread's traceback shows the same frames.
        global _current_thread
        caller = _current_thread
        _current_thread = self
        _running.append(self)
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as exc:
            excepthook(ExceptHookArgs(type(exc), exc, exc.__traceback__, self))
        finally:
            _running.remove(self)
            _current_thread = caller
            self._is_stopped = True

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    def is_alive(self):
        return self._started and not self._is_stopped

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._ident = get_ident()
        self._native_id = get_native_id()


class Timer(Thread):
    """Call a function after a number of seconds."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


_main_thread = None


def main_thread():
    return _main_thread


def current_thread():
    return _current_thread


currentThread = current_thread


def active_count():
    return 1 + len(_running)


activeCount = active_count


def enumerate():
    return [_main_thread] + _running


def stack_size(size=0):
    return _thread.stack_size(size)


class local:
    """Thread-local data: with one thread, an ordinary attribute namespace."""


class ExceptHookArgs:
    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread


def excepthook(args, /):
    import traceback
    import sys
    name = args.thread.name if args.thread is not None else get_ident()
    print(f"Exception in thread {name}:", file=sys.stderr, flush=True)
    traceback.print_exception(args.exc_type, args.exc_value,
                              args.exc_traceback, file=sys.stderr)


__excepthook__ = excepthook
_main_thread = _MainThread()
_current_thread = _main_thread
# The threads whose run() is under way, outermost first.
_running = []
_ident_counter = get_ident()
_counter = 0

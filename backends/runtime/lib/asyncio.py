"""pvm's `asyncio` module (a single module, not CPython's package), written for pvm.

A single-threaded event loop for coroutines: run, create_task, gather,
sleep, wait_for, wait, as_completed, shield, Future and Task (with their
result/exception/cancel/done-callback API, cancelling/uncancel), Queue,
Event, Lock and Semaphore, TaskGroup, timeout()/timeout_at(), to_thread
(which runs the function at once: pvm has one thread), PriorityQueue,
LifoQueue, BoundedSemaphore, Condition, and the loop methods
call_soon/call_later/call_at/time/run_until_complete. Callbacks run in the
order CPython's loop runs them (ready ones first in FIFO order, then timers
by deadline); while only timers are pending the thread sleeps until the next
one. Not provided: I/O (streams, sockets, subprocesses), executors, signal
handlers, contextvars."""

import heapq
import time
from collections import deque
from types import GenericAlias as _GenericAlias

__all__ = ['run', 'sleep', 'gather', 'create_task', 'ensure_future', 'wait_for', 'wait',
           'as_completed', 'get_event_loop', 'get_running_loop', 'new_event_loop',
           'set_event_loop', 'iscoroutine', 'iscoroutinefunction', 'Future', 'Task',
           'Queue', 'QueueEmpty', 'QueueFull', 'Event', 'Lock', 'Semaphore', 'CancelledError',
           'TimeoutError', 'InvalidStateError', 'FIRST_COMPLETED', 'FIRST_EXCEPTION',
           'ALL_COMPLETED', 'current_task', 'all_tasks', 'shield', 'to_thread', 'Timeout',
           'timeout', 'timeout_at', 'TaskGroup', 'PriorityQueue', 'LifoQueue', 'BoundedSemaphore',
           'Condition']

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

TimeoutError = TimeoutError


class CancelledError(BaseException):
    """The Future or Task was cancelled."""


class InvalidStateError(Exception):
    """Invalid internal state of Future or Task."""


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""


class QueueFull(Exception):
    """Raised when Queue.put_nowait() is called on a full Queue."""


_PENDING, _CANCELLED, _FINISHED = 'PENDING', 'CANCELLED', 'FINISHED'
_running_loop = None
_current_loop = None


def iscoroutine(obj):
    return type(obj).__name__ == 'coroutine' or hasattr(obj, '__await__') and hasattr(obj, 'send')


def iscoroutinefunction(func):
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & 0x80)


class _Handle:
    __slots__ = ('callback', 'args', 'cancelled')

    def __init__(self, callback, args):
        self.callback = callback
        self.args = args
        self.cancelled = False

    def cancel(self):
        self.cancelled = True


class _TimerHandle(_Handle):
    __slots__ = ('when', 'seq')

    def __init__(self, when, seq, callback, args):
        super().__init__(callback, args)
        self.when = when
        self.seq = seq

    def __lt__(self, other):
        return (self.when, self.seq) < (other.when, other.seq)

    def __le__(self, other):
        return (self.when, self.seq) <= (other.when, other.seq)


class AbstractEventLoop:
    """The event loop: ready callbacks, timers, and the tasks driven by them."""

    def __init__(self):
        self._ready = deque()
        self._timers = []
        self._seq = 0
        self._closed = False
        self._running = False
        self._tasks = []
        self._current_task = None

    def time(self):
        return time.monotonic()

    def call_soon(self, callback, *args, context=None):
        handle = _Handle(callback, args)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        self._seq += 1
        handle = _TimerHandle(when, self._seq, callback, args)
        heapq.heappush(self._timers, handle)
        return handle

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        task = Task(coro, loop=self, name=name)
        return task

    def _run_once(self):
        if not self._ready and self._timers:
            wait = self._timers[0].when - self.time()
            if wait > 0:
                time.sleep(wait)
        now = self.time()
        while self._timers and self._timers[0].when <= now:
            handle = heapq.heappop(self._timers)
            if not handle.cancelled:
                self._ready.append(handle)
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if not handle.cancelled:
                handle.callback(*handle.args)

    def run_until_complete(self, future):
        global _running_loop
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if self._running:
            raise RuntimeError('This event loop is already running')
        future = ensure_future(future, loop=self)
        self._running = True
        previous, _running_loop = _running_loop, self
        try:
            while not future.done():
                if not self._ready and not self._timers:
                    raise RuntimeError('Event loop stopped before Future completed.')
                self._run_once()
        finally:
            self._running = False
            _running_loop = previous
        return future.result()

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        self._closed = True
        self._ready.clear()
        self._timers.clear()


class Future:
    """A result that will be set later; awaiting it suspends the task until then."""

    __class_getitem__ = classmethod(_GenericAlias)

    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    def __repr__(self):
        state = self._state.lower()
        if self._state == _FINISHED:
            if self._exception is not None:
                state += ' exception=%r' % (self._exception,)
            else:
                state += ' result=%r' % (self._result,)
        return '<%s %s>' % (type(self).__name__, state)

    def get_loop(self):
        return self._loop

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise CancelledError('' if self._cancel_message is None else self._cancel_message)
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not ready.')
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise CancelledError('' if self._cancel_message is None else self._cancel_message)
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [cb for cb in self._callbacks if cb != fn]
        removed = len(self._callbacks) - len(kept)
        self._callbacks[:] = kept
        return removed

    def _schedule_callbacks(self):
        callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            self._loop.call_soon(callback, self)

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('%s: %r' % (self._state, self))
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('%s: %r' % (self._state, self))
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError('await wasn\'t used with future')
        return self.result()

    __iter__ = __await__


_task_counter = [0]


class Task(Future):
    """A coroutine scheduled on the loop; it steps each time what it awaits is done."""

    def __init__(self, coro, *, loop=None, name=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError('a coroutine was expected, got %r' % (coro,))
        self._coro = coro
        _task_counter[0] += 1
        self._name = str(name) if name is not None else 'Task-%d' % _task_counter[0]
        self._must_cancel = False
        self._num_cancels_requested = 0
        self._waiting_on = None
        self._loop._tasks.append(self)
        self._loop.call_soon(self._step)

    def __repr__(self):
        return '<Task %s name=%r coro=%r>' % (self._state.lower(), self._name, self._coro)

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def cancelling(self):
        """How many cancellation requests are pending (3.11)."""
        return self._num_cancels_requested

    def uncancel(self):
        """Withdraw one cancellation request; the number still pending."""
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._waiting_on is not None and self._waiting_on.cancel(msg=msg):
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def _step(self, exc=None):
        if self.done():
            return
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = CancelledError('' if self._cancel_message is None else self._cancel_message)
            self._must_cancel = False
        self._waiting_on = None
        loop = self._loop
        previous, loop._current_task = loop._current_task, self
        try:
            if exc is None:
                yielded = self._coro.send(None)
            else:
                yielded = self._coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, stop.value)
        except CancelledError as cancelled:
            Future.cancel(self, msg=cancelled.args[0] if cancelled.args else None)
        except (KeyboardInterrupt, SystemExit) as error:
            Future.set_exception(self, error)
            raise
        except BaseException as error:
            Future.set_exception(self, error)
        else:
            if isinstance(yielded, Future):
                yielded._asyncio_future_blocking = False
                self._waiting_on = yielded
                yielded.add_done_callback(self._wakeup)
                if self._must_cancel and yielded.cancel(msg=self._cancel_message):
                    self._must_cancel = False
            elif yielded is None:
                loop.call_soon(self._step)
            else:
                loop.call_soon(self._step, RuntimeError('Task got bad yield: %r' % (yielded,)))
        finally:
            loop._current_task = previous
            if self.done() and self in loop._tasks:
                loop._tasks.remove(self)

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as error:
            self._step(error)
        else:
            self._step()


def new_event_loop():
    return AbstractEventLoop()


def set_event_loop(loop):
    global _current_loop
    _current_loop = loop


def get_event_loop():
    global _current_loop
    if _running_loop is not None:
        return _running_loop
    if _current_loop is None or _current_loop.is_closed():
        _current_loop = new_event_loop()
    return _current_loop


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def current_task(loop=None):
    loop = loop if loop is not None else get_running_loop()
    return loop._current_task


def all_tasks(loop=None):
    loop = loop if loop is not None else get_running_loop()
    return {task for task in loop._tasks if not task.done()}


def run(main, *, debug=None):
    """Run the coroutine `main` on a new event loop and return its result."""
    if _running_loop is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError('a coroutine was expected, got {!r}'.format(main))
    loop = new_event_loop()
    set_event_loop(loop)
    try:
        return loop.run_until_complete(main)
    finally:
        for task in list(loop._tasks):
            if not task.done():
                task.cancel()
        if loop._tasks:
            try:
                loop.run_until_complete(gather(*loop._tasks, return_exceptions=True))
            except RuntimeError:
                pass
        loop.close()
        set_event_loop(None)


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


def ensure_future(coro_or_future, *, loop=None):
    if isinstance(coro_or_future, Future):
        return coro_or_future
    if iscoroutine(coro_or_future):
        return (loop if loop is not None else get_event_loop()).create_task(coro_or_future)
    if hasattr(coro_or_future, '__await__'):
        async def wrap():
            return await coro_or_future
        return ensure_future(wrap(), loop=loop)
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


class _Yield:
    """Awaiting this gives the loop one turn (sleep(0))."""

    def __await__(self):
        yield


async def sleep(delay, result=None):
    if delay <= 0:
        await _Yield()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


def _set_result_unless_cancelled(future, result):
    if not future.cancelled():
        future.set_result(result)


class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled = True
        return cancelled


def gather(*aws, return_exceptions=False):
    loop = _running_loop if _running_loop is not None else get_event_loop()
    if not aws:
        outer = loop.create_future()
        outer.set_result([])
        return outer
    children = []
    seen = {}
    for aw in aws:
        key = id(aw)
        if key not in seen:
            seen[key] = ensure_future(aw, loop=loop)
        children.append(seen[key])
    outer = _GatheringFuture(children, loop=loop)
    remaining = [len(set(map(id, children)))]

    def child_done(child):
        remaining[0] -= 1
        if outer.done():
            return
        if not return_exceptions:
            if child.cancelled():
                outer.set_exception(CancelledError())
                return
            if child.exception() is not None:
                outer.set_exception(child.exception())
                return
        if remaining[0] == 0:
            results = []
            for c in children:
                if c.cancelled():
                    results.append(CancelledError())
                elif c.exception() is not None:
                    results.append(c.exception())
                else:
                    results.append(c.result())
            outer.set_result(results)

    for child in {id(c): c for c in children}.values():
        child.add_done_callback(child_done)
    return outer


async def wait_for(aw, timeout):
    loop = get_running_loop()
    future = ensure_future(aw, loop=loop)
    if timeout is None:
        return await future
    if timeout <= 0 and future.done():
        return future.result()
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _set_result_unless_cancelled, waiter, None)
    future.add_done_callback(lambda f: _set_result_unless_cancelled(waiter, None) if not waiter.done() else None)
    try:
        await waiter
    finally:
        timer.cancel()
    if future.done():
        return future.result()
    future.cancel()
    try:
        await future
    except CancelledError:
        pass
    raise TimeoutError()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    loop = get_running_loop()
    fs = {ensure_future(f, loop=loop) for f in fs}
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    waiter = loop.create_future()

    def check(_):
        if waiter.done():
            return
        finished = [f for f in fs if f.done()]
        if (return_when == FIRST_COMPLETED and finished
                or return_when == FIRST_EXCEPTION and any(not f.cancelled() and f.exception() is not None for f in finished)
                or len(finished) == len(fs)):
            waiter.set_result(None)

    for f in fs:
        f.add_done_callback(check)
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _set_result_unless_cancelled, waiter, None)
    check(None)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(check)
    done = {f for f in fs if f.done()}
    return done, fs - done


def as_completed(fs, *, timeout=None):
    loop = get_event_loop()
    todo = [ensure_future(f, loop=loop) for f in set(fs)]
    finished = deque()
    wakers = deque()

    def on_done(f):
        finished.append(f)
        if wakers:
            waker = wakers.popleft()
            if not waker.done():
                waker.set_result(None)

    for f in todo:
        f.add_done_callback(on_done)

    async def next_done():
        if not finished:
            waker = loop.create_future()
            wakers.append(waker)
            await waker
        return finished.popleft().result()

    for _ in range(len(todo)):
        yield next_done()


async def shield(arg):
    """Await arg, but a cancellation of the awaiting task does not cancel arg."""
    inner = ensure_future(arg)
    if inner.done():
        return inner.result()
    loop = inner.get_loop()
    outer = loop.create_future()

    def inner_done(inner):
        if outer.cancelled():
            return
        if inner.cancelled():
            outer.cancel()
        elif inner.exception() is not None:
            outer.set_exception(inner.exception())
        else:
            outer.set_result(inner.result())

    inner.add_done_callback(inner_done)
    return await outer


async def to_thread(func, /, *args, **kwargs):
    """func(*args, **kwargs) "in a thread": pvm has one thread, so it runs now."""
    await _Yield()
    return func(*args, **kwargs)


class Timeout:
    """The async context manager of timeout()/timeout_at(): cancels the
    enclosing task at the deadline and turns that into TimeoutError."""

    def __init__(self, when):
        self._state = 'created'
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != 'entered':
            raise RuntimeError('Timeout has not been entered' if self._state == 'created'
                               else 'Cannot change state of %s Timeout' % self._state)
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in ('expiring', 'expired')

    def __repr__(self):
        info = ['']
        if self._state == 'entered':
            info.append('when=%.3f' % self._when if self._when is not None else 'when=None')
        return '<Timeout [%s]%s>' % (self._state, ' '.join(info))

    async def __aenter__(self):
        self._state = 'entered'
        self._task = current_task()
        if self._task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == 'expiring':
            self._state = 'expired'
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state == 'entered':
            self._state = 'exited'
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = 'expiring'
        self._timeout_handler = None


def timeout(delay):
    """An async context manager raising TimeoutError after delay seconds (None: never)."""
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """An async context manager raising TimeoutError at loop time `when`."""
    return Timeout(when)


class TaskGroup:
    """Tasks created in the group are awaited when the block ends; the first
    failure cancels the rest, and the failures are raised as an ExceptionGroup."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = set()
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append('tasks=%d' % len(self._tasks))
        if self._errors:
            info.append('errors=%d' % len(self._errors))
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        return '<TaskGroup%s>' % ' '.join(info)

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError('TaskGroup %r has been already entered' % (self,))
        self._entered = True
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError('TaskGroup %r cannot determine the parent task' % (self,))
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        propagate_cancellation_error = exc if et is CancelledError else None
        if self._parent_cancel_requested:
            if self._parent_task.uncancel() == 0:
                propagate_cancellation_error = None
        if et is not None and not self._aborting:
            self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            try:
                raise BaseExceptionGroup('unhandled errors in a TaskGroup', self._errors) from None
            finally:
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError('TaskGroup %r has not been entered' % (self,))
        if self._exiting and not self._tasks:
            raise RuntimeError('TaskGroup %r is finished' % (self,))
        if self._aborting:
            raise RuntimeError('TaskGroup %r is shutting down' % (self,))
        task = self._loop.create_task(coro, name=name)
        if task.done():
            self._on_task_done(task)
        else:
            self._tasks.add(task)
            task.add_done_callback(self._on_task_done)
        return task

    @staticmethod
    def _is_base_error(exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for task in self._tasks:
            if not task.done():
                task.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


class Event:
    def __init__(self):
        self._waiters = []
        self._value = False

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for waiter in self._waiters:
                if not waiter.done():
                    waiter.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        waiter = get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            await waiter
            return True
        finally:
            self._waiters.remove(waiter)


class _WaiterLock:
    """What Lock and Semaphore share: waking the first waiter still waiting, and `async with`."""

    def _wake_one(self):
        for waiter in self._waiters:
            if not waiter.done():
                waiter.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, *exc):
        self.release()


class Lock(_WaiterLock):
    def __init__(self):
        self._waiters = deque()
        self._locked = False

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and not self._waiters:
            self._locked = True
            return True
        waiter = get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            await waiter
        finally:
            self._waiters.remove(waiter)
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake_one()


class Semaphore(_WaiterLock):
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._value = value
        self._waiters = deque()

    def locked(self):
        return self._value == 0

    async def acquire(self):
        while self._value <= 0:
            waiter = get_running_loop().create_future()
            self._waiters.append(waiter)
            try:
                await waiter
            finally:
                self._waiters.remove(waiter)
        self._value -= 1
        return True

    def release(self):
        self._value += 1
        self._wake_one()


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class Condition:
    """Tasks wait on it (holding its lock) until another task notifies them."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = deque()

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, *exc):
        self.release()

    async def wait(self):
        """Release the lock, wait for a notify, take the lock back; True."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            waiter = get_running_loop().create_future()
            self._waiters.append(waiter)
            try:
                await waiter
                return True
            finally:
                self._waiters.remove(waiter)
        finally:
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        """Wait until predicate() is true; returns its value."""
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to n waiting tasks."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for waiter in self._waiters:
            if woken >= n:
                break
            if not waiter.done():
                woken += 1
                waiter.set_result(False)

    def notify_all(self):
        """Wake every waiting task."""
        self.notify(len(self._waiters))


class Queue:
    """A FIFO queue for tasks; subclasses change the order through _init, _put and _get."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._init(maxsize)
        self._getters = deque()
        self._putters = deque()
        self._unfinished = 0
        self._finished = Event()
        self._finished.set()

    def _init(self, maxsize):
        self._queue = deque()

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.popleft()

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        return 0 < self._maxsize <= len(self._queue)

    @staticmethod
    def _wake_next(waiters):
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    async def put(self, item):
        while self.full():
            putter = get_running_loop().create_future()
            self._putters.append(putter)
            await putter
        self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished += 1
        self._finished.clear()
        self._wake_next(self._getters)

    async def get(self):
        while self.empty():
            getter = get_running_loop().create_future()
            self._getters.append(getter)
            await getter
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wake_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished -= 1
        if self._unfinished == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """A queue giving the smallest item first (heapq order)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """A queue giving the most recently added item first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()


# The submodules of CPython's asyncio package that define these classes, so
# reprs, type names and uncaught-exception reports name them as CPython does.
for _module, _names in (('asyncio.queues', ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueEmpty', 'QueueFull')),
                        ('asyncio.locks', ('Event', 'Lock', 'Semaphore', 'BoundedSemaphore', 'Condition')),
                        ('asyncio.taskgroups', ('TaskGroup',)),
                        ('asyncio.timeouts', ('Timeout',)),
                        ('asyncio.exceptions', ('CancelledError', 'InvalidStateError')),
                        ('asyncio.events', ('AbstractEventLoop',)),
                        ('_asyncio', ('Future', 'Task'))):
    for _name in _names:
        globals()[_name].__module__ = _module
del _module, _names, _name

"""pvm's implementation of `concurrent.futures`, written in Python.

pvm runs Python code on one thread, so an executor runs each call when it is
submitted, on the caller's thread, and hands back a Future that is already
finished (its result or its exception); map() submits every call first and
then yields the results in order, raising a call's exception when its turn
comes, as CPython's does. Future (result, exception, done callbacks, cancel,
CPython's states and reprs), wait(), as_completed() (finished futures in the
order given), ThreadPoolExecutor and ProcessPoolExecutor (max_workers
checks, initializer, shutdown, the context manager) follow CPython's API and
errors.
"""

import itertools as _itertools
from collections import namedtuple as _namedtuple

__all__ = ['FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'BrokenExecutor', 'InvalidStateError', 'Future', 'Executor',
           'wait', 'as_completed', 'ProcessPoolExecutor', 'ThreadPoolExecutor']

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = 'PENDING'
_RUNNING = 'RUNNING'
_CANCELLED = 'CANCELLED'
_CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
_FINISHED = 'FINISHED'


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""

    __module__ = 'concurrent.futures._base'


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""

    __module__ = 'concurrent.futures._base'


class BrokenExecutor(RuntimeError):
    """The executor has become non-functional."""

    __module__ = 'concurrent.futures._base'


class Future:
    """The result of a call that an executor ran (or will run)."""

    __module__ = 'concurrent.futures._base'

    def __init__(self):
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                import sys
                import traceback
                print('exception calling callback for %r' % (self,), file=sys.stderr)
                traceback.print_exc()

    def __repr__(self):
        head = '<%s at %#x state=%s' % (self.__class__.__name__, id(self), self._state.lower())
        if self._state == _FINISHED:
            if self._exception is not None:
                return '%s raised %s>' % (head, self._exception.__class__.__name__)
            return '%s returned %s>' % (head, self._result.__class__.__name__)
        return head + '>'

    def cancel(self):
        if self._state in (_RUNNING, _FINISHED):
            return False
        if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
            return True
        self._state = _CANCELLED
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED)

    def running(self):
        return self._state == _RUNNING

    def done(self):
        return self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED)

    def _outcome(self):
        if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state != _FINISHED:
            # Nothing else runs: a pending future can never finish.
            raise TimeoutError()

    def result(self, timeout=None):
        self._outcome()
        if self._exception is not None:
            try:
                raise self._exception
            finally:
                self = None
        return self._result

    def exception(self, timeout=None):
        self._outcome()
        return self._exception

    def add_done_callback(self, fn):
        if not self.done():
            self._done_callbacks.append(fn)
            return
        try:
            fn(self)
        except Exception:
            import sys
            import traceback
            print('exception calling callback for %r' % (self,), file=sys.stderr)
            traceback.print_exc()

    def set_running_or_notify_cancel(self):
        if self._state == _CANCELLED:
            self._state = _CANCELLED_AND_NOTIFIED
            return False
        if self._state == _PENDING:
            self._state = _RUNNING
            return True
        raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED):
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._result = result
        self._state = _FINISHED
        self._invoke_callbacks()

    def set_exception(self, exception):
        if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED):
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._exception = exception
        self._state = _FINISHED
        self._invoke_callbacks()


class Executor:
    """Runs calls and hands back Futures; the subclasses say how."""

    __module__ = 'concurrent.futures._base'

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        futures = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                futures.reverse()
                while futures:
                    yield futures.pop().result()
            finally:
                for future in futures:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class _ImmediateExecutor(Executor):
    """An executor that runs each call as it is submitted (one thread)."""

    def __init__(self, max_workers, initializer, initargs):
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = initargs
        self._initialized = False
        self._shutdown = False
        self._broken = False

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise self._broken_error(self._broken)
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        if not self._initialized and self._initializer is not None:
            self._initialized = True
            try:
                self._initializer(*self._initargs)
            except BaseException:
                self._broken = self._broken_message
                raise self._broken_error(self._broken) from None
        future = Future()
        future.set_running_or_notify_cancel()
        try:
            result = fn(*args, **kwargs)
        except BaseException as exc:
            future.set_exception(exc)
        else:
            future.set_result(result)
        return future

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True


class BrokenThreadPool(BrokenExecutor):
    """A worker initializer failed."""

    __module__ = 'concurrent.futures.thread'


class ThreadPoolExecutor(_ImmediateExecutor):
    __module__ = 'concurrent.futures.thread'
    _counter = _itertools.count()
    _broken_message = ('A thread initializer failed, the thread pool is not usable anymore')
    _broken_error = BrokenThreadPool

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            # CPython's min(32, cpu_count + 4) on the one processor pvm uses.
            max_workers = 5
        if max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        super().__init__(max_workers, initializer, initargs)
        self._thread_name_prefix = thread_name_prefix or (
            'ThreadPoolExecutor-%d' % next(self._counter))


class BrokenProcessPool(BrokenExecutor):
    """A worker process ended abruptly or its initializer failed."""

    __module__ = 'concurrent.futures.process'


class ProcessPoolExecutor(_ImmediateExecutor):
    __module__ = 'concurrent.futures.process'
    _broken_message = ('A child process terminated abruptly, the process pool is not '
                       'usable anymore')
    _broken_error = BrokenProcessPool

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        if max_workers is None:
            max_workers = 1
        elif max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        super().__init__(max_workers, initializer, initargs)


DoneAndNotDoneFutures = _namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    done = {f for f in fs if f.done()}
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    seen = set()
    pending = []
    for future in fs:
        if future in seen:
            continue
        seen.add(future)
        if future.done():
            yield future
        else:
            pending.append(future)
    if pending:
        raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), len(seen)))

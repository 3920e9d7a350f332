"""pvm's `sched`: a scheduler of events run in time order (then priority,
then the order they were entered), with pluggable time and delay functions.
"""

import heapq
import time
from collections import namedtuple
from itertools import count

__all__ = ['scheduler']

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')

_NO_KWARGS = object()


class scheduler:
    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        self._queue = []
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedule action(*argument, **kwargs) at an absolute time; returns the event."""
        event = Event(time, priority, next(self._sequence), action, argument,
                      {} if kwargs is _NO_KWARGS else kwargs)
        heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedule an action `delay` time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove an event from the queue (ValueError when it is not there)."""
        self._queue.remove(event)
        heapq.heapify(self._queue)

    def empty(self):
        return not self._queue

    def run(self, blocking=True):
        """Run events as they fall due, waiting with delayfunc in between; without
        blocking, run what is due and return the time until the next event (or None)."""
        queue = self._queue
        while queue:
            event = queue[0]
            now = self.timefunc()
            if event.time > now:
                if not blocking:
                    return event.time - now
                self.delayfunc(event.time - now)
                continue
            heapq.heappop(queue)
            event.action(*event.argument, **event.kwargs)
            # Lets other threads run, as CPython's scheduler does.
            self.delayfunc(0)
        return None

    @property
    def queue(self):
        """The pending events, earliest first."""
        events = self._queue[:]
        return [heapq.heappop(events) for _ in range(len(events))]

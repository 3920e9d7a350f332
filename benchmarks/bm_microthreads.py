# Microthreads: cooperative threads written as generators, run by a
# round-robin scheduler and talking through channels (producer/consumer
# pipelines and a ring of ping-pong threads), as a Stackless program would.
# Prints message counts and sums, identical under any correct scheduler.
import sys
from collections import deque


class Channel:
    def __init__(self):
        self.items = deque()

    def send(self, item):
        self.items.append(item)

    def ready(self):
        return len(self.items) > 0

    def receive(self):
        return self.items.popleft()


class Scheduler:
    def __init__(self):
        self.runnable = deque()
        self.switches = 0

    def spawn(self, thread):
        self.runnable.append(thread)

    def run(self):
        while self.runnable:
            thread = self.runnable.popleft()
            self.switches += 1
            try:
                next(thread)
            except StopIteration:
                continue
            self.runnable.append(thread)


def producer(out, count):
    for i in range(count):
        out.send(i)
        yield
    out.send(None)


def transformer(inp, out):
    while True:
        while not inp.ready():
            yield
        item = inp.receive()
        if item is None:
            out.send(None)
            return
        out.send(item * 3 + 1)
        yield


def consumer(inp, results):
    total = 0
    seen = 0
    while True:
        while not inp.ready():
            yield
        item = inp.receive()
        if item is None:
            results.append((seen, total))
            return
        total += item
        seen += 1


def ring_member(inbox, outbox, rounds, log):
    while True:
        while not inbox.ready():
            yield
        token = inbox.receive()
        if token >= rounds:
            outbox.send(token)
            log.append(token)
            return
        outbox.send(token + 1)
        yield


def main(n):
    sched = Scheduler()
    results = []
    for pipeline in range(4):
        a = Channel()
        b = Channel()
        c = Channel()
        sched.spawn(producer(a, n + pipeline))
        sched.spawn(transformer(a, b))
        sched.spawn(transformer(b, c))
        sched.spawn(consumer(c, results))
    sched.run()
    for seen, total in sorted(results):
        print("pipeline: %d messages, sum %d" % (seen, total))
    size = 50
    channels = [Channel() for _ in range(size)]
    log = []
    for i in range(size):
        sched.spawn(ring_member(channels[i], channels[(i + 1) % size], n, log))
    channels[0].send(0)
    sched.run()
    print("ring: %d members finished, last token %d" % (len(log), max(log)))
    print("switches: %d" % sched.switches)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 45000)

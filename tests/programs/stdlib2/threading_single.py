import threading
import _thread

lock = threading.Lock()
print(type(lock).__name__, lock.locked(), repr(lock).startswith("<unlocked _thread.lock object at"))
with lock:
    print(lock.locked(), lock.acquire(False), lock.acquire(timeout=0))
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print(e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print(e)

r = threading.RLock()
with r:
    with r:
        print("nested", repr(r).split(" owner")[0])
try:
    r.release()
except RuntimeError as e:
    print(e)

cond = threading.Condition()
try:
    cond.wait()
except RuntimeError as e:
    print(e)
try:
    cond.notify()
except RuntimeError as e:
    print(e)
with cond:
    cond.notify_all()
    print(cond.wait_for(lambda: 42), cond.wait(0))

sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release(2)
bs = threading.BoundedSemaphore(1)
try:
    bs.release()
except ValueError as e:
    print(e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print(e)

ev = threading.Event()
print(ev.is_set(), ev.wait(0.001))
ev.set()
print(ev.is_set(), ev.wait())
ev.clear()
print(ev.is_set())

b = threading.Barrier(1, action=lambda: print("barrier action"))
print(b.wait(), b.parties, b.n_waiting, b.broken)

t = threading.current_thread()
print(t.name, t is threading.main_thread(), t.is_alive(), t.daemon, threading.active_count())
print(threading.get_ident() == t.ident == _thread.get_ident(), [x.name for x in threading.enumerate()])

results = []


def worker(n, scale=1):
    results.append(n * scale)


th = threading.Thread(target=worker, args=(3,), kwargs={"scale": 5})
print(th.name, th.is_alive(), th.ident, th.daemon, repr(th))
try:
    th.join()
except RuntimeError as e:
    print(e)
th.run()
print(results)
named = threading.Thread(target=worker, name="w1", daemon=True)
print(named.name, named.daemon, repr(named))


class MyThread(threading.Thread):
    def __init__(self):
        super().__init__(name="custom")
        self.value = 0

    def run(self):
        self.value = 99


mt = MyThread()
mt.run()
print(mt.name, mt.value)

data = threading.local()
data.x = 1
print(data.x, hasattr(data, "y"))
print(threading.TIMEOUT_MAX > 0, threading.ThreadError is RuntimeError, _thread.error is RuntimeError)
print(isinstance(_thread.allocate_lock(), _thread.LockType))

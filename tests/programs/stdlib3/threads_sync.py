import threading, queue
results = []
lock = threading.Lock()
counter = 0
def worker(n):
    global counter
    for _ in range(1000):
        with lock:
            counter += 1
    results.append(n * n)
threads = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter, sorted(results), [t.is_alive() for t in threads], threads[0].name)
q = queue.Queue()
def producer():
    for i in range(5):
        q.put(i)
    q.put(None)
def consumer(out):
    while True:
        item = q.get()
        if item is None:
            break
        out.append(item * 10)
out = []
p = threading.Thread(target=producer); c = threading.Thread(target=consumer, args=(out,))
p.start(); c.start(); p.join(); c.join(); print(out)
class MyThread(threading.Thread):
    def __init__(self, k):
        super().__init__(name=f'my-{k}')
        self.k = k
        self.result = None
    def run(self):
        self.result = (threading.current_thread().name, self.k * 2)
ts = [MyThread(i) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print([t.result for t in ts], threading.current_thread().name, threading.active_count())
def bad():
    raise ValueError('in thread')
threading.excepthook = lambda args: print("hook:", args.thread.name, args.exc_type.__name__, args.exc_value)
t = threading.Thread(target=bad, name="Bad"); t.start(); t.join(); print("after bad", t.is_alive())
ev = threading.Event()
def setter(): ev.set()
threading.Thread(target=setter).start(); print(ev.wait(1), ev.is_set())
local = threading.local(); local.x = 1; print(local.x)
try:
    t.start()
except RuntimeError as e:
    print(e)

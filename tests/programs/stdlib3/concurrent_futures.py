from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed, wait, Future, CancelledError, ALL_COMPLETED
import concurrent.futures as cf
import threading
def square(x):
    return x * x
def fail(x):
    if x == 3:
        raise ValueError(f'bad {x}')
    return x
with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(10))))
    futs = {ex.submit(square, i): i for i in range(5)}
    print(sorted((futs[f], f.result()) for f in as_completed(futs)))
    f = ex.submit(fail, 3)
    print(f.exception(), type(f.exception()).__name__, f.cancelled(), f.running())
    try:
        f.result()
    except ValueError as e:
        print('caught', e)
    it = ex.map(fail, [1, 2, 3, 4])
    print(next(it), next(it))
    try:
        next(it)
    except ValueError as e:
        print('map raised', e)
    print(list(ex.map(pow, [2, 3], [5, 2])))
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print(e)
done, not_done = wait([ThreadPoolExecutor().submit(square, 7)], return_when=ALL_COMPLETED)
print(len(done), len(not_done), [d.result() for d in done])
fut = Future(); print(fut.done(), fut.cancel(), fut.cancelled())
try:
    fut.result()
except CancelledError as e:
    print('cancelled', type(e).__name__)
f2 = Future(); calls = []; f2.add_done_callback(lambda f: calls.append(f.result())); f2.set_result(42); print(calls, f2.result())
try:
    f2.set_result(1)
except cf.InvalidStateError as e:
    print('InvalidStateError')
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print(e)
total = 0
lock = threading.Lock()
def add(n):
    global total
    with lock:
        total += n
    return n
with ThreadPoolExecutor(8) as pool:
    results = [f.result() for f in [pool.submit(add, i) for i in range(100)]]
print(total, sum(results))
def initf(tag): print('init', tag)
with ThreadPoolExecutor(max_workers=1, initializer=initf, initargs=('T',)) as pool:
    print(pool.submit(len, 'abc').result())
if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2) as pp:
        print(list(pp.map(square, [1, 2, 3])))
print(cf.FIRST_COMPLETED, cf.ALL_COMPLETED, issubclass(cf.TimeoutError, OSError) or cf.TimeoutError is TimeoutError)

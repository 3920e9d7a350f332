# Functions CPython implements in C (warnings.warn, heapq, bisect, operator, functools.reduce,
# lru_cache's wrapper, cmp_to_key, OrderedDict) leave no frame in tracebacks.
import bisect, collections, functools, heapq, operator, sys, traceback, warnings
def show(fn):
    try:
        fn()
    except Exception as e:
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print(type(e).__name__, e, names, len(traceback.extract_tb(e.__traceback__)), sys.exc_info()[2] is not None)
show(lambda: heapq.heappush([1, 2], 'x'))
show(lambda: heapq.heappop([]))
show(lambda: bisect.insort([1, 3], 'a'))
show(lambda: operator.truediv(1, 0))
show(lambda: operator.itemgetter(5)([1]))
show(lambda: functools.reduce(operator.add, []))
show(lambda: functools.reduce(lambda a, b: a / b, [1, 0]))
show(lambda: sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: a.missing)))
show(lambda: collections.OrderedDict().popitem())
show(lambda: collections.OrderedDict(a=1).move_to_end('b'))
@functools.lru_cache(maxsize=None)
def inverse(n):
    return 1 / n
@functools.lru_cache(maxsize=2)
def depth(n):
    return depth(n - 1) if n else 1 // n
show(lambda: inverse(0))
show(lambda: depth(3))
try:
    depth(2)
except ZeroDivisionError:
    traceback.print_exc()
with warnings.catch_warnings():
    warnings.simplefilter('error')
    show(lambda: warnings.warn('as error'))
warnings.simplefilter('error', UserWarning)
def run():
    warnings.warn('escapes', stacklevel=1)
run()

# Containers mutated during iteration or sorting, key functions that fail, sort stability and NaN
def attempt(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)
def sort_append():
    l = [3, 1, 2]
    l.sort(key=lambda x: (l.append(x), x)[1])
    return l
def sort_clear():
    l = [3, 1, 2]
    def k(x):
        l.clear()
        return x
    l.sort(key=k)
    return l
def sort_seen():
    l = [3, 1, 2]
    seen = []
    l.sort(key=lambda x: (seen.append(len(l)), x)[1])
    return l, seen
def cmp_mutate():
    l = [3, 1, 2]
    class K:
        def __init__(s, v): s.v = v
        def __lt__(s, o):
            l.append(0)
            return s.v < o.v
    l = [K(3), K(1), K(2)]
    l.sort()
    return len(l)
attempt('sort_append', sort_append)
attempt('sort_clear', sort_clear)
attempt('sort_seen', sort_seen)
attempt('cmp_mutate', cmp_mutate)
def dict_mut():
    d = {1: 1}
    for k in d:
        d[k + 1] = 1
def dict_same_size():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
        d[k + 10] = 0
    return d
def set_mut():
    s = {1}
    for x in s:
        s.add(x + 1)
def list_grow():
    l = [1]
    for x in l:
        if len(l) < 5:
            l.append(x + 1)
    return l
def dict_keys_view():
    d = {'a': 1}
    ks = d.keys()
    d['b'] = 2
    return list(ks), len(ks), 'b' in ks
def dict_values_iter():
    d = {'a': 1}
    it = iter(d.values())
    d['b'] = 2
    return next(it)
def deque_mut():
    from collections import deque
    q = deque([1, 2, 3])
    for x in q:
        q.append(x)
def dict_pop_during():
    d = dict.fromkeys(range(5))
    for k in list(d):
        d.pop(k)
    return d
def sorted_key_error():
    return sorted([3, 1, 2], key=lambda x: 1 / (x - 1))
def max_key_error():
    return max([1, 2], key=len)
def min_default_key():
    return min([], key=lambda x: x, default=None)
def sort_reverse_stable():
    data = [('b', 1), ('a', 1), ('c', 0)]
    return sorted(data, key=lambda t: t[1], reverse=True)
def sort_nan():
    return sorted([3, float('nan'), 1, 2])
def list_eq_mutating():
    class E:
        def __eq__(s, o):
            a.clear()
            return False
    a = [E(), E()]
    return a == [1, 2], a
for f in (dict_mut, dict_same_size, set_mut, list_grow, dict_keys_view, dict_values_iter, deque_mut, dict_pop_during, sorted_key_error, max_key_error, min_default_key, sort_reverse_stable, sort_nan, list_eq_mutating):
    attempt(f.__name__, f)

# list methods, indexing, slicing and their CPython error messages
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

a = [5, 3, 8, 1]
a.append(9); a.insert(0, 7); a.insert(-1, 4); a.insert(100, 0); a.insert(-100, -1)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
attempt(lambda: [].pop())
attempt(lambda: [1].pop(5))
attempt(lambda: a.remove(42))
attempt(lambda: a.index(42))
attempt(lambda: a.index('x'))
print(a.index(8), a.count(3), [1, 1, 2].count(1))
print([1, 2, 3, 2, 1].index(2, 2), [1, 2, 3, 2, 1].index(1, -1))
attempt(lambda: [1, 2, 3].index(1, 1, 2))
a.reverse(); print(a)
b = a.copy(); b.clear(); print(a, b)
a.extend(range(3)); a.extend('ab'); print(a)
a += (1, 2); print(a)
a *= 2; print(len(a))
print([1, 2] + [3], [0] * 3, 3 * [1, 2], [1] * -1, [] * 5)
attempt(lambda: [1] + (2,))
attempt(lambda: [1] * 2.0)
attempt(lambda: 'ab' * [1])
attempt(lambda: [1, 2][5])
key_str, key_float = 'x', 1.0
attempt(lambda: [1, 2][key_str])
attempt(lambda: [1, 2][key_float])
def setitem(): x = [1, 2]; x[2] = 0
attempt(setitem)
def delitem(): x = [1, 2]; del x[-3]
attempt(delitem)
x = list(range(10))
print(x[2:5], x[::3], x[::-2], x[-3:], x[:-7:-1], x[100:], x[3:1], x[-100:2])
x[2:5] = ['a']; print(x)
x[::2] = 'ABCDE'[:len(x[::2])]; print(x)
def badext(): y = list(range(6)); y[::2] = [1, 2]
attempt(badext)
del x[::3]; print(x)
del x[1:3]; print(x)
x[:] = x; print(x)
x[len(x):] = [99]; print(x)
def assign_int(): y = [1]; y[0:1] = 5
attempt(assign_int)
print(sorted([3, 1, 2]), sorted('bca'), sorted([3, 1, 2], reverse=True))
words = ['pear', 'Apple', 'fig', 'banana', 'kiwi', 'Date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]
pairs.sort(key=lambda p: p[0]); print(pairs)
pairs.sort(); print(pairs)
attempt(lambda: sorted([1, 'a', 2]))
attempt(lambda: [3, 1].sort(key=lambda v: 1 / (v - 1)))
attempt(lambda: [1].sort(1))
attempt(lambda: [1].sort(foo=1))
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 2, 0], [1, 3] > [1, 2, 9], [] < [0], [1, 2] != [1, 2])
attempt(lambda: [1] < ['a'])
nan = float('nan'); l = [nan]
print(l == l, [nan] == [nan], nan in l, l.count(nan), l.index(nan))
r = [1, 2]; r.append(r); print(r, repr(r))
print(list(), list('abc'), list((1, 2)), list({1: 2}), list(range(3)))
attempt(lambda: list(5))
attempt(lambda: list(1, 2))
attempt(lambda: hash([]))
print(3 in [1, 2, 3], 4 not in [1, 2, 3], [] in [[]])
class L(list):
    pass
m = L([3, 1, 2]); m.sort(); print(m, type(m).__name__, type(m + [1]).__name__, type(m[:]).__name__, len(m))
print([i * i for i in range(5) if i % 2], [[j for j in range(i)] for i in range(3)])
print(list(reversed([1, 2, 3])), [1, 2, 3][::-1])
it = iter([1, 2]); print(next(it), next(it), next(it, 'done'))
attempt(lambda: next(iter([])))

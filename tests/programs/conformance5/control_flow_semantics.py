def f1():
    try:
        return 'try'
    finally:
        return 'finally'
def f2():
    for i in range(3):
        try:
            if i == 1: break
        finally:
            print('fin', i)
    else:
        print('no break')
    return i
def f3():
    for i in range(3):
        try:
            continue
        finally:
            print('cont fin', i)
def f4():
    try:
        raise ValueError
    finally:
        return 'swallowed'
def f5():
    x = 0
    while True:
        try:
            x += 1
            if x > 2: return x
        finally:
            if x == 3: print('about to return', x)
def f6():
    try:
        try:
            raise ValueError('inner')
        finally:
            print('inner finally')
    except ValueError as e:
        print('outer caught', e)
    else:
        print('no')
    finally:
        print('outer finally')
def f7():
    for x in []:
        pass
    else:
        print('empty else')
    while False: pass
    else: print('while else')
    try: pass
    except: print('x')
    else: print('try else')
def f8():
    e = 'before'
    try:
        raise KeyError('k')
    except KeyError as e:
        pass
    try:
        return e
    except NameError as err:
        return f'NameError: {err}'
def f9():
    fs = [lambda: i for i in range(3)]
    gs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs], [g() for g in gs]
def f10():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc(), inc(), count
def f11():
    x = 10
    def show(): return x
    x = 20
    return show()
def f12():
    result = []
    for i in range(3):
        def add(i=i): result.append(i)
        add()
    return result
def f13(n):
    match n:
        case 0: return 'zero'
        case int(x) if x < 0: return 'neg'
        case [a, *rest]: return f'list {a} {rest}'
        case {'k': v}: return f'dict {v}'
        case str() | bytes(): return 'text'
        case _: return 'other'
def f14():
    try:
        raise ValueError('a')
    except ValueError:
        try:
            raise TypeError('b')
        except TypeError as t:
            return repr(t.__context__)
print(f1(), f2(), f3(), f4(), f5())
f6(); f7()
print(f8(), f9(), f10(), f11(), f12(), [f13(v) for v in [0, -5, [1, 2, 3], {'k': 9}, 'x', 3.5]], f14())
def deco(tag):
    def wrap(fn):
        import functools
        @functools.wraps(fn)
        def inner(*a, **k):
            return f'<{tag}>{fn(*a, **k)}</{tag}>'
        return inner
    return wrap
@deco('b')
@deco('i')
def hello(name):
    "Greets."
    return f'hi {name}'
print(hello('x'), hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__wrapped__('y'))
def cls_deco(cls):
    cls.extra = 'added'
    return cls
@cls_deco
class K: pass
print(K.extra)
x = [1, 2, 3]
y = x
x += [4]
print(y, x is y)
t = (1, [2])
try: t[1] += [3]
except TypeError as e: print(e, t)
a = b = c = 0
a, (b, c) = 1, (2, 3)
print(a, b, c)
first, *middle, last = range(6)
print(first, middle, last)
(*head,), tail = [1, 2], 3
print(head, tail)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
d = {}
d['a'] = d = {}
print(d)

import functools
k=functools.cmp_to_key(lambda a,b:a-b)
print(type(k), type(k).__module__, type(k).__qualname__, k(1).obj, k(obj=2).obj)
for fn in [lambda: k(1)<3, lambda: k(), lambda: k(1,2), lambda: k(1)==3, lambda: type(k)(), lambda: functools.partial()]:
    try: print(fn())
    except TypeError as e: print(e)
print(k(1)==k(1), k(1)!=k(2), sorted(['bb','a','ccc'], key=functools.cmp_to_key(lambda a, b: len(b)-len(a))))
print(functools.partial(max, 1)(2), functools.partial(func=3) if False else 0)

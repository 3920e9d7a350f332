print(int | None, int | str | int, (int|str) | float, type(int|str), (int|str).__args__, int | int)
print(isinstance(3, int | str), issubclass(bool, int | str), (int | str) == (str | int), hash(int|str) == hash(str|int))
try: int | 3
except TypeError as e: print(e)
print(type(None) | int, None | int)
def f(x: int | None = None) -> list[int] | None: return x
print(f(2), f.__annotations__)
class C: pass
print(C | None, isinstance(C(), C | int))

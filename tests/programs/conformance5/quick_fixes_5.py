# sys.getsizeof calls a class's own __sizeof__ and adds what CPython allocates
# before the object: the GC header, and the managed __dict__'s two pointers.
import sys

class WithDict:
    def __sizeof__(self): return 100

class Slotless:
    __slots__ = ()
    def __sizeof__(self): return 100

class Slotted:
    __slots__ = ('a',)
    def __sizeof__(self): return 7

class Child(WithDict):
    pass

class MyList(list):
    def __sizeof__(self): return 10

class MyInt(int):
    def __sizeof__(self): return 10

class MyTuple(tuple):
    def __sizeof__(self): return 10

class MyFloat(float):
    def __sizeof__(self): return 10

class Negative:
    def __sizeof__(self): return -1

class NotInt:
    def __sizeof__(self): return 'x'

class Boolean:
    def __sizeof__(self): return True

class Huge:
    def __sizeof__(self): return 2 ** 70

class Raises:
    def __sizeof__(self): raise TypeError('no size')

class Lambda:
    __sizeof__ = lambda self: 5

for o in [WithDict(), Slotless(), Slotted(), Child(), MyList(), MyInt(3), MyTuple(), MyFloat(1.0),
          Negative(), NotInt(), Boolean(), Huge(), Raises(), Lambda()]:
    name = type(o).__name__
    try:
        print(name, sys.getsizeof(o))
    except Exception as e:
        print(name, type(e).__name__, e)
    try:
        print(name, 'default', sys.getsizeof(o, 'dflt'))
    except Exception as e:
        print(name, 'default', type(e).__name__, e)
print(sys.getsizeof(1), sys.getsizeof([]), sys.getsizeof(()), sys.getsizeof({}), sys.getsizeof(1.5))

# gi_frame.f_lineno of a generator: before it starts, the code's first line
# (the def, or its first decorator), as CPython 3.11; then the line of the
# yield it is suspended at.
import functools
def g():
    x = 1
    yield x
def deco(f):
    return f
@deco
def h():

    yield 2
a = g()
print(a.gi_frame.f_lineno)
b = h()
print(b.gi_frame.f_lineno, b.gi_code.co_firstlineno)
next(b)
print(b.gi_frame.f_lineno)

# Subclasses of int/float/str/list/dict with their own __str__/__repr__/__bool__/__eq__: formatting with an empty spec uses str(), results' types, enums.
class MyInt(int):
    def __repr__(self): return f'MyInt({int(self)})'
class MyFloat(float): pass
class MyStr(str):
    def __str__(self): return 'custom'
class MyList(list): pass
class MyDict(dict): pass
i = MyInt(5)
print(i, repr(i), str(i), f'{i}', f'{i!r}', format(i, '03d'), i + 1, type(i + 1).__name__, type(-i).__name__, type(abs(i)).__name__, hex(i))
f = MyFloat(2.5)
print(f, repr(f), f * 2, type(f * 2).__name__, round(f), type(round(f, 1)).__name__, f.is_integer(), MyFloat('1e3'), float(f) is f)
s = MyStr('abc')
print(s, repr(s), f'{s}', '%s' % s, str(s), s + 'd', type(s + 'd').__name__, s.upper(), type(s[0]).__name__, type(s.strip()).__name__, '{}'.format(s), print is print)
l = MyList([3, 1, 2]); l.sort()
print(l, type(l + [1]).__name__, type(l[:1]).__name__, type(l * 2).__name__, type(l.copy()).__name__, MyList() == [], repr(l))
d = MyDict(a=1)
print(d, type(d | {}).__name__, type(d.copy()).__name__, type(MyDict.fromkeys('ab')).__name__, d == {'a': 1})
class B(int):
    def __bool__(self): return False
print(bool(B(5)), not B(5), [x for x in [B(1), 2] if x])
class Str2(str):
    def __eq__(self, o): return True
    __hash__ = str.__hash__
print(Str2('a') == 'b', 'b' == Str2('a'), {Str2('a'): 1}.get('a'), 'a' in {Str2('a')}, Str2('x') in ['y'])
class E(Exception):
    def __init__(self, code): super().__init__(f'code {code}'); self.code = code
try: raise E(42)
except E as e: print(e, e.code, e.args, repr(e))
class Color(str):
    def __new__(cls, v): return super().__new__(cls, v.upper())
print(Color('red'), len(Color('red')), Color('red') == 'RED')
import enum
class Perm(enum.IntFlag):
    R = 4; W = 2; X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm(7), Perm.R in Perm(5), int(Perm.X), list(Perm(6)), format(Perm.R, 'd'), Perm(0))
class Sh(enum.Enum):
    SQ = 'square'; CI = 'circle'
    @property
    def corners(self): return 4 if self is Sh.SQ else 0
print(Sh('square'), Sh.SQ.corners, Sh['CI'].value, [s.name for s in Sh], Sh.SQ in Sh, repr(Sh.CI), f'{Sh.SQ}', str(Sh.SQ))
try: Sh('tri')
except ValueError as e: print(e)
class St(enum.StrEnum):
    A = enum.auto(); B = 'bee'
print(St.A, St.A == 'a', repr(St.B), f'{St.B}', St('bee'))
class MyStr(str):
    def __str__(self): return 'custom'
s=MyStr('abc')
print(format(s,''), format(s,'>8'), str.__format__(s,''), '{:>8}'.format(s), f'{s:}', f'{s!s}', '%s' % s, '{}'.format(s))
class MyInt(int):
    def __str__(self): return 'IS'
    def __repr__(self): return 'IR'
i=MyInt(3)
print(format(i,''), f'{i}', f'{i:d}', '{}'.format(i), '%s %d' % (i, i), int.__format__(i, ''))
class MyF(float):
    def __str__(self): return 'FS'
print(f'{MyF(1.5)}', format(MyF(1.5), ''), format(MyF(1.5), '.1f'))
class MyC(complex):
    def __str__(self): return 'CS'
print(f'{MyC(1, 2)}', format(MyC(1, 2), ''), format(MyC(1, 2), '.1f'))
class MyB(int):
    pass
import enum
class IE(enum.IntEnum):
    A = 1
print(f'{IE.A}', format(IE.A, ''), format(IE.A, 'd'), str(IE.A), format(True, ''), f'{True}')

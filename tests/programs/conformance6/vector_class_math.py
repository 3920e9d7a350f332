# A slotted 2-D vector with the sequence protocol, __round__/__format__/__abs__, used with math's functions; math's error messages.
import math
class Vec:
    __slots__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f'Vec({self.x!r}, {self.y!r})'
    def __eq__(self, o): return type(o) is Vec and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __abs__(self): return math.hypot(self.x, self.y)
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __round__(self, n=None): return Vec(round(self.x, n), round(self.y, n))
    def __format__(self, spec): return f'<{format(self.x, spec)}, {format(self.y, spec)}>'
v = Vec(1.25, -3.5)
print(v, 2 * v, v * 2, v + v, abs(Vec(3, 4)), list(v), tuple(v), v[1], v[-1], len(v), round(v), round(v, 1), f'{v:.2f}', f'{v}', '{:>6}'.format(v))
x, y = v; print(x, y, dict(zip('xy', v)), {v: 1}[Vec(1.25, -3.5)], v in [Vec(1.25, -3.5)], v == (1.25, -3.5), sorted([Vec(2, 1), Vec(1, 2)], key=abs))
print(math.dist(v, (0, 0)), math.prod(v), max(v), sum(v), sorted(v), divmod(7, 2), math.fsum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3), math.copysign(1, -0.0))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), round(-2.5), math.modf(-2.5), math.frexp(12.0), math.ldexp(0.75, 4), math.log(8, 2), math.log2(1024), math.log10(0.001))
print(math.degrees(math.pi), math.radians(180), math.atan2(1, -1), math.sin(math.pi / 6), math.tau, math.e, math.inf, -math.inf, math.nan)
print(math.gcd(), math.gcd(0, 0), math.gcd(-12, 18, 30), math.lcm(), math.isqrt(10**20), math.factorial(20), math.comb(5, 7), math.perm(5), math.remainder(7, 4), math.fmod(-7, 4))
for bad in [lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.log(0), lambda: math.log(-1), lambda: math.acos(2), lambda: math.isqrt(-1), lambda: math.comb(-1, 2), lambda: math.pow(0, -1), lambda: math.sqrt('x'), lambda: math.gcd(1.5)]:
    try: print(bad())
    except (ValueError, TypeError) as e: print(type(e).__name__, e)

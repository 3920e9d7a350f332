# f-strings: = specifier, !r/!s/!a, nested specs, custom __format__, and format-spec errors.
x = 10; name = 'Bob'; pi = 3.14159
print(f'{x=}', f'{x = }', f'{name!r:>8}', f'{pi=:.2f}', f'{x*2=}', f'{name=!s}', f'{ name = }')
w, p = 10, 3
print(f'{pi:{w}.{p}f}|', f'{pi:>{w}}|', f'{name:{"^"}{w}}|', f'{x:{"0"}{5}d}')
print(f"{'nested ' + f'{x}'}", f'{{literal}}', f'{x:#x} {x:#o} {x:#b}', f'{1234567:,}', f'{1234567:_}', f'{0.5:%}', f'{-3:+}')
print(f'{"a"!a}', f'{"é"!a}', f'{3.0!s}', f'{[1, 2]!r}', f'{None}', f'{True:>5}', f'{3:5}', f'{"s":5}|')
import datetime
d = datetime.date(2024, 3, 5)
print(f'{d:%Y/%m/%d}', f'{d!r}', f'{d}')
print(f'{x if x > 5 else 0}', f'{(lambda: 7)()}', f'{[i*i for i in range(4)]}', f'{ {"k": 1}["k"] }')
print(f'{12345.6789:,.2f}', f'{12345.6789:e}', f'{0.000123:g}', f'{1e20:g}', f'{123:08.3f}', f'{-42:=8}', f'{42:^+9}')
print(f'{"abc":.2}', f'{"abc":*<6.1}', f'{12:c}', f'{65:c}', f'{3.5:n}', f'{1e6:.0e}', f'{255:X}', f'{-255:#X}')
class P:
    def __format__(self, spec): return f'P<{spec}>'
    def __repr__(self): return 'Prepr'
    def __str__(self): return 'Pstr'
print(f'{P()}', f'{P():abc}', f'{P()!r}', f'{P()!s:>6}', f'{P()=}', f'{P()=:x}', f'{P()=!s}')
try: f'{x:q}'
except ValueError as e: print(e)
try: f'{"s":d}'
except ValueError as e: print(e)
try: f'{3.5:d}'
except ValueError as e: print(e)
try: f'{x:,s}'
except ValueError as e: print(e)
try: format(1, '=5s')
except ValueError as e: print(e)
try: format('a', '=5')
except ValueError as e: print(e)
try: format(1.5, 'z.1f')
except ValueError as e: print(e)
print(format(-0.0, 'z.1f'), format(-0.001, 'z.2f'), format(0.0, '+.1f'))
print('{0!r:^10}|{1:*>5}|{2[1]}|{3.real}'.format('x', 7, [5, 6], 2+3j))
print('{:{}{}}'.format(3.14159, '.', '3'), '{:{w}.{p}}'.format(1/3, w=8, p=2))

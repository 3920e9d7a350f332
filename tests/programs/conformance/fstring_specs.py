# f-strings: conversions, nested specs, = debugging, braces and expressions.
name = 'World'
width = 10
pi = 3.14159265
items = [1, 2, 3]
d = {'k': 'v'}
print(f'Hello, {name}!', f'{name!r}', f'{name!s:>8}', f'{name!a}', f'{"é"!a}')
print(f'{pi:.2f}', f'{pi:{width}.{3}}', f'{pi:>{width}.2f}|', f'{42:{"0"}{5}}')
print(f'{items}', f'{items[1]}', f'{d["k"]}', f"{d['k']!r}", f'{len(items) * 2}')
print(f'{{literal}}', f'{{{name}}}', f'a{{b', f'{"}"}')
x = 5
print(f'{x=}', f'{x = }', f'{x*2=}', f'{pi=:.2f}', f'{name=!s}', f'{name = !r:>10}')
print(f'{x if x > 3 else -x}', f'{(lambda y: y + 1)(x)}', f'{[i * i for i in range(4)]}')
print(f'{3.0:g}', f'{1e20:g}', f'{1234.5:,.1f}', f'{0.000123:.2e}', f'{12:#x}', f'{-12:08d}')
import datetime
print(f'{"nested {}":>12}', f"{'multi' + 'part'}", f'''{"tri" 'ple'}''')
print(f'{x:}', f'{x!r:}', repr(f''), f'{"":5}|')
class P:
    def __format__(self, spec):
        return 'P<' + spec + '>'
    def __repr__(self):
        return 'P()'
print(f'{P()}', f'{P():abc}', f'{P()!r}', f'{P()!r:>6}', format(P(), 'x'))

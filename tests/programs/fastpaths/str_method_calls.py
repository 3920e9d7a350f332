# str methods with optional arguments called positionally (the vm's direct
# call of the native impl), by keyword, on str subclasses and unbound, plus
# the arity and keyword errors that the generic call path reports.
s = 'a b  c d'
print(s.split(), s.split(' '), s.split(' ', 1), s.split(None, 1), s.rsplit(None, 1), s.rsplit(maxsplit=1))
print(s.split(sep=' ', maxsplit=2), s.find('b'), s.find('b', 3), s.find('c', 1, 5), s.rfind(' '), s.count(' '), s.count(' ', 2, 4))
print(s.startswith('a'), s.startswith('b', 2), s.endswith(('d', 'x')), s.index('c'), s.rindex(' ', 0, 4))
print('x\ny\n'.splitlines(), 'x\ny\n'.splitlines(True), 'a\tb'.expandtabs(), 'a\tb'.expandtabs(4), 'é'.encode(), 'é'.encode('latin-1'))
class S(str):
    pass
print(S('x y').split(), S('x y').find('y'), str.split('p q'), str.count('aaa', 'a', 1), str.startswith(S('ab'), 'a'))
print(b'a b'.split(), b'abc'.find(b'c'), b'a,b'.split(b','), b'abc'.startswith(b'a', 0, 2))
for bad in [lambda: s.split(1, 2, 3), lambda: s.find(), lambda: s.count('a', 1, 2, 3), lambda: s.split(5),
            lambda: s.startswith(), lambda: s.expandtabs(1, 2), lambda: s.find(1), lambda: s.splitlines(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
try:
    s.index('z')
except ValueError as e:
    print('ValueError', e)

# open() for reading (text mode, iteration, context manager) and input()
with open('_fixture.txt') as f:
    print(repr(f.readline()), f.readlines(), f.closed)
print(f.closed)
f = open('_fixture.txt')
for number, line in enumerate(f, 1):
    print(number, line.rstrip('\n').split())
f.close()
print(open('_fixture.txt').read().split('\n'), len(open('_fixture.txt').read()))
print(repr(open('_fixture.txt').read(5)), open('_fixture.txt').readline(3))
for bad in ['missing.txt']:
    try:
        open(bad)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.filename, e)
try:
    f.read()
except ValueError as e:
    print(e)
try:
    open('_fixture.txt').write('x')
except Exception as e:
    print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
try:
    open('_fixture.txt', 'q')
except ValueError as e:
    print(e)
name = input('name? ')
nums = list(map(int, input().split()))
print(name, sum(nums), max(nums), sorted(nums, reverse=True))
try:
    input()
except EOFError as e:
    print('EOFError', e)

# input() with a prompt, sys.stdin.readline/read/iteration after input, EOFError at the end of input.
import sys
name = input('Name: ')
print(f'Hello, {name}!')
nums = list(map(int, input().split()))
print(sum(nums), max(nums))
line = sys.stdin.readline()
print(repr(line))
rest = sys.stdin.read()
print(repr(rest))
try:
    input('more? ')
except EOFError as e:
    print('EOF:', repr(str(e)))
print(sys.stdin.readline() == '', sys.stdin.read() == '')
for l in sys.stdin: print('never', l)

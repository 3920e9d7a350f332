import getopt

argv = ['-a', '-b', 'val', '-cfoo', '--verbose', '--output=out.txt', '--lev', '3', 'file1', '-x', 'file2']
opts, rest = getopt.getopt(argv, 'ab:c:x', ['verbose', 'output=', 'level='])
print(opts)
print(rest)
opts, rest = getopt.gnu_getopt(argv, 'ab:c:x', ['verbose', 'output=', 'level='])
print(opts)
print(rest)
print(getopt.gnu_getopt(['a', '-a', 'b'], '+a'))
print(getopt.getopt(['-a', '--', '-b'], 'ab'))
print(getopt.getopt(['-', '-a'], 'a'))
print(getopt.getopt(['--help'], '', 'help'))

bad = [
    (['-z'], 'ab', []),
    (['-b'], 'ab:', []),
    (['--nope'], '', ['verbose']),
    (['--out'], '', ['output=']),
    (['--verbose=1'], '', ['verbose']),
    (['--ve'], '', ['verbose', 'version']),
]
for args, short, long in bad:
    try:
        getopt.getopt(args, short, long)
    except getopt.GetoptError as e:
        print(type(e).__name__, str(e), repr(e.opt), e.msg == str(e), e.args)
print(getopt.error is getopt.GetoptError)
print(getopt.getopt(['--ver'], '', ['verbose', 'version', 'ver']))

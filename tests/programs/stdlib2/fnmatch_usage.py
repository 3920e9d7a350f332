import fnmatch
for p in ['*.py','a*b*c','[a-z]?x','[!abc]*','[]]','[!]]x','a[','*','**a','a\\b','[z-a]','x*', '[a-cx]*.txt', 'data_??.csv', '*[0-9]']:
  print(repr(p), repr(fnmatch.translate(p)))
names = ['main.py', 'setup.py', 'README.md', 'a.txt', 'b.txt', 'data_01.csv', 'data_1.csv', 'x]', ']', 'abc', 'aXbYc', 'ac', 'file9', 'file', 'a[', 'a\\b', 'x.py.bak']
for p in ['*.py','a*b*c','[a-z]?x','[!abc]*','[]]','[!]]x','a[','*','**a','a\\b','[z-a]','x*', '[a-cx]*.txt', 'data_??.csv', '*[0-9]', '*.PY', '?', '[!a-z]*']:
    print(p, fnmatch.filter(names, p))
print(fnmatch.fnmatch('X.PY', '*.py'), fnmatch.fnmatchcase('abc', 'ABC'), fnmatch.fnmatch(b'a.py', b'*.py'))
try:
    fnmatch.fnmatch(b'a', '*')
except TypeError as e:
    print(e)

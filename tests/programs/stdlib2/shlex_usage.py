import shlex

cases = [
    'ls -l "my file.txt" \'other file\'',
    'echo a\\ b "c \\"d\\" e" f\\\\g',
    'cmd --opt=value # a comment',
    "grep -E 'a|b' *.py",
    'a"b"c \'d\'e "" \'\'',
    '  leading   and trailing  ',
    'x="1 2" y=$HOME',
    "it's",
    '"unterminated',
    'ends with backslash\\',
    'héllo wörld',
]
for c in cases:
    try:
        print(shlex.split(c))
    except ValueError as e:
        print("ValueError:", e)
print(shlex.split('cmd # comment here', comments=True))
print(shlex.split('a "b c" d', posix=False))

for s in ['', 'simple', 'with space', "it's", 'a$b', 'ok-._/:=@%+,', 'tab\there', 'ünï']:
    print(repr(shlex.quote(s)))
print(shlex.join(['echo', 'hello world', "it's", '']))
print(shlex.split(shlex.join(['a b', 'c"d', "e'f"])))

lex = shlex.shlex('a = b + c; d("x y")')
print(list(lex))
lex = shlex.shlex('foo && bar || (baz; qux) > out.txt', posix=True, punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("one two\nthree # c\nfour", posix=True)
toks = []
while True:
    t = lex.get_token()
    if t is None:
        break
    toks.append((t, lex.lineno))
print(toks)
lex = shlex.shlex("x y z")
lex.push_token("first")
print(lex.get_token(), lex.get_token(), lex.error_leader())
lex = shlex.shlex('path/to/file.txt -v', posix=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('key=value, other=thing', posix=True)
lex.whitespace = ','
lex.whitespace_split = True
print(list(lex))

import string, textwrap
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.punctuation), repr(string.whitespace))
print(string.capwords('  hello   wORLD  foo'), string.capwords('a-b c-d', '-'), repr(string.printable[-10:]))
t = string.Template('$who likes ${what} for $$5')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='x'), t.template)
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
try:
    string.Template('bad $ here').substitute()
except ValueError as e:
    print(e)
print(string.Template('$a$b').substitute({'a': 1}, b=2), t.get_identifiers(), t.is_valid())
class MyT(string.Template):
    delimiter = '%'
print(MyT('%x and %{y}').substitute(x=1, y=2))
f = string.Formatter(); print(f.format('{0}-{x}', 1, x=2), list(f.parse('a{b}c{d!r:>3}')))
text = 'The quick brown fox jumps over the lazy dog. ' * 3
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, width=25, initial_indent='* ', subsequent_indent='  '))
print(textwrap.dedent('''
    def f():
        return 1
      x
'''))
print(repr(textwrap.dedent('  a\n\n  b\n   \n')), repr(textwrap.indent('a\n\nb\n', '> ')), repr(textwrap.indent('a\nb', '+', lambda l: True)))
print(textwrap.shorten('Hello  world, this is a long sentence', width=20), textwrap.shorten('Hi', 10), textwrap.shorten('a b c d e f', 7, placeholder='..'))
try:
    textwrap.shorten('hello world', 3)
except ValueError as e:
    print(e)
print(textwrap.wrap('supercalifragilisticexpialidocious is long', 10), textwrap.wrap('', 5), textwrap.wrap('a\tb c', 8))
print(textwrap.wrap('break-on-hyphens-please yes', 10), textwrap.wrap('break-on-hyphens yes', 10, break_on_hyphens=False))
print(textwrap.wrap('x ' * 10, 6, max_lines=2), textwrap.fill('one. two.', 20, fix_sentence_endings=True))
w = textwrap.TextWrapper(width=12, break_long_words=False, drop_whitespace=False); print(w.wrap('aaaaaaaaaaaaaaaa bb  cc'))
print(textwrap.wrap('  leading and trailing  ', 10), textwrap.fill('a\nb\nc', 10), textwrap.wrap('Hello there', width=5, expand_tabs=False))
try:
    textwrap.wrap('abc', 0)
except ValueError as e:
    print(e)
print(repr(string.Formatter().vformat('{:^7}|{!s}', ('ab', 3), {})))

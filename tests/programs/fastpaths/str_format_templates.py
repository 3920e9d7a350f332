# str.format and format_map over well-formed and malformed templates, each
# twice (the split template is cached per string): the fields before a
# syntax error still run __format__, numbering and lookup errors keep
# CPython's order and messages.
class Loud:
    def __repr__(self):
        return "Loud()"
    def __format__(self, spec):
        print('format called', repr(spec))
        return 'L'
tests = ['{}-{}', '{0}{1}{0}', '{a}', '{0!r:>5}', '{0:{1}}', '{{}}', 'x{}y}', 'x{}y{', '{!x}', '{0!r', '{0!rx}', '{0:{1}', '{[}', '{0[}', 'a{0.}b', '{0:{1:{2}}}', '{0:{1:{2:{3}}}}', '}}{{', '{} {0}', '{0} {}', '{:', '{', '}', '', 'plain', '{0.real}', '{0[1]}', '{2}']
for t in tests:
    for args in [(Loud(), 5), (Loud(),), ([1, 2], 3, 4, 5), (Loud(), 5)]:
        try:
            print(repr(t), repr(t.format(*args, a=Loud())))
        except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
            print(repr(t), type(e).__name__, e)
print('{0}-{1:.2f}-{2!r}'.format(3, 3 / 7, 'ka'))
print('{:>{}}|{:^{w}}'.format('a', 5, 'b', w=6), '{k}'.format_map({'k': 1}))
for t in ['{0}', '{}', '{k}{}']:
    try:
        print(t.format_map({'k': 1}))
    except ValueError as e:
        print('ValueError', e)

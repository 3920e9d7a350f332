# format() mini-language for str, int and float.
values = [0, 1, -1, 42, -42, 255, 1234567, 3.14159, -0.5, 1e-7, 1e16, 123456.789, float('inf'), float('nan'), -0.0]
specs = ['', '5', '<8', '>8', '^8', '+', ' ', '08.3f', ',', '_', '.2e', '.3g', '%', '.1%', 'e', 'g', '10.4f', '+.2f', '=+10.2f', '*^12,.2f']
for v in values:
    out = []
    for spec in specs:
        try:
            out.append(format(v, spec))
        except ValueError as e:
            out.append('E:' + str(e))
    print(repr(v), out)
for v in [0, 5, 255, -255, 65535]:
    print(format(v, 'b'), format(v, '#b'), format(v, 'o'), format(v, '#o'), format(v, 'x'), format(v, '#X'), format(v, '08b'), format(v, '#010x'), format(v, '_b'), format(v, 'c') if v >= 0 else '')
for s in ['abc', '', 'long string here']:
    print(repr(format(s, '')), repr(format(s, '>6')), repr(format(s, '.2')), repr(format(s, '*^9.4')), repr(format(s, '<3')))
for bad in [(3.5, 'd'), ('x', 'd'), (5, '.2s'), ('s', '+'), (5, 'z'), (1.5, 'x')]:
    try:
        format(*bad)
    except ValueError as e:
        print('ValueError:', e)

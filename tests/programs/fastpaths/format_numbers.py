# format() and f-string fields of exact ints, bools, floats and an int subclass
# with and without specs, and the errors of specs that do not apply.
for v in [0, -5, 2**70, 1.5, -0.0, float('nan'), float('inf'), 1e22, True, 3]:
    print(f'{v}|{v!r}|{v:>8}|{format(v, "")}|{v:,}' if not isinstance(v, float) else f'{v}|{v:.3f}|{v:>10}|{v:e}|{format(v, "")}')
for v, spec in [(5, 'x'), (5, '#b'), (5, '06.2f'), (2**70, ','), (1.5, '%'), (1.5, 'd'), (5, 's'), ('a', 'd')]:
    try:
        print(format(v, spec), f'{v:{spec}}')
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class I(int):
    def __format__(self, spec):
        return 'I!'
print(f'{I(3)}', format(I(3), 'x'), f'{True:d}', f'{False}')

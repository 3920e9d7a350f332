# Repetition counts and shifts beyond memory: OverflowError vs MemoryError as CPython decides,
# including expressions the compiler might fold
def attempt(label, fn):
    try:
        r = fn()
        print(label, 'ok', repr(r)[:30])
    except (OverflowError, MemoryError) as e:
        print(label, type(e).__name__, repr(str(e)))

big = 2 ** 62
attempt("'x' * 2**62", lambda: 'x' * big)
attempt("'x' * 2**63", lambda: 'x' * 2 ** 63)
attempt("'x' * -2**63", lambda: 'x' * -2 ** 63)
attempt("'x' * -2**64", lambda: 'x' * -2 ** 64)
attempt("'' * 2**64", lambda: '' * 2 ** 64)
attempt("'' * 2**62", lambda: '' * big)
attempt("'ab' * 2**62", lambda: 'ab' * big)
attempt("2**62 * 'ab'", lambda: big * 'ab')
attempt("[0] * 2**63", lambda: [0] * 2 ** 63)
attempt("[] * 2**64", lambda: [] * 2 ** 64)
attempt("[0] * 2**62", lambda: [0] * big)
attempt("[1, 2] * 2**62", lambda: [1, 2] * big)
attempt("(0,) * 2**62", lambda: (0,) * big)
attempt("() * 2**62", lambda: () * big)
attempt("() * 2**64", lambda: () * 2 ** 64)
attempt("(1,) * -1", lambda: (1,) * -1)
attempt("b'x' * 2**62", lambda: b'x' * big)
attempt("b'ab' * 2**62", lambda: b'ab' * big)
attempt("b'x' * 2**63", lambda: b'x' * 2 ** 63)
attempt("b'' * 2**62", lambda: b'' * big)
attempt("bytearray(b'ab') * 2**62", lambda: bytearray(b'ab') * big)
attempt("bytearray(b'x') * 2**63", lambda: bytearray(b'x') * 2 ** 63)
attempt("-2**70 * [1]", lambda: -2 ** 70 * [1])
attempt("'ab' * -5", lambda: 'ab' * -5)
attempt("3 * b'ab'", lambda: 3 * b'ab')
attempt("1 << 2**40", lambda: 1 << 2 ** 40)
attempt("1 << 2**63", lambda: 1 << 2 ** 63)
attempt("1 << 2**70", lambda: 1 << 2 ** 70)
attempt("1 << 2**65", lambda: 1 << 2 ** 65)
attempt("1 << 2**66", lambda: 1 << 2 ** 66)
attempt("2**100 << 2**65", lambda: 2 ** 100 << 2 ** 65)
attempt("0 << 2**100", lambda: 0 << 2 ** 100)
attempt("(1 << 5000) >> 4999", lambda: (1 << 5000) >> 4999)
attempt("-1 << 100", lambda: -1 << 100)
print(repr('x' * -2 ** 63), repr('' * 2 ** 62), () * -5, repr(b'ab' * 0))
try:
    print('x' * -2 ** 64)
except OverflowError as e:
    print('folded expression raises at run time:', e)
try:
    print('' * 2 ** 64)
except OverflowError as e:
    print('folded expression raises at run time:', e)

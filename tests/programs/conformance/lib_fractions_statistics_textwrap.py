# fractions, statistics and textwrap: exact rational arithmetic, averages
# and spreads, and paragraph wrapping.
from fractions import Fraction
import statistics
import textwrap

a = Fraction(1, 3)
b = Fraction('2/5')
print(a + b, a - b, a * b, a / b, a ** 2, -a, abs(-b), a < b, a == Fraction(2, 6), float(a + b))
print(Fraction(0.75), Fraction('3.1415'), Fraction(10, -4), Fraction(5), a.numerator, b.denominator, Fraction(1, 3) + 1, 1 - Fraction(1, 4))
print(Fraction(355, 113).limit_denominator(10), round(Fraction(7, 2)), round(Fraction(5, 2)), int(Fraction(-7, 2)), Fraction(1, 3) == 1 / 3)
print(sum(Fraction(1, n) for n in range(1, 6)), Fraction(3, 4).as_integer_ratio(), repr(Fraction(1, 2)), str(Fraction(4, 2)))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.median(data), statistics.mode(data), statistics.pstdev(data), round(statistics.stdev(data), 10))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.variance([1, 2, 3, 4]), statistics.pvariance([1, 2, 3, 4]))
print(statistics.mean([Fraction(1, 2), Fraction(1, 3)]), statistics.fmean([1, 2, 3]), statistics.multimode('aabbc'))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print('StatisticsError:', e)
text = 'The quick brown fox jumps over the lazy dog. ' * 3
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, width=40, initial_indent='> ', subsequent_indent='  '))
print(textwrap.shorten('Hello   world, this is a long sentence', width=25), repr(textwrap.dedent('    a\n      b\n    c')))
print(textwrap.indent('one\ntwo\n\nthree', '+ '), textwrap.wrap('', 10), textwrap.wrap('supercalifragilistic', 8))
from decimal import Decimal
print(statistics.mean([Decimal('1.1'), Decimal('2.2')]), statistics.median([Fraction(1, 3), Fraction(1, 2)]), statistics.variance([Fraction(1, 2), Fraction(1, 3), Fraction(1, 4)]), statistics.pstdev([Fraction(1), Fraction(2)]))

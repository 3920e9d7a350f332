# Format specs the way report-writing code uses them.
rows = [("apple", 1.5, 1234567), ("kiwi", 0.25, 42), ("durian", 12.125, -9876543)]
for name, price, qty in rows:
    print("{:<10}|{:>10.3f}|{:>12,}|{:^9}".format(name, price, qty, name[:3]))
print("{:,}".format(1234567.891))
print("{:_x} {:_b} {:_o}".format(0xdeadbeef, 1023, 4095))
print("{!r:^20}|".format("hi"))
print("{0:{1}.{2}f}|".format(3.14159, 10, 2))
print("{:{fill}{align}{width}}".format("x", fill="*", align=">", width=6))
print("{:+.2e} {:E} {:g} {:G}".format(12345.678, 0.000123, 1e-7, 1e20))
print("{:%} {:.1%}".format(0.5, 0.12345))
print("{:#x} {:#o} {:#b} {:#X}".format(255, 8, 5, 255))
print("{:08.3f} {:+08d} {:=+8d}".format(-3.5, 42, -42))
print("{:c}{:c}".format(72, 105))
print("{:n}".format(1234567))
print("{0[0]} {0[1]} {1[k]}".format([10, 20], {"k": "v"}))
class P:
    x = 3; y = 4
print("{0.x},{0.y}".format(P()))
print("{{}} {{{}}}".format(7))
print(format(1e16, ''), format(1.0, ''), format(1e-5, ''), str(1e16))
print(format(123.456, '.0f'), format(0.5, '.0f'), format(1.5, '.0f'), format(2.5, '.0f'))
print(format(True, 'd'), format(True, ''), format(3, '.2f'))
print(f"{'abc':.2}|{'abc':5.1}|")
print(format(-0.0, '.1f'), format(float('inf'), '>6'), format(float('nan'), 'F'))
print(format(1234.5, ',.2f'), format(1234567, '_d'), format(-1234.5, '010,.1f'))
print("{:>{w}s}".format("r", w=4))
for spec in ["{:d}", "{:,s}", "{:=s}", "{:.2d}", "{:x}"]:
    for value in [1.5, "s", 3]:
        try:
            print(spec, repr(value), spec.format(value))
        except (ValueError, TypeError) as e:
            print(spec, repr(value), type(e).__name__, e)
for bad in ["{", "}", "{0", "{:}}", "{0!x}", "{0:{1:{2}}}"]:
    try:
        print(repr(bad.format(1, 2, 3)))
    except (ValueError, IndexError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError", e)
try:
    "{a}".format(b=1)
except KeyError as e:
    print("KeyError", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError", e)
print("{0!s:>5}{0!a}".format("é"))
print(format(10**20, ','), format(-10**15, '_'))
print(format(0.1 + 0.2, '.17g'), format(1/3, '.30f'))
print(format(12.0, 'g'), format(12.5, '#g'), format(100000000.0, 'g'), format(1e-4, 'g'))

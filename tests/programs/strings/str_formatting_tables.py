rows = [("Widget", 4, 3.5), ("Gadget", 12, 10.25), ("Thingamajig", 1, 100.0)]
print(f"{'Item':<12}{'Qty':>5}{'Price':>10}{'Total':>10}")
print("=" * 37)
for name, qty, price in rows:
    print(f"{name:<12}{qty:>5d}{price:>10.2f}{qty * price:>10,.2f}")
print("=" * 37)
total = sum(q * p for _, q, p in rows)
print(f"{'TOTAL':<12}{'':>5}{'':>10}{total:>10,.2f}")
print("{:^20}|".format("centered"), "{:*<10}|{:#>10}".format("l", "r"), "{:+.1%}".format(0.256))
print("%-10s|%5.1f|%05d|%x" % ("left", 3.14159, 42, 255))
print(f"{12345.6789:e}", f"{0.000123:.2e}", f"{1e6:,.0f}", f"{-42:08.2f}", f"{42:#010b}")

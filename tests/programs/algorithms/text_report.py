report = """\
date,region,product,units,price
2024-01-03,north,widget,10,2.50
2024-01-04,south,gadget,3,10.00
2024-01-04,north,gadget,1,10.00
2024-01-05,east,widget,7,2.50
2024-01-06,south,widget,12,2.25
"""
rows = [line.split(",") for line in report.splitlines()[1:]]
by_region = {}
by_product = {}
for date, region, product, units, price in rows:
    revenue = int(units) * float(price)
    by_region[region] = by_region.get(region, 0) + revenue
    by_product.setdefault(product, []).append(int(units))
print(f"{'region':<8}|{'revenue':>10}")
print("-" * 19)
for region, revenue in sorted(by_region.items(), key=lambda kv: -kv[1]):
    print(f"{region:<8}|{revenue:>10.2f}")
for product, units in sorted(by_product.items()):
    print(f"{product}: {sum(units)} units over {len(units)} sales, avg {sum(units) / len(units):.3f}")

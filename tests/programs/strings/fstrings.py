name = "World"
n = 42
pi = 3.14159
items = [1, 2, 3]
print(f"Hello, {name}!", f"{n} {n!r} {name!r} {name!s} {name!a}")
print(f"{n:5}|{n:<5}|{n:^5}|{n:>5}|{name:*^11}|")
print(f"{pi:.2f} {pi!r:>10} {items} {items[1]} {len(items)} {'nested'}")
print(f"{n + 1} {n * 2:04d} {n if n > 10 else 0} {[x * 2 for x in items]}")
width, prec = 10, 3
print(f"{pi:{width}.{prec}f}|", f"{'x':{'>'}{width}}|")
print(f"{{literal}} {{{n}}}", f"{n=}", f"{pi = :.1f}", f"{name.upper()=}")
d = {"a": 1, "b": 2}
print(f"{d['a']} {d}", f"{'é'!a}", f"{3.0!s:>6}")
print(f"multi {n}" f" parts {name}", f"""triple {n}""")

def read_lines(text):
    for line in text.splitlines():
        yield line


def non_empty(lines):
    return (l for l in lines if l.strip())


def parse(lines):
    for l in lines:
        name, score = l.split(":")
        yield name.strip(), int(score)


def top(records, n):
    return sorted(records, key=lambda r: -r[1])[:n]


data = """
ann: 90
bob: 72

cy: 88
di: 95
"""
print(top(parse(non_empty(read_lines(data))), 3))
gen = (x * x for x in range(4))
print(next(gen), list(gen))
print(sum(1 for _ in read_lines("a\nb\nc")))

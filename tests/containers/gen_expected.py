#!/usr/bin/env python3
"""Regenerate tests/containers/expected.json by running CPython 3.11.

Random (fixed-seed) cases for the containers' CPython-exact corners: set
iteration order after adds, discards and pops; the set algebra operators;
tuple and frozenset hashes; slicing, slice assignment and deletion; range
arithmetic; dict order after updates and deletions. Ints are written as
strings so that values past 2**53 survive JSON.

Usage: tests/containers/gen_expected.py
"""
import json
import os
import random
import sys

assert sys.version_info[:2] == (3, 11), "expected outputs must come from CPython 3.11"

rng = random.Random(20261125)


def rand_int():
    scale = rng.choice([8, 20, 100, 1000, 2**31, 2**40, 2**62, 2**70])
    return rng.randint(-scale, scale)


def ints(values):
    return [str(v) for v in values]


def error_text(e):
    return f"{type(e).__name__}: {e}"


def set_cases():
    cases = []
    for _ in range(250):
        s = set()
        ops = []
        for _ in range(rng.randint(0, 50)):
            r = rng.random()
            if r < 0.7:
                v = rand_int()
                s.add(v)
                ops.append(["add", str(v)])
            elif r < 0.85 and s:
                v = rng.choice(sorted(s))
                s.discard(v)
                ops.append(["discard", str(v)])
            elif r < 0.92 and s:
                ops.append(["pop", str(s.pop())])
            else:
                v = rand_int()
                s.discard(v)
                ops.append(["discard", str(v)])
        cases.append({"ops": ops, "order": ints(s)})
    return cases


def set_algebra_cases():
    cases = []
    for _ in range(200):
        la = [rng.randint(-40, 40) for _ in range(rng.randint(0, 30))]
        lb = [rng.randint(-40, 40) for _ in range(rng.randint(0, 30))]
        a, b = set(la), set(lb)
        cases.append({
            "a": ints(la), "b": ints(lb),
            "or": ints(a | b), "and": ints(a & b), "sub": ints(a - b), "xor": ints(a ^ b),
            "le": a <= b, "lt": a < b, "eq": a == b, "disjoint": a.isdisjoint(b),
        })
    return cases


def tuple_set_cases():
    cases = []
    for _ in range(100):
        items = [(rng.randint(-5, 5), rng.randint(-5, 5)) for _ in range(rng.randint(0, 30))]
        cases.append({"items": [encode(t) for t in items], "order": [encode(t) for t in set(items)]})
    return cases


def rand_hashable(depth=0):
    r = rng.random()
    if depth < 2 and r < 0.25:
        return tuple(rand_hashable(depth + 1) for _ in range(rng.randint(0, 4)))
    return rand_int()


def encode(v):
    if isinstance(v, tuple):
        return {"tuple": [encode(x) for x in v]}
    return str(v)


def hash_cases():
    cases = []
    for _ in range(300):
        t = tuple(rand_hashable() for _ in range(rng.randint(0, 5)))
        cases.append({"value": encode(t), "hash": str(hash(t))})
    for _ in range(100):
        f = frozenset(rand_int() for _ in range(rng.randint(0, 8)))
        cases.append({"frozenset": ints(f), "hash": str(hash(f))})
    return cases


def rand_bound():
    return None if rng.random() < 0.25 else rng.randint(-12, 12)


def slice_cases():
    cases = []
    for _ in range(300):
        n = rng.randint(0, 10)
        base = list(range(n))
        start, stop = rand_bound(), rand_bound()
        step = rng.choice([None, None, 1, 2, 3, -1, -2, -3, 0])
        sl = slice(start, stop, step)
        case = {"n": n, "slice": [start, stop, step]}
        try:
            case["get"] = base[sl]
        except Exception as e:
            case["get"] = error_text(e)
        value = [100 + i for i in range(rng.randint(0, 5))]
        target = list(base)
        try:
            target[sl] = value
            case["set"] = target
        except Exception as e:
            case["set"] = error_text(e)
        case["value"] = value
        target = list(base)
        try:
            del target[sl]
            case["del"] = target
        except Exception as e:
            case["del"] = error_text(e)
        try:
            case["indices"] = list(sl.indices(n))
        except Exception as e:
            case["indices"] = error_text(e)
        cases.append(case)
    return cases


def range_cases():
    cases = []
    for _ in range(300):
        big = rng.random() < 0.15
        scale = 2**60 if big else 30
        start = rng.randint(-scale, scale)
        stop = rng.randint(-scale, scale)
        step = rng.choice([1, 2, 3, 7, -1, -2, -5]) * (rng.randint(1, 2**55) if big and rng.random() < 0.5 else 1)
        r = range(start, stop, step)
        probe = rng.randint(-scale, scale)
        case = {"args": ints([start, stop, step]), "repr": repr(r), "probe": str(probe), "contains": probe in r}
        try:
            case["len"] = str(len(r))
        except Exception as e:
            case["len"] = error_text(e)
        i = rng.randint(-12, 12)
        try:
            case["item"] = [str(i), str(r[i])]
        except Exception as e:
            case["item"] = [str(i), error_text(e)]
        sl = slice(rand_bound(), rand_bound(), rng.choice([None, 2, -1, -3]))
        case["slice"] = [sl.start, sl.stop, sl.step]
        case["sliced"] = repr(r[sl])
        case["list"] = ints(list(r)) if len(r) <= 40 else None
        cases.append(case)
    return cases


def dict_cases():
    cases = []
    for _ in range(150):
        d = {}
        ops = []
        for _ in range(rng.randint(0, 40)):
            k = rng.choice([rng.randint(-10, 10), f"k{rng.randint(0, 10)}", float(rng.randint(-3, 3)), rng.random() < 0.5])
            r = rng.random()
            if r < 0.65:
                v = rng.randint(0, 99)
                d[k] = v
                ops.append(["set", repr(k), v])
            else:
                d.pop(k, None)
                ops.append(["pop", repr(k)])
        cases.append({"ops": ops, "repr": repr(d)})
    return cases


def main():
    data = {
        "sets": set_cases(),
        "setAlgebra": set_algebra_cases(),
        "tupleSets": tuple_set_cases(),
        "hashes": hash_cases(),
        "slices": slice_cases(),
        "ranges": range_cases(),
        "dicts": dict_cases(),
    }
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "expected.json")
    with open(out, "w") as f:
        json.dump(data, f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()

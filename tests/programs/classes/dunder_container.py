class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __getitem__(self, key):
        r, c = key
        return self.rows[r][c]

    def __setitem__(self, key, value):
        r, c = key
        self.rows[r][c] = value

    def __len__(self):
        return len(self.rows)

    def __iter__(self):
        return iter(self.rows)

    def __contains__(self, value):
        return any(value in row for row in self.rows)

    def __str__(self):
        return "\n".join(" ".join(map(str, r)) for r in self.rows)

    def __repr__(self):
        return f"Matrix({self.rows})"


m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 9
print(m[0, 1], len(m), 4 in m, 7 in m, list(m))
print(m)
print(repr(m), str([m]))


class Registry:
    def __init__(self):
        self._data = {}

    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: self._data.get(name[4:], "unset")
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __setitem__(self, k, v):
        self._data[k] = v


r = Registry()
r["color"] = "blue"
print(r.get_color(), r.get_size())
try:
    r.other
except AttributeError as e:
    print("AttributeError:", e)

import json
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
for obj in [[1, 'a', [2, {}], {'k': [None, 1.5]}], {'a': {'b': [1]}, 'c': 2}, [], {}, 'x', [[[]]]]:
    for kw in [{}, {'indent': 2}, {'sort_keys': True, 'indent': '\t'}]:
        w = W(); json.dump(obj, w, **kw); print(w.parts)
        print(list(json.JSONEncoder(**kw).iterencode(obj)))

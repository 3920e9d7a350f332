from graphlib import TopologicalSorter, CycleError

graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}, "E": []}
graph = {k: sorted(v) for k, v in graph.items()}
print(list(TopologicalSorter(graph).static_order()))
ts = TopologicalSorter()
ts.add("build", "compile", "link")
ts.add("compile", "fetch")
ts.add("link", "compile")
ts.add("test", "build")
ts.add("docs")
ts.prepare()
steps = []
while ts.is_active():
    ready = ts.get_ready()
    steps.append(ready)
    ts.done(*ready)
print(steps, bool(ts))
for g in [{1: [2], 2: [3], 3: [1]}, {"a": ["b"], "b": ["c"], "c": ["b"], "d": []}, {0: [0]}]:
    try:
        list(TopologicalSorter(g).static_order())
    except CycleError as e:
        print("CycleError", e.args, isinstance(e, ValueError))
t = TopologicalSorter({2: [1]})
for action in [lambda: t.get_ready(), lambda: t.done(1), lambda: t.is_active()]:
    try:
        action()
    except ValueError as e:
        print(e)
t.prepare()
for action in [lambda: t.prepare(), lambda: t.add(3), lambda: t.done(9), lambda: t.done(2)]:
    try:
        action()
    except ValueError as e:
        print(e)
print(t.get_ready())
t.done(1)
try:
    t.done(1)
except ValueError as e:
    print(e)
print(t.get_ready(), t.is_active())
big = TopologicalSorter()
for i in range(30):
    big.add(i % 7, *(j for j in range(i % 5) if j != i % 7 and j < i % 7))
print(list(big.static_order()))

"""pvm's implementation of the `graphlib` module, written in Python.

TopologicalSorter (add, prepare with cycle detection, get_ready/done/
is_active for parallel processing, static_order) and CycleError. Nodes come
out in CPython's order: ready nodes in insertion order, successors released
in the order their edges were added, and a cycle reported as the path the
same depth-first search finds.
"""

__all__ = ["TopologicalSorter", "CycleError"]

# Markers in a node's predecessor count once it has been handed out / done.
_PASSED_OUT = -1
_DONE = -2


class _NodeInfo:
    __slots__ = ('node', 'npredecessors', 'successors')

    def __init__(self, node):
        self.node = node
        self.npredecessors = 0
        self.successors = []


class CycleError(ValueError):
    """The graph has a cycle; args[1] lists it (first node repeated at the end)."""


class TopologicalSorter:
    """Orders the nodes of a graph so every node follows its predecessors."""

    def __init__(self, graph=None):
        self._node2info = {}
        self._ready_nodes = None
        self._npassedout = 0
        self._nfinished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._node2info.get(node)
        if info is None:
            info = self._node2info[node] = _NodeInfo(node)
        return info

    def add(self, node, *predecessors):
        """Add node, after each of predecessors."""
        if self._ready_nodes is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.npredecessors += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        """Freeze the graph; raise CycleError if it has a cycle."""
        if self._ready_nodes is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready_nodes = [info.node for info in self._node2info.values()
                             if info.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """The nodes whose predecessors are all done (each returned once)."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready_nodes)
        for node in result:
            self._node2info[node].npredecessors = _PASSED_OUT
        self._ready_nodes.clear()
        self._npassedout += len(result)
        return result

    def is_active(self):
        """Whether nodes remain to be handed out or marked done."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        return self._nfinished < self._npassedout or bool(self._ready_nodes)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes (returned by get_ready) as processed."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        for node in nodes:
            info = self._node2info.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = info.npredecessors
            if state != _PASSED_OUT:
                if state >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.npredecessors = _DONE
            for successor in info.successors:
                succ = self._node2info[successor]
                succ.npredecessors -= 1
                if succ.npredecessors == 0:
                    self._ready_nodes.append(successor)
            self._nfinished += 1

    def _find_cycle(self):
        # Iterative depth-first search along successor edges; `path` is the
        # current path, `position` the index of each node on it.
        seen = set()
        path = []
        iterators = []
        position = {}
        for start in self._node2info:
            if start in seen:
                continue
            node = start
            while True:
                if node in seen:
                    if node in position:
                        return path[position[node]:] + [node]
                else:
                    seen.add(node)
                    iterators.append(iter(self._node2info[node].successors))
                    position[node] = len(path)
                    path.append(node)
                advanced = False
                while path:
                    nxt = next(iterators[-1], _END)
                    if nxt is not _END:
                        node = nxt
                        advanced = True
                        break
                    del position[path.pop()]
                    iterators.pop()
                if not advanced:
                    break
        return None

    def static_order(self):
        """All nodes in a valid order (a generator)."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


_END = object()

import heapq


def dijkstra(graph, source):
    dist = {source: 0}
    prev = {}
    heap = [(0, source)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist.get(node, float("inf")):
            continue
        for nxt, weight in graph.get(node, []):
            nd = d + weight
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(heap, (nd, nxt))
    return dist, prev


graph = {
    "s": [("a", 7), ("b", 2)],
    "a": [("c", 1)],
    "b": [("a", 3), ("c", 8), ("d", 5)],
    "c": [("t", 2)],
    "d": [("t", 6)],
}
dist, prev = dijkstra(graph, "s")
print(sorted(dist.items()))
node, path = "t", []
while node != "s":
    path.append(node)
    node = prev[node]
print(" -> ".join(["s"] + path[::-1]))

from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return None

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print("evict", evicted)


cache = LRUCache(3)
for op in ["p1", "p2", "p3", "g1", "p4", "g2", "g3", "p5", "g1", "g4"]:
    kind, key = op[0], int(op[1])
    if kind == "p":
        cache.put(key, key * 10)
    else:
        print("get", key, cache.get(key))
print(list(cache.data.items()), cache.hits, cache.misses)

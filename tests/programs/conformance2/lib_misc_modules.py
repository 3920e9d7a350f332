# heapq, bisect, random, string.Template, textwrap, copy.
import heapq, bisect, random, string, textwrap, copy
tasks = [("write", 3), ("read", 1), ("sleep", 8), ("eat", 5)]
print(heapq.nlargest(2, tasks, key=lambda t: t[1]), heapq.nsmallest(2, tasks, key=lambda t: t[1]), heapq.nlargest(3, [5, 1, 9, 3]))
h = []
for v in [5, 3, 8, 1]:
    heapq.heappush(h, v)
print(h, heapq.heappop(h), heapq.heappushpop(h, 4), heapq.heapreplace(h, 0), h, list(heapq.merge([1, 4], [2, 3], [0])))
print(list(heapq.merge(["a", "ccc"], ["bb"], key=len)), list(heapq.merge([3, 1], [2], reverse=True)))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
x = [9, 2, 7, 1]; heapq.heapify(x); print(x)
grades = [60, 70, 80, 90]
print([("FDCBA")[bisect.bisect(grades, s)] for s in [33, 70, 99, 77]], bisect.bisect_left([1, 2, 2, 3], 2), bisect.bisect_right([1, 2, 2, 3], 2))
recs = [("a", 1), ("b", 5), ("c", 9)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]), bisect.bisect(recs, 6, key=lambda r: r[1]))
lst = [1, 3]; bisect.insort(lst, 2); bisect.insort_left(lst, 3); bisect.insort(lst, ("z"[0] == "z") + 3, lo=0); print(lst)
recs2 = list(recs); bisect.insort(recs2, ("d", 4), key=lambda r: r[1]); print(recs2)
try:
    bisect.bisect([1], 1, lo=-1)
except ValueError as e:
    print("ValueError", e)
random.seed(12345)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.randrange(0, 100, 5), random.uniform(1, 2))
items = list(range(10)); random.shuffle(items); print(items, random.sample(range(100), 5), random.choices("abc", k=5))
print(random.choices("abc", weights=[10, 1, 1], k=6), random.getrandbits(16), random.gauss(0, 1), random.randbytes(4) if hasattr(random, "randbytes") else "")
r = random.Random(42); print(r.random(), r.randint(0, 9), r.sample("abcdef", 3))
random.seed("text seed"); print(random.random())
state = random.getstate(); a = random.random(); random.setstate(state); print(a == random.random())
for bad in [lambda: random.randint(5, 1), lambda: random.choice([]), lambda: random.sample([1, 2], 3), lambda: random.randrange(0)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
t = string.Template("$who likes ${what}; cost $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"), t.template)
for bad in [lambda: t.substitute(who="x"), lambda: string.Template("$").substitute(), lambda: string.Template("a $1").substitute()]:
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(string.ascii_letters[:5], string.digits, string.punctuation[:6], string.capwords("hello   big world"), repr(string.whitespace))
print(string.Formatter().format("{0}-{x}", 1, x=2), t.get_identifiers() if hasattr(t, "get_identifiers") else "")
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, 40), textwrap.shorten("Hello  world!", width=12), textwrap.shorten("a b", 10, placeholder="~"))
print(repr(textwrap.dedent("    a\n      b\n    c\n")), repr(textwrap.indent("a\n\nb\n", "> ")), repr(textwrap.indent("a\nb", "+", lambda l: True)))
print(textwrap.wrap("averyveryverylongwordthatdoesnotfit in", 10), textwrap.wrap("", 10), textwrap.wrap("a\tb", 10, expand_tabs=True))
orig = {"a": [1, 2, {"b": 3}], "t": (1, [2])}
orig["self"] = orig
deep = copy.deepcopy(orig)
print(deep["self"] is deep, deep["a"] is not orig["a"], deep["a"][2] == {"b": 3}, deep["t"][1] is not orig["t"][1])
shallow = copy.copy(orig); print(shallow["a"] is orig["a"], shallow is not orig)
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
    def __deepcopy__(self, memo):
        n = Node(self.v * 10)
        memo[id(self)] = n
        n.children = copy.deepcopy(self.children, memo)
        return n
root = Node(1); root.children.append(Node(2)); root.children.append(root)
c = copy.deepcopy(root); print(c.v, c.children[0].v, c.children[1] is c)
class Ptr:
    def __init__(self): self.items = [1]
    def __copy__(self):
        p = Ptr(); p.items = self.items; return p
p1 = Ptr(); p2 = copy.copy(p1); print(p1.items is p2.items)

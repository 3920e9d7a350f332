s = "the cat sat on the mat with the hat"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("dog"), s.index("mat"), s.count("the"))
print(s.replace("the", "a"), s.replace("at", "og", 2), s.replace("", "-")[:12])
print(s.startswith("the"), s.startswith(("a", "t")), s.endswith("hat"), s.startswith("cat", 4))
print("banana".count("ana"), "aaaa".count("aa"), "hello"[1:].find("l"), "abc".find(""))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)
print("Hello World".swapcase().center(21, "*"), "x".zfill(4), "-5".zfill(4), "+5".zfill(4))
table = str.maketrans({"a": "4", "e": "3", "o": None})
print("awesome code".translate(table))

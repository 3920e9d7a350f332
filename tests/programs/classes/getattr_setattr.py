class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])

    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value)

    def __getattribute__(self, name):
        if name == "secret":
            return "hidden"
        return object.__getattribute__(self, name)

    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)


r = Recorder()
r.a = 1
r.b = 2
del r.a
print(r.log, r.b, r.secret, hasattr(r, "a"))
print(getattr(r, "b"), getattr(r, "zz", "missing"))
setattr(r, "c", 3)
print(r.c, sorted(k for k in r.__dict__ if k != "log"))
try:
    getattr(r, "nope")
except AttributeError as e:
    print("AttributeError:", e)

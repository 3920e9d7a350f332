# A helper module with a PEP 562 module-level __getattr__.
def __getattr__(name):
    if name.startswith("make_"):
        return lambda: name[5:]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

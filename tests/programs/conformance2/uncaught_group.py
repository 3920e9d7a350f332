# An uncaught ExceptionGroup prints its tree.
def run():
    raise ExceptionGroup("several problems", [ValueError("bad value"), TypeError("bad type")])
run()

# An uncaught KeyboardInterrupt: traceback and CPython's exit status.
def work():
    print("working")
    raise KeyboardInterrupt
work()

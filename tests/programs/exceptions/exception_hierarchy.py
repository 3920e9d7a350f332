checks = [ZeroDivisionError, OverflowError, KeyError, IndexError, FileNotFoundError, PermissionError,
          UnicodeDecodeError, NotImplementedError, RecursionError, StopIteration, KeyboardInterrupt,
          ModuleNotFoundError, TimeoutError, UnboundLocalError]
for exc in checks:
    chain = [c.__name__ for c in exc.__mro__]
    print(" -> ".join(chain))
print(issubclass(Warning, Exception), issubclass(GeneratorExit, Exception), BaseException.__subclasses__()[:0])

# ExceptionGroup / BaseExceptionGroup: construction rules and messages,
# split/subgroup with types, tuples and predicates, derive() in
# subclasses, what the parts inherit (notes copied, cause, context), and
# except* over nested groups.
eg = ExceptionGroup("top", [ValueError(1), TypeError("t"),
                            ExceptionGroup("inner", [ValueError(2), KeyError('k')])])
print(repr(eg), str(eg))
print(eg.message, eg.exceptions)
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.subgroup(OSError), eg.subgroup(()))
print(repr(eg.split((KeyError, TypeError))))
print(eg.subgroup(lambda e: True) is eg)
for cond in [int, (ValueError, int), 5, "x", [ValueError]]:
    try:
        print(eg.split(cond))
    except TypeError as e:
        print('TypeError', e)

print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
for args in [("x", [KeyboardInterrupt()]), ("x", []), ("x",), (1, [ValueError()]),
             ("x", [1]), ("x", ValueError()), ("x", {1: ValueError()})]:
    try:
        ExceptionGroup(*args)
    except Exception as e:
        print(type(e).__name__, e)


class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message.upper(), excs)


try:
    MyEG("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
meg = MyEG("mine", [ValueError(1), TypeError(2)])
meg.add_note('note1')
meg.__cause__ = RuntimeError('c')
a, b = meg.split(ValueError)
print(type(a).__name__, repr(a), a.__notes__, a.__notes__ is meg.__notes__, a.__cause__, a.__suppress_context__)
print(type(b).__name__, repr(b))
t = ExceptionGroup('t', (ValueError(),))
print(t.args, t.exceptions is t.args[1], ExceptionGroup[int], BaseExceptionGroup[str])

try:
    try:
        raise eg
    except* ValueError as e:
        print('caught V', repr(e))
    except* TypeError as e:
        print('caught T', repr(e))
except* KeyError as e:
    print('outer K', repr(e))


def wraps_plain():
    try:
        raise ValueError('plain')
    except* ValueError as e:
        print('wrapped', repr(e), e.exceptions[0].__traceback__ is not None)


wraps_plain()
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError('new')
except ExceptionGroup as e:
    print(repr(e), repr(e.exceptions[0].__context__))
for bad in [ExceptionGroup, (ValueError, BaseExceptionGroup), int]:
    try:
        try:
            raise ValueError
        except* bad:
            pass
    except TypeError as e:
        print('TypeError', e)

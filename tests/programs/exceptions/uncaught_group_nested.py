# An uncaught exception group whose members carry chained exceptions, a
# nested group and a note: CPython prints each member behind `| ` margins.
def f():
    try:
        raise ValueError('inner')
    except ValueError as e:
        raise TypeError('outer') from e
excs = []
try:
    f()
except TypeError as e:
    excs.append(e)
try:
    raise KeyError('ctx')
except KeyError:
    try:
        raise ExceptionGroup('nested', [OSError('os'), ExceptionGroup('deep', [ZeroDivisionError('z')])])
    except ExceptionGroup as g:
        excs.append(g)
e = RuntimeError('noted')
e.add_note('note 1')
excs.append(e)
raise ExceptionGroup('top', excs)

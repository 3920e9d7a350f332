"""pvm's `gc` module, written for pvm in Python.

pvm's objects live on the host's garbage-collected heap, which finds cycles
itself and cannot be driven from Python: collect() returns 0 (nothing found),
enable/disable/isenabled and the thresholds are kept as state only, and
callbacks and garbage stay empty lists. get_objects, get_referrers and
get_referents cannot be answered and raise NotImplementedError.
"""

# Functions CPython writes in C: they show as built-ins (<built-in function name>).
__c_functions__ = ('collect', 'enable', 'disable', 'isenabled', 'get_count',
                   'get_threshold', 'set_threshold', 'get_debug', 'set_debug',
                   'is_tracked', 'is_finalized', 'freeze', 'unfreeze',
                   'get_freeze_count', 'get_stats')


__all__ = ['collect', 'enable', 'disable', 'isenabled', 'get_count', 'get_threshold',
           'set_threshold', 'get_debug', 'set_debug', 'is_tracked', 'is_finalized',
           'freeze', 'unfreeze', 'get_freeze_count', 'get_stats', 'garbage', 'callbacks']

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = 38

garbage = []
callbacks = []
_state = {'enabled': True, 'threshold': (700, 10, 10), 'debug': 0}


def collect(generation=2):
    if not isinstance(generation, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(generation).__name__)
    if not 0 <= generation <= 2:
        raise ValueError('invalid generation')
    return 0


def enable():
    _state['enabled'] = True


def disable():
    _state['enabled'] = False


def isenabled():
    return _state['enabled']


def get_count():
    return (0, 0, 0)


def get_threshold():
    return _state['threshold']


def set_threshold(threshold0, threshold1=None, threshold2=None):
    old = _state['threshold']
    _state['threshold'] = (threshold0,
                           old[1] if threshold1 is None else threshold1,
                           old[2] if threshold2 is None else threshold2)


def get_debug():
    return _state['debug']


def set_debug(flags):
    _state['debug'] = flags


_ATOMS = (int, float, complex, str, bytes, type(None), bool)


def is_tracked(obj):
    # CPython tracks containers and instances, not atoms such as ints and strs,
    # and a dict only once it holds something that is tracked.
    if isinstance(obj, _ATOMS) or type(obj) is object:
        return False
    if type(obj) is dict:
        return any(is_tracked(k) or is_tracked(v) for k, v in obj.items())
    return True


def is_finalized(obj):
    return False


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return 0


def get_stats():
    return [{'collections': 0, 'collected': 0, 'uncollectable': 0} for _ in range(3)]


def _unsupported(name):
    def function(*args):
        raise NotImplementedError('gc.%s() is not supported by pvm (the host heap cannot be walked)' % name)
    function.__name__ = name
    return function


get_objects = _unsupported('get_objects')
get_referrers = _unsupported('get_referrers')
get_referents = _unsupported('get_referents')

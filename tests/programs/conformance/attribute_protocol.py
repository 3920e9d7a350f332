# Attribute lookup: __getattr__ as fallback (also after a property raises
# AttributeError), __getattribute__ overrides, __setattr__/__delattr__,
# getattr/hasattr/setattr/delattr and AttributeError messages.
class Lazy:
    def __init__(self):
        self.real = 'real value'

    @property
    def broken(self):
        raise AttributeError('broken property')

    @property
    def fine(self):
        return 'fine'

    def __getattr__(self, name):
        if name.startswith('x_'):
            return f'computed {name}'
        raise AttributeError(f'{type(self).__name__!r} has no {name!r}')


o = Lazy()
print(o.real, o.fine, o.x_abc, o.broken if hasattr(o, 'broken') else 'no broken')
try:
    o.missing
except AttributeError as e:
    print('AttributeError:', e)
print(getattr(o, 'x_y'), getattr(o, 'nope', 'default'), hasattr(o, 'x_z'), hasattr(o, 'zzz'))


class Recorder:
    def __init__(self):
        object.__setattr__(self, 'log', [])

    def __setattr__(self, name, value):
        self.log.append(('set', name))
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self.log.append(('del', name))
        object.__delattr__(self, name)


r = Recorder()
r.a = 1
setattr(r, 'b', 2)
del r.a
delattr(r, 'b')
print(r.log, vars(r))
try:
    del r.zz
except AttributeError as e:
    print('AttributeError:', e)


class Upper:
    def __getattribute__(self, name):
        if name == 'secret':
            raise AttributeError('hidden')
        return object.__getattribute__(self, name).upper() if name == 'word' else object.__getattribute__(self, name)

    def __getattr__(self, name):
        return 'fallback:' + name

    def __init__(self):
        self.word = 'quiet'


u = Upper()
print(u.word, u.secret, u.other)


class Plain:
    pass


p = Plain()
for attempt in ['p.nothing', 'Plain.nothing', 'p.__dict__["x"]', '(5).foo', 'None.bar', '"s".lenght']:
    try:
        eval(attempt)
    except (AttributeError, KeyError) as e:
        print(type(e).__name__ + ':', e)
print(getattr(Plain, '__name__'), getattr(5, 'real'), getattr([], 'append').__name__)
try:
    getattr(p, 5)
except TypeError as e:
    print('TypeError:', e)

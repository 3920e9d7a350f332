# One attribute access site run many times while the classes and objects
# behind it change: every answer must be what a fresh lookup gives (pvm's
# inline caches key on type versions, shapes and the class of found objects).


class Marker:
    def __init__(self, tag):
        self.tag = tag

    def __repr__(self):
        return f'Marker({self.tag})'


class Config:
    LIMIT = 10
    DEFAULT = Marker('default')
    names = ('a', 'b')

    def method(self):
        return 'method'

    @classmethod
    def make(cls):
        return cls.__name__

    @staticmethod
    def helper(x):
        return x * 2

    @property
    def prop(self):
        return 'prop'


def read_class(cls):
    return (cls.LIMIT, cls.DEFAULT, cls.names, cls.make(), cls.helper(3), cls.method.__name__)


def read_inst(obj):
    return (obj.LIMIT, obj.DEFAULT, obj.make(), obj.helper(4), obj.prop, obj.method())


c = Config()
for step in range(8):
    if step == 1:
        Config.LIMIT = 20
    elif step == 2:
        c.LIMIT = 'own'
        c.DEFAULT = 'own default'
    elif step == 3:
        del c.LIMIT
        del c.DEFAULT
    elif step == 4:
        # The found object's class gains __get__: it becomes a descriptor.
        Marker.__get__ = lambda self, obj, owner: f'got {self.tag} via {owner.__name__}'
    elif step == 5:
        del Marker.__get__
    elif step == 6:
        Config.make = classmethod(lambda cls: 'replaced ' + cls.__name__)
        Config.helper = staticmethod(lambda x: -x)
    elif step == 7:
        class Other:
            def __repr__(self):
                return 'Other()'
        Config.DEFAULT.__class__ = Other
    print(step, read_class(Config), read_inst(c)[:5], read_inst(c)[5])


# Subclasses seen at one site (more kinds than a small cache holds).
class Base:
    kind = 'base'

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


subclasses = [type(f'S{i}', (Base,), {'kind': f's{i}'}) for i in range(12)]
objs = [cls(i) for i, cls in enumerate(subclasses)] + [Base(-1)]
for rnd in range(3):
    total = 0
    kinds = []
    for o in objs:
        total += o.v + o.get()
        kinds.append(o.kind)
    print(rnd, total, ''.join(k[-1] for k in kinds))
    subclasses[rnd].kind = 'changed'
    objs[rnd].v = 100


# Class attribute that a metaclass's data descriptor overrides.
class Meta(type):
    @property
    def special(cls):
        return 'from meta'


class WithMeta(metaclass=Meta):
    special = 'from class'
    plain = 'plain'


for _ in range(3):
    print(WithMeta.special, WithMeta.plain, WithMeta().special)


# type's own data descriptors win over the class namespace.
class Named:
    pass


for _ in range(2):
    print(Named.__name__, Named.__qualname__, Named.__module__)
Named.__name__ = 'Renamed'
print(Named.__name__)


# __slots__ members at one site, across deletion and other classes.
class Slotted:
    __slots__ = ('x', 'y')

    def __init__(self):
        self.x = 1


s = Slotted()
for step in range(4):
    try:
        print(step, s.x, s.y)
    except AttributeError as e:
        print(step, 'AttributeError:', e)
    if step == 0:
        s.y = 2
    elif step == 1:
        del s.x
    elif step == 2:
        s.x = 3


# Methods shadowed by instance attributes after the site has been cached.
class Greeter:
    def hello(self):
        return 'hello'


g = Greeter()
out = []
for step in range(4):
    if step == 2:
        g.hello = lambda: 'instance hello'
    if step == 3:
        del g.hello
    out.append(g.hello())
print(out)

# str/int methods at one site while other types pass through it.
vals = ['ab', 'CD', 3, 2.5, True, 'x']
print([v.__class__.__name__ for v in vals], [v.upper() if isinstance(v, str) else v.__add__(1) for v in vals])

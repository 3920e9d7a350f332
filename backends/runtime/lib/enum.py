"""pvm's implementation of the `enum` module, written in Python.

EnumType (alias EnumMeta) with Enum, IntEnum, StrEnum, ReprEnum, Flag and
IntFlag; auto, unique, member aliases, tuple values passed to __init__,
_missing_, _generate_next_value_, the functional API and CPython 3.11's
reprs, str()/format() rules and error messages. Flag boundaries (STRICT by
default, KEEP for IntFlag, CONFORM, EJECT), member/nonmember and verify
with the EnumCheck constraints, enum.property and global_enum.
"""

import sys as _sys
from types import DynamicClassAttribute as _DynamicClassAttribute

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'verify', 'member', 'nonmember', 'FlagBoundary',
           'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS',
           'UNIQUE', 'property', 'global_enum', 'global_enum_repr', 'global_str',
           'global_flag_repr']


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1:2] != '_' and name[-2:-1] != '_')


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


_auto_null = object()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    """Makes its value a member even when it is a descriptor (a function)."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps its value out of the members: a plain class attribute."""

    def __init__(self, value):
        self.value = value


class _EnumDict(dict):
    """The class namespace of an enum body: records member names in order."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._cls_name = None
        self._generate_next_value = None
        self._ignore = []

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key == '_ignore_':
                names = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
                clashing = set(names) & set(self._member_names)
                if clashing:
                    raise ValueError('_ignore_ cannot specify already set names: %r'
                                     % (clashing,))
                self._ignore = names
            elif key == '_generate_next_value_':
                self._generate_next_value = value
                if isinstance(value, staticmethod):
                    self._generate_next_value = value.__func__
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value) and not isinstance(value, member):
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = self._generate_next_value(
                        key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                items = []
                for v in value:
                    if isinstance(v, auto):
                        if v.value is _auto_null:
                            v.value = self._generate_next_value(
                                key, 1, len(self._member_names), self._last_values[:])
                        v = v.value
                    items.append(v)
                value = tuple(items)
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)


class _MappingProxy(dict):
    """A read-only copy shown as CPython shows mappingproxy objects."""

    def __repr__(self):
        return 'mappingproxy(%s)' % dict.__repr__(self)

    __str__ = dict.__repr__

    def _readonly(self, *args, **kwargs):
        raise TypeError("'mappingproxy' object does not support item assignment")

    __setitem__ = __delitem__ = _readonly
    pop = popitem = setdefault = update = clear = _readonly


def _find_data_type(bases):
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            if '__new__' in base.__dict__ or '__init__' in base.__dict__:
                return base
    return object


class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        first_enum = bases[-1] if bases else None
        if first_enum is not None and isinstance(first_enum, EnumType):
            enum_dict._generate_next_value = first_enum._generate_next_value_
        else:
            enum_dict._generate_next_value = Enum._generate_next_value_ if Enum is not None else None
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_names = list(getattr(classdict, '_member_names', {}))
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('<enum %r> cannot extend %r' % (cls, base))
        members = {name: classdict[name] for name in member_names}
        namespace = dict(classdict)
        for name in member_names:
            del namespace[name]
        namespace.pop('_order_', None)
        # Names listed in _ignore_ (and _ignore_ itself) vanish from the class.
        for name in getattr(classdict, '_ignore', ()):
            namespace.pop(name, None)
        namespace.pop('_ignore_', None)
        member_type = _find_data_type(bases)
        enum_new = namespace.get('__new__')
        if Enum is not None and enum_new is not None:
            # A __new__ in an enum body builds members; calling the class
            # looks values up with Enum.__new__ (set below).
            namespace['__new_member__'] = enum_new
            del namespace['__new__']
        namespace['_new_member_'] = None
        namespace['_member_names_'] = []
        namespace['_member_map_'] = {}
        namespace['_value2member_map_'] = {}
        namespace['_unhashable_values_'] = []
        namespace['_member_type_'] = member_type
        if boundary is not None:
            namespace['_boundary_'] = boundary
        if _generate := getattr(classdict, '_generate_next_value', None):
            namespace['_generate_next_value_'] = staticmethod(_generate)
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        new_member = enum_class.__dict__.get('__new_member__')
        if new_member is None:
            for base in enum_class.__mro__[1:]:
                new_member = base.__dict__.get('__new_member__')
                if new_member is not None:
                    break
        if new_member is None:
            new_member = member_type.__new__
        type.__setattr__(enum_class, '_new_member_', new_member)
        first_enum = bases[-1] if bases and isinstance(bases[-1], EnumType) else None
        if first_enum is not None:
            # A data type's methods must not hide Enum's just because the data
            # type comes first in the MRO (class N(int, Enum)).
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name not in classdict:
                    found = getattr(enum_class, name)
                    if found in (getattr(member_type, name), getattr(object, name)):
                        type.__setattr__(enum_class, name, getattr(first_enum, name))
        if ReprEnum is not None and ReprEnum in bases:
            # ReprEnum's data types show their value in str() and format().
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e.'
                                ' int, str, float, etc.)')
            if '__format__' not in classdict:
                type.__setattr__(enum_class, '__format__', member_type.__format__)
            if '__str__' not in classdict:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', method)
        if Flag is not None and issubclass(enum_class, Flag):
            # IntFlag's int base would otherwise supply |, & and ^ on ints.
            for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                       '__invert__'):
                if op not in classdict:
                    type.__setattr__(enum_class, op, Flag.__dict__[op])
        if Enum is not None:
            # Calling the class looks a value up; __new_member__ made the members.
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag:
            for name in ('_flag_mask_', '_singles_mask_', '_all_bits_'):
                type.__setattr__(enum_class, name, 0)
        for index, name in enumerate(member_names):
            enum_class._add_member_(name, members[name], index)
        if is_flag:
            values = [m._value_ for m in enum_class]
            if values != sorted(values):
                type.__setattr__(enum_class, '_iter_member_', enum_class._iter_member_by_def_)
        return enum_class

    def _add_member_(cls, name, value, index):
        member_type = cls._member_type_
        if not isinstance(value, tuple):
            args = (value,)
        else:
            args = value
        if member_type is tuple:
            args = (args,)
        new_member = cls._new_member_
        if member_type is object and new_member is object.__new__:
            member = object.__new__(cls)
        else:
            member = new_member(cls, *args)
        if not hasattr(member, '_value_'):
            if member_type is object:
                member._value_ = value
            else:
                try:
                    member._value_ = member_type(*args)
                except Exception:
                    member._value_ = value
        value = member._value_
        member._name_ = name
        member.__objclass__ = cls
        member._sort_order_ = index
        member.__init__(*args)
        for canonical in cls._member_map_.values():
            if canonical._value_ == value:
                member = canonical
                break
        else:
            if Flag is not None and issubclass(cls, Flag) and isinstance(value, int):
                # 3.11 lists only single-bit members; multi-bit ones are aliases.
                if value and value & (value - 1) == 0:
                    cls._member_names_.append(name)
                    type.__setattr__(cls, '_singles_mask_', cls._singles_mask_ | value)
                type.__setattr__(cls, '_flag_mask_', cls._flag_mask_ | value)
                type.__setattr__(cls, '_all_bits_', 2 ** (cls._flag_mask_.bit_length()) - 1)
            else:
                cls._member_names_.append(name)
        cls._member_map_[name] = member
        # A member named like a base's descriptor (name, value, a property)
        # is reached through an enum.property with that descriptor's
        # functions: the class gives the member, its members the attribute.
        found = None
        for base in cls.__mro__[1:]:
            descriptor = base.__dict__.get(name)
            if descriptor is None:
                continue
            if isinstance(descriptor, _DynamicClassAttribute):
                found = descriptor
                break
            if hasattr(descriptor, 'fget') and hasattr(descriptor, 'fset') and hasattr(descriptor, 'fdel'):
                found = descriptor
        if found is not None:
            redirect = property()
            redirect.__set_name__(cls, name)
            redirect.fget, redirect.fset, redirect.fdel = found.fget, found.fset, found.fdel
            type.__setattr__(cls, name, redirect)
        else:
            type.__setattr__(cls, name, member)
        try:
            cls._value2member_map_.setdefault(value, member)
        except TypeError:
            cls._unhashable_values_.append(value)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if hasattr(names, 'items'):
            names = list(names.items())
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            getframe = getattr(_sys, '_getframe', None)
            if getframe is not None:
                module = getframe(2).f_globals.get('__name__')
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getattr__(cls, name):
        # CPython 3.11 reaches members through here too: a missing name
        # raises AttributeError(name).
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType
Enum = None
ReprEnum = None
Flag = None


class property(_DynamicClassAttribute):
    """An attribute that reads differently through a member (the function's
    value) and through the enum class (the member of that name, if any)."""

    def __get__(self, instance, ownerclass=None):
        if instance is None or self.fget is None:
            try:
                return ownerclass._member_map_[self.name]
            except KeyError:
                raise AttributeError('%r has no attribute %r' % (ownerclass, self.name)) from None
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))
        return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r" % (self.clsname, self.name))
        return self.fdel(instance)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        try:
            if isinstance(result, cls):
                return result
            if (Flag is not None and issubclass(cls, Flag)
                    and cls._boundary_ == 'eject' and isinstance(result, int)):
                return result
            ve_exc = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
            if result is None and exc is None:
                raise ve_exc
            elif exc is None:
                exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                                % (cls.__name__, result))
            if not isinstance(exc, ValueError):
                exc.__context__ = ve_exc
            raise exc
        finally:
            exc = None
            ve_exc = None

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for last_value in reversed(last_values):
            try:
                return last_value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __dir__(self):
        names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'}
        for cls in type(self).mro():
            if cls is Enum or cls is object:
                break
            for name, value in cls.__dict__.items():
                if not name.startswith('_') and name not in self._member_map_:
                    names.add(name)
        names.update(k for k in getattr(self, '__dict__', {}) if not k.startswith('_'))
        return sorted(names)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


Enum._value_repr_ = None


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values, ))
        if len(values) == 1:
            if not isinstance(values[0], str):
                raise TypeError('%r is not a string' % (values[0], ))
        if len(values) >= 2:
            if not isinstance(values[1], str):
                raise TypeError('encoding must be a string, not %r' % (values[1], ))
        if len(values) == 3:
            if not isinstance(values[2], str):
                raise TypeError('errors must be a string, not %r' % (values[2]))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """What a Flag does with a value holding bits none of its members has."""

    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class EnumCheck(StrEnum):
    """The constraints verify() checks."""

    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


def _iter_bits_lsb(num):
    while num:
        b = num & (~num + 1)
        yield b
        num ^= b


class Flag(Enum, boundary=STRICT):
    """Support for flags."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for val in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(val)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if cls._boundary_ == 'strict':
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s' % (
                    cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits)))
            if cls._boundary_ == 'conform':
                value = value & flag_mask
            elif cls._boundary_ == 'eject':
                return value
            elif value < 0:
                value = max(all_bits + 1, 2 ** (value.bit_length())) + value
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo_member, '_value_'):
            pseudo_member._value_ = value
        if member_value or aliases:
            members = []
            combined_value = 0
            for m in cls._iter_member_(member_value):
                members.append(m)
                combined_value |= m._value_
            if aliases:
                value = member_value | aliases
                for pm in cls._member_map_.values():
                    if pm not in members and pm._value_ and pm._value_ & value == pm._value_:
                        members.append(pm)
                        combined_value |= pm._value_
            unknown = value ^ combined_value
            pseudo_member._name_ = '|'.join([m._name_ for m in members])
            if not combined_value:
                pseudo_member._name_ = None
            elif unknown and cls._boundary_ == 'strict':
                raise ValueError('%r: no members with value %r' % (cls, unknown))
            elif unknown:
                pseudo_member._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo_member._name_ = None
        pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, v_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return None

    def __or__(self, other):
        other = self._other_value(other)
        if other is None:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._other_value(other)
        if other is None:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._other_value(other)
        if other is None:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._boundary_ == 'keep':
            return self.__class__(~self._value_)
        return self.__class__(self._singles_mask_ & ~self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags."""


def _bin(num, max_bits=None):
    ceiling = 2 ** (num).bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None:
        if len(digits) < max_bits:
            digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(['%s -> %s' % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


class verify:
    """Class decorator checking an enumeration against EnumCheck constraints."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        is_flag = Flag is not None and issubclass(enumeration, Flag)
        for check in self.checks:
            if check is UNIQUE:
                aliases = [(name, m.name) for name, m in enumeration.__members__.items()
                           if name != m.name]
                if aliases:
                    raise ValueError('aliases found in %r: %s' % (
                        enumeration, ', '.join('%s -> %s' % pair for pair in aliases)))
            elif check is CONTINUOUS:
                values = {m.value for m in enumeration}
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if is_flag:
                    kind = 'flag'
                    missing = [2 ** i for i in range(low.bit_length(), high.bit_length() - 1)
                               if 2 ** i not in values]
                else:
                    kind = 'enum'
                    missing = [v for v in range(low + 1, high) if v not in values]
                if missing:
                    raise ValueError(('invalid %s %r: missing values %s' % (
                        kind, cls_name, ', '.join(str(v) for v in missing)))[:256])
            elif check is NAMED_FLAGS:
                named = {m.value for m in enumeration}
                missing_names = []
                missing_bits = 0
                for name, m in enumeration.__members__.items():
                    if name in enumeration._member_names_ or m.value < 0:
                        continue
                    unnamed = [bit for bit in _iter_bits_lsb(m.value) if bit not in named]
                    if unnamed:
                        missing_names.append(name)
                        for bit in unnamed:
                            missing_bits |= bit
                if missing_names:
                    if len(missing_names) == 1:
                        which = 'alias %s is missing' % missing_names[0]
                    else:
                        which = 'aliases %s and %s are missing' % (
                            ', '.join(missing_names[:-1]), missing_names[-1])
                    if missing_bits & (missing_bits - 1) == 0:
                        what = 'value 0x%x' % missing_bits
                    else:
                        what = 'combined values of 0x%x' % missing_bits
                    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for'
                                     ' details]' % (cls_name, which, what))
        return enumeration


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


def global_enum_repr(self):
    """repr() of a member of a global_enum class: module.NAME."""
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def _single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


def global_flag_repr(self):
    """repr() of a member of a global_enum Flag: module.A|module.B."""
    module = self.__class__.__module__.split('.')[-1]
    if self._name_ is None:
        return '%s.%s(%r)' % (module, self.__class__.__name__, self._value_)
    # The member itself goes through the bit test, as in CPython 3.11: a
    # plain Flag's multi-member value fails there with a TypeError.
    if _single_bit(self):
        return '%s.%s' % (module, self._name_)
    keep = self._boundary_ is FlagBoundary.KEEP
    return '|'.join(part if keep and part[0].isdigit() else '%s.%s' % (module, part)
                    for part in self._name_.split('|'))


def global_str(self):
    """str() of a member of a global_enum class: its bare name."""
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Decorator: the members become globals of the class's module, and their
    repr() (and str(), unless a ReprEnum) names them as such."""
    cls.__repr__ = global_flag_repr if issubclass(cls, Flag) else global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    _sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls

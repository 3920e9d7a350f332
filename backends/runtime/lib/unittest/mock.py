"""pvm's implementation of `unittest.mock`, written in Python.

Mock and MagicMock (children made on attribute access, return_value,
side_effect as an exception, an iterable or a callable, wraps, spec and
spec_set, call recording in call_args/call_args_list/mock_calls/
method_calls, the assert_* methods with CPython's messages, reset_mock,
configure_mock, attach_mock), NonCallableMock/NonCallableMagicMock,
PropertyMock, MagicMock's configured magic methods (mock.__int__,
__float__, __complex__, __reversed__ and __fspath__ are plain methods: pvm's
conversions call only functions), call and _Call, ANY,
DEFAULT, sentinel, patch (decorator, context manager, start/stop;
patch.object, patch.dict, patch.multiple) and mock_open. Not provided:
autospec (create_autospec), seal, AsyncMock.
"""

import builtins
import sys as _sys
from functools import wraps as _wraps

__all__ = ['Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call',
           'NonCallableMock', 'NonCallableMagicMock', 'mock_open', 'PropertyMock']


class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name


class _Sentinel:
    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING


class _ANY:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return '<ANY>'

    __hash__ = object.__hash__


ANY = _ANY()


def _format_call(name, args, kwargs):
    parts = [repr(a) for a in args] + ['%s=%r' % item for item in kwargs.items()]
    return '%s(%s)' % (name, ', '.join(parts))


class _Call(tuple):
    """A recorded call: (name, args, kwargs), comparing as CPython's call objects."""

    def __new__(cls, value=(), name=_missing, parent=None, two=False, from_kall=True):
        if len(value) == 3:
            name, args, kwargs = value
        elif len(value) == 2:
            args, kwargs = value
        else:
            args, kwargs = (), {}
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=_missing, parent=None, two=False, from_kall=True):
        # The root `call` object alone has the name None.
        self._mock_name = name if name is not _missing else (value[0] if len(value) == 3 else '')
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def _parts(self):
        if len(self) == 2:
            return '', self[0], self[1]
        return self[0], self[1], self[2]

    def __eq__(self, other):
        if other is ANY:
            return True
        try:
            len_other = len(other)
        except TypeError:
            return NotImplemented
        name, args, kwargs = self._parts()
        if len_other == 3:
            other_name, other_args, other_kwargs = other
        elif len_other == 2:
            first, second = other
            if isinstance(first, str):
                other_name, other_args, other_kwargs = first, (), {}
                if isinstance(second, tuple):
                    other_args = second
                else:
                    other_kwargs = second
            else:
                other_name, other_args, other_kwargs = '', first, second
        elif len_other == 1:
            (only,) = other
            other_name, other_args, other_kwargs = '', (), {}
            if isinstance(only, str):
                other_name = only
            elif isinstance(only, tuple):
                other_args = only
            else:
                other_kwargs = only
        elif len_other == 0:
            other_name, other_args, other_kwargs = '', (), {}
        else:
            return False
        if len(self) == 3 and len_other == 3 and name != other_name:
            return False
        return (other_args, other_kwargs) == (args, kwargs)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def __call__(self, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        return _Call((self._mock_name, args, kwargs), name=self._mock_name, parent=self)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name='%s.%s' % (self._mock_name, attr), parent=self, from_kall=False)

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def call_list(self):
        return _CallList([self])

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            return name if name.startswith('call') else 'call.' + name
        name, args, kwargs = self._parts()
        if len(self) == 2:
            name = 'call'
        elif not name:
            name = 'call'
        elif not name.startswith('()'):
            name = 'call.' + name
        else:
            name = 'call' + name
        return _format_call(name, args, kwargs)


call = _Call(from_kall=False, name=None)


class _CallList(list):
    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        return any(self[i:i + n] == value for i in range(len(self) - n + 1))

    def __repr__(self):
        return repr(list(self))


_MAGIC_DEFAULTS = {
    '__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented,
    '__ge__': NotImplemented, '__int__': 1, '__contains__': False, '__len__': 0,
    '__exit__': False, '__complex__': 1j, '__float__': 1.0, '__bool__': True,
    '__index__': 1, '__round__': 0, '__trunc__': 0, '__floor__': 0, '__ceil__': 0,
    '__sizeof__': 0,
}
_MAGIC_CHILDREN = ('__getitem__', '__setitem__', '__delitem__', '__enter__', '__exit__',
                   '__iter__', '__len__', '__contains__', '__int__', '__float__', '__complex__',
                   '__bool__', '__index__', '__lt__', '__gt__', '__le__', '__ge__', '__round__',
                   '__trunc__', '__floor__', '__ceil__', '__next__', '__reversed__',
                   '__add__', '__sub__', '__mul__', '__truediv__', '__floordiv__', '__mod__',
                   '__pow__', '__and__', '__or__', '__xor__', '__lshift__', '__rshift__',
                   '__neg__', '__pos__', '__abs__', '__invert__', '__sizeof__', '__fspath__',
                   '__str__')


class _MagicProxy:
    """A magic method of a MagicMock: a child mock made at first use."""

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj._magic_child(self.name)


class NonCallableMock:
    """A mock object: any attribute is a child mock, recorded calls can be asserted."""

    def __new__(cls, *args, **kwargs):
        # Each mock gets a class of its own, so magic methods set on it stay its own.
        klass = type(cls.__name__, (cls,), {'__doc__': cls.__doc__, '__module__': cls.__module__})
        return object.__new__(klass)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _new_name='', _new_parent=None, **kwargs):
        setattr_ = object.__setattr__
        if spec_set is not None:
            spec = spec_set
        setattr_(self, '_mock_parent', parent)
        setattr_(self, '_mock_name', name)
        setattr_(self, '_mock_new_name', _new_name)
        setattr_(self, '_mock_new_parent', _new_parent if _new_parent is not None else parent)
        setattr_(self, '_mock_children', {})
        setattr_(self, '_mock_wraps', wraps)
        setattr_(self, '_mock_return_value', DEFAULT)
        setattr_(self, '_mock_side_effect', None)
        setattr_(self, '_spec_set', spec_set is not None)
        setattr_(self, '_spec_names', None)
        setattr_(self, '_spec_class', None)
        setattr_(self, 'method_calls', _CallList())
        setattr_(self, 'mock_calls', _CallList())
        setattr_(self, 'call_args_list', _CallList())
        setattr_(self, 'call_count', 0)
        setattr_(self, 'called', False)
        setattr_(self, 'call_args', None)
        if spec is not None:
            self._mock_add_spec(spec)
        self.configure_mock(**kwargs)

    def _mock_add_spec(self, spec):
        if isinstance(spec, (list, tuple)) and all(isinstance(s, str) for s in spec):
            names, klass = set(spec), None
        else:
            names = set(dir(spec))
            klass = spec if isinstance(spec, type) else type(spec)
        object.__setattr__(self, '_spec_names', names)
        object.__setattr__(self, '_spec_class', klass)

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec)
        object.__setattr__(self, '_spec_set', spec_set)

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    def _full_name(self):
        names = []
        mock = self
        while mock._mock_new_parent is not None:
            names.append(mock._mock_new_name)
            mock = mock._mock_new_parent
        names.append(mock._mock_name or 'mock')
        names.reverse()
        text = names[0]
        for part in names[1:]:
            text += part if part.startswith('()') else '.' + part
        return text

    def __repr__(self):
        name = self._full_name()
        spec = ''
        if self._spec_class is not None:
            spec = " spec%s=%r" % ('_set' if self._spec_set else '', self._spec_class.__name__)
        return "<%s%s%s id='%s'>" % (type(self).__name__,
                                     " name=%r" % name if name != 'mock' else '', spec, id(self))

    def _child_type(self):
        for klass in type(self).__mro__:
            if klass in (MagicMock, Mock, NonCallableMagicMock, NonCallableMock):
                if klass is NonCallableMagicMock:
                    return MagicMock
                if klass is NonCallableMock:
                    return Mock
                return klass
        return Mock

    def __getattr__(self, name):
        if name.startswith('_mock_') or name in ('_spec_names', '_spec_class', '_spec_set'):
            raise AttributeError(name)
        if self._spec_names is not None:
            if name not in self._spec_names:
                raise AttributeError('Mock object has no attribute %r' % name)
        elif name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')):
            raise AttributeError('%r is not a valid assertion. Use a spec for the mock if %r is '
                                 'meant to be an attribute.' % (name, name))
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        children = self._mock_children
        child = children.get(name, _missing)
        if child is _missing:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            child = self._child_type()(parent=self, name=name, wraps=wraps, _new_name=name,
                                       _new_parent=self)
            children[name] = child
        elif child is _deleted:
            raise AttributeError(name)
        return child

    def __setattr__(self, name, value):
        if self._spec_set and self._spec_names is not None and name not in self._spec_names \
                and name not in type(self).__dict__ and not name.startswith('_mock_'):
            raise AttributeError('Mock object has no attribute %r' % name)
        if name in _MAGIC_CHILDREN and name not in ('return_value', 'side_effect'):
            if not isinstance(value, NonCallableMock):
                setattr(type(self), name, value)
                return
            self._mock_children[name] = value
            setattr(type(self), name, _MagicProxy(name))
            return
        if name in ('return_value', 'side_effect'):
            object.__setattr__(self, name, value)
            return
        if isinstance(value, NonCallableMock) and value._mock_parent is None \
                and value._mock_new_parent is None and value._mock_name is None \
                and not self._descends_from(value):
            object.__setattr__(value, '_mock_parent', self)
            object.__setattr__(value, '_mock_new_parent', self)
            object.__setattr__(value, '_mock_new_name', name)
            self._mock_children[name] = value
            return
        if name in self._mock_children and not isinstance(getattr(type(self), name, None), property):
            self._mock_children[name] = value
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in self.__dict__:
            object.__delattr__(self, name)
        if self._mock_children.get(name) is _deleted:
            raise AttributeError(name)
        self._mock_children[name] = _deleted

    def __dir__(self):
        names = set(object.__dir__(self)) | set(self._mock_children)
        return sorted(n for n in names if not n.startswith('_mock_'))

    def _get_return_value(self):
        value = self._mock_return_value
        if value is DEFAULT:
            if self._mock_wraps is not None:
                return DEFAULT
            value = self._child_type()(_new_name='()', _new_parent=self)
            object.__setattr__(self, '_mock_return_value', value)
        return value

    def _set_return_value(self, value):
        if isinstance(value, NonCallableMock) and value._mock_new_parent is None \
                and not self._descends_from(value):
            object.__setattr__(value, '_mock_new_parent', self)
            object.__setattr__(value, '_mock_new_name', '()')
        object.__setattr__(self, '_mock_return_value', value)

    return_value = property(_get_return_value, _set_return_value)

    def _descends_from(self, ancestor):
        """Whether ancestor is self or above it: adopting it would make a cycle."""
        mock = self
        while mock is not None:
            if mock is ancestor:
                return True
            mock = mock._mock_new_parent
        return False

    def _get_side_effect(self):
        return self._mock_side_effect

    def _set_side_effect(self, value):
        if value is not None and not callable(value) and not isinstance(value, BaseException):
            try:
                value = iter(value)
            except TypeError:
                pass
        object.__setattr__(self, '_mock_side_effect', value)

    side_effect = property(_get_side_effect, _set_side_effect)

    def configure_mock(self, **kwargs):
        for path, value in sorted(kwargs.items(), key=lambda item: item[0].count('.')):
            target = self
            *parents, last = path.split('.')
            for part in parents:
                target = getattr(target, part)
            setattr(target, last, value)

    def attach_mock(self, mock, attribute):
        object.__setattr__(mock, '_mock_parent', None)
        object.__setattr__(mock, '_mock_new_parent', None)
        object.__setattr__(mock, '_mock_name', None)
        setattr(self, attribute, mock)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        object.__setattr__(self, 'called', False)
        object.__setattr__(self, 'call_args', None)
        object.__setattr__(self, 'call_count', 0)
        object.__setattr__(self, 'mock_calls', _CallList())
        object.__setattr__(self, 'call_args_list', _CallList())
        object.__setattr__(self, 'method_calls', _CallList())
        if return_value:
            object.__setattr__(self, '_mock_return_value', DEFAULT)
        if side_effect:
            object.__setattr__(self, '_mock_side_effect', None)
        for child in list(self._mock_children.values()):
            if isinstance(child, NonCallableMock) and child is not self:
                child.reset_mock(return_value=return_value, side_effect=side_effect)
        value = self._mock_return_value
        if isinstance(value, NonCallableMock) and value is not self:
            value.reset_mock()

    # ---- assertions

    def _call_name(self):
        return self._mock_name or self._mock_new_name or 'mock'

    def _describe(self, kall):
        return _format_call(self._call_name(), kall.args, kall.kwargs)

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % (self._mock_name or 'mock'))

    def assert_called_once(self):
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))

    def _calls_repr(self):
        if not self.mock_calls:
            return ''
        return '\nCalls: %r.' % (self.mock_calls,)

    def assert_called_with(self, *args, **kwargs):
        expected = _format_call(self._call_name(), args, kwargs)
        if self.call_args is None:
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: not called.'
                                 % expected)
        if self.call_args != _Call((args, kwargs), two=True):
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: %s'
                                 % (expected, self._describe(self.call_args)))

    def assert_called_once_with(self, *args, **kwargs):
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
        self.assert_called_with(*args, **kwargs)

    def assert_any_call(self, *args, **kwargs):
        expected = _Call((args, kwargs), two=True)
        if expected not in self.call_args_list:
            raise AssertionError('%s call not found' % _format_call(self._call_name(), args, kwargs))

    def assert_has_calls(self, calls, any_order=False):
        expected = _CallList(calls)
        actual = self.mock_calls
        if not any_order:
            if expected not in actual:
                raise AssertionError('Calls not found.\nExpected: %r\n  Actual: %r'
                                     % (expected, actual))
            return
        remaining = list(actual)
        missing = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                missing.append(kall)
        if missing:
            raise AssertionError('%r does not contain all of %r in its call list, found %r instead'
                                 % (self._mock_name or 'mock', tuple(missing), actual))

    # ---- calls

    def _record(self, args, kwargs):
        object.__setattr__(self, 'called', True)
        object.__setattr__(self, 'call_count', self.call_count + 1)
        this_call = _Call((args, kwargs), two=True)
        object.__setattr__(self, 'call_args', this_call)
        self.call_args_list.append(this_call)
        self.mock_calls.append(_Call(('', args, kwargs)))
        # Each ancestor records the call under the dotted path from itself.
        name = self._mock_new_name
        parent = self._mock_new_parent
        method_name = self._mock_name
        method_parent = self._mock_parent
        do_method_calls = self._mock_parent is not None
        while parent is not None:
            if do_method_calls and method_parent is not None:
                method_parent.method_calls.append(_Call((method_name, args, kwargs)))
                if method_parent._mock_new_parent is not None:
                    method_name = method_parent._mock_new_name + '.' + method_name
                do_method_calls = method_parent._mock_parent is not None
                method_parent = method_parent._mock_parent
            parent.mock_calls.append(_Call((name, args, kwargs)))
            if parent._mock_new_parent is None:
                break
            step = parent._mock_new_name
            name = step + name if name.startswith('()') else step + '.' + name
            parent = parent._mock_new_parent

    def _effect(self, args, kwargs):
        effect = self._mock_side_effect
        if effect is not None:
            if isinstance(effect, BaseException) or (isinstance(effect, type)
                                                     and issubclass(effect, BaseException)):
                raise effect
            if not callable(effect):
                result = next(effect)
                if isinstance(result, BaseException) or (isinstance(result, type) and
                                                         issubclass(result, BaseException)):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self._mock_return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class CallableMixin:
    def __call__(self, *args, **kwargs):
        self._record(args, kwargs)
        return self._effect(args, kwargs)


class Mock(CallableMixin, NonCallableMock):
    """A callable mock object."""


class _MagicMixin:
    """MagicMock's magic methods: a _MagicProxy on the class for each."""


def _magic_child(self, name):
    child = self._mock_children.get(name)
    if child is None:
        child = MagicMock(parent=self, name=name, _new_name=name, _new_parent=self)
        if name in _MAGIC_DEFAULTS:
            child.return_value = _MAGIC_DEFAULTS[name]
        elif name == '__str__':
            # Unconfigured, str() shows the mock as its repr does.
            child.side_effect = lambda *args: (
                NonCallableMock.__repr__(self) if child._mock_return_value is DEFAULT else DEFAULT)
        elif name == '__iter__':
            # iter() needs an iterator: iterate a fresh copy of what return_value holds.
            child.side_effect = lambda *args: iter(
                [] if child._mock_return_value is DEFAULT else child._mock_return_value)
        self._mock_children[name] = child
    return child


NonCallableMock._magic_child = _magic_child
for _name in _MAGIC_CHILDREN:
    setattr(_MagicMixin, _name, _MagicProxy(_name))


def _calling_child(name):
    def method(self, *args):
        return self._magic_child(name)(*args)
    method.__name__ = name
    return method


# pvm's int(), float(), complex(), reversed() and os.fspath() call only plain
# functions found on the type: these magic methods are functions calling the
# child (configured through mock._magic_child(name), not mock.__int__).
for _name in ('__int__', '__float__', '__complex__', '__reversed__', '__fspath__'):
    setattr(_MagicMixin, _name, _calling_child(_name))


class NonCallableMagicMock(_MagicMixin, NonCallableMock):
    """A non-callable mock with the magic methods configured."""


class MagicMock(_MagicMixin, Mock):
    """A mock with the magic methods configured (len() 0, iter() empty, ...)."""


class PropertyMock(Mock):
    """A mock to set on a class as a property: getting calls it, setting calls it with the value."""

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


_deleted = sentinel.deleted


# ---- patch

def _import_target(target):
    if not isinstance(target, str) or '.' not in target:
        raise TypeError('Need a valid target to patch. You supplied: %r' % (target,))
    module_path, attribute = target.rsplit('.', 1)
    parts = module_path.split('.')
    thing = __import__(parts[0])
    path = parts[0]
    for part in parts[1:]:
        path += '.' + part
        try:
            thing = getattr(thing, part)
        except AttributeError:
            __import__(path)
            thing = getattr(thing, part)
    return thing, attribute


class _patch:
    def __init__(self, getter, attribute, new, spec, create, spec_set, new_callable, kwargs):
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.spec = spec
        self.create = create
        self.spec_set = spec_set
        self.new_callable = new_callable
        self.kwargs = kwargs
        self.attribute_name = None
        self._active = []

    def copy(self):
        return _patch(self.getter, self.attribute, self.new, self.spec, self.create,
                      self.spec_set, self.new_callable, self.kwargs)

    def __call__(self, func):
        if isinstance(func, type):
            for name in dir(func):
                if name.startswith('test'):
                    method = getattr(func, name)
                    if callable(method):
                        setattr(func, name, self.copy()(method))
            return func

        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @_wraps(func)
        def patched(*args, **kwargs):
            # The innermost decorator's mock comes first, as CPython passes them.
            entered = []
            extras = []
            try:
                for patching in patched.patchings:
                    new = patching.__enter__()
                    entered.append(patching)
                    if patching.new is DEFAULT:
                        extras.append(new)
                newargs = args + tuple(extras)
                newkeywargs = kwargs
                return func(*newargs, **newkeywargs)
            finally:
                for patching in reversed(entered):
                    patching.__exit__(None, None, None)
        patched.patchings = [self]
        return patched

    def __enter__(self):
        target = self.getter()
        original = getattr(target, self.attribute, _missing)
        local = self.attribute in getattr(target, '__dict__', {})
        if original is _missing and not self.create:
            raise AttributeError('%r does not have the attribute %r' % (target, self.attribute))
        new = self.new
        if new is DEFAULT:
            factory = self.new_callable or MagicMock
            options = dict(self.kwargs)
            spec = self.spec_set if self.spec_set is not None else self.spec
            if spec is True:
                spec = original
            if spec is not None:
                options['spec_set' if self.spec_set is not None else 'spec'] = spec
            if isinstance(factory, type) and issubclass(factory, NonCallableMock):
                options.setdefault('name', self.attribute)
            new = factory(**options)
        setattr(target, self.attribute, new)
        self._active.append((target, original, local))
        return new

    def __exit__(self, *exc_info):
        target, original, local = self._active.pop()
        if original is _missing or not local:
            try:
                delattr(target, self.attribute)
            except AttributeError:
                pass
            if original is not _missing and not hasattr(target, self.attribute):
                setattr(target, self.attribute, original)
        else:
            setattr(target, self.attribute, original)
        return False

    def start(self):
        result = self.__enter__()
        _patch._running.append(self)
        return result

    def stop(self):
        if self in _patch._running:
            _patch._running.remove(self)
        if not self._active:
            return None
        return self.__exit__(None, None, None)

    _running = []


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, **kwargs):
    thing_getter = lambda: _import_target(target)[0]
    attribute = _import_target(target)[1] if isinstance(target, str) and '.' in target else None
    if attribute is None:
        _import_target(target)
    return _patch(thing_getter, attribute, new, spec, create, spec_set, new_callable, kwargs)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, **kwargs):
    if isinstance(target, str):
        raise TypeError('%r must be the actual object to be patched, not a str' % (target,))
    return _patch(lambda: target, attribute, new, spec, create, spec_set, new_callable, kwargs)


class _patch_dict:
    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, func):
        @_wraps(func)
        def patched(*args, **kwargs):
            self.__enter__()
            try:
                return func(*args, **kwargs)
            finally:
                self.__exit__(None, None, None)
        return patched

    def __enter__(self):
        in_dict = self.in_dict
        if isinstance(in_dict, str):
            thing, attribute = _import_target(in_dict)
            in_dict = self.in_dict = getattr(thing, attribute)
        self._original = in_dict.copy()
        if self.clear:
            in_dict.clear()
        in_dict.update(self.values)
        return in_dict

    def __exit__(self, *args):
        self.in_dict.clear()
        self.in_dict.update(self._original)
        return False

    start = __enter__

    def stop(self):
        return self.__exit__(None, None, None)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    getter = (lambda: _import_target(target + '.x')[0]) if isinstance(target, str) else (lambda: target)
    patchers = [_patch(getter, name, value, spec, create, spec_set, new_callable, {})
                for name, value in kwargs.items()]

    class _Multiple:
        def __enter__(self):
            return {p.attribute: p.__enter__() for p in patchers}

        def __exit__(self, *exc):
            for p in reversed(patchers):
                p.__exit__(*exc)
            return False

        def __call__(self, func):
            @_wraps(func)
            def patched(*args, **kw):
                with self:
                    return func(*args, **kw)
            return patched
    return _Multiple()


def _stopall():
    for p in reversed(list(_patch._running)):
        p.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _stopall
patch.TEST_PREFIX = 'test'


def mock_open(mock=None, read_data=''):
    """A MagicMock standing for open(): read/readline/readlines/iteration give read_data."""
    handle = MagicMock(spec=None)
    if mock is None:
        mock = MagicMock(name='open')
    state = {'data': read_data, 'pos': 0}

    def _rest():
        data = state['data'][state['pos']:]
        state['pos'] = len(state['data'])
        return data

    def _readline(*args):
        data = state['data']
        start = state['pos']
        end = data.find('\n' if isinstance(data, str) else b'\n', start)
        end = len(data) if end < 0 else end + 1
        state['pos'] = end
        return data[start:end]

    def _readlines(*args):
        lines = []
        while True:
            line = _readline()
            if not line:
                return lines
            lines.append(line)

    def _reset(*args, **kwargs):
        state['pos'] = 0
        return DEFAULT

    handle.read.side_effect = lambda *args: _rest()
    handle.readline.side_effect = _readline
    handle.readlines.side_effect = _readlines
    handle.__iter__.side_effect = lambda: iter(_readlines())
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    mock.return_value = handle
    mock.side_effect = _reset
    return mock

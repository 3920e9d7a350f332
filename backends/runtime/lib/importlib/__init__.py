"""pvm's `importlib`: import_module, reload and invalidate_caches over the
interpreter's own import system (__import__ and sys.modules).

Relative names resolve against `package` as CPython's do; reload runs the
module's file again in its own namespace (native `_imp`). The importer's
finders, loaders and specs are not exposed.
"""

import sys
import _imp

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def _absolute_name(name, package):
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
    if not isinstance(name, str):
        raise TypeError('module name must be str, not {}'.format(type(name)))
    if level:
        return _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError('Empty module name')
    return name


def import_module(name, package=None):
    """Import a module by name (relative to package when name starts with dots) and return it."""
    absolute = _absolute_name(name, package)
    __import__(absolute)
    return sys.modules[absolute]


def reload(module):
    """Run a module's code again in its own namespace and return it."""
    name = getattr(module, '__name__', None)
    if name is None or type(module).__name__ != 'module':
        raise TypeError('reload() argument must be a module')
    if sys.modules.get(name) is not module:
        raise ImportError('module {} not in sys.modules'.format(name), name=name)
    _imp.exec_source(module)
    return sys.modules[name]


def invalidate_caches():
    """pvm's importer keeps no finder caches: nothing to invalidate."""

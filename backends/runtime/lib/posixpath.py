"""pvm's `posixpath` (which `os.path` is), written for pvm in Python.

The string operations on POSIX paths (join, split, splitext, basename,
dirname, normpath, commonprefix, commonpath, relpath of absolute paths, ...)
for str and bytes paths, and exists/isfile/isdir/getsize answered through
open(), the one way pvm's programs reach the filesystem. What needs the
current directory, the environment or other host calls (abspath of a
relative path, expanduser of ~, realpath, getmtime, ...) raises
NotImplementedError naming the function.
"""

__all__ = ['join', 'split', 'splitext', 'basename', 'dirname', 'isabs', 'normpath', 'normcase',
           'splitdrive', 'commonprefix', 'commonpath', 'relpath', 'abspath', 'exists', 'lexists',
           'isfile', 'isdir', 'getsize', 'expanduser', 'expandvars', 'realpath', 'sep', 'curdir',
           'pardir', 'extsep', 'altsep', 'pathsep', 'defpath', 'devnull']

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    method = getattr(type(p), '__fspath__', None)
    if method is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(p).__name__)
    result = method(p)
    if not isinstance(result, (str, bytes)):
        raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                        % (type(p).__name__, type(result).__name__))
    return result


def _seps(p):
    return (b'/', b'.', b'') if isinstance(p, bytes) else ('/', '.', '')


def _unsupported(name):
    raise NotImplementedError('os.path.%s() needs the host (current directory or environment), '
                              'which pvm does not offer' % name)


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith(_seps(s)[0])


def _components(funcname, parts):
    """The parts as str or bytes, with CPython's errors for other types and for a mix."""
    out = []
    for part in parts:
        if not isinstance(part, (str, bytes)) and not hasattr(type(part), '__fspath__'):
            raise TypeError(f'{funcname}() argument must be str, bytes, or os.PathLike object, '
                            f'not {type(part).__name__!r}')
        out.append(_fspath(part))
    if len({type(part) for part in out}) > 1:
        raise TypeError("Can't mix strings and bytes in path components")
    return out


def join(a, *p):
    a, *p = _components('join', (a,) + p)
    slash, _, _ = _seps(a)
    path = a
    for b in p:
        if b.startswith(slash):
            path = b
        elif not path or path.endswith(slash):
            path += b
        else:
            path += slash + b
    return path


def split(p):
    p = _fspath(p)
    slash, _, _ = _seps(p)
    i = p.rfind(slash) + 1
    head, tail = p[:i], p[i:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    p = _fspath(p)
    slash, dot, empty = _seps(p)
    last_sep = p.rfind(slash)
    last_dot = p.rfind(dot)
    if last_dot > last_sep:
        # A name made of leading dots only (".bashrc") has no extension.
        for i in range(last_sep + 1, last_dot):
            if p[i:i + 1] != dot:
                return p[:last_dot], p[last_dot:]
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    p = _fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    return split(p)[0]


def normpath(path):
    path = _fspath(path)
    slash, dot, empty = _seps(path)
    dotdot = dot + dot
    if path == empty:
        return dot
    initial = len(path) - len(path.lstrip(slash))
    # POSIX keeps exactly two leading slashes; one or three and more become one.
    initial = 2 if initial == 2 else min(initial, 1)
    parts = []
    for comp in path.split(slash):
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not initial and not parts) or (parts and parts[-1] == dotdot):
            parts.append(comp)
        elif parts:
            parts.pop()
    return (slash * initial + slash.join(parts)) or dot


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    low, high = min(m), max(m)
    for i, c in enumerate(low):
        if c != high[i]:
            return low[:i]
    return low


def commonpath(paths):
    paths = tuple(map(_fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    slash, dot, _ = _seps(paths[0])
    try:
        absolute = {p.startswith(slash) for p in paths}
    except TypeError:
        raise TypeError("Can't mix strings and bytes in path components") from None
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split(slash) if c and c != dot] for p in paths]
    low, high = min(split_paths), max(split_paths)
    common = low
    for i, c in enumerate(low):
        if c != high[i]:
            common = low[:i]
            break
    return (slash if absolute.pop() else slash[:0]) + slash.join(common)


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        _unsupported('abspath')
    return normpath(path)


def relpath(path, start=None):
    path = _fspath(path)
    if not path:
        raise ValueError('no path specified')
    if start is None or not isabs(path) or not isabs(_fspath(start)):
        _unsupported('relpath')
    slash, dot, _ = _seps(path)
    start_parts = [c for c in normpath(_fspath(start)).split(slash) if c]
    path_parts = [c for c in normpath(path).split(slash) if c]
    n = len(commonprefix([start_parts, path_parts]))
    rel = [dot + dot] * (len(start_parts) - n) + path_parts[n:]
    return slash.join(rel) if rel else dot


def expanduser(path):
    path = _fspath(path)
    if not path.startswith(b'~' if isinstance(path, bytes) else '~'):
        return path
    _unsupported('expanduser')


def expandvars(path):
    path = _fspath(path)
    if (b'$' if isinstance(path, bytes) else '$') not in path:
        return path
    _unsupported('expandvars')


def realpath(path, *, strict=False):
    _unsupported('realpath')


def _probe(path):
    """'file', 'dir' or None for what open() finds at path."""
    try:
        with open(path, 'rb'):
            return 'file'
    except IsADirectoryError:
        return 'dir'
    except PermissionError:
        return 'file'
    except (OSError, ValueError):
        return None


def exists(path):
    return _probe(path) is not None


lexists = exists


def isfile(path):
    return _probe(path) == 'file'


def isdir(path):
    return _probe(path) == 'dir'


def getsize(path):
    with open(path, 'rb') as f:
        return len(f.read())


def __getattr__(name):
    if name in ('getmtime', 'getatime', 'getctime', 'islink', 'ismount', 'samefile', 'sameopenfile',
                'samestat'):
        _unsupported(name)
    raise AttributeError(f"module 'posixpath' has no attribute {name!r}")

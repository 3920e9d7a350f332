"""pvm's `glob` module, written for pvm in Python.

escape() and has_magic() as CPython's; glob()/iglob() of a path without
wildcards answer whether it exists (through open(), the host access pvm
offers). Matching wildcards needs directory listings, which pvm does not
offer: such patterns raise NotImplementedError naming glob.
"""

import posixpath as _path

__all__ = ['glob', 'iglob', 'escape']

_MAGIC = '*?['


def has_magic(s):
    if isinstance(s, bytes):
        return any(c in b'*?[' for c in s)
    return any(c in _MAGIC for c in s)


def escape(pathname):
    """Escape all special characters."""
    if isinstance(pathname, bytes):
        out = bytearray()
        for c in pathname:
            if c in b'*?[':
                out += b'[' + bytes((c,)) + b']'
            else:
                out.append(c)
        return bytes(out)
    return ''.join('[' + c + ']' if c in _MAGIC else c for c in pathname)


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the paths matching pathname (see glob)."""
    if dir_fd is not None:
        raise NotImplementedError('glob with dir_fd is not supported by pvm: pvm offers no '
                                  'file descriptors')
    if has_magic(pathname):
        raise NotImplementedError('glob.glob with wildcards is not supported by pvm: matching them '
                                  'lists directories, and pvm reaches the host only through open()')
    if not pathname:
        return iter([])
    full = pathname if root_dir is None else _path.join(root_dir, pathname)
    head, tail = _path.split(full)
    if tail:
        found = _path.lexists(full)
    else:
        found = _path.isdir(head)
    return iter([pathname] if found else [])


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching pathname."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))

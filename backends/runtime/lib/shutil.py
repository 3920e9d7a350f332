"""pvm's `shutil` module, written for pvm in Python.

What can be done through open(), the host access pvm offers: copyfileobj,
copyfile, copy and copy2 (the bytes; pvm cannot set permission bits or
times, so the copy has the new file's defaults), get_terminal_size (the
fallback: pvm's output is never a terminal and it reads no environment).
Everything that lists, moves or removes files, or asks the system (rmtree,
move, copytree, which, disk_usage, archives...) raises NotImplementedError
naming the function.
"""

import os
import posixpath as _path

__all__ = ['copyfileobj', 'copyfile', 'copy', 'copy2', 'get_terminal_size', 'ignore_patterns', 'Error',
           'SameFileError', 'SpecialFileError', 'ExecError', 'ReadError', 'RegistryError']

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to do a kind of operation (e.g. copying) which is
    not supported on a special file (e.g. a named pipe)"""


class ExecError(OSError):
    """Raised when a command could not be executed"""


class ReadError(OSError):
    """Raised when an archive cannot be read"""


class RegistryError(Exception):
    """Raised when a registry operation with the archiving
    and unpacking registries fails"""


def copyfileobj(fsrc, fdst, length=0):
    """copy data from file-like object fsrc to file-like object fdst"""
    if not length:
        length = COPY_BUFSIZE
    read = fsrc.read
    write = fdst.write
    while True:
        chunk = read(length)
        if not chunk:
            break
        write(chunk)


def _same_path(src, dst):
    return _path.normpath(os.fspath(src)) == _path.normpath(os.fspath(dst))


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy data from src to dst in the most efficient way possible."""
    if _same_path(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    with open(src, 'rb') as fsrc:
        with open(dst, 'wb') as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy the data of file src to file or directory dst (pvm cannot copy
    the permission bits)."""
    if _path.isdir(dst):
        dst = _path.join(dst, _path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Copy the data of file src to file or directory dst (pvm cannot copy
    the metadata)."""
    return copy(src, dst, follow_symlinks=follow_symlinks)


def get_terminal_size(fallback=(80, 24)):
    """The size of the terminal: pvm's output is never one, so the fallback."""
    return os.terminal_size(fallback)


def ignore_patterns(*patterns):
    """A copytree ignore= function leaving out the names matching any pattern."""
    import fnmatch

    def ignored(path, names):
        return {name for pattern in patterns for name in fnmatch.filter(names, pattern)}
    return ignored


_HOST = frozenset((
    'copymode', 'copystat', 'copytree', 'rmtree', 'move', 'which', 'disk_usage', 'chown',
    'make_archive', 'unpack_archive', 'get_archive_formats', 'register_archive_format',
    'unregister_archive_format', 'get_unpack_formats', 'register_unpack_format',
    'unregister_unpack_format',
))


def __getattr__(attr):
    if attr in _HOST:
        raise NotImplementedError('shutil.%s is not supported by pvm: programs reach the host '
                                  'only through open()' % attr)
    raise AttributeError(f"module 'shutil' has no attribute {attr!r}")

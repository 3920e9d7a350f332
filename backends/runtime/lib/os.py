"""pvm's `os` module, written for pvm in Python.

The platform constants (a POSIX system), os.path (posixpath), fspath,
PathLike, strerror and terminal_size. pvm offers programs the filesystem only through
open(), and not the environment, processes or directories: every other os
function (getcwd, environ, listdir, remove, getpid, ...) raises
NotImplementedError naming it, rather than answering wrongly.
"""

import sys
import posixpath as path
from abc import ABC, abstractmethod

GenericAlias = type(list[int])

sys.modules['os.path'] = path

__all__ = ['name', 'sep', 'altsep', 'extsep', 'pathsep', 'linesep', 'curdir', 'pardir',
           'defpath', 'devnull', 'path', 'fspath', 'fsencode', 'fsdecode', 'PathLike', 'strerror',
           'terminal_size']

name = 'posix'
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
linesep = '\n'
curdir = path.curdir
pardir = path.pardir
defpath = path.defpath
devnull = path.devnull
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1

error = OSError

_STRERROR = {
    1: 'Operation not permitted', 2: 'No such file or directory', 3: 'No such process',
    4: 'Interrupted system call', 5: 'Input/output error', 9: 'Bad file descriptor',
    11: 'Resource temporarily unavailable', 12: 'Cannot allocate memory', 13: 'Permission denied',
    17: 'File exists', 20: 'Not a directory', 21: 'Is a directory', 22: 'Invalid argument',
    24: 'Too many open files', 28: 'No space left on device', 32: 'Broken pipe',
    36: 'File name too long', 39: 'Directory not empty', 110: 'Connection timed out',
    111: 'Connection refused',
}


class terminal_size(tuple):
    """A terminal's size: (columns, lines), as CPython's os.terminal_size."""

    n_fields = 2
    n_sequence_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        try:
            items = tuple(sequence)
        except TypeError:
            raise TypeError('constructor requires a sequence') from None
        if len(items) != 2:
            raise TypeError('os.terminal_size() takes a 2-sequence (%d-sequence given)' % len(items))
        return super().__new__(cls, items)

    @property
    def columns(self):
        """width of the terminal window in characters"""
        return self[0]

    @property
    def lines(self):
        """height of the terminal window in characters"""
        return self[1]

    def __repr__(self):
        return 'os.terminal_size(columns=%r, lines=%r)' % (self[0], self[1])

    def __reduce__(self):
        return (terminal_size, (tuple(self),))


def strerror(code):
    return _STRERROR.get(code, 'Unknown error %d' % code)


class PathLike(ABC):
    """Abstract base class for objects with a __fspath__ method."""

    __class_getitem__ = classmethod(GenericAlias)

    @abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented


def fspath(p):
    return path._fspath(p)


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode('utf-8', 'surrogateescape') if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename


_HOST = frozenset((
    'environ', 'environb', 'getenv', 'putenv', 'unsetenv', 'getcwd', 'getcwdb', 'chdir', 'listdir',
    'scandir', 'walk', 'mkdir', 'makedirs', 'rmdir', 'removedirs', 'remove', 'unlink', 'rename',
    'renames', 'replace', 'stat', 'lstat', 'fstat', 'access', 'chmod', 'chown', 'utime', 'symlink',
    'readlink', 'link', 'getpid', 'getppid', 'getuid', 'geteuid', 'getgid', 'getlogin', 'kill',
    'system', 'popen', 'fork', 'execv', 'execvp', 'spawnv', 'waitpid', '_exit', 'cpu_count',
    'urandom', 'open', 'close', 'read', 'write', 'pipe', 'dup', 'dup2', 'isatty', 'get_terminal_size',
    'times', 'uname', 'umask', 'nice', 'truncate', 'fsync',
))


def __getattr__(attr):
    if attr in _HOST:
        raise NotImplementedError('os.%s is not supported by pvm: programs reach the host only '
                                  'through open()' % attr)
    raise AttributeError(f"module 'os' has no attribute {attr!r}")

"""pvm's `tempfile` module, written for pvm in Python.

TemporaryFile and SpooledTemporaryFile keep their data in memory: an
unnamed temporary file is reachable only through its file object, so this
behaves as CPython's (read/write/seek/tell, text and binary modes,
rollover). Named files and directories (NamedTemporaryFile, mkstemp,
mkdtemp, TemporaryDirectory) would need update-mode files, descriptors or
directories, which pvm does not offer: they raise NotImplementedError.
gettempdir() is '/tmp' (pvm reads no environment variables).
"""

import io as _io
import os as _os
import random as _random

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'SpooledTemporaryFile', 'TemporaryDirectory',
           'mkstemp', 'mkdtemp', 'mktemp', 'TMP_MAX', 'gettempprefix', 'tempdir', 'gettempdir',
           'gettempprefixb', 'gettempdirb']

TMP_MAX = 238328
template = 'tmp'
tempdir = None

_NAME_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_'


def gettempprefix():
    """The default prefix for temporary names, as str."""
    return template


def gettempprefixb():
    """The default prefix for temporary names, as bytes."""
    return _os.fsencode(template)


def gettempdir():
    """The default directory for temporary files, as str."""
    global tempdir
    if tempdir is None:
        tempdir = '/tmp'
    return tempdir


def gettempdirb():
    """The default directory for temporary files, as bytes."""
    return _os.fsencode(gettempdir())


def mktemp(suffix="", prefix=template, dir=None):
    """A name no file has at the moment of the call (unsafe, as CPython warns)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        name = ''.join(_random.choice(_NAME_CHARS) for _ in range(8))
        path = _os.path.join(dir, prefix + name + suffix)
        if not _os.path.exists(path):
            return path
    raise FileExistsError(17, "No usable temporary filename found")


def _unsupported(name):
    raise NotImplementedError('tempfile.%s is not supported by pvm: it needs named update-mode '
                              'files or directories, and pvm reaches the host only through '
                              'open()' % name)


def NamedTemporaryFile(*args, **kwargs):
    _unsupported('NamedTemporaryFile')


def mkstemp(*args, **kwargs):
    _unsupported('mkstemp')


def mkdtemp(*args, **kwargs):
    _unsupported('mkdtemp')


class TemporaryDirectory:
    """Not offered by pvm (see the module's docstring)."""

    def __init__(self, *args, **kwargs):
        _unsupported('TemporaryDirectory')


_open_numbers = set()


class _MemoryFile(_io.BytesIO):
    """The binary buffer of a TemporaryFile; `name` stands where CPython
    shows the descriptor number (the lowest not in use, from 3)."""

    def __init__(self, mode):
        super().__init__()
        number = 3
        while number in _open_numbers:
            number += 1
        _open_numbers.add(number)
        self.name = number
        self.mode = mode

    def fileno(self):
        return self.name

    def close(self):
        _open_numbers.discard(self.name)
        super().close()


_MemoryFile.__name__ = _MemoryFile.__qualname__ = 'BufferedRandom'
_MemoryFile.__module__ = '_io'


def _binary_mode(mode):
    if 'r' in mode:
        return 'rb+'
    if 'a' in mode:
        return 'ab+'
    return 'rb+'


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """An unnamed temporary file (in memory under pvm)."""
    if 'b' in mode:
        return _MemoryFile(_binary_mode(mode))
    buffer = _MemoryFile(_binary_mode(mode))
    wrapper = _io.TextIOWrapper(buffer, encoding=encoding or 'utf-8', errors=errors,
                                newline=newline)
    wrapper.mode = mode
    return wrapper


class SpooledTemporaryFile(_io.IOBase):
    """A temporary file that stays in memory until it grows past max_size
    (then rolls over to a TemporaryFile) or fileno() is called."""

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            encoding = encoding or 'utf-8'
            self._file = _io.TextIOWrapper(_io.BytesIO(), encoding=encoding, errors=errors,
                                           newline=newline)
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering, 'suffix': suffix,
                                   'prefix': prefix, 'encoding': encoding, 'newline': newline,
                                   'dir': dir, 'errors': errors}

    __class_getitem__ = classmethod(type(list[int]))

    def _check(self, file):
        if self._rolled:
            return
        if self._max_size and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        file = self._file
        newfile = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        pos = file.tell()
        if hasattr(newfile, 'buffer'):
            newfile.buffer.write(file.detach().getvalue())
        else:
            newfile.write(file.getvalue())
        newfile.seek(pos, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        return self._file.encoding

    @property
    def errors(self):
        return self._file.errors

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    @property
    def newlines(self):
        return self._file.newlines

    def readable(self):
        return self._file.readable()

    def read(self, *args):
        return self._file.read(*args)

    def read1(self, *args):
        return self._file.read1(*args)

    def readinto(self, b):
        return self._file.readinto(b)

    def readinto1(self, b):
        return self._file.readinto1(b)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seekable(self):
        return self._file.seekable()

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def writable(self):
        return self._file.writable()

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv

    def detach(self):
        return self._file.detach()

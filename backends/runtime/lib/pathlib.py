"""pvm's implementation of the `pathlib` module (POSIX paths), written in
Python.

PurePath/PurePosixPath with CPython's parsing (collapsed slashes, dropped
'.', a kept leading '//'), joining with / and joinpath, parts, drive/root/
anchor, parent(s), name, suffix(es), stem, with_name/with_stem/
with_suffix, relative_to, is_relative_to, is_absolute, match, as_posix,
as_uri, comparisons and hashing; Path/PosixPath add what pvm can do on the
host through open(): open, read_text/write_text, read_bytes/write_bytes,
exists/is_file (by opening), cwd-free absolute() of absolute paths. Every
other file-system operation raises NotImplementedError; Windows paths
(PureWindowsPath, WindowsPath) are not provided.
"""

import os

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]


def _parse(parts):
    """(root, [names]) for the joined string arguments."""
    root = ''
    names = []
    for part in parts:
        if not part:
            continue
        if part.startswith('/'):
            names = []
            if part.startswith('//') and not part.startswith('///'):
                root = '//'
            else:
                root = '/'
        for name in part.split('/'):
            if name and name != '.':
                names.append(name)
    return root, names


class PurePath:
    """A POSIX path as text, with no file-system access."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    @classmethod
    def _from_parts(cls, args):
        strings = []
        for a in args:
            if isinstance(a, PurePath):
                strings.append(str(a))
                continue
            a = os.fspath(a)
            if not isinstance(a, str):
                raise TypeError("argument should be a str object or an os.PathLike "
                                "object returning str, not %r" % type(a))
            strings.append(a)
        self = object.__new__(cls)
        self._root, self._names = _parse(strings)
        self._str = None
        self._hash = None
        return self

    def _make(self, root, names):
        new = object.__new__(type(self))
        new._root = root
        new._names = names
        new._str = None
        new._hash = None
        return new

    def __str__(self):
        if self._str is None:
            self._str = (self._root + '/'.join(self._names)) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(self) if hasattr(os, 'fsencode') else str(self).encode()

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        safe = "/-._~!$&'()*+,;=:@"
        out = []
        for byte in str(self).encode('utf-8'):
            c = chr(byte)
            if c.isascii() and (c.isalnum() or c in safe):
                out.append(c)
            else:
                out.append('%%%02X' % byte)
        return 'file://' + ''.join(out)

    @property
    def _key(self):
        return (self._root, tuple(self._names))

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(str(self))
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self) == str(other)

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts_key() < other._parts_key()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts_key() <= other._parts_key()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts_key() > other._parts_key()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts_key() >= other._parts_key()

    def _parts_key(self):
        return list(self.parts)

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return ((self._root,) if self._root else ()) + tuple(self._names)

    @property
    def name(self):
        return self._names[-1] if self._names else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        if not self._names:
            raise ValueError("%r has an empty name" % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError("Invalid name %r" % (name,))
        return self._make(self._root, self._names[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = name[:len(name) - len(old)] + suffix if old else name + suffix
        return self._make(self._root, self._names[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        base = type(self)(*other)
        if self._root != base._root or self._names[:len(base._names)] != base._names:
            formatted = str(base)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), formatted))
        return self._make('', self._names[len(base._names):])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        return type(self)(self, *args)

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        if not self._names:
            return self
        return self._make(self._root, self._names[:-1])

    @property
    def parents(self):
        return tuple(self._make(self._root, self._names[:i])
                     for i in range(len(self._names) - 1, -1, -1))

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        import fnmatch
        pat = PurePosixPath(path_pattern)
        pat_parts = pat.parts
        if not pat_parts:
            raise ValueError("empty pattern")
        parts = self.parts
        if pat._root:
            if len(pat_parts) != len(parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, pattern in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pattern):
                return False
        return True


class PurePosixPath(PurePath):
    pass


def _host(name):
    raise NotImplementedError(f"pathlib.Path.{name} is not supported by pvm: "
                              f"programs reach the host only through open()")


class Path(PurePath):
    """A path on the host: file contents through open(); other operations unsupported."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def exists(self):
        return os.path.exists(str(self))

    def is_file(self):
        return os.path.isfile(str(self))

    def is_dir(self):
        return os.path.isdir(str(self))

    def absolute(self):
        if self.is_absolute():
            return self
        _host('absolute')

    def resolve(self, strict=False):
        _host('resolve')

    @classmethod
    def cwd(cls):
        _host('cwd')

    @classmethod
    def home(cls):
        _host('home')

    def iterdir(self):
        _host('iterdir')

    def glob(self, pattern):
        _host('glob')

    def rglob(self, pattern):
        _host('rglob')

    def stat(self, *, follow_symlinks=True):
        _host('stat')

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        _host('mkdir')

    def unlink(self, missing_ok=False):
        _host('unlink')

    def rmdir(self):
        _host('rmdir')

    def rename(self, target):
        _host('rename')

    def replace(self, target):
        _host('replace')

    def touch(self, mode=0o666, exist_ok=True):
        _host('touch')

    def expanduser(self):
        if self._names and self._names[0].startswith('~'):
            _host('expanduser')
        return self


class PosixPath(Path, PurePosixPath):
    pass

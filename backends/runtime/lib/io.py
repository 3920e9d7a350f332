"""pvm's implementation of the in-memory parts of the `io` module, in Python.

StringIO (write, read, readline, readlines, iteration, getvalue, seek/tell,
truncate, writelines, context manager, closed checks) and BytesIO (the same
over bytes), with CPython's error messages; TextIOWrapper over any binary
stream (BytesIO, sys.stdout.buffer); SEEK_* constants and
UnsupportedOperation. File objects come from the runtime's open().
"""

__all__ = ['StringIO', 'BytesIO', 'TextIOWrapper', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'UnsupportedOperation',
           'IOBase', 'TextIOBase', 'BufferedIOBase', 'RawIOBase']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    """The abstract base class of all I/O classes."""

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    _closed_message = 'I/O operation on closed file.'

    def _check_closed(self):
        if self.closed:
            raise ValueError(self._closed_message)

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def isatty(self):
        self._check_closed()
        return False

    def flush(self):
        self._check_closed()

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def readlines(self, hint=-1):
        self._check_closed()
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class TextIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class RawIOBase(IOBase):
    pass


class _MemoryIO:
    """The shared buffer logic. Writes at the end only append a chunk (so a
    loop of writes stays linear); any other access joins the chunks first."""

    def _init_buffer(self, initial, empty):
        self._empty = empty
        self._chunks = [initial] if initial else []
        self._size = len(initial)
        self._pos = 0
        self._closed = False

    def _joined(self):
        if len(self._chunks) > 1:
            self._chunks = [self._empty.join(self._chunks)]
        return self._chunks[0] if self._chunks else self._empty

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def getvalue(self):
        self._check_closed()
        return self._joined()

    def tell(self):
        self._check_closed()
        return self._pos

    def _read(self, size):
        self._check_closed()
        if size is None:
            size = -1
        value = self._joined()
        start = min(self._pos, len(value))
        end = len(value) if size < 0 else min(len(value), start + size)
        self._pos = max(self._pos, end)
        return value[start:end]

    def _readline(self, size, newline):
        self._check_closed()
        if size is None:
            size = -1
        value = self._joined()
        start = min(self._pos, len(value))
        i = value.find(newline, start)
        end = len(value) if i < 0 else i + len(newline)
        if size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return value[start:end]

    def _write(self, s):
        self._check_closed()
        n = len(s)
        if not n:
            return 0
        pos = self._pos
        if pos == self._size:
            self._chunks.append(s)
            self._size += n
        else:
            value = self._joined()
            if pos > len(value):
                value = value + self._empty_fill(pos - len(value))
            value = value[:pos] + s + value[pos + n:]
            self._chunks = [value]
            self._size = len(value)
        self._pos = pos + n
        return n

    def _truncate(self, size):
        self._check_closed()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError('Negative size value %d' % size)
        if size < self._size:
            self._chunks = [self._joined()[:size]]
            self._size = size
        return size


def _newline_bits(text):
    """CPython's seen-newline bits of text: 1 for a lone LF, 2 for a lone CR, 4 for CRLF."""
    crlf = text.count('\r\n')
    bits = 4 if crlf else 0
    if text.count('\n') > crlf:
        bits |= 1
    if text.count('\r') > crlf:
        bits |= 2
    return bits


_NEWLINES_SEEN = {0: None, 1: '\n', 2: '\r', 4: '\r\n', 3: ('\r', '\n'), 5: ('\n', '\r\n'),
                  6: ('\r', '\r\n'), 7: ('\r', '\n', '\r\n')}


class StringIO(_MemoryIO, TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    _closed_message = 'I/O operation on closed file'

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError('newline must be str or None, not %s' % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %s' % (newline,))
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s'
                            % type(initial_value).__name__)
        self._newline = newline
        self._seen = 0
        self._init_buffer(self._translate(initial_value), '')

    def _translate(self, s):
        # Universal newlines (None or '') record the kinds written, as
        # CPython's StringIO does through its newline decoder.
        if self._newline is None or self._newline == '':
            self._seen |= _newline_bits(s)
        if self._newline is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if self._newline in ('\r', '\r\n'):
            return s.replace('\n', self._newline)
        return s

    def _empty_fill(self, n):
        return '\0' * n

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)
        self._write(self._translate(s))
        return len(s)

    def read(self, size=-1):
        return self._read(size)

    def readline(self, size=-1):
        newline = '\n' if self._newline in (None, '', '\n') else self._newline
        return self._readline(size, newline)

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._size
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def truncate(self, size=None):
        return self._truncate(size)

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return _NEWLINES_SEEN[self._seen]

    def __repr__(self):
        return '<_io.StringIO object at 0x%012x>' % id(self)


class BytesIO(_MemoryIO, BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    def __repr__(self):
        return '<_io.BytesIO object at 0x%012x>' % id(self)

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        self._init_buffer(bytes(initial_bytes), b'')

    def _empty_fill(self, n):
        return b'\0' * n

    def write(self, b):
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(b)
        return self._write(b)

    def read(self, size=-1):
        return self._read(size)

    read1 = read

    def readline(self, size=-1):
        return self._readline(size, b'\n')

    def getbuffer(self):
        self._check_closed()
        return memoryview(bytearray(self._joined()))

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, self._size + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def truncate(self, size=None):
        return self._truncate(size)


class TextIOWrapper(TextIOBase):
    """Text over a binary stream (a BytesIO, sys.stdout.buffer...): writes
    encode (translating '\\n' to newline when given) and reads decode,
    with universal newlines when newline is None. Reads take what the
    buffer holds from the current position."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %s' % (newline,))
        if encoding is None:
            encoding = 'utf-8'
        elif not isinstance(encoding, str):
            raise TypeError('TextIOWrapper() argument 2 must be str or None, not %s' % type(encoding).__name__)
        ''.encode(encoding)
        self._buffer = buffer
        self._encoding = encoding
        self._errors = 'strict' if errors is None else errors
        self._newline = newline
        self._seen = 0
        self.line_buffering = line_buffering
        self.write_through = write_through
        self._pending = None

    buffer = property(lambda self: self._buffer)
    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    closed = property(lambda self: self._buffer.closed)
    name = property(lambda self: self._buffer.name)

    @property
    def newlines(self):
        return _NEWLINES_SEEN[self._seen]

    def __repr__(self):
        try:
            name = self.name
        except AttributeError:
            return "<_io.TextIOWrapper encoding='%s'>" % self._encoding
        return "<_io.TextIOWrapper name=%r encoding='%s'>" % (name, self._encoding)

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        text = s
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        self._buffer.write(text.encode(self._encoding, self._errors))
        if self.line_buffering and ('\n' in s or '\r' in s):
            self.flush()
        return len(s)

    def flush(self):
        self._check_closed()
        self._buffer.flush()

    def _text(self):
        # Decoded lazily, all at once: the rest of the buffer from here on.
        if self._pending is None:
            data = self._buffer.read()
            text = data.decode(self._encoding, self._errors)
            if self._newline is None or self._newline == '':
                self._seen |= _newline_bits(text)
            if self._newline is None:
                text = text.replace('\r\n', '\n').replace('\r', '\n')
            self._pending = text
        return self._pending

    def read(self, size=-1):
        self._check_closed()
        text = self._text()
        if size is None or size < 0:
            size = len(text)
        self._pending = text[size:]
        return text[:size]

    def readline(self, size=-1):
        self._check_closed()
        text = self._text()
        end = text.find('\n') + 1 or len(text)
        if size is not None and 0 <= size < end:
            end = size
        self._pending = text[end:]
        return text[:end]

    def seekable(self):
        return self._buffer.seekable()

    def seek(self, cookie, whence=0):
        self._check_closed()
        self._pending = None
        return self._buffer.seek(cookie, whence)

    def tell(self):
        self._check_closed()
        return self._buffer.tell() - len((self._pending or '').encode(self._encoding, self._errors))

    def fileno(self):
        return self._buffer.fileno()

    def isatty(self):
        return self._buffer.isatty()

    def readable(self):
        return self._buffer.readable()

    def writable(self):
        return self._buffer.writable()

    def detach(self):
        buffer, self._buffer = self._buffer, None
        return buffer

    def close(self):
        if self._buffer is not None and not self._buffer.closed:
            self.flush()
            self._buffer.close()

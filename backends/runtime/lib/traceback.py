"""pvm's `traceback` module: the frame-walking and formatting API, written
in Python over the native `_traceback`.

walk_tb/walk_stack, extract_tb/extract_stack, FrameSummary, StackSummary,
TracebackException and the format_*/print_* functions work on pvm's
traceback and frame objects; a frame entry is formatted by the native
printer (source line and 3.11's carets) and so is the exception line
(format_exception_only), so a report reads as an uncaught exception's.
Known differences: an exception group's report ignores limit and chain,
and walk_stack(None) starts at the frame that called it.
"""

import sys
import linecache
from _traceback import (format_exception_only, _format_whole, _format_entry,
                        _source_line)

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3


def _stderr(file):
    return sys.stderr if file is None else file


_MISSING = object()

_CAUSE_MESSAGE = ('\nThe above exception was the direct cause '
                  'of the following exception:\n\n')
_CONTEXT_MESSAGE = ('\nDuring handling of the above exception, '
                    'another exception occurred:\n\n')


def _exception_and_traceback(exc, value, tb):
    if (value is _MISSING) != (tb is _MISSING):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _MISSING:
        if exc is None:
            return None, None
        return exc, exc.__traceback__
    return value, tb


def format_exception(exc, /, value=_MISSING, tb=_MISSING, limit=None,
                     chain=True):
    """The lines of the report of an exception (its chain first when chain)."""
    value, tb = _exception_and_traceback(exc, value, tb)
    report = TracebackException(type(value), value, tb, limit=limit,
                                compact=True)
    return list(report.format(chain=chain))


def print_exception(exc, /, value=_MISSING, tb=_MISSING, limit=None,
                    file=None, chain=True):
    """Print the report of an exception to file (sys.stderr by default)."""
    value, tb = _exception_and_traceback(exc, value, tb)
    report = TracebackException(type(value), value, tb, limit=limit,
                                compact=True)
    report.print(file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as one string."""
    return "".join(format_exception(sys.exception(), limit=limit,
                                    chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the report of the exception being handled."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_list(extracted_list, file=None):
    """Print the entries of extract_tb()/extract_stack() as tracebacks do."""
    out = _stderr(file)
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=out, end="")


def format_list(extracted_list):
    """The formatted lines of a list of FrameSummary objects or 4-tuples."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    """Print up to limit entries of the traceback tb."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """The formatted entries of the traceback tb."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """A StackSummary of the traceback tb (oldest frame first)."""
    return StackSummary._from_entries(_tb_entries(tb), limit, True, False)


def print_stack(f=None, limit=None, file=None):
    """Print the stack from the caller's frame (or f) down from the oldest."""
    if f is None:
        f = sys._getframe(1)
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """The formatted entries of the stack from the caller's frame (or f)."""
    if f is None:
        f = sys._getframe(1)
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """A StackSummary of the stack at f (the caller's frame by default), oldest first."""
    if f is None:
        f = sys._getframe(1)
    stack = StackSummary._from_entries(_frame_entries(f), limit, True, False)
    stack.reverse()
    return stack


def clear_frames(tb):
    """pvm frames hold no resources to release: a no-op."""


def print_last(limit=None, file=None, chain=True):
    """Print the last uncaught exception (sys.last_value)."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


def walk_tb(tb):
    """(frame, lineno) for each entry of a traceback, following tb_next."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """(frame, lineno) from f (the caller's frame when None) outwards."""
    if f is None:
        f = sys._getframe(1)
    return _walk_frames(f)


def _walk_frames(f):
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def _tb_entries(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno, tb.tb_lasti
        tb = tb.tb_next


def _frame_entries(f):
    # As CPython 3.11, stack entries carry no column positions (no carets).
    while f is not None:
        yield f, f.f_lineno, None
        f = f.f_back


class FrameSummary:
    """One frame of a stack or traceback: file, line number, name, source line."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals', '_code', '_lasti')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        self._code = None
        self._lasti = None
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename
                    and self.lineno == other.lineno
                    and self.name == other.name
                    and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            text = _source_line(self.filename, self.lineno)
            if text is None:
                text = linecache.getline(self.filename, self.lineno)
            self._line = text
        return self._line.strip()


class StackSummary(list):
    """A list of FrameSummary objects that formats as a traceback."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """Summarize (frame, lineno) pairs such as walk_stack/walk_tb give."""
        entries = ((f, lineno, None) for f, lineno in frame_gen)
        return klass._from_entries(entries, limit, lookup_lines,
                                   capture_locals, klass)

    @staticmethod
    def _from_entries(entries, limit, lookup_lines, capture_locals,
                      klass=None):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        entries = list(entries)
        if limit is not None:
            if limit >= 0:
                entries = entries[:limit]
            else:
                entries = entries[limit:]
        result = (klass or StackSummary)()
        for f, lineno, lasti in entries:
            code = f.f_code
            f_locals = f.f_locals if capture_locals else None
            summary = FrameSummary(code.co_filename, lineno, code.co_name,
                                   lookup_line=False, locals=f_locals)
            if lasti is not None:
                summary._code = code
                summary._lasti = lasti
            result.append(summary)
        if lookup_lines:
            for summary in result:
                summary.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary from FrameSummary objects or 4-tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The lines of one entry: 'File ...', its source line, its locals."""
        if frame_summary._code is not None:
            text = _format_entry(frame_summary._code, frame_summary._lasti)
        else:
            text = '  File "{}", line {}, in {}\n'.format(
                frame_summary.filename, frame_summary.lineno,
                frame_summary.name)
            if frame_summary.line:
                text += '    {}\n'.format(frame_summary.line.strip())
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                text += '    {name} = {value}\n'.format(name=name, value=value)
        return text

    def format(self):
        """One string per entry, runs of one repeated line collapsed."""
        result = []
        last = None
        count = 0
        for frame_summary in self:
            key = (frame_summary.filename, frame_summary.lineno,
                   frame_summary.name)
            if key != last:
                if count > _RECURSIVE_CUTOFF:
                    more = count - _RECURSIVE_CUTOFF
                    result.append(f'  [Previous line repeated {more} more '
                                  f'time{"s" if more > 1 else ""}]\n')
                last = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(self.format_frame_summary(frame_summary))
        if count > _RECURSIVE_CUTOFF:
            more = count - _RECURSIVE_CUTOFF
            result.append(f'  [Previous line repeated {more} more '
                          f'time{"s" if more > 1 else ""}]\n')
        return result


class TracebackException:
    """An exception captured for later formatting: type, str, stack, chain."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._value = exc_value
        self.exc_type = exc_type
        self.stack = StackSummary._from_entries(
            _tb_entries(exc_traceback), limit, lookup_lines, capture_locals)
        try:
            self._str = str(exc_value)
        except Exception:
            self._str = '<exception str() failed>'
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        self.__cause__ = None
        self.__context__ = None
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(
                    type(cause), cause, cause.__traceback__, limit=limit,
                    lookup_lines=lookup_lines, capture_locals=capture_locals,
                    _seen=_seen)
            context = exc_value.__context__
            if context is not None and id(context) not in _seen:
                self.__context__ = TracebackException(
                    type(context), context, context.__traceback__,
                    limit=limit, lookup_lines=lookup_lines,
                    capture_locals=capture_locals, _seen=_seen)
        self.exceptions = None
        members = getattr(exc_value, 'exceptions', None)
        if isinstance(exc_value, BaseExceptionGroup) and members is not None:
            self.exceptions = [
                TracebackException(type(e), e, e.__traceback__, limit=limit,
                                   lookup_lines=lookup_lines,
                                   capture_locals=capture_locals, _seen=_seen)
                for e in members]

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """A TracebackException of the exception exc."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The lines of the exception's last line(s), as format_exception_only."""
        if self.exc_type is None:
            yield 'NoneType: None\n'
            return
        yield from format_exception_only(self._value)

    def format(self, *, chain=True, _ctx=None):
        """The lines of the full report, chained exceptions first."""
        reports = []
        report = self
        while report is not None:
            if not chain:
                reports.append((None, report))
                break
            if report.__cause__ is not None:
                message, following = _CAUSE_MESSAGE, report.__cause__
            elif report.__context__ is not None and not report.__suppress_context__:
                message, following = _CONTEXT_MESSAGE, report.__context__
            else:
                message, following = None, None
            reports.append((message, report))
            report = following
        for message, report in reversed(reports):
            if message is not None:
                yield message
            if report.exceptions is not None:
                # A group and its members are laid out by the native printer.
                yield from _format_whole(report._value)
                continue
            if report.stack:
                yield 'Traceback (most recent call last):\n'
                yield from report.stack.format()
            yield from report.format_exception_only()

    def print(self, *, file=None, chain=True):
        """Print the report to file (sys.stderr by default)."""
        out = _stderr(file)
        for line in self.format(chain=chain):
            print(line, file=out, end="")

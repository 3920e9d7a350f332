"""pvm's `textwrap` module, written for pvm in Python.

wrap, fill, shorten, dedent, indent and the TextWrapper class with its
options (width, indents, tab expansion, whitespace replacement, sentence-end
fixing, long-word and hyphen breaking, whitespace dropping, max_lines and
placeholder).  Lines come out exactly as CPython's module makes them; the
word splitter is a hand-written scanner (no regular expressions).
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_BLANKS = ' \t\n\x0b\x0c\r'
_BLANK_TO_SPACE = {ord(c): ' ' for c in _BLANKS}


def _is_blank(ch):
    return ch in _BLANKS


def _is_wordchar(ch):
    return ch.isalnum() or ch == '_'


def _is_letter(ch):
    # a word character that is not a decimal digit
    return (ch.isalnum() or ch == '_') and not ch.isdecimal()


def _is_punct_or_word(ch):
    return _is_wordchar(ch) or ch in '!"\'&.,?'


def _dash_run_then_word(text, pos):
    """True when text[pos:] is two or more '-' followed by a word character."""
    n = len(text)
    stop = pos
    while stop < n and text[stop] == '-':
        stop += 1
    return stop - pos >= 2 and stop < n and _is_wordchar(text[stop])


def _letter_at(text, pos):
    return 0 <= pos < len(text) and _is_letter(text[pos])


def _hyphen_breaks_after(text, pos):
    """Can a word be cut just after the '-' at text[pos]?"""
    # what precedes: two letters, or letter-hyphen-letter
    before = (_letter_at(text, pos - 1) and _letter_at(text, pos - 2)) or (
        _letter_at(text, pos - 1) and pos >= 2 and text[pos - 2] == '-'
        and _letter_at(text, pos - 3))
    if not before:
        return False
    # what follows: a letter, optionally one hyphen, and a letter
    if not _letter_at(text, pos + 1):
        return False
    if _letter_at(text, pos + 2):
        return True
    return pos + 2 < len(text) and text[pos + 2] == '-' and _letter_at(text, pos + 3)


def _split_hyphenated(text):
    """Cut text into whitespace runs, words, em-dashes and hyphen-word parts."""
    pieces = []
    n = len(text)
    start = 0
    while start < n:
        ch = text[start]
        if _is_blank(ch):
            stop = start + 1
            while stop < n and _is_blank(text[stop]):
                stop += 1
        elif (ch == '-' and start > 0 and _is_punct_or_word(text[start - 1])
              and _dash_run_then_word(text, start)):
            stop = start
            while text[stop] == '-':
                stop += 1
        else:
            stop = start + 1
            while True:
                if stop < n and text[stop] == '-' and _hyphen_breaks_after(text, stop):
                    stop += 1
                    break
                if stop >= n or _is_blank(text[stop]):
                    break
                if _is_punct_or_word(text[stop - 1]) and _dash_run_then_word(text, stop):
                    break
                stop += 1
        pieces.append(text[start:stop])
        start = stop
    return pieces


def _split_on_blanks(text):
    pieces = []
    n = len(text)
    start = 0
    while start < n:
        blank = _is_blank(text[start])
        stop = start + 1
        while stop < n and _is_blank(text[stop]) == blank:
            stop += 1
        pieces.append(text[start:stop])
        start = stop
    return pieces


def _ends_sentence(word):
    # a lowercase ASCII letter, then . ! or ?, then maybe a closing quote
    if word and word[-1] in '"\'':
        word = word[:-1]
    return len(word) >= 2 and word[-1] in '.!?' and 'a' <= word[-2] <= 'z'


class TextWrapper:
    """Formats paragraphs into lines of at most `width` characters."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- preparing the chunks -------------------------------------------

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(_BLANK_TO_SPACE)
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_hyphenated(text)
        return _split_on_blanks(text)

    def _fix_sentence_endings(self, chunks):
        k = 0
        while k < len(chunks) - 1:
            if chunks[k + 1] == ' ' and _ends_sentence(chunks[k]):
                chunks[k + 1] = '  '
                k += 2
            else:
                k += 1

    def _split_chunks(self, text):
        chunks = self._split(self._munge_whitespace(text))
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return chunks

    # -- laying out lines ---------------------------------------------

    def _handle_long_word(self, pending, line, line_len, width):
        """Put (part of) the too-long chunk pending[-1] on `line`."""
        room = width - line_len if width >= 1 else 1
        if self.break_long_words:
            word = pending[-1]
            cut = room
            if self.break_on_hyphens and len(word) > room:
                dash = word.rfind('-', 0, room)
                if dash > 0 and word[:dash].strip('-'):
                    cut = dash + 1
            line.append(word[:cut])
            pending[-1] = word[cut:]
        elif not line:
            line.append(pending.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        limit = self.max_lines
        if limit is not None:
            first = self.subsequent_indent if limit > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        out = []
        pending = chunks[::-1]          # next chunk at the end
        while pending:
            prefix = self.subsequent_indent if out else self.initial_indent
            room = self.width - len(prefix)
            line = []
            used = 0
            if self.drop_whitespace and out and not pending[-1].strip():
                pending.pop()
            while pending and used + len(pending[-1]) <= room:
                used += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > room:
                self._handle_long_word(pending, line, used, room)
                used = sum(len(part) for part in line)
            if self.drop_whitespace and line and not line[-1].strip():
                used -= len(line.pop())
            if not line:
                continue
            fits = (not pending or (self.drop_whitespace and len(pending) == 1
                                    and not pending[0].strip())) and used <= room
            if limit is None or len(out) + 1 < limit or fits:
                out.append(prefix + ''.join(line))
                continue
            # the last permitted line: end it with the placeholder
            self._finish_with_placeholder(out, line, used, room, prefix)
            break
        return out

    def _finish_with_placeholder(self, out, line, used, room, prefix):
        mark = self.placeholder
        while line:
            if line[-1].strip() and used + len(mark) <= room:
                out.append(prefix + ''.join(line) + mark)
                return
            used -= len(line.pop())
        if out:
            previous = out[-1].rstrip()
            if len(previous) + len(mark) <= self.width:
                out[-1] = previous + mark
                return
        out.append(prefix + mark.lstrip())

    # -- public interface ---------------------------------------------

    def wrap(self, text):
        """The lines of `text` wrapped to the width, without newlines."""
        return self._wrap_chunks(self._split_chunks(text))

    def fill(self, text):
        """`text` wrapped, as one string with newlines between lines."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace in `text` and cut it to fit one line of `width`."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def _leading_blanks(line):
    k = 0
    while k < len(line) and line[k] in ' \t':
        k += 1
    return line[:k]


def dedent(text):
    """Remove the indentation that all non-blank lines of `text` share."""
    lines = text.split('\n')
    shared = None
    for k, line in enumerate(lines):
        lead = _leading_blanks(line)
        if lead == line:
            # nothing but spaces and tabs: becomes an empty line
            lines[k] = ''
            continue
        if shared is None or lead.startswith(shared):
            if shared is None:
                shared = lead
            continue
        if shared.startswith(lead):
            shared = lead
            continue
        common = 0
        while shared[common] == lead[common]:
            common += 1
        shared = shared[:common]
    if shared:
        cut = len(shared)
        lines = [line[cut:] if line else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Put `prefix` before the lines of `text` selected by `predicate`
    (by default, the lines that are not only whitespace)."""
    pieces = []
    for line in text.splitlines(True):
        keep = predicate(line) if predicate is not None else line.strip()
        pieces.append(prefix + line if keep else line)
    return ''.join(pieces)

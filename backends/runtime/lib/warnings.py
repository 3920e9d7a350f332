"""pvm's `warnings` module, written for pvm in Python.

warn and warn_explicit with CPython's filters (the default list of a release
build, filterwarnings/simplefilter/resetwarnings, actions error, ignore,
always, default, module and once, the per-module __warningregistry__),
showwarning/formatwarning in CPython's format (the source line read from the
file when it can be), and catch_warnings with record=True. The filters are
matched with plain string comparison of the message start and module name
where CPython compiles regular expressions: `message` and `module` patterns
other than literal prefixes or exact names are not supported.
"""

import sys

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings',
           'simplefilter', 'resetwarnings', 'catch_warnings']

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')

# (action, message prefix, category, module, lineno), first match wins.
filters = [
    ('default', '', DeprecationWarning, '__main__', 0),
    ('ignore', '', DeprecationWarning, '', 0),
    ('ignore', '', PendingDeprecationWarning, '', 0),
    ('ignore', '', ImportWarning, '', 0),
    ('ignore', '', ResourceWarning, '', 0),
]
defaultaction = 'default'
_onceregistry = {}
_filters_version = [1]


def _source_line(filename, lineno):
    try:
        with open(filename, encoding='utf-8') as f:
            for number, line in enumerate(f, 1):
                if number == lineno:
                    return line
    except (OSError, UnicodeDecodeError, ValueError):
        pass
    return None


def formatwarning(message, category, filename, lineno, line=None):
    text = '%s:%s: %s: %s\n' % (filename, lineno, category.__name__, message)
    if line is None:
        line = _source_line(filename, lineno)
    if line:
        text += '  %s\n' % line.strip()
    return text


def _showwarning_default(message, category, filename, lineno, file=None, line=None):
    if file is None:
        file = sys.stderr
        if file is None:
            return
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except OSError:
        pass


showwarning = _showwarning_default


def _add_filter(item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_version[0] += 1


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    if action not in _ACTIONS:
        raise AssertionError('invalid action: %r' % (action,))
    if not isinstance(message, str):
        raise AssertionError('message must be a string')
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise AssertionError('category must be a Warning subclass')
    if not isinstance(module, str):
        raise AssertionError('module must be a string')
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError('lineno must be an int >= 0')
    _add_filter((action, message, category, module, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in _ACTIONS:
        raise AssertionError('invalid action: %r' % (action,))
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError('lineno must be an int >= 0')
    _add_filter((action, '', category, '', lineno), append)


def resetwarnings():
    filters[:] = []
    _filters_version[0] += 1


_REGEX_CHARACTERS = frozenset('.^$*+?{}[]\\|()')


def _matches(pattern, text, ignore_case):
    """A filter's message (case-insensitive) or module pattern matched at the
    start of the text, as CPython's re.match; re is loaded only for a pattern
    that uses its syntax."""
    if not pattern:
        return True
    if _REGEX_CHARACTERS.isdisjoint(pattern):
        if ignore_case:
            return text.lower().startswith(pattern.lower())
        return text.startswith(pattern)
    import re
    return re.match(pattern, text, re.I if ignore_case else 0) is not None


def _action_for(text, category, module, lineno):
    for action, message, cat, mod, line in filters:
        if (issubclass(category, cat) and _matches(message, text, True)
                and _matches(mod, module, False) and (line == 0 or line == lineno)):
            return action
    return defaultaction


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise it as an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'".format(type(category).__name__))
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        globals_, filename, lineno = sys.__dict__, 'sys', 1
    else:
        globals_, filename, lineno = frame.f_globals, frame.f_code.co_filename, frame.f_lineno
    module = globals_.get('__name__', '<string>')
    registry = globals_.setdefault('__warningregistry__', {})
    warn_explicit(message, category, filename, lineno, module, registry, source=source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version[0]:
        registry.clear()
        registry['version'] = _filters_version[0]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    action = _action_for(text, category, module, lineno)
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action == 'once':
        registry[key] = 1
        once_key = (text, category)
        if _onceregistry.get(once_key):
            return
        _onceregistry[once_key] = 1
    elif action == 'module':
        registry[key] = 1
        module_key = (text, category, 0)
        if registry.get(module_key):
            return
        registry[module_key] = 1
    elif action == 'default':
        registry[key] = 1
    showwarning(message, category, filename, lineno)


class WarningMessage:
    """One recorded warning (catch_warnings(record=True))."""

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, line : %r}'
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


class catch_warnings:
    """Saves the filters and showwarning on entry and restores them on exit;
    with record=True, warnings are collected in the list `as` gives."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._action = action
        self._category = category
        self._lineno = lineno
        self._append = append
        self._entered = False

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        return '%s(%s)' % (type(self).__name__, ', '.join(args))

    def __enter__(self):
        global showwarning
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        self._saved_filters = filters[:]
        self._saved_show = showwarning
        _filters_version[0] += 1
        if self._action is not None:
            simplefilter(self._action, self._category, self._lineno, self._append)
        if self._record:
            log = []

            def record(message, category, filename, lineno, file=None, line=None):
                log.append(WarningMessage(message, category, filename, lineno, file, line))
            showwarning = record
            return log
        return None

    def __exit__(self, *exc_info):
        global showwarning
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        filters[:] = self._saved_filters
        _filters_version[0] += 1
        showwarning = self._saved_show


class _OptionError(Exception):
    """A -W option (or PYTHONWARNINGS entry) that cannot become a filter."""


def _option_action(text):
    # An action may be abbreviated to any prefix; 'all' is another name for 'always'.
    if not text:
        return 'default'
    if text == 'all':
        return 'always'
    for action in ('default', 'always', 'ignore', 'module', 'once', 'error'):
        if action.startswith(text):
            return action
    raise _OptionError('invalid action: %r' % (text,))


def _option_category(name):
    if not name:
        return Warning
    if '.' in name:
        module_name, _, attr = name.rpartition('.')
        try:
            owner = __import__(module_name, None, None, [attr])
        except ImportError:
            raise _OptionError('invalid module name: %r' % (module_name,)) from None
    else:
        import builtins as owner
        attr = name
    try:
        category = getattr(owner, attr)
    except AttributeError:
        raise _OptionError('unknown warning category: %r' % (name,)) from None
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise _OptionError('invalid warning category: %r' % (name,))
    return category


def _apply_option(option):
    """action:message:category:module:lineno, each part optional; the message
    and module are literal texts (the module matched whole)."""
    fields = option.split(':')
    if len(fields) > 5:
        raise _OptionError('too many fields (max 5): %r' % (option,))
    fields = [f.strip() for f in fields] + [''] * (5 - len(fields))
    action = _option_action(fields[0])
    category = _option_category(fields[2])
    message, module, lineno = fields[1], fields[3], fields[4]
    if message or module:
        import re
        message = re.escape(message)
        module = re.escape(module) + r'\Z' if module else ''
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError('invalid lineno %r' % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


# sys.warnoptions (PYTHONWARNINGS, then -W) become filters ahead of the defaults, the last given first.
for _option in sys.warnoptions:
    try:
        _apply_option(_option)
    except _OptionError as _error:
        print('Invalid -W option ignored:', _error, file=sys.stderr)

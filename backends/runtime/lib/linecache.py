"""pvm's implementation of the `linecache` module, written in Python.

Source lines read through open() (UTF-8) and cached per file name; a file
that cannot be read, and pseudo-files such as '<string>', give no lines.
lazycache and module_globals loaders are not consulted (pvm modules have
no __loader__ that serves source).
"""

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line lineno (1-based, with its newline) of filename, or ''."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All lines of filename (cached), or [] when it cannot be read."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Kept for API compatibility: pvm's cache is never stale within a run."""


def updatecache(filename, module_globals=None):
    """Re-read filename into the cache; [] when it cannot be read."""
    cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    try:
        with open(filename, encoding='utf-8') as f:
            text = f.read()
    except (OSError, UnicodeDecodeError, ValueError):
        return []
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (len(text), None, lines, filename)
    return lines


def lazycache(filename, module_globals):
    """pvm keeps no lazy loaders: always False."""
    return False

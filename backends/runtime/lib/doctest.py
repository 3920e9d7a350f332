"""pvm's implementation of the `doctest` module (the common subset), written
in Python.

testmod() and run_docstring_examples(): examples found in the docstrings of
a module, its functions, classes, methods, properties and __test__, run in a
copy of the module's globals with stdout captured, compared as CPython's
OutputChecker does (exact text, <BLANKLINE>, True for 1, the ELLIPSIS,
NORMALIZE_WHITESPACE, IGNORE_EXCEPTION_DETAIL and DONT_ACCEPT_* flags, inline
`# doctest:` directives, expected exceptions by their last line), with
CPython's failure reports, verbose trace and summary, and TestResults.
Known differences: pvm's compile() has no 'single' mode, so an example is
evaluated as an expression when it is one (its repr printed unless None)
and executed otherwise (expression statements inside a compound example
print nothing); tracebacks in reports start at the example's frame (CPython's
also show a frame of its doctest.py). Not provided:
testfile, DocTestSuite/DocFileSuite, debugging helpers.
"""

import sys
import builtins
import inspect
import linecache
import traceback
from collections import namedtuple
from io import StringIO
from _traceback import _register_source

__all__ = ['register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1',
           'DONT_ACCEPT_BLANKLINE', 'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP',
           'IGNORE_EXCEPTION_DETAIL', 'COMPARISON_FLAGS', 'REPORT_UDIFF',
           'REPORT_CDIFF', 'REPORT_NDIFF', 'REPORT_ONLY_FIRST_FAILURE',
           'REPORTING_FLAGS', 'FAIL_FAST', 'Example', 'DocTest',
           'DocTestParser', 'DocTestFinder', 'DocTestRunner', 'OutputChecker',
           'TestResults', 'testmod', 'run_docstring_examples']

TestResults = namedtuple('TestResults', 'failed attempted')

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')
COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE |
                    NORMALIZE_WHITESPACE | ELLIPSIS | SKIP |
                    IGNORE_EXCEPTION_DETAIL)
REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')
REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF |
                   REPORT_ONLY_FIRST_FAILURE | FAIL_FAST)

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'


def _indent(s, indent=4):
    return ''.join(' ' * indent + line for line in s.splitlines(keepends=True))


def _exception_traceback(exc_info):
    out = StringIO()
    exc_type, exc_val, exc_tb = exc_info
    traceback.print_exception(exc_type, exc_val, exc_tb, file=out)
    return out.getvalue()


def _ellipsis_match(want, got):
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    startpos, endpos = 0, len(got)
    first = pieces[0]
    if first:
        if not got.startswith(first):
            return False
        startpos = len(first)
        del pieces[0]
    last = pieces[-1]
    if last:
        if not got.endswith(last):
            return False
        endpos -= len(last)
        del pieces[-1]
    if startpos > endpos:
        return False
    for piece in pieces:
        startpos = got.find(piece, startpos, endpos)
        if startpos < 0:
            return False
        startpos += len(piece)
    return True


class Example:
    """One interactive example: source, expected output, line offset."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0,
                 options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = options if options is not None else {}
        self.exc_msg = exc_msg


class DocTest:
    """The examples of one docstring, with their globals and origin."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        if len(self.examples) == 0:
            examples = 'no examples'
        elif len(self.examples) == 1:
            examples = '1 example'
        else:
            examples = '%d examples' % len(self.examples)
        return ('<%s %s from %s:%s (%s)>' %
                (self.__class__.__name__, self.name, self.filename,
                 self.lineno, examples))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return ((self.name, self.filename, self.lineno or -1, id(self))
                < (other.name, other.filename, other.lineno or -1, id(other)))


def _leading_spaces(line):
    return len(line) - len(line.lstrip(' '))


class DocTestParser:
    """Splits a docstring into Examples and the text between them."""

    def _directives(self, source, name, lineno):
        options = {}
        for line in source.split('\n'):
            marker = line.find('# doctest:')
            if marker < 0:
                continue
            for option in line[marker + len('# doctest:'):].replace(',', ' ').split():
                if option[0] not in '+-' or option[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError('line %r of the doctest for %s has an '
                                     'invalid option: %r' % (lineno + 1, name, option))
                options[OPTIONFLAGS_BY_NAME[option[1:]]] = (option[0] == '+')
        return options

    def parse(self, string, name='<string>'):
        """The docstring's pieces: text strings and Examples, in order."""
        string = string.expandtabs()
        lines = string.split('\n')
        margin = min((_leading_spaces(l) for l in lines if l.strip()), default=0)
        if margin > 0:
            lines = [l[margin:] for l in lines]
        output = []
        text = []
        i = 0
        while i < len(lines):
            line = lines[i]
            stripped = line.lstrip(' ')
            if not (stripped.startswith('>>>') and (len(stripped) == 3 or stripped[3] in ' \n')):
                text.append(line)
                i += 1
                continue
            indent = _leading_spaces(line)
            lineno = i
            source_lines = [stripped[4:] if len(stripped) > 3 else '']
            i += 1
            while i < len(lines):
                cont = lines[i]
                body = cont[indent:]
                if _leading_spaces(cont) >= indent and (body.startswith('... ') or body.rstrip() == '...'):
                    source_lines.append(body[4:])
                    i += 1
                else:
                    break
            want_lines = []
            while i < len(lines):
                cont = lines[i]
                if not cont.strip() or cont.lstrip(' ').startswith('>>>'):
                    break
                if _leading_spaces(cont) < indent:
                    raise ValueError('line %r of the docstring for %s has '
                                     'inconsistent leading whitespace: %r'
                                     % (i + 1, name, cont))
                want_lines.append(cont[indent:])
                i += 1
            output.append('\n'.join(text))
            text = []
            source = '\n'.join(source_lines)
            want = '\n'.join(want_lines)
            if want:
                want += '\n'
            exc_msg = None
            if want_lines and want_lines[0].startswith(('Traceback (most recent call last):',
                                                        'Traceback (innermost last):')):
                rest = [l for l in want_lines[1:]]
                k = 0
                while k < len(rest) and (rest[k].startswith((' ', '\t')) or rest[k].strip() == '...'):
                    k += 1
                exc_msg = '\n'.join(rest[k:]) + '\n'
            options = self._directives(source, name, lineno)
            if not source.strip():
                continue
            output.append(Example(source, want, exc_msg, lineno=lineno,
                                  indent=indent + margin, options=options))
        output.append('\n'.join(text))
        return output

    def get_examples(self, string, name='<string>'):
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename,
                       lineno, string)


class DocTestFinder:
    """Collects the DocTests of an object and what it contains."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True,
                 exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given "
                                 "when obj.__name__ doesn't exist: %r" % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)
        try:
            file = inspect.getsourcefile(obj) or inspect.getfile(obj)
            source_lines = linecache.getlines(file) if file else None
        except TypeError:
            file = None
            source_lines = None
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {}, file)
        tests.sort()
        return tests

    def _from_module(self, module, obj):
        if module is None:
            return True
        if inspect.isfunction(obj):
            return module.__dict__ is obj.__globals__
        if inspect.isclass(obj) or isinstance(obj, property) or inspect.ismethoddescriptor(obj):
            mod = getattr(obj, '__module__', None)
            if isinstance(obj, property):
                mod = getattr(obj.fget, '__module__', None)
            return mod == module.__name__
        if inspect.getmodule(obj) is not None:
            return module is inspect.getmodule(obj)
        return True

    def _find(self, tests, obj, name, module, source_lines, globs, seen, file):
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs, source_lines, file)
        if test is not None:
            tests.append(test)
        if inspect.ismodule(obj) and self._recurse:
            for valname, val in obj.__dict__.items():
                valname = '%s.%s' % (name, valname)
                target = inspect.unwrap(val) if callable(val) else val
                if ((inspect.isroutine(target) or inspect.isclass(val))
                        and self._from_module(module, val)):
                    self._find(tests, val, valname, module, source_lines, globs, seen, file)
            for valname, val in getattr(obj, '__test__', {}).items():
                if not isinstance(valname, str):
                    raise ValueError("DocTestFinder.find: __test__ keys must be "
                                     "strings: %r" % (type(valname),))
                if not (inspect.isroutine(val) or inspect.isclass(val) or
                        inspect.ismodule(val) or isinstance(val, str)):
                    raise ValueError("DocTestFinder.find: __test__ values must be "
                                     "strings, functions, methods, classes, or "
                                     "modules: %r" % (type(val),))
                valname = '%s.__test__.%s' % (name, valname)
                self._find(tests, val, valname, module, source_lines, globs, seen, file)
        if inspect.isclass(obj) and self._recurse:
            for valname, val in obj.__dict__.items():
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if ((inspect.isroutine(val) or inspect.isclass(val) or
                        isinstance(val, property)) and self._from_module(module, val)):
                    valname = '%s.%s' % (name, valname)
                    self._find(tests, val, valname, module, source_lines, globs, seen, file)

    def _get_test(self, obj, name, module, globs, source_lines, file):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__ or ''
                if not isinstance(docstring, str):
                    docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
        if self._exclude_empty and not docstring:
            return None
        lineno = self._find_lineno(obj, source_lines)
        filename = file if file is not None else getattr(module, '__file__', None)
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    def _find_lineno(self, obj, source_lines):
        lineno = None
        if inspect.ismodule(obj):
            lineno = 0
        if inspect.isclass(obj) and source_lines:
            target = 'class ' + obj.__name__
            for i, line in enumerate(source_lines):
                stripped = line.lstrip()
                if stripped.startswith(target) and stripped[len(target):len(target) + 1] in ('(', ':', ' '):
                    lineno = i
                    break
        if isinstance(obj, property):
            obj = obj.fget
        if inspect.ismethod(obj):
            obj = obj.__func__
        if inspect.isfunction(obj) and getattr(obj, '__doc__', None):
            obj = obj.__code__
        if inspect.iscode(obj):
            lineno = obj.co_firstlineno - 1
        if lineno is not None and not inspect.ismodule(obj):
            if source_lines is None:
                return lineno + 1
            for i in range(lineno, len(source_lines)):
                if _docstring_start(source_lines[i]):
                    return i
        return lineno


def _docstring_start(line):
    # CPython's pattern (^|.*:)\s*\w*("|'): a quote after an optional colon
    # and an optional string prefix.
    candidates = [line]
    colon = line.find(':')
    while colon >= 0:
        candidates.append(line[colon + 1:])
        colon = line.find(':', colon + 1)
    for text in candidates:
        text = text.lstrip()
        k = 0
        while k < len(text) and (text[k].isalnum() or text[k] == '_'):
            k += 1
        if k < len(text) and text[k] in '"\'':
            return True
    return False


class OutputChecker:
    """Decides whether an example's actual output matches the expected one."""

    def check_output(self, want, got, optionflags):
        if got == want:
            return True
        if not (optionflags & DONT_ACCEPT_TRUE_FOR_1):
            if (got, want) == ("True\n", "1\n"):
                return True
            if (got, want) == ("False\n", "0\n"):
                return True
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            want = '\n'.join('' if line.strip() == BLANKLINE_MARKER else line
                             for line in want.split('\n'))
            got = '\n'.join('' if not line.strip() else line
                            for line in got.split('\n'))
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            got = '\n'.join(BLANKLINE_MARKER if not line.strip() and i < len(got.split('\n')) - 1 else line
                            for i, line in enumerate(got.split('\n')))
        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got))
        if want:
            return 'Expected:\n%sGot nothing\n' % _indent(want)
        if got:
            return 'Expected nothing\nGot:\n%s' % _indent(got)
        return 'Expected nothing\nGot nothing\n'


class DocTestRunner:
    """Runs DocTests and reports on them."""

    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = '-v' in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = StringIO()

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out('Trying:\n' + _indent(example.source) +
                    'Expecting:\n' + _indent(example.want))
            else:
                out('Trying:\n' + _indent(example.source) +
                    'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example) +
            self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) +
            'Exception raised:\n' + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        out = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = '?'
            out.append('File "%s", line %s, in %s' % (test.filename, lineno, test.name))
        else:
            out.append('Line %s, in %s' % (example.lineno + 1, test.name))
        out.append('Failed example:')
        out.append(_indent(example.source))
        return '\n'.join(out)

    def _run_example(self, example, globs, filename):
        try:
            code = compile(example.source, filename, 'eval')
        except SyntaxError:
            code = None
        if code is not None:
            value = eval(code, globs)
            if value is not None:
                print(repr(value))
                builtins._ = value
            return
        exec(compile(example.source, filename, 'exec'), globs)

    def __run(self, test, compileflags, out):
        failures = tries = 0
        original_optionflags = self.optionflags
        SUCCESS, FAILURE, BOOM = range(3)
        check = self._checker.check_output
        for examplenum, example in enumerate(test.examples):
            quiet = (self.optionflags & REPORT_ONLY_FIRST_FAILURE and failures > 0)
            self.optionflags = original_optionflags
            if example.options:
                for (optionflag, val) in example.options.items():
                    if val:
                        self.optionflags |= optionflag
                    else:
                        self.optionflags &= ~optionflag
            if self.optionflags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            filename = '<doctest %s[%d]>' % (test.name, examplenum)
            _register_source(filename, example.source)
            self._fakeout.seek(0)
            self._fakeout.truncate(0)
            saved = sys.stdout
            sys.stdout = self._fakeout
            try:
                self._run_example(example, test.globs, filename)
                exception = None
            except KeyboardInterrupt:
                raise
            except BaseException as exc:
                # The report starts at the example's own frame.
                tb = exc.__traceback__
                for _ in range(2):
                    if tb is not None and tb.tb_next is not None:
                        tb = tb.tb_next
                exc.__traceback__ = tb
                exception = (type(exc), exc, tb)
            finally:
                sys.stdout = saved
            got = self._fakeout.getvalue()
            outcome = FAILURE
            if exception is None:
                if check(example.want, got, self.optionflags):
                    outcome = SUCCESS
            else:
                formatted = traceback.format_exception_only(*exception[:2])
                exc_msg = formatted[-1]
                if not quiet:
                    got += _exception_traceback(exception)
                if example.exc_msg is None:
                    outcome = BOOM
                elif check(example.exc_msg, exc_msg, self.optionflags):
                    outcome = SUCCESS
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    if check(_strip_exception_details(example.exc_msg),
                             _strip_exception_details(exc_msg), self.optionflags):
                        outcome = SUCCESS
            if outcome is SUCCESS:
                if not quiet:
                    self.report_success(out, test, example, got)
            elif outcome is FAILURE:
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            else:
                if not quiet:
                    self.report_unexpected_exception(out, test, example, exception)
                failures += 1
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = original_optionflags
        self.__record_outcome(test, failures, tries)
        return TestResults(failures, tries)

    def __record_outcome(self, test, f, t):
        f2, t2 = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (f + f2, t + t2)
        self.failures += f
        self.tries += t

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Run the examples of test, writing reports with out (stdout by default)."""
        if out is None:
            real = sys.stdout

            def out(text):
                real.write(text)
        try:
            return self.__run(test, compileflags, out)
        finally:
            if clear_globs:
                test.globs.clear()
                builtins._ = None

    def summarize(self, verbose=None):
        """Print the totals; answer TestResults(failed, attempted)."""
        if verbose is None:
            verbose = self._verbose
        notests = []
        passed = []
        failed = []
        totalt = totalf = 0
        for name, (f, t) in self._name2ft.items():
            assert f <= t
            totalt += t
            totalf += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if notests:
                print(len(notests), "items had no tests:")
                notests.sort()
                for name in notests:
                    print("   ", name)
            if passed:
                print(len(passed), "items passed all tests:")
                passed.sort()
                for name, count in passed:
                    print(" %3d tests in %s" % (count, name))
        if failed:
            print(self.DIVIDER)
            print(len(failed), "items had failures:")
            failed.sort()
            for name, (f, t) in failed:
                print(" %3d of %3d in %s" % (f, t, name))
        if verbose:
            print(totalt, "tests in", len(self._name2ft), "items.")
            print(totalt - totalf, "passed and", totalf, "failed.")
        if totalf:
            print("***Test Failed***", totalf, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(totalf, totalt)


def _strip_exception_details(msg):
    start, end = 0, len(msg)
    i = msg.find("\n")
    if i >= 0:
        end = i
    i = msg.find('(', 0, end)
    if i >= 0:
        end = i
    i = msg.find(':', 0, end)
    if i >= 0:
        end = i
    i = msg.rfind('.', 0, end)
    if i >= 0:
        start = i + 1
    return msg[start: end]


master = None


def testmod(m=None, name=None, globs=None, verbose=None, report=True,
            optionflags=0, extraglobs=None, raise_on_error=False,
            exclude_empty=False):
    """Run the docstring examples of module m (__main__ by default)."""
    global master
    if m is None:
        m = sys.modules.get('__main__')
    if not inspect.ismodule(m):
        raise TypeError("testmod: module required; %r" % (m,))
    if name is None:
        name = m.__name__
    if raise_on_error:
        raise NotImplementedError("doctest.testmod(raise_on_error=True) is not supported by pvm")
    finder = DocTestFinder(exclude_empty=exclude_empty)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    master = runner
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName",
                           compileflags=None, optionflags=0):
    """Run the examples in the docstring of f with the given globals."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)

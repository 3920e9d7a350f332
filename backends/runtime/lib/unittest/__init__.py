"""pvm's `unittest` package, written for pvm (its submodule `mock` is unittest.mock).

TestCase with the assert methods (CPython's standard messages, with its
detailed diffs of sequences, dicts, sets and multi-line strings through
difflib and pprint, and its shortened reprs), assertWarns/assertLogs,
subTest, skips, expectedFailure, cleanups and contexts, class and module
fixtures; IsolatedAsyncioTestCase over asyncio's event loop; TestSuite,
TestLoader (test methods sorted by name, test classes in dir() order, -k
patterns, unknown names as failing tests), TextTestRunner (buffer, failfast,
the warnings filter) and main() with CPython's command line (through
argparse), progress lines, failure reports and summary on stderr, exit
status 0 or 1. Reports leave this module's frames out of tracebacks, as
CPython leaves out its unittest package's. Not provided: discovery from
directories, --locals, catching Ctrl-C.
"""

import sys
import time
import traceback
# At module level as in CPython's unittest.case: importing it inside run() put its cost in 'Ran N tests in'.
import warnings

__all__ = ['TestCase', 'IsolatedAsyncioTestCase', 'TestSuite', 'TestLoader', 'TextTestRunner', 'TestResult',
           'TextTestResult', 'SkipTest', 'skip', 'skipIf', 'skipUnless', 'expectedFailure',
           'main', 'defaultTestLoader', 'FunctionTestCase', 'addModuleCleanup',
           'doModuleCleanups', 'enterModuleContext', 'makeSuite', 'findTestCases',
           'getTestCaseNames']

_SEPARATOR1 = '=' * 70
_SEPARATOR2 = '-' * 70
_MAX_REPR = 80


class SkipTest(Exception):
    """Raised (by TestCase.skipTest or directly) to skip a test."""

    # The modules of CPython's unittest package, where reprs and tracebacks name them.
    __module__ = 'unittest.case'


def _safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if not short or len(text) < _MAX_REPR:
        return text
    return text[:_MAX_REPR] + ' [truncated]...'


def skip(reason):
    """Decorator: always skip the test (or every test of the class)."""
    def decorate(item):
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item
    if isinstance(reason, type(skip)):
        test, reason = reason, ''
        return decorate(test)
    return decorate


def skipIf(condition, reason):
    return skip(reason) if condition else (lambda item: item)


def skipUnless(condition, reason):
    return skip(reason) if not condition else (lambda item: item)


def expectedFailure(test):
    test.__unittest_expecting_failure__ = True
    return test


def _enter_context(cm, add_cleanup):
    cls = type(cm)
    try:
        enter = cls.__enter__
        exit = cls.__exit__
    except AttributeError:
        raise TypeError("'%s.%s' object does not support the context manager protocol"
                        % (cls.__module__, cls.__qualname__)) from None
    value = enter(cm)
    add_cleanup(exit, cm, None, None, None)
    return value


_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    return _enter_context(cm, addModuleCleanup)


def doModuleCleanups():
    """Runs the module cleanups last-first; the first error is raised after all ran."""
    errors = []
    while _module_cleanups:
        function, args, kwargs = _module_cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception as e:
            errors.append(e)
    if errors:
        raise errors[0]


class _Outcome:
    def __init__(self, result):
        self.result = result
        self.success = True
        self.expecting_failure = False
        self.expected_failure = None


def _type_name(expected):
    try:
        return expected.__name__
    except AttributeError:
        return str(expected)


def _is_subtype(expected, base):
    if isinstance(expected, tuple):
        return all(_is_subtype(e, base) for e in expected)
    return isinstance(expected, type) and issubclass(expected, base)


class _ExpectContext:
    """What assertRaises and assertWarns share: argument checks, the callable
    form (handle) and the failure messages naming the expected type."""

    def __init__(self, expected, test, regex=None):
        if not _is_subtype(expected, self._base_type):
            raise TypeError('%s() arg 1 must be %s' % (self._method, self._base_type_str))
        self.expected = expected
        self.test = test
        if regex is not None and isinstance(regex, (str, bytes)):
            import re
            regex = re.compile(regex)
        self.regex = regex
        self.obj_name = None
        self.msg = None

    def handle(self, args, kwargs):
        if not args:
            self.msg = kwargs.pop('msg', None)
            if kwargs:
                raise TypeError('%r is an invalid keyword argument for this function' % (next(iter(kwargs)),))
            return self
        function, *rest = args
        try:
            self.obj_name = function.__name__
        except AttributeError:
            self.obj_name = str(function)
        with self:
            function(*rest, **kwargs)

    def _fail_missing(self, what):
        name = _type_name(self.expected)
        if self.obj_name:
            self.test._fail(self.msg, '%s not %s by %s' % (name, what, self.obj_name))
        self.test._fail(self.msg, '%s not %s' % (name, what))

    def _fail_regex(self, text):
        self.test._fail(self.msg, '"%s" does not match "%s"' % (self.regex.pattern, text))


class _RaisesContext(_ExpectContext):
    _method = 'assertRaises'
    _base_type = BaseException
    _base_type_str = 'an exception type or tuple of exception types'

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            self._fail_missing('raised')
        if not issubclass(exc_type, self.expected):
            return False
        # Kept without its traceback, as CPython keeps it.
        self.exception = exc_value.with_traceback(None)
        if self.regex is not None and not self.regex.search(str(exc_value)):
            self._fail_regex(str(exc_value))
        return True


class _WarnsContext(_ExpectContext):
    _method = 'assertWarns'
    _base_type = Warning
    _base_type_str = 'a warning type or tuple of warning types'

    def __enter__(self):
        # A warning already shown once from a location must show again here.
        for module in list(sys.modules.values()):
            if getattr(module, '__warningregistry__', None):
                module.__warningregistry__ = {}
        self._catcher = warnings.catch_warnings(record=True)
        self.warnings = self._catcher.__enter__()
        warnings.simplefilter('always', self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self._catcher.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return False
        first = None
        for caught in self.warnings:
            warning = caught.message
            if not isinstance(warning, self.expected):
                continue
            if first is None:
                first = warning
            if self.regex is not None and not self.regex.search(str(warning)):
                continue
            self.warning = warning
            self.filename = caught.filename
            self.lineno = caught.lineno
            return None
        if first is not None:
            self._fail_regex(str(first))
        self._fail_missing('triggered')


class _LogsContext:
    """assertLogs/assertNoLogs: the logger's handlers are replaced by one
    capturing handler for the block; its propagation and level are restored."""

    def __init__(self, test, logger_name, level, no_logs):
        import logging
        self.test = test
        self.logger_name = logger_name
        self.level = logging._nameToLevel.get(level, level) if level else logging.INFO
        self.no_logs = no_logs

    def __enter__(self):
        import logging
        if isinstance(self.logger_name, logging.Logger):
            logger = self.logger = self.logger_name
        else:
            logger = self.logger = logging.getLogger(self.logger_name)
        handler = _new_capturing_handler()
        handler.setLevel(self.level)
        handler.setFormatter(logging.Formatter('%(levelname)s:%(name)s:%(message)s'))
        self.watcher = handler.watcher
        self._saved = (logger.handlers[:], logger.level, logger.propagate)
        logger.handlers = [handler]
        logger.setLevel(self.level)
        logger.propagate = False
        if self.no_logs:
            return None
        return handler.watcher

    def __exit__(self, exc_type, exc_value, tb):
        import logging
        self.logger.handlers, level, self.logger.propagate = self._saved
        self.logger.setLevel(level)
        if exc_type is not None:
            return False
        if self.no_logs:
            if self.watcher.records:
                self.test._fail(None, 'Unexpected logs found: %r' % (self.watcher.output,))
        elif not self.watcher.records:
            self.test._fail(None, 'no logs of level %s or higher triggered on %s'
                            % (logging.getLevelName(self.level), self.logger.name))
        return None


_capturing_handler = []


def _new_capturing_handler():
    # Built on first use: logging is imported only by tests that assert logs.
    if not _capturing_handler:
        import logging
        from collections import namedtuple
        watcher_type = namedtuple('_LoggingWatcher', ['records', 'output'])

        class _CapturingHandler(logging.Handler):
            def __init__(self):
                logging.Handler.__init__(self)
                self.watcher = watcher_type([], [])

            def flush(self):
                pass

            def emit(self, record):
                self.watcher.records.append(record)
                self.watcher.output.append(self.format(record))

        _capturing_handler.append(_CapturingHandler)
    return _capturing_handler[0]()


class _SubTest:
    def __init__(self, case, message, params):
        self.test_case = case
        self._message = message
        self.params = params

    def _subdescription(self):
        parts = []
        if self._message is not None:
            parts.append('[%s]' % self._message)
        if self.params:
            parts.append('(%s)' % ', '.join('%s=%r' % item for item in self.params.items()))
        return ' '.join(parts) or '(<subtest>)'

    def id(self):
        return '%s %s' % (self.test_case.id(), self._subdescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return '%s %s' % (self.test_case, self._subdescription())


class TestCase:
    """A test: the methods named test* of a subclass, each run on a fresh instance."""

    __module__ = 'unittest.case'

    failureException = AssertionError
    longMessage = True
    _classSetupFailed = False
    _class_cleanups = []
    maxDiff = 80 * 8

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._cleanups = []
        self._outcome = None
        if methodName != 'runTest' and not hasattr(self, methodName):
            raise ValueError('no such test method in %s: %s' % (self.__class__, methodName))
        method = getattr(self, methodName, None)
        self._testMethodDoc = getattr(method, '__doc__', None)

    # -- fixtures
    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        return _enter_context(cm, self.addCleanup)

    def doCleanups(self):
        # Inside run(), each cleanup's error is reported on its own and the rest still run.
        outcome = self._outcome
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            if outcome is None:
                self._callCleanup(function, *args, **kwargs)
            else:
                self._run_part(outcome, lambda: self._callCleanup(function, *args, **kwargs))
        return outcome is None or outcome.success

    def __init_subclass__(cls, *args, **kwargs):
        # Each test class has its own fixture state.
        cls._classSetupFailed = False
        cls._class_cleanups = []
        super().__init_subclass__(*args, **kwargs)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        return _enter_context(cm, cls.addClassCleanup)

    @classmethod
    def doClassCleanups(cls):
        cls.tearDown_exceptions = []
        while cls._class_cleanups:
            function, args, kwargs = cls._class_cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception as e:
                cls.tearDown_exceptions.append(e)

    # -- naming
    def id(self):
        return '%s.%s.%s' % (self.__class__.__module__, self.__class__.__qualname__, self._testMethodName)

    def __str__(self):
        return '%s (%s.%s.%s)' % (self._testMethodName, self.__class__.__module__,
                                  self.__class__.__qualname__, self._testMethodName)

    def __repr__(self):
        return '<%s.%s testMethod=%s>' % (self.__class__.__module__, self.__class__.__qualname__,
                                          self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def shortDescription(self):
        doc = self._testMethodDoc
        return doc.strip().split('\n')[0].strip() if doc else None

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    # -- running
    def skipTest(self, reason):
        raise SkipTest(reason)

    def subTest(self, msg=None, **params):
        return _SubTestContext(self, msg, params)

    def _run_part(self, outcome, function, test=None):
        try:
            function()
        except KeyboardInterrupt:
            raise
        except SkipTest as e:
            outcome.success = False
            outcome.result.addSkip(test or self, str(e))
        except self.failureException as e:
            outcome.success = False
            if outcome.expecting_failure:
                outcome.expected_failure = e
            else:
                outcome.result.addFailure(test or self, e)
        except BaseException as e:
            outcome.success = False
            if outcome.expecting_failure:
                outcome.expected_failure = e
            else:
                outcome.result.addError(test or self, e)
        else:
            return True
        return False

    def run(self, result=None):
        if result is None:
            result = self.defaultTestResult()
        result.startTest(self)
        method = getattr(self, self._testMethodName)
        try:
            if getattr(self.__class__, '__unittest_skip__', False) or getattr(method, '__unittest_skip__', False):
                why = (getattr(self.__class__, '__unittest_skip_why__', '')
                       or getattr(method, '__unittest_skip_why__', ''))
                result.addSkip(self, why)
                return result
            outcome = _Outcome(result)
            outcome.expecting_failure = (getattr(method, '__unittest_expecting_failure__', False)
                                         or getattr(self, '__unittest_expecting_failure__', False))
            self._outcome = outcome
            if self._run_part(outcome, self._callSetUp):
                self._run_part(outcome, lambda: self._callTestMethod(method))
                self._run_part(outcome, self._callTearDown)
            self.doCleanups()
            if outcome.success:
                if outcome.expecting_failure:
                    result.addUnexpectedSuccess(self)
                else:
                    result.addSuccess(self)
            elif outcome.expected_failure is not None:
                result.addExpectedFailure(self, outcome.expected_failure)
            return result
        finally:
            self._outcome = None
            result.stopTest(self)

    def __call__(self, *args, **kwargs):
        return self.run(*args, **kwargs)

    # The steps of a test, which IsolatedAsyncioTestCase runs in its event loop.
    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        method()

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def debug(self):
        self._callSetUp()
        self._callTestMethod(getattr(self, self._testMethodName))
        self._callTearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            self._callCleanup(function, *args, **kwargs)

    # -- assertions
    def _format(self, msg, standard):
        if msg is None:
            return standard
        if not self.longMessage:
            return msg
        try:
            return '%s : %s' % (standard, msg)
        except UnicodeDecodeError:
            return '%s : %s' % (_safe_repr(standard), _safe_repr(msg))

    def _fail(self, msg, standard):
        raise self.failureException(self._format(msg, standard))

    def fail(self, msg=None):
        raise self.failureException(msg)

    def assertTrue(self, expr, msg=None):
        if not expr:
            self._fail(msg, '%s is not true' % _safe_repr(expr))

    def assertFalse(self, expr, msg=None):
        if expr:
            self._fail(msg, '%s is not false' % _safe_repr(expr))

    def assertEqual(self, first, second, msg=None):
        self._equality_asserter(first, second)(first, second, msg=msg)

    def _equality_asserter(self, first, second):
        if type(first) is type(second):
            own = self.__dict__.get('_type_equality_funcs')
            asserter = own.get(type(first)) if own else None
            if asserter is None:
                name = _EQUALITY_ASSERTERS.get(type(first))
                if name is not None:
                    return getattr(self, name)
            else:
                return asserter
        return self._baseAssertEqual

    def addTypeEqualityFunc(self, typeobj, function):
        own = self.__dict__.get('_type_equality_funcs')
        if own is None:
            own = self._type_equality_funcs = {}
        own[typeobj] = function

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            self._fail(msg, '%s != %s' % _common_shorten_repr(first, second))

    def _truncateMessage(self, message, diff):
        max_diff = self.maxDiff
        if max_diff is None or len(diff) <= max_diff:
            return message + diff
        return message + ('\nDiff is %s characters long. '
                          'Set self.maxDiff to None to see it.' % len(diff))

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self._fail(msg, '%s == %s' % (_safe_repr(first), _safe_repr(second)))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standard = '%s != %s within %s delta (%s difference)' % (
                _safe_repr(first), _safe_repr(second), _safe_repr(delta), _safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standard = '%s != %s within %r places (%s difference)' % (
                _safe_repr(first), _safe_repr(second), places, _safe_repr(diff))
        self._fail(msg, standard)

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        diff = abs(first - second)
        if delta is not None:
            if not first == second and diff > delta:
                return
            standard = '%s == %s within %s delta (%s difference)' % (
                _safe_repr(first), _safe_repr(second), _safe_repr(delta), _safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not first == second and round(diff, places) != 0:
                return
            standard = '%s == %s within %r places' % (_safe_repr(first), _safe_repr(second), places)
        self._fail(msg, standard)

    def assertIs(self, first, second, msg=None):
        if first is not second:
            self._fail(msg, '%s is not %s' % (_safe_repr(first), _safe_repr(second)))

    def assertIsNot(self, first, second, msg=None):
        if first is second:
            self._fail(msg, 'unexpectedly identical: %s' % _safe_repr(first))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self._fail(msg, '%s is not None' % _safe_repr(obj))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self._fail(msg, 'unexpectedly None')

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self._fail(msg, '%s not found in %s' % (_safe_repr(member), _safe_repr(container)))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self._fail(msg, '%s unexpectedly found in %s' % (_safe_repr(member), _safe_repr(container)))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self._fail(msg, '%s is not an instance of %r' % (_safe_repr(obj), cls))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self._fail(msg, '%s is an instance of %r' % (_safe_repr(obj), cls))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self._fail(msg, '%s not greater than %s' % (_safe_repr(a), _safe_repr(b)))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self._fail(msg, '%s not greater than or equal to %s' % (_safe_repr(a), _safe_repr(b)))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self._fail(msg, '%s not less than %s' % (_safe_repr(a), _safe_repr(b)))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self._fail(msg, '%s not less than or equal to %s' % (_safe_repr(a), _safe_repr(b)))

    def assertCountEqual(self, first, second, msg=None):
        first_seq, second_seq = list(first), list(second)
        try:
            counts_equal = _counts(first_seq) == _counts(second_seq)
        except TypeError:
            differences = _count_diff_unhashable(first_seq, second_seq)
        else:
            if counts_equal:
                return
            differences = _count_diff_hashable(first_seq, second_seq)
        if differences:
            standard = 'Element counts were not equal:\n'
            lines = ['First has %d, Second has %d:  %r' % diff for diff in differences]
            standard = self._truncateMessage(standard, '\n'.join(lines))
            self._fail(msg, standard)

    def assertRegex(self, text, expected_regex, msg=None):
        import re
        pattern = re.compile(expected_regex) if isinstance(expected_regex, str) else expected_regex
        if not pattern.search(text):
            self._fail(msg, "Regex didn't match: %r not found in %r" % (pattern.pattern, text))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        import re
        pattern = re.compile(unexpected_regex) if isinstance(unexpected_regex, str) else unexpected_regex
        found = pattern.search(text)
        if found:
            self._fail(msg, 'Regex matched: %r matches %r in %r' % (
                text[found.start():found.end()], pattern.pattern, text))

    def assertRaises(self, expected_exception, *args, **kwargs):
        return _RaisesContext(expected_exception, self).handle(args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        return _RaisesContext(expected_exception, self, expected_regex).handle(args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        return _WarnsContext(expected_warning, self).handle(args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        return _WarnsContext(expected_warning, self, expected_regex).handle(args, kwargs)

    def assertLogs(self, logger=None, level=None):
        return _LogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        return _LogsContext(self, logger, level, no_logs=True)

    def assertListEqual(self, first, second, msg=None):
        self.assertSequenceEqual(first, second, msg, seq_type=list)

    def assertTupleEqual(self, first, second, msg=None):
        self.assertSequenceEqual(first, second, msg, seq_type=tuple)

    def assertDictEqual(self, first, second, msg=None):
        self.assertIsInstance(first, dict, 'First argument is not a dictionary')
        self.assertIsInstance(second, dict, 'Second argument is not a dictionary')
        if first != second:
            import difflib
            import pprint
            standard = '%s != %s' % _common_shorten_repr(first, second)
            diff = '\n' + '\n'.join(difflib.ndiff(pprint.pformat(first).splitlines(),
                                                 pprint.pformat(second).splitlines()))
            self._fail(msg, self._truncateMessage(standard, diff))

    def assertSetEqual(self, first, second, msg=None):
        try:
            only_first = first.difference(second)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('first argument does not support set difference: %s' % e)
        try:
            only_second = second.difference(first)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('second argument does not support set difference: %s' % e)
        if not (only_first or only_second):
            return
        lines = []
        if only_first:
            lines.append('Items in the first set but not the second:')
            lines.extend(repr(item) for item in only_first)
        if only_second:
            lines.append('Items in the second set but not the first:')
            lines.extend(repr(item) for item in only_second)
        self._fail(msg, '\n'.join(lines))

    def assertSequenceEqual(self, first, second, msg=None, seq_type=None):
        if seq_type is not None:
            kind = seq_type.__name__
            if not isinstance(first, seq_type):
                raise self.failureException('First sequence is not a %s: %s' % (kind, _safe_repr(first)))
            if not isinstance(second, seq_type):
                raise self.failureException('Second sequence is not a %s: %s' % (kind, _safe_repr(second)))
        else:
            kind = 'sequence'
        differing = None
        try:
            len1 = len(first)
        except (TypeError, NotImplementedError):
            differing = 'First %s has no length.    Non-sequence?' % kind
        if differing is None:
            try:
                len2 = len(second)
            except (TypeError, NotImplementedError):
                differing = 'Second %s has no length.    Non-sequence?' % kind
        if differing is None:
            if first == second:
                return
            differing = '%ss differ: %s != %s\n' % ((kind.capitalize(),) + _common_shorten_repr(first, second))
            for i in range(min(len1, len2)):
                try:
                    item1 = first[i]
                except (TypeError, IndexError, NotImplementedError):
                    differing += '\nUnable to index element %d of first %s\n' % (i, kind)
                    break
                try:
                    item2 = second[i]
                except (TypeError, IndexError, NotImplementedError):
                    differing += '\nUnable to index element %d of second %s\n' % (i, kind)
                    break
                if item1 != item2:
                    differing += '\nFirst differing element %d:\n%s\n%s\n' % ((i,) + _common_shorten_repr(item1, item2))
                    break
            else:
                if len1 == len2 and seq_type is None and type(first) != type(second):
                    return
            if len1 > len2:
                differing += '\nFirst %s contains %d additional elements.\n' % (kind, len1 - len2)
                try:
                    differing += 'First extra element %d:\n%s\n' % (len2, _safe_repr(first[len2]))
                except (TypeError, IndexError, NotImplementedError):
                    differing += 'Unable to index element %d of first %s\n' % (len2, kind)
            elif len1 < len2:
                differing += '\nSecond %s contains %d additional elements.\n' % (kind, len2 - len1)
                try:
                    differing += 'First extra element %d:\n%s\n' % (len1, _safe_repr(second[len1]))
                except (TypeError, IndexError, NotImplementedError):
                    differing += 'Unable to index element %d of second %s\n' % (len1, kind)
        import difflib
        import pprint
        diff = '\n' + '\n'.join(difflib.ndiff(pprint.pformat(first).splitlines(),
                                             pprint.pformat(second).splitlines()))
        self._fail(msg, self._truncateMessage(differing, diff))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, 'First argument is not a string')
        self.assertIsInstance(second, str, 'Second argument is not a string')
        if first != second:
            if len(first) > _DIFF_THRESHOLD or len(second) > _DIFF_THRESHOLD:
                self._baseAssertEqual(first, second, msg)
            import difflib
            first_lines = first.splitlines(keepends=True)
            second_lines = second.splitlines(keepends=True)
            if len(first_lines) == 1 and first.strip('\r\n') == first:
                first_lines = [first + '\n']
                second_lines = [second + '\n']
            standard = '%s != %s' % _common_shorten_repr(first, second)
            diff = '\n' + ''.join(difflib.ndiff(first_lines, second_lines))
            self._fail(msg, self._truncateMessage(standard, diff))


# Which assert method assertEqual uses when both operands have exactly this type.
_EQUALITY_ASSERTERS = {
    dict: 'assertDictEqual', list: 'assertListEqual', tuple: 'assertTupleEqual',
    set: 'assertSetEqual', frozenset: 'assertSetEqual', str: 'assertMultiLineEqual',
}
# Strings longer than this are compared without a diff (CPython's _diffThreshold).
_DIFF_THRESHOLD = 2 ** 16
# How _common_shorten_repr abbreviates long reprs: the kept head, common part,
# differing part and tail lengths, and the length of a '[N chars]' placeholder.
_MIN_BEGIN_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_END_LEN = 5
_PLACEHOLDER_LEN = 12
_MIN_DIFF_LEN = _MAX_REPR - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN
                             + _PLACEHOLDER_LEN + _MIN_END_LEN)



def _deprecated_alias(original):
    """A 3.11 alias of an assert method: warns 'Please use NAME instead.' from its caller."""
    def alias(self, *args, **kwargs):
        warnings.warn('Please use {0} instead.'.format(original.__name__), DeprecationWarning, 2)
        return original(self, *args, **kwargs)
    return alias


TestCase.failUnlessEqual = TestCase.assertEquals = _deprecated_alias(TestCase.assertEqual)
TestCase.failIfEqual = TestCase.assertNotEquals = _deprecated_alias(TestCase.assertNotEqual)
TestCase.failUnlessAlmostEqual = TestCase.assertAlmostEquals = _deprecated_alias(TestCase.assertAlmostEqual)
TestCase.failIfAlmostEqual = TestCase.assertNotAlmostEquals = _deprecated_alias(TestCase.assertNotAlmostEqual)
TestCase.failUnless = TestCase.assert_ = _deprecated_alias(TestCase.assertTrue)
TestCase.failUnlessRaises = _deprecated_alias(TestCase.assertRaises)
TestCase.failIf = _deprecated_alias(TestCase.assertFalse)
TestCase.assertRaisesRegexp = _deprecated_alias(TestCase.assertRaisesRegex)
TestCase.assertRegexpMatches = _deprecated_alias(TestCase.assertRegex)
TestCase.assertNotRegexpMatches = _deprecated_alias(TestCase.assertNotRegex)


def _shorten(s, head, tail):
    skip = len(s) - head - tail
    if skip > _PLACEHOLDER_LEN:
        return '%s[%d chars]%s' % (s[:head], skip, s[len(s) - tail:])
    return s


def _common_prefix(texts):
    first, last = min(texts), max(texts)
    for i, c in enumerate(first):
        if c != last[i]:
            return first[:i]
    return first


def _common_shorten_repr(*args):
    reprs = tuple(map(_safe_repr, args))
    longest = max(map(len, reprs))
    if longest <= _MAX_REPR:
        return reprs
    prefix = _common_prefix(reprs)
    cut = len(prefix)
    common_len = _MAX_REPR - (longest - cut + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if common_len > _MIN_COMMON_LEN:
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, common_len)
        return tuple(prefix + r[cut:] for r in reprs)
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _shorten(r[cut:], _MIN_DIFF_LEN, _MIN_END_LEN) for r in reprs)


def _counts(items):
    counts = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


def _count_diff_hashable(actual, expected):
    first, second = _counts(actual), _counts(expected)
    result = []
    for item, n_first in first.items():
        n_second = second.get(item, 0)
        if n_first != n_second:
            result.append((n_first, n_second, item))
    for item, n_second in second.items():
        if item not in first:
            result.append((0, n_second, item))
    return result


def _count_diff_unhashable(actual, expected):
    first, second = list(actual), list(expected)
    gone = object()
    result = []
    for i, item in enumerate(first):
        if item is gone:
            continue
        n_first = n_second = 0
        for j in range(i, len(first)):
            if first[j] == item:
                n_first += 1
                first[j] = gone
        for j, other in enumerate(second):
            if other == item:
                n_second += 1
                second[j] = gone
        if n_first != n_second:
            result.append((n_first, n_second, item))
    for i, item in enumerate(second):
        if item is gone:
            continue
        n_second = 0
        for j in range(i, len(second)):
            if second[j] == item:
                n_second += 1
                second[j] = gone
        result.append((0, n_second, item))
    return result


class _SubTestContext:
    def __init__(self, case, message, params):
        self.case = case
        self.subtest = _SubTest(case, message, params)

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc_value, tb):
        outcome = self.case._outcome
        if exc_type is None or outcome is None:
            return False
        if issubclass(exc_type, KeyboardInterrupt):
            return False
        outcome.success = False
        if outcome.expecting_failure and not issubclass(exc_type, SkipTest):
            # A failing subtest of an expectedFailure test is the failure expected.
            outcome.expected_failure = exc_value
            return True
        if issubclass(exc_type, SkipTest):
            outcome.result.addSkip(self.subtest, str(exc_value))
        elif issubclass(exc_type, self.case.failureException):
            outcome.result.addSubTest(self.case, self.subtest, exc_value, True)
        else:
            outcome.result.addSubTest(self.case, self.subtest, exc_value, False)
        return True


class IsolatedAsyncioTestCase(TestCase):
    """A TestCase whose setUp/test/tearDown/cleanups may be coroutine functions,
    run (with asyncSetUp and asyncTearDown) in one new event loop per test."""

    __module__ = 'unittest.async_case'

    def __init__(self, methodName='runTest'):
        super().__init__(methodName)
        self._loop = None

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        self.addCleanup(func, *args, **kwargs)

    async def enterAsyncContext(self, cm):
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise TypeError("'%s.%s' object does not support the asynchronous context manager protocol"
                            % (cls.__module__, cls.__qualname__)) from None
        value = await enter(cm)
        self.addAsyncCleanup(exit, cm, None, None, None)
        return value

    def _callMaybeAsync(self, function, /, *args, **kwargs):
        value = function(*args, **kwargs)
        if self._loop is not None and type(value).__name__ == 'coroutine':
            return self._loop.run_until_complete(value)
        return value

    def _callSetUp(self):
        self.setUp()
        self._callMaybeAsync(self.asyncSetUp)

    def _callTestMethod(self, method):
        self._callMaybeAsync(method)

    def _callTearDown(self):
        self._callMaybeAsync(self.asyncTearDown)
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        self._callMaybeAsync(function, *args, **kwargs)

    def _open_loop(self):
        import asyncio
        self._loop = asyncio.new_event_loop()
        asyncio.set_event_loop(self._loop)

    def _close_loop(self):
        import asyncio
        loop, self._loop = self._loop, None
        pending = [task for task in loop._tasks if not task.done()]
        for task in pending:
            task.cancel()
        if pending:
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        loop.close()
        asyncio.set_event_loop(None)

    def run(self, result=None):
        self._open_loop()
        try:
            return super().run(result)
        finally:
            self._close_loop()

    def debug(self):
        self._open_loop()
        try:
            super().debug()
        finally:
            self._close_loop()


class FunctionTestCase(TestCase):
    """A test case wrapping a plain function."""

    __module__ = 'unittest.case'

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        return '%s (%s)' % (self.__class__.__name__, self._testFunc.__name__)


class TestSuite:
    """A collection of tests run in order; class fixtures run around each class's tests."""

    __module__ = 'unittest.suite'

    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def addTest(self, test):
        if not callable(test):
            raise TypeError('{} is not callable'.format(repr(test)))
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError('tests must be an iterable of tests, not a string')
        for test in tests:
            self.addTest(test)

    def __iter__(self):
        return iter(self._tests)

    def __repr__(self):
        cls = type(self)
        return '<%s.%s tests=%r>' % (cls.__module__, cls.__qualname__, list(self))

    def countTestCases(self):
        return sum(test.countTestCases() for test in self._tests)

    def run(self, result):
        # Fixtures: setUpModule/setUpClass before the first test of a module or
        # class, tearDownClass/tearDownModule after its last; a failed setUp
        # skips the tests it would have served.
        previous = None
        module = None
        module_failed = False
        for test in self._flat():
            if result.shouldStop:
                break
            cls = type(test)
            if cls is not previous:
                if previous is not None:
                    self._tear_down_class(result, previous, module_failed)
                if cls.__module__ != module:
                    if module is not None:
                        self._tear_down_module(result, module, module_failed)
                    module = cls.__module__
                    module_failed = not self._set_up_module(result, module)
                if not module_failed:
                    self._set_up_class(result, cls)
                previous = cls
            if module_failed or getattr(cls, '_classSetupFailed', False):
                continue
            test(result)
        if previous is not None:
            self._tear_down_class(result, previous, module_failed)
        if module is not None:
            self._tear_down_module(result, module, module_failed)
        return result

    def _flat(self):
        for test in self._tests:
            if isinstance(test, TestSuite):
                yield from test._flat()
            else:
                yield test

    @staticmethod
    def _fixture_error(result, error, method, parent):
        holder = _ErrorHolder('%s (%s)' % (method, parent))
        if isinstance(error, SkipTest):
            result.addSkip(holder, str(error))
        else:
            result.addError(holder, error)

    def _set_up_class(self, result, cls):
        set_up = getattr(cls, 'setUpClass', None)
        if set_up is None or getattr(cls, '__unittest_skip__', False):
            return
        cls._classSetupFailed = False
        with _Buffered(result):
            try:
                set_up()
            except Exception as e:
                cls._classSetupFailed = True
                name = '%s.%s' % (cls.__module__, cls.__qualname__)
                self._fixture_error(result, e, 'setUpClass', name)
                if hasattr(cls, 'doClassCleanups'):
                    cls.doClassCleanups()
                    for error in cls.tearDown_exceptions:
                        self._fixture_error(result, error, 'setUpClass', name)

    def _tear_down_class(self, result, cls, module_failed):
        if (module_failed or getattr(cls, '_classSetupFailed', False)
                or getattr(cls, '__unittest_skip__', False)):
            return
        tear_down = getattr(cls, 'tearDownClass', None)
        if tear_down is None:
            return
        name = '%s.%s' % (cls.__module__, cls.__qualname__)
        with _Buffered(result):
            try:
                tear_down()
            except Exception as e:
                self._fixture_error(result, e, 'tearDownClass', name)
            if hasattr(cls, 'doClassCleanups'):
                cls.doClassCleanups()
                for error in cls.tearDown_exceptions:
                    self._fixture_error(result, error, 'tearDownClass', name)

    def _set_up_module(self, result, name):
        module = sys.modules.get(name)
        set_up = getattr(module, 'setUpModule', None)
        if set_up is None:
            return True
        with _Buffered(result):
            try:
                set_up()
            except Exception as e:
                try:
                    doModuleCleanups()
                except Exception as error:
                    self._fixture_error(result, error, 'setUpModule', name)
                self._fixture_error(result, e, 'setUpModule', name)
                return False
        return True

    def _tear_down_module(self, result, name, module_failed):
        module = sys.modules.get(name)
        if module_failed or module is None:
            return
        with _Buffered(result):
            tear_down = getattr(module, 'tearDownModule', None)
            if tear_down is not None:
                try:
                    tear_down()
                except Exception as e:
                    self._fixture_error(result, e, 'tearDownModule', name)
            try:
                doModuleCleanups()
            except Exception as e:
                self._fixture_error(result, e, 'tearDownModule', name)

    def __call__(self, *args, **kwargs):
        return self.run(*args, **kwargs)


class _ErrorHolder:
    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __str__(self):
        return self.description


class TestLoader:
    """Finds the test methods of TestCase classes and builds suites of them."""

    __module__ = 'unittest.loader'

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(lambda x, y: (x > y) - (x < y))
    suiteClass = TestSuite
    testNamePatterns = None

    def getTestCaseNames(self, testCaseClass):
        def wanted(name):
            if not name.startswith(self.testMethodPrefix) or not callable(getattr(testCaseClass, name)):
                return False
            if not self.testNamePatterns:
                return True
            import fnmatch
            full = '%s.%s.%s' % (testCaseClass.__module__, testCaseClass.__qualname__, name)
            return any(fnmatch.fnmatchcase(full, pattern) for pattern in self.testNamePatterns)
        names = [name for name in dir(testCaseClass) if wanted(name)]
        if self.sortTestMethodsUsing:
            import functools
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError('Test cases should not be derived from TestSuite. Maybe you meant to derive from TestCase?')
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass([testCaseClass(name) for name in names])

    def loadTestsFromModule(self, module, *, pattern=None):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if (isinstance(obj, type) and issubclass(obj, TestCase)
                    and obj not in (TestCase, FunctionTestCase, IsolatedAsyncioTestCase)):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, tests, pattern)
        return tests

    def loadTestsFromName(self, name, module=None):
        parts = name.split('.')
        if module is None:
            obj = __import__(parts.pop(0))
        else:
            obj = module
        parent = None
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                # An unknown name becomes a test that fails with the lookup's error.
                return self.suiteClass([_failed_test(part, e)])
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(parent, type) and issubclass(parent, TestCase):
            return self.suiteClass([parent(parts[-1])])
        if isinstance(obj, TestSuite):
            return obj
        if hasattr(obj, '__dict__') and type(obj).__name__ == 'module':
            return self.loadTestsFromModule(obj)
        if callable(obj):
            test = obj()
            if isinstance(test, (TestSuite, TestCase)):
                return test
            raise TypeError('calling %s returned %s, not a test' % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])


defaultTestLoader = TestLoader()


def _deprecated_loader(name, replacement, prefix, sortUsing, suiteClass=None, testNamePatterns=None):
    warnings.warn('unittest.%s() is deprecated and will be removed in Python 3.13. '
                  'Please use unittest.TestLoader.%s() instead.' % (name, replacement),
                  DeprecationWarning, stacklevel=3)
    loader = TestLoader()
    loader.sortTestMethodsUsing = sortUsing
    loader.testMethodPrefix = prefix
    loader.testNamePatterns = testNamePatterns
    if suiteClass:
        loader.suiteClass = suiteClass
    return loader


def getTestCaseNames(testCaseClass, prefix, sortUsing=TestLoader.sortTestMethodsUsing,
                     testNamePatterns=None):
    return _deprecated_loader('getTestCaseNames', 'getTestCaseNames', prefix, sortUsing,
                              testNamePatterns=testNamePatterns).getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=TestLoader.sortTestMethodsUsing,
              suiteClass=TestSuite):
    return _deprecated_loader('makeSuite', 'loadTestsFromTestCase', prefix, sortUsing,
                              suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=TestLoader.sortTestMethodsUsing,
                  suiteClass=TestSuite):
    return _deprecated_loader('findTestCases', 'loadTestsFromModule', prefix, sortUsing,
                              suiteClass).loadTestsFromModule(module)


def _failed_test(name, error):
    def raise_error(self):
        raise error
    cls = type('_FailedTest', (TestCase,), {name: raise_error, '__module__': 'unittest.loader'})
    return cls(name)


class _Buffered:
    """Captures sys.stdout/sys.stderr around a fixture when the result buffers output."""

    def __init__(self, result):
        self.result = result

    def __enter__(self):
        setup = getattr(self.result, '_setupStdout', None)
        if setup is not None:
            setup()

    def __exit__(self, *exc_info):
        restore = getattr(self.result, '_restoreStdout', None)
        if restore is not None:
            restore()


_STDOUT_LINE = '\nStdout:\n%s'
_STDERR_LINE = '\nStderr:\n%s'


def _ending_in_newline(text):
    return text if text.endswith('\n') else text + '\n'


class TestResult:
    """Collects the outcome of each test. With buffer set, a test's output is
    captured and shown only when it fails; with failfast set, the first
    failure or error stops the run."""

    __module__ = 'unittest.result'

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        if self.buffer:
            if self._stderr_buffer is None:
                import io
                self._stderr_buffer = io.StringIO()
                self._stdout_buffer = io.StringIO()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def stopTest(self, test):
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._mirrorOutput:
            output = sys.stdout.getvalue()
            error = sys.stderr.getvalue()
            if output:
                self._original_stdout.write(_STDOUT_LINE % _ending_in_newline(output))
            if error:
                self._original_stderr.write(_STDERR_LINE % _ending_in_newline(error))
        sys.stdout = self._original_stdout
        sys.stderr = self._original_stderr
        for captured in (self._stdout_buffer, self._stderr_buffer):
            captured.seek(0)
            captured.truncate()

    def startTestRun(self):
        pass

    def stopTestRun(self):
        pass

    def _text(self, error):
        # CPython leaves unittest's own frames out of the report; so does this.
        own = '  File "%s"' % __file__
        kept = []
        skipping = False
        header = None
        for line in ''.join(traceback.format_exception(error)).splitlines(True):
            if line.startswith('  File "'):
                skipping = line.startswith(own)
                if not skipping:
                    header = None
            elif not line.startswith('    '):
                skipping = False
                if header is not None:
                    # Every frame of that traceback was unittest's: CPython prints no header.
                    del kept[header]
                header = len(kept) if line == 'Traceback (most recent call last):\n' else None
            if not skipping:
                kept.append(line)
        if self.buffer:
            output = sys.stdout.getvalue()
            errors = sys.stderr.getvalue()
            if output:
                kept.append(_STDOUT_LINE % _ending_in_newline(output))
            if errors:
                kept.append(_STDERR_LINE % _ending_in_newline(errors))
        return ''.join(kept)

    def _failed(self):
        if self.failfast:
            self.stop()
        self._mirrorOutput = True

    def addSuccess(self, test):
        pass

    def addError(self, test, error):
        self.errors.append((test, self._text(error)))
        self._failed()

    def addFailure(self, test, error):
        self.failures.append((test, self._text(error)))
        self._failed()

    def addSubTest(self, test, subtest, error, is_failure):
        if error is None:
            return
        (self.failures if is_failure else self.errors).append((subtest, self._text(error)))
        self._failed()

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, error):
        self.expectedFailures.append((test, self._text(error)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)
        if self.failfast:
            self.stop()

    def wasSuccessful(self):
        return (len(self.failures) == len(self.errors) == 0
                and not self.unexpectedSuccesses)

    def stop(self):
        self.shouldStop = True

    def __repr__(self):
        return '<%s.%s run=%i errors=%i failures=%i>' % (
            self.__class__.__module__, self.__class__.__qualname__,
            self.testsRun, len(self.errors), len(self.failures))


class TextTestResult(TestResult):
    """A TestResult printing progress: dots (verbosity 1) or one line per test (2)."""

    __module__ = 'unittest.runner'

    separator1 = _SEPARATOR1
    separator2 = _SEPARATOR2

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._line_open = False

    def getDescription(self, test):
        doc = test.shortDescription()
        if self.descriptions and doc:
            return '\n'.join((str(test), doc))
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(' ... ')
            self.stream.flush()
            self._line_open = True

    def _report(self, long, short, test=None):
        if self.showAll:
            # A failed subtest gets a line of its own, indented under its test.
            subtest = isinstance(test, _SubTest)
            if subtest or not self._line_open:
                if self._line_open:
                    self.stream.write('\n')
                if subtest:
                    self.stream.write('  ')
                self.stream.write(self.getDescription(test))
                self.stream.write(' ... ')
            self.stream.write(long + '\n')
            self._line_open = False
        elif self.dots:
            self.stream.write(short)
        self.stream.flush()

    def addSuccess(self, test):
        super().addSuccess(test)
        self._report('ok', '.', test)

    def addError(self, test, error):
        super().addError(test, error)
        self._report('ERROR', 'E', test)

    def addFailure(self, test, error):
        super().addFailure(test, error)
        self._report('FAIL', 'F', test)

    def addSubTest(self, test, subtest, error, is_failure):
        super().addSubTest(test, subtest, error, is_failure)
        if error is not None:
            self._report('FAIL' if is_failure else 'ERROR', 'F' if is_failure else 'E', subtest)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._report('skipped {0!r}'.format(reason), 's', test)

    def addExpectedFailure(self, test, error):
        super().addExpectedFailure(test, error)
        self._report('expected failure', 'x', test)

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._report('unexpected success', 'u', test)

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.write('\n')
            self.stream.flush()
        self._print_list('ERROR', self.errors)
        self._print_list('FAIL', self.failures)
        if self.unexpectedSuccesses:
            self.stream.write(self.separator1 + '\n')
            for test in self.unexpectedSuccesses:
                self.stream.write('UNEXPECTED SUCCESS: %s\n' % self.getDescription(test))
            self.stream.flush()

    def _print_list(self, flavour, errors):
        for test, text in errors:
            self.stream.write(self.separator1 + '\n')
            self.stream.write('%s: %s\n' % (flavour, self.getDescription(test)))
            self.stream.write(self.separator2 + '\n')
            self.stream.write('%s\n' % text)
            self.stream.flush()


class _WritelnDecorator:
    """The stream of a text runner and its results: the given stream plus writeln()."""

    __module__ = 'unittest.runner'

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        if attr in ('stream', '__getstate__'):
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


class TextTestRunner:
    """Runs a suite, printing progress and the summary CPython prints (to sys.stderr by default)."""

    __module__ = 'unittest.runner'

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False,
                 resultclass=None, warnings=None, *, tb_locals=False):
        self.stream = _WritelnDecorator(sys.stderr if stream is None else stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        result = self._makeResult()
        result.failfast = self.failfast
        result.buffer = self.buffer
        result.tb_locals = self.tb_locals
        with warnings.catch_warnings():
            if self.warnings:
                warnings.simplefilter(self.warnings)
                if self.warnings in ('default', 'always'):
                    # The deprecated assert aliases warn once per module.
                    warnings.filterwarnings('module', category=DeprecationWarning,
                                            message=r'Please use assert\w+ instead.')
            start = time.perf_counter()
            result.startTestRun()
            try:
                test(result)
            finally:
                result.stopTestRun()
            taken = time.perf_counter() - start
        result.printErrors()
        stream = self.stream
        if hasattr(result, 'separator2'):
            stream.write(result.separator2 + '\n')
        run = result.testsRun
        stream.write('Ran %d test%s in %.3fs\n' % (run, run != 1 and 's' or '', taken))
        stream.write('\n')
        infos = []
        if not result.wasSuccessful():
            stream.write('FAILED')
            if result.failures:
                infos.append('failures=%d' % len(result.failures))
            if result.errors:
                infos.append('errors=%d' % len(result.errors))
        else:
            stream.write('OK')
        if result.skipped:
            infos.append('skipped=%d' % len(result.skipped))
        if result.expectedFailures:
            infos.append('expected failures=%d' % len(result.expectedFailures))
        if result.unexpectedSuccesses:
            infos.append('unexpected successes=%d' % len(result.unexpectedSuccesses))
        if infos:
            stream.write(' (%s)' % ', '.join(infos))
        stream.write('\n')
        stream.flush()
        return result


_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""


def _name_pattern(pattern):
    return pattern if '*' in pattern else '*%s*' % pattern


class TestProgram:
    """unittest.main: runs the tests of a module (default __main__) as its
    command line selects and exits 0 or 1; exit=False keeps the program
    running with .result set. Options the call fixes (failfast, buffer,
    catchbreak) are not offered on the command line, as in CPython."""

    __module__ = 'unittest.main'

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = 'default' if warnings is None and not sys.warnoptions else warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.testNamePatterns = None
        self.progName = argv[0].rpartition('/')[2]
        self.parseArgs(argv)
        self.runTests()

    def _parser(self):
        import argparse
        parser = argparse.ArgumentParser(prog=self.progName)
        parser.add_argument('-v', '--verbose', dest='verbosity', action='store_const', const=2,
                            help='Verbose output')
        parser.add_argument('-q', '--quiet', dest='verbosity', action='store_const', const=0,
                            help='Quiet output')
        parser.add_argument('--locals', dest='tb_locals', action='store_true',
                            help='Show local variables in tracebacks')
        if self.failfast is None:
            parser.add_argument('-f', '--failfast', dest='failfast', action='store_true',
                                help='Stop on first fail or error')
        if self.catchbreak is None:
            parser.add_argument('-c', '--catch', dest='catchbreak', action='store_true',
                                help='Catch Ctrl-C and display results so far')
        if self.buffer is None:
            parser.add_argument('-b', '--buffer', dest='buffer', action='store_true',
                                help='Buffer stdout and stderr during tests')
        parser.add_argument('-k', dest='testNamePatterns', action='append', type=_name_pattern,
                            help='Only run tests which match the given substring')
        parser.add_argument('tests', nargs='*',
                            help='a list of any number of test modules, classes and test methods.')
        parser.print_help = self._print_help
        return parser

    def _print_help(self, file=None):
        sys.stdout.write(self._main_parser.format_help() + '\n' + _EXAMPLES % {'prog': self.progName} + '\n')

    def parseArgs(self, argv):
        self._main_parser = self._parser()
        options = self._main_parser.parse_args(argv[1:])
        if options.verbosity is not None:
            self.verbosity = options.verbosity
        self.tb_locals = self.tb_locals or options.tb_locals
        for flag in ('failfast', 'catchbreak', 'buffer'):
            if getattr(self, flag) is None:
                setattr(self, flag, getattr(options, flag))
        self.testNamePatterns = options.testNamePatterns
        if options.tests:
            self.testNames = options.tests
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        runner = TextTestRunner if self.testRunner is None else self.testRunner
        if isinstance(runner, type):
            try:
                runner = runner(verbosity=self.verbosity, failfast=self.failfast, buffer=self.buffer,
                                warnings=self.warnings, tb_locals=self.tb_locals)
            except TypeError:
                try:
                    runner = runner(verbosity=self.verbosity, failfast=self.failfast,
                                    buffer=self.buffer, warnings=self.warnings)
                except TypeError:
                    runner = runner()
        self.result = runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram

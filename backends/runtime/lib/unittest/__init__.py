"""pvm's `unittest` package, written for pvm (its submodule `mock` is unittest.mock).

TestCase with the assert methods (CPython's standard messages, with its
detailed diffs of sequences, dicts, sets and multi-line strings through
difflib and pprint, and its shortened reprs), subTest, skips,
expectedFailure, cleanups and class fixtures; TestSuite, TestLoader (test
methods sorted by name, test classes in dir() order), TextTestRunner and
main(), which print CPython's progress lines, failure reports and summary to
stderr and exit with status 0 or 1 (5 when no test ran). Reports leave this
module's frames out of tracebacks, as CPython does. Not provided:
discovery from directories, setUpModule/tearDownModule, assertLogs,
assertWarns.
"""

import sys
import time
import traceback

__all__ = ['TestCase', 'TestSuite', 'TestLoader', 'TextTestRunner', 'TestResult',
           'TextTestResult', 'SkipTest', 'skip', 'skipIf', 'skipUnless', 'expectedFailure',
           'main', 'defaultTestLoader', 'FunctionTestCase']

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


class _Outcome:
    def __init__(self, result):
        self.result = result
        self.success = True
        self.expecting_failure = False
        self.expected_failure = None


class _RaisesContext:
    def __init__(self, expected, test, regex=None, callable_name=None):
        self.expected = expected
        self.test = test
        self.regex = regex
        self.callable_name = callable_name
        self.exception = None
        self.msg = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        name = getattr(self.expected, '__name__', str(self.expected))
        if exc_type is None:
            if self.callable_name:
                self.test._fail(self.msg, '%s not raised by %s' % (name, self.callable_name))
            self.test._fail(self.msg, '%s not raised' % name)
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value
        if self.regex is not None:
            import re
            pattern = re.compile(self.regex) if isinstance(self.regex, str) else self.regex
            if not pattern.search(str(exc_value)):
                self.test._fail(self.msg, '"%s" does not match "%s"' % (pattern.pattern, str(exc_value)))
        return True


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

    def doCleanups(self):
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

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
            if self._run_part(outcome, self.setUp):
                self._run_part(outcome, method)
                self._run_part(outcome, self.tearDown)
            self._run_part(outcome, self.doCleanups)
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

    def debug(self):
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        self.doCleanups()

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
        context = _RaisesContext(expected_exception, self)
        return self._raises(context, args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        context = _RaisesContext(expected_exception, self, expected_regex)
        return self._raises(context, args, kwargs)

    def _raises(self, context, args, kwargs):
        if not args:
            context.msg = kwargs.pop('msg', None)
            if kwargs:
                raise TypeError('%r is an invalid keyword argument for this function' % next(iter(kwargs)))
            return context
        function, *rest = args
        context.callable_name = getattr(function, '__qualname__', None) or str(function)
        with context:
            function(*rest, **kwargs)

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
        if issubclass(exc_type, SkipTest):
            outcome.result.addSkip(self.subtest, str(exc_value))
        elif issubclass(exc_type, self.case.failureException):
            outcome.result.addSubTest(self.case, self.subtest, exc_value, True)
        else:
            outcome.result.addSubTest(self.case, self.subtest, exc_value, False)
        return True


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
        current = None
        for test in self._flat():
            cls = type(test)
            if cls is not current:
                if current is not None:
                    self._class_fixture(result, current, 'tearDownClass')
                current = cls
                if not self._class_fixture(result, cls, 'setUpClass'):
                    current = None
                    cls._pvm_setup_failed = True
            if getattr(cls, '_pvm_setup_failed', False):
                continue
            test(result)
        if current is not None:
            self._class_fixture(result, current, 'tearDownClass')
        return result

    def _flat(self):
        for test in self._tests:
            if isinstance(test, TestSuite):
                yield from test._flat()
            else:
                yield test

    def _class_fixture(self, result, cls, name):
        if getattr(cls, '__unittest_skip__', False):
            return True
        try:
            getattr(cls, name)()
        except SkipTest as e:
            result.addSkip(_ErrorHolder('%s (%s.%s)' % (name, cls.__module__, cls.__qualname__)), str(e))
            return False
        except Exception as e:
            result.addError(_ErrorHolder('%s (%s.%s)' % (name, cls.__module__, cls.__qualname__)), e)
            return False
        return True

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
    suiteClass = TestSuite

    def getTestCaseNames(self, testCaseClass):
        return sorted(name for name in dir(testCaseClass)
                      if name.startswith(self.testMethodPrefix) and callable(getattr(testCaseClass, name)))

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
            if isinstance(obj, type) and issubclass(obj, TestCase) and obj not in (TestCase, FunctionTestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        return self.suiteClass(tests)

    def loadTestsFromName(self, name, module=None):
        parts = name.split('.')
        obj = module if module is not None else __import__(parts.pop(0))
        parent = None
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(parent, type) and issubclass(parent, TestCase):
            return self.suiteClass([parent(parts[-1])])
        if isinstance(obj, TestSuite):
            return obj
        if hasattr(obj, '__dict__') and type(obj).__name__ == 'module':
            return self.loadTestsFromModule(obj)
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])


defaultTestLoader = TestLoader()


class TestResult:
    """Collects the outcome of each test."""

    __module__ = 'unittest.result'

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failures = []
        self.errors = []
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.testsRun = 0
        self.shouldStop = False

    def startTest(self, test):
        self.testsRun += 1

    def stopTest(self, test):
        pass

    def startTestRun(self):
        pass

    def stopTestRun(self):
        pass

    def _text(self, error):
        # CPython leaves unittest's own frames out of the report; so does this.
        own = '  File "%s"' % __file__
        kept = []
        skipping = False
        for line in ''.join(traceback.format_exception(error)).splitlines(True):
            if line.startswith('  File "'):
                skipping = line.startswith(own)
            elif not line.startswith('    '):
                skipping = False
            if not skipping:
                kept.append(line)
        return ''.join(kept)

    def addSuccess(self, test):
        pass

    def addError(self, test, error):
        self.errors.append((test, self._text(error)))

    def addFailure(self, test, error):
        self.failures.append((test, self._text(error)))

    def addSubTest(self, test, subtest, error, is_failure):
        if error is None:
            return
        (self.failures if is_failure else self.errors).append((subtest, self._text(error)))

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, error):
        self.expectedFailures.append((test, self._text(error)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

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


class TextTestRunner:
    """Runs a suite, printing progress and the summary CPython prints (to sys.stderr by default)."""

    __module__ = 'unittest.runner'

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False,
                 resultclass=None, warnings=None, *, tb_locals=False):
        self.stream = stream
        self.descriptions = descriptions
        self.verbosity = verbosity
        if resultclass is not None:
            self.resultclass = resultclass

    def run(self, test):
        stream = self.stream if self.stream is not None else sys.stderr
        result = self.resultclass(stream, self.descriptions, self.verbosity)
        start = time.perf_counter()
        result.startTestRun()
        try:
            test(result)
        finally:
            result.stopTestRun()
        taken = time.perf_counter() - start
        result.printErrors()
        stream.write(_SEPARATOR2 + '\n')
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
        elif run == 0 and not result.skipped:
            stream.write('NO TESTS RAN')
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


class main:
    """Runs the tests of a module (default __main__) from the command line and exits 0 or 1
    (or 5 when no test ran); exit=False keeps the program running with .result set."""

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
        self.verbosity = verbosity
        names = []
        for arg in argv[1:]:
            if arg in ('-v', '--verbose'):
                self.verbosity = 2
            elif arg in ('-q', '--quiet'):
                self.verbosity = 0
            elif not arg.startswith('-'):
                names.append(arg)
        if defaultTest is not None and not names:
            names = [defaultTest] if isinstance(defaultTest, str) else list(defaultTest)
        if names:
            self.test = testLoader.loadTestsFromNames(names, self.module)
        else:
            self.test = testLoader.loadTestsFromModule(self.module)
        runner = testRunner if testRunner is not None else TextTestRunner
        if isinstance(runner, type):
            runner = runner(verbosity=self.verbosity)
        self.result = runner.run(self.test)
        if exit:
            if self.result.testsRun == 0 and not self.result.skipped:
                sys.exit(5)
            sys.exit(not self.result.wasSuccessful())

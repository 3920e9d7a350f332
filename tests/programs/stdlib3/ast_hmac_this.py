from ast import literal_eval
cases = ["1", "-2.5", "+3", "1_000", "0x1F", "0o17", "0b101", "1e3", "2j", "1+2j", "-1-2j", "'abc'", '"a" "b"', "b'xy'", "r'\\n'", "'''tri\nple'''", "u'x'",
 "[1, 2, (3, 4), {'a': [5]}]", "(1,)", "()", "(1)", "{1, 2, 3}", "{}", "set()", "{'k': (1, 2), 2: None}", "True", "None", "[True, False, None]",
 "  [1, 2]", "{'nested': {'deep': [1, {2, 3}]}}", "-(1)", "((1, 2), [3])", "[\n 1,\n 2,\n]", "# c\n[1]", "1.5e-3", ".5", "5.", "-0.0", "'\\u00e9\\x41'", "[1, 2,]", "{'a': 1, 'b': 2,}"]
for c in cases:
    r = literal_eval(c)
    print(repr(c), '->', repr(r), type(r).__name__)
bad = ["x", "1 + 1", "[1, y]", "f(1)", "a.b", "a[0]", "1 * 2", "1 < 2", "lambda: 0", "-'a'", "'a' + 'b'", "f'{1}'", "not 1", "~1", "set([1])", "(1, x)", "{x: 1}", "1 + 'a'"]
for c in bad:
    try:
        literal_eval(c)
    except ValueError as e:
        print(repr(c), 'ValueError', str(e).split(' at 0x')[0])
for c in ["1 +", "[1, 2", "'abc", "1 2"]:
    try:
        literal_eval(c)
    except SyntaxError as e:
        print(repr(c), 'SyntaxError', e.msg)
try:
    literal_eval(5)
except ValueError as e:
    print(e)
try:
    literal_eval(b"[1]")
except ValueError as e:
    print(e)
for c in ["--1", "1 - -2j", "1j + 1", "[1] + 2j", "-1 + 2j", "(1) + 2j", "1.5 - 0.5j", "-set()", "{1: 2}[1]", "1 if 1 else 2", "1, 2", "*a"]:
    try:
        print(repr(c), repr(literal_eval(c)))
    except ValueError as e:
        print(repr(c), 'ValueError', str(e).split(' at 0x')[0])
    except SyntaxError as e:
        print(repr(c), 'SyntaxError', e.msg)
import hmac, hashlib
h = hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', hashlib.sha256)
print(h.hexdigest(), h.name, h.digest_size, h.block_size)
print(hmac.new(b'key', b'msg', 'md5').hexdigest(), hmac.digest(b'k', b'm', 'sha1').hex(), hmac.new(b'x' * 100, digestmod=hashlib.sha512).hexdigest()[:40])
h2 = hmac.new(b'secret', digestmod='sha256'); h2.update(b'part1'); c = h2.copy(); h2.update(b'part2'); print(c.hexdigest()[:16], h2.hexdigest()[:16])
print(hmac.compare_digest(h.digest(), h.digest()), hmac.compare_digest('abc', 'abd'))
try:
    hmac.new(b'k', b'm')
except TypeError as e:
    print(e)
try:
    hmac.new('k', b'm', 'sha1')
except TypeError as e:
    print(e)
import this
print(len(this.s))

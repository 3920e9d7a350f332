# json dumps/loads options and errors.
import json
data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "nested": {"x": None, "y": True, "z": 1.5}, "empty": [], "eo": {}}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent="\t"))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps([1, [2, [3]]], indent=0))
print(json.dumps({"b": 1, "a": [1, 2]}, indent=4, separators=(",", ": ")))
print(json.dumps("héllo\n\"\u2028\U0001f600"), json.dumps("héllo", ensure_ascii=False))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps([float("inf"), float("-inf"), float("nan"), 1e100, 0.1, -0.0, 10**20]))
for bad in [float("nan")]:
    try:
        json.dumps(bad, allow_nan=False)
    except ValueError as e:
        print("ValueError", e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError", e)
print(json.dumps({(1, 2): 3, "k": 1}, skipkeys=True))
print(json.dumps({"s": {1, 2}}, default=sorted), json.dumps((1, 2)))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps({"c": 1 + 2j}, cls=Enc))
try:
    json.dumps(object(), cls=Enc)
except TypeError as e:
    print("TypeError", str(e)[:40])
print(json.loads('{"a": [1, 2.5, "x", null, true, false], "b": {"c": -1e3}}'))
print(json.loads('"\\u00e9\\ud83d\\ude00"'), json.loads("  [ ]  "), json.loads("12"), json.loads("NaN"), json.loads("-Infinity"))
print(json.loads('{"a": 1, "a": 2}'), json.loads('[1.0, 1e5, 123456789012345678901234567890]'))
print(json.loads('{"p": 1.5}', parse_float=str), json.loads('[1]', parse_int=float), json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[["a", 1]]', object_pairs_hook=dict), json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda ps: ps))
for bad in ['{"a": 1,}', "[1, 2", "", "{'a': 1}", '{"a" 1}', "[1] x", '"abc', "tru", '{"a":1', "[01]", '"\\x"', "\n\n  [,]", '"a\tb"', "1.", "-"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "JSONDecodeError", e, e.pos, e.lineno, e.colno)
try:
    json.loads(b'{"a": 1}'.decode() + "}")
except ValueError as e:
    print("ValueError is parent:", type(e).__name__, isinstance(e, ValueError))
print(json.loads(b'[1, 2]'), json.loads(bytearray(b'{"k": "v"}')))
try:
    json.loads(5)
except TypeError as e:
    print("TypeError", e)
import io
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf, indent=1)
print(buf.getvalue())
print(json.load(io.StringIO('{"r": 1}')))
print(json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) == json.dumps(json.loads(json.dumps(data)), sort_keys=True, indent=2))
print(json.dumps("\x00\x1f\x7f"), json.dumps(True), json.dumps(None), json.dumps(3.0), json.dumps(1/3))

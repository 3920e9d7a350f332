import json
data = {'b': [1, 2.5, None, True], 'a': {'x': 'é\n"', 'y': []}, 'c': {}}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent='\t'))
print(json.dumps(data, separators=(',', ':'), ensure_ascii=False))
print(json.dumps([1, [2, [3]]], indent=0))
print(json.dumps(1e100), json.dumps(1.0), json.dumps(0.1), json.dumps(2**70), json.dumps(-0.0), json.dumps(float('inf')))
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print(e)
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd'}))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(e)
print(json.dumps({(1, 2): 3, 'k': 1}, skipkeys=True))
try:
    json.dumps({'s': {1, 2}})
except TypeError as e:
    print(e)
print(json.dumps({'s': {3}}, default=list), json.dumps('\u2603\U0001f600'))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex): return [o.real, o.imag]
        return super().default(o)
print(json.dumps(2 + 1j, cls=Enc), Enc(indent=1).encode([1]))
for bad in ['', '{', '[1,]', '{"a" 1}', "{'a': 1}", '[1] x', 'nul', '"abc', '{"a":1,}', '01', '"\\x"', '1.', '-']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), e, e.pos, e.lineno, e.colno)
print(json.loads('{"a": [1, 2.0, -3e2, 1E400, 123456789012345678901234567890]}'))
print(json.loads('[NaN, Infinity, -Infinity]'), json.loads('"\\ud83d\\ude00 \\u00e9"'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('  [ ]  '), json.loads(b'[1]'))
print(json.loads('{"x": 1.5}', parse_float=str), json.loads('[1]', parse_int=float))
print(json.loads('[["a", 1]]', object_pairs_hook=dict), json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda p: p))
print(json.loads('{"v": 1}', object_hook=lambda d: sorted(d.items())))
print(json.dumps([{'a': 1}, ()], indent=3))
print(json.dumps('x', indent=2), json.dumps({}, indent=2), json.dumps([], indent=2))
print(repr(json.dumps({'a': [1, 2]}, indent=2, separators=(', ', ': '))))
try:
    json.loads('[1, 2')
except ValueError as e:
    print(type(e).__name__, e)
print(json.dumps(True), json.dumps(None), json.dumps("\x00\x1f\x7f"))

# json: dumps options (indent, sort_keys, separators, ensure_ascii, default),
# loads of every value type, round trips and the decode errors.
import json

data = {'name': 'Ann', 'age': 30, 'tags': ['a', 'b'], 'score': 9.5, 'ok': True, 'none': None, 'nested': {'k': [1, {'d': 2}]}}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(',', ':')), json.dumps([1, 2], indent=0))
print(json.dumps('héllo ☃ \n"q"'), json.dumps('héllo', ensure_ascii=False), json.dumps({1: 'int key', 2.5: 'f', True: 'b', None: 'n'}))
print(json.dumps([float('inf'), float('-inf'), float('nan')]), json.dumps(1e100), json.dumps(0.1), json.dumps(10**20), json.dumps(-0.0))
try:
    json.dumps({'s': {1, 2}})
except TypeError as e:
    print('TypeError:', e)
print(json.dumps({'s': {1, 2}}, default=sorted), json.dumps((1, 2)), json.dumps([]), json.dumps({}))
try:
    json.dumps({(1, 2): 'x'})
except TypeError as e:
    print('TypeError:', e)
text = '{"a": [1, 2.5, -3e2, true, false, null], "b": "\\u00e9\\n", "c": {}}'
obj = json.loads(text)
print(obj, type(obj['a'][1]).__name__, type(obj['a'][2]).__name__)
print(json.loads('"\\ud83d\\ude00"') == '\U0001F600', json.loads('  [ ]  '), json.loads('123'), json.loads('NaN'), json.loads('-Infinity'))
for bad in ['{"a": 1,}', '[1, 2', '', 'nul', '{"a" 1}', '"unterminated', '[1] x', "{'a': 1}"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), 'JSONDecodeError:', e, e.pos, e.lineno, e.colno)
print(json.loads('{"x": 1, "x": 2}'), json.loads('[1.0, 1]', parse_float=str), json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads(json.dumps(data)) == data, json.dumps('\x00\x1f'), json.dumps("/"))

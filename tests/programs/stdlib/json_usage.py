import json

record = {"name": "Ada", "langs": ["en", "fr"], "age": 36, "active": True, "score": 9.5, "spouse": None}
text = json.dumps(record)
print(text)
print(json.dumps(record, indent=2, sort_keys=True))
print(json.dumps(["é", "😀", "tab\t"]), json.dumps(["é"], ensure_ascii=False), json.dumps({"a": 1}, separators=(",", ":")))
back = json.loads(text)
print(back == record, back["langs"], type(back["score"]).__name__)
print(json.loads('[1, 2.0, "three", {"four": [5]}, true, null]'), json.loads("  42 "), json.loads('"\\u00e9"'))
for bad in ['{"a": 1,}', "[1, 2", "", "{'single': 1}", '{"a": "\\x"}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"JSONDecodeError: {e} (pos {e.pos})")
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"s": {2, 1}}, default=sorted), json.dumps({1: "int key", None: "null key"}))

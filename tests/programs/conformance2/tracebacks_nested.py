# An uncaught error raised three calls deep, with chained context.
import json

def parse(text):
    return json.loads(text)

def load_config(text):
    try:
        return parse(text)
    except ValueError as exc:
        raise RuntimeError("bad config") from exc

def main():
    cfg = load_config('{"a": 1}')
    print(cfg)
    data = {"items": [1, 2, 3]}
    total = sum(item for item in data["items"])
    print(total)
    load_config('{"a": }')

main()

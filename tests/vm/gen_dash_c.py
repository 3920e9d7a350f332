#!/usr/bin/env python3
"""Regenerate tests/vm/dash_c.expected.json: CPython 3.11's output for `python3 -c CODE ARGS...`.

Usage: python3 tests/vm/gen_dash_c.py
"""
import json
import os
import subprocess

CASES = [
    ["print('hi', 6 * 7)"],
    ["import sys; print(sys.argv)", "x", "--flag"],
    ["def f():\n    return 1 / 0\nf()"],
    ["import sys; sys.exit(4)"],
    ["print(__name__, [m for m in ('sys', 'time') if __import__(m)])"],
]

ENV = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONHASHSEED": "0", "PYTHONUTF8": "1", "LC_ALL": "C.UTF-8"}


def main():
    results = []
    for code, *args in CASES:
        proc = subprocess.run(["python3", "-c", code, *args], capture_output=True, env=ENV, timeout=60)
        results.append({"code": code, "args": args, "stdout": proc.stdout.decode(), "stderr": proc.stderr.decode(), "status": proc.returncode})
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dash_c.expected.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(results, f, indent=1)
        f.write("\n")


main()

#!/usr/bin/env python3
"""Regenerate tests/startup/run.expected.json: CPython 3.11's output for the
command lines tests/startup/run.test.ts gives `pvm run` (the words after
`python3` are the words after `pvm run`).

Usage: python3 tests/startup/gen_expected.py
"""
import json
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))

CASES = [
    ["-c", "import sys; print(sys.argv)", "030", "1e3", "0x10", "-5", "--", "--x", "-c", "run"],
    ["-c", "import sys; print(sys.argv)", "--help", "--version", "-h"],
    ["argv_script.py", "--help", "-x", "007", "1_000", "", "a b"],
    ["argv_script.py", "--", "--stats", "--backend", "vm"],
    ["-c", "import sys; sys.setrecursionlimit(10000)\ndef f(n): return n if n == 0 else 1 + f(n - 1)\nprint(f(9900))"],
    ["-c", "def f(): f()\nf()"],
]

ENV = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONHASHSEED": "0", "PYTHONUTF8": "1", "LC_ALL": "C.UTF-8"}


def main():
    results = []
    for args in CASES:
        proc = subprocess.run(["python3", *args], capture_output=True, env=ENV, cwd=HERE, timeout=60)
        results.append({"args": args, "stdout": proc.stdout.decode(), "stderr": proc.stderr.decode(), "status": proc.returncode})
    with open(os.path.join(HERE, "run.expected.json"), "w", encoding="utf-8") as f:
        json.dump(results, f, indent=1)
        f.write("\n")


main()

#!/usr/bin/env python3
"""Regenerate tests/programs/**/NAME.expected.json by running CPython 3.11.

Each program runs as `python3 NAME.py [args]` from its own folder, with stdin
from NAME.stdin (or empty) and a fixed environment, so that outputs are
deterministic. CPython 3.11 prints absolute paths in tracebacks; the
program's folder prefix is stripped from stderr so that expected tracebacks
name files relative to the program's folder (`File "NAME.py"`), as pvm's
runner shows them. Files whose name starts with `_` are helper modules
imported by sibling programs, not programs.

Usage: scripts/gen_expected.py [PATH ...]   (files or folders; default: all)
"""
import json
import os
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "programs")
ENV = {
    "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
    "PYTHONHASHSEED": "0",
    "PYTHONIOENCODING": "utf-8",
    "PYTHONDONTWRITEBYTECODE": "1",
    "PYTHONUTF8": "1",
    "LC_ALL": "C.UTF-8",
}
TIMEOUT_SECONDS = 60


def is_program(path):
    name = os.path.basename(path)
    return name.endswith(".py") and not name.startswith("_")


def find_programs(paths):
    found = []
    for path in paths:
        path = os.path.abspath(path)
        if os.path.isdir(path):
            for folder, dirs, files in os.walk(path):
                dirs.sort()
                found.extend(os.path.join(folder, f) for f in sorted(files) if is_program(f))
        elif is_program(path):
            found.append(path)
    return found


def read_optional(path):
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            return f.read()
    return None


def run_program(program):
    folder, name = os.path.split(program)
    stem = name[:-3]
    stdin = read_optional(os.path.join(folder, stem + ".stdin")) or ""
    args_text = read_optional(os.path.join(folder, stem + ".args"))
    args = args_text.split() if args_text else []
    proc = subprocess.run(
        [sys.executable if sys.version_info[:2] == (3, 11) else "python3", name, *args],
        cwd=folder, input=stdin.encode("utf-8"), capture_output=True,
        env=ENV, timeout=TIMEOUT_SECONDS,
    )
    stderr = proc.stderr.decode("utf-8").replace(folder + os.sep, "")
    return {"stdout": proc.stdout.decode("utf-8"), "stderr": stderr, "status": proc.returncode}


def main(argv):
    programs = find_programs(argv or [ROOT])
    for program in programs:
        result = run_program(program)
        out = program[:-3] + ".expected.json"
        with open(out, "w", encoding="utf-8") as f:
            json.dump(result, f, indent=1, ensure_ascii=False)
            f.write("\n")
    print(f"{len(programs)} expected outputs written")


if __name__ == "__main__":
    main(sys.argv[1:])

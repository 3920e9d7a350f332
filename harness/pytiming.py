# In-process timer for the reference interpreters: loads a bm_*.py program
# once (under a name other than __main__, so it does not run itself), then
# calls its main(size) repeatedly with stdout discarded: warm-up iterations,
# then samples, until the iteration count or the time budget is reached (one
# sample is always taken; warm-up stops early too when over budget).
# Usage: pytiming.py FILE WARMUP ITERATIONS BUDGET_S SIZE...
# Reports {"warmupMs": [...], "samplesMs": [...]} as JSON on fd 3. Python 3.9+.
import json
import os
import sys
import time


def main():
    path = sys.argv[1]
    warmup = int(sys.argv[2])
    iterations = int(sys.argv[3])
    budget = float(sys.argv[4])
    args = sys.argv[5:]
    sys.argv = [path] + args
    namespace = {"__name__": "__pvm_bench__", "__file__": path}
    with open(path, encoding="utf-8") as source:
        code = compile(source.read(), path, "exec")
    exec(code, namespace)
    program_main = namespace["main"]
    size = int(args[0])
    real_stdout = sys.stdout
    warmup_ms = []
    samples_ms = []
    started = time.perf_counter()
    with open(os.devnull, "w") as devnull:
        for i in range(warmup + iterations):
            over_budget = time.perf_counter() - started > budget
            if over_budget and (i < warmup or samples_ms):
                continue
            sys.stdout = devnull
            try:
                t0 = time.perf_counter()
                program_main(size)
                elapsed = time.perf_counter() - t0
            finally:
                sys.stdout = real_stdout
            (warmup_ms if i < warmup else samples_ms).append(elapsed * 1000.0)
    report = {"warmupMs": warmup_ms, "samplesMs": samples_ms}
    os.write(3, json.dumps(report).encode())


main()

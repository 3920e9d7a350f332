# Runs one command the way the harness measures every target: wall time
# around the process, CPU time and peak RSS from wait4's rusage, an optional address-space
# cap, and a timeout that kills the command's whole process group.
# Usage: measure.py TIMEOUT_S MEMORY_MB -- COMMAND...   (MEMORY_MB 0: no cap)
# The command inherits stdin, stdout and stderr; the measurement goes to fd 3
# as one JSON object. Runs on CPython and PyPy 3.9+.
import json
import os
import resource
import signal
import subprocess
import sys
import time


def main():
    timeout = float(sys.argv[1])
    memory_mb = int(sys.argv[2])
    command = sys.argv[4:]

    def in_child():
        if memory_mb > 0:
            limit = memory_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    start = time.perf_counter()
    try:
        proc = subprocess.Popen(command, preexec_fn=in_child, start_new_session=True)
    except OSError as error:
        report = {"error": "cannot start %s: %s" % (command[0], error.strerror)}
        os.write(3, json.dumps(report).encode())
        return
    timed_out = False
    # The command runs in its own session, so a Ctrl-C or a kill of this
    # wrapper would not reach it: take it down on the way out.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(143))
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    except BaseException:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        raise
    wall_ms = (time.perf_counter() - start) * 1000.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    code = proc.returncode
    report = {
        "wallMs": wall_ms,
        "peakRssKb": usage.ru_maxrss,
        "cpuMs": (usage.ru_utime + usage.ru_stime) * 1000.0,
        "exitStatus": code if code >= 0 else None,
        "signal": signal.Signals(-code).name if code < 0 else None,
        "timedOut": timed_out,
    }
    os.write(3, json.dumps(report).encode())


main()

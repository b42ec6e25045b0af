#!/usr/bin/env python3
"""Runs one command and prints how it went, for bench/run.sh:

    python3 bench/timed.py LIMIT OUT ERR COMMAND...

prints "WALL USER SYS PEAK_KB STATUS": wall seconds from just before the command is started to
just after it ends, its user and system CPU seconds, its peak resident set in kilobytes (the
kernel's ru_maxrss, which `/usr/bin/time -v` prints as "Maximum resident set size"), and its exit
status (124 when it ran past LIMIT seconds and was stopped, as timeout(1) reports). Its standard
output and error go to the files OUT and ERR.

A started program inherits the peak of the process that started it (the kernel keeps the larger),
here Python's own, about 14 MB. A peak no larger than that is unknown, and printed as 0.

Timing here instead of around `/usr/bin/time timeout COMMAND` leaves out the start of those two
programs, a few milliseconds that matter when a rebuild takes fifty.
"""
import os
import resource
import signal
import sys
import threading
import time


def main():
    limit, out, err, command = float(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:]
    actions = [
        (os.POSIX_SPAWN_OPEN, 1, out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
        (os.POSIX_SPAWN_OPEN, 2, err, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
    ]
    stopped = []
    own_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    try:
        pid = os.posix_spawnp(command[0], command, os.environ, file_actions=actions)
    except OSError as error:
        with open(err, "a") as log:
            print(f"{command[0]}: {error.strerror}", file=log)
        print("0 0 0 0 127")
        return

    def stop():
        stopped.append(True)
        os.kill(pid, signal.SIGKILL)

    timer = threading.Timer(limit, stop)
    timer.start()
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    timer.cancel()
    code = 124 if stopped else os.waitstatus_to_exitcode(status)
    if code < 0:
        code = 128 - code
    peak = usage.ru_maxrss if usage.ru_maxrss > own_peak else 0
    print(f"{wall:.4f} {usage.ru_utime:.3f} {usage.ru_stime:.3f} {peak} {code}")


if __name__ == "__main__":
    main()

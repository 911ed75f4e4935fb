"""Runs one command as a child process and measures it: wall clock, peak resident memory, and a memory guard.

Peak RSS is the command's "Maximum resident set size" as GNU time (`/usr/bin/time`, Debian package `time`)
reports it. The command runs under `/usr/bin/time` rather than straight from this process because Linux
carries a process's peak RSS across fork and exec: a command started directly by the runner (a Python
process of 100 MB or more) would report at least the runner's own peak. Under `time` (about 2 MB) the floor
is negligible.

Peak RSS counts file pages mapped into the process too (an LMDB or tantivy index the builder reads back), so
the command's anonymous memory (RssAnon in /proc/PID/status: heap and stacks, what the machine cannot page
out without swap) is sampled beside it, every 10 ms at first and every 0.2 s after the first second; that
peak is approximate (a spike shorter than the interval can be missed). The guard kills the command when its
anonymous memory goes above a limit, so a build that would exhaust a shared machine stops with a clear
record instead.
"""
from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from .engine import EngineError

GNU_TIME = Path("/usr/bin/time")
SAMPLE_SECONDS = 0.2  # the sampling interval once the command has run for a while; it starts at 10 ms


@dataclass(frozen=True)
class ChildRun:
    """What one command did: exit status (negative: killed by that signal), wall-clock seconds, peak RSS
    (0 when the guard killed it: `time` reports nothing then) and sampled peak anonymous memory in bytes,
    and whether the memory guard killed it."""

    status: int
    seconds: float
    max_rss_bytes: int
    peak_anon_bytes: int
    over_memory_limit: bool


def _anon_bytes(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("RssAnon:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        return None
    return None


def _command_pid(time_pid: int) -> int | None:
    """The process that `time` started (its only child), once it exists."""
    try:
        children = Path(f"/proc/{time_pid}/task/{time_pid}/children").read_text().split()
    except OSError:
        return None
    return int(children[0]) if children else None


def _kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _time_report(path: Path) -> tuple[int, int | None]:
    """(peak RSS in bytes, signal number or None) from `time -f %M -o path`: a line "Command terminated by
    signal N" when the command died of a signal, then the peak in KiB."""
    lines = path.read_text().split("\n") if path.is_file() else []
    lines = [line for line in lines if line.strip()]
    killed = next((int(line.split()[-1]) for line in lines if line.startswith("Command terminated by signal")), None)
    try:
        return int(lines[-1]) * 1024, killed
    except (IndexError, ValueError):
        return 0, killed


def run(command: list[str], stdout: Path, stderr: Path, memory_limit_bytes: int | None, cwd: Path | None = None,
        env: dict[str, str] | None = None) -> ChildRun:
    """Runs `command` to completion under `/usr/bin/time`, its standard output and error written to the given
    files. When `memory_limit_bytes` is set and the command's anonymous memory exceeds it, the command (and
    anything it started) is killed with SIGKILL and the result says so. Raises EngineError when
    `/usr/bin/time` is missing."""
    if not GNU_TIME.is_file():
        raise EngineError(f"{GNU_TIME} is missing: install the Debian package `time` (scale runs measure peak "
                          "memory with it)")
    report = stderr.with_suffix(".time")
    report.unlink(missing_ok=True)
    with stdout.open("wb") as out, stderr.open("wb") as err:
        start = time.perf_counter()
        process = subprocess.Popen([str(GNU_TIME), "-f", "%M", "-o", str(report), *command], stdin=subprocess.DEVNULL,
                                   stdout=out, stderr=err, cwd=cwd, env=env, start_new_session=True)
    peak = 0
    over = False
    finished = threading.Event()

    def watch() -> None:
        nonlocal peak, over
        interval = 0.01
        pid = None
        while not finished.wait(interval):
            interval = min(SAMPLE_SECONDS, interval * 1.25)
            pid = pid or _command_pid(process.pid)
            anon = _anon_bytes(pid) if pid else None
            if anon is None:
                continue
            peak = max(peak, anon)
            if memory_limit_bytes is not None and anon > memory_limit_bytes and not over:
                over = True
                _kill_group(process.pid)

    watcher = threading.Thread(target=watch, name="child-memory", daemon=True)
    watcher.start()
    try:
        process.wait()
    except BaseException:  # interrupted (Ctrl-C): never leave the command running
        _kill_group(process.pid)
        process.wait()
        raise
    finally:
        finished.set()
        watcher.join()
    seconds = time.perf_counter() - start
    max_rss, killed_by = _time_report(report)
    status = -killed_by if killed_by else process.returncode
    return ChildRun(status, seconds, max_rss, peak, over)

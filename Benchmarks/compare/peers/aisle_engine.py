"""Aisle as an external process speaking JSON lines over stdin/stdout.

Contract (implemented by the `aisle` CLI):
  aisle index build --from <products.jsonl> --index <dir> --json
      ends its standard output with one JSON line {"documents": N, "seconds": S, "bytes": B}
  aisle query-server --index <dir> --k <k> --mode or|and --plain-text   (query syntax off, as for the peers)
      reads lines {"id": "<query id>", "q": "<query>"} and answers each with one line
      {"id": ..., "ids": ["<product id>", ...], "total": N, "us": <in-process microseconds>}
"""
from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

from .corpus import Corpus
from .engine import BuildStats, Engine, EngineError, Hits, Target, directory_bytes

ANSWER_TIMEOUT_SECONDS = 30.0


def ensure_binary(path: Path, repo_root: Path, may_build: bool) -> Path:
    """The aisle executable at `path`, built with `swift build -c release --product aisle` in `repo_root`
    first when it is missing and `may_build`. Raises EngineError when it is missing afterwards."""
    if path.is_file() and os.access(path, os.X_OK):
        return path
    if not may_build:
        raise EngineError(f"aisle: no executable at {path} (build it, pass --aisle PATH, or drop --no-build)")
    print(f"aisle: {path} is missing; running `swift build -c release --product aisle` in {repo_root} "
          "(several minutes on 2 cores)", file=sys.stderr, flush=True)
    build = subprocess.run(["swift", "build", "-c", "release", "--product", "aisle"], cwd=repo_root)
    if build.returncode != 0 or not path.is_file():
        raise EngineError(f"aisle: `swift build -c release --product aisle` failed (exit {build.returncode}) "
                          f"or did not produce {path}")
    return path


def _kill_group(process: subprocess.Popen) -> None:
    """Kills a process started with start_new_session=True together with any children it made."""
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.wait()


class AisleTarget(Target):
    """One `aisle query-server` process over `index` answering the top `k` in `mode`; hits are product ids.
    Call `close` to stop the process."""

    ordinals = False

    def __init__(self, binary: Path, index: Path, log: Path, config: str, mode: str, k: int):
        self.config, self.mode, self.k = config, mode, k
        self.log_path = log
        self.log = log.open("wb")
        self.process = subprocess.Popen(
            [str(binary), "query-server", "--index", str(index), "--k", str(k), "--mode", mode, "--plain-text"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.log, bufsize=0, start_new_session=True,
        )
        self.stdin = self.process.stdin
        self.stdout = self.process.stdout.fileno()
        self.buffer = b""
        self.broken: EngineError | None = None  # set once the server died or hung; every later query fails fast

    def prepare(self, query_id: str, text: str) -> tuple[str, bytes]:
        return query_id, (json.dumps({"id": query_id, "q": text}, ensure_ascii=False) + "\n").encode()

    def _failure(self, what: str) -> EngineError:
        self.log.flush()
        tail = self.log_path.read_text(errors="replace").strip().splitlines()[-10:]
        detail = ("; its standard error ends with:\n  " + "\n  ".join(tail)) if tail else ""
        return EngineError(f"aisle query-server ({self.mode}): {what}{detail}")

    def _break(self, what: str) -> EngineError:
        """Stops the server for good after it died or hung, and remembers why."""
        _kill_group(self.process)
        self.broken = self._failure(what)
        print(f"warning: {self.broken}", file=sys.stderr, flush=True)
        return self.broken

    def _read_line(self) -> bytes:
        deadline = time.monotonic() + ANSWER_TIMEOUT_SECONDS
        while b"\n" not in self.buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([self.stdout], [], [], remaining)[0]:
                raise self._break(f"no answer within {ANSWER_TIMEOUT_SECONDS:.0f} s")
            chunk = os.read(self.stdout, 1 << 16)
            if not chunk:
                raise self._break(f"exited (status {self.process.wait()}) instead of answering")
            self.buffer += chunk
        line, _, self.buffer = self.buffer.partition(b"\n")
        return line

    def search(self, prepared: tuple[str, bytes]) -> Hits:
        if self.broken is not None:
            raise self.broken
        query_id, request = prepared
        start = time.perf_counter_ns()
        try:
            self.stdin.write(request)
        except BrokenPipeError:
            raise self._break(f"exited (status {self.process.wait()}) before reading the query") from None
        line = self._read_line()
        client_us = (time.perf_counter_ns() - start) / 1000
        try:
            answer = json.loads(line)
            ids, total, engine_us = answer["ids"], int(answer["total"]), float(answer["us"])
        except (ValueError, KeyError, TypeError):
            raise self._failure(f"answered {line[:300]!r}, not {{\"id\", \"ids\", \"total\", \"us\"}}") from None
        if str(answer.get("id")) != query_id:
            raise self._failure(f"answered query {answer.get('id')!r} when asked {query_id!r}")
        return Hits([str(i) for i in ids], total, engine_us, client_us)

    def close(self) -> None:
        try:
            self.stdin.close()
            self.process.wait(timeout=10)
        except BrokenPipeError:
            self.process.wait()
        except subprocess.TimeoutExpired:
            _kill_group(self.process)
        finally:
            self.log.close()


class AisleEngine(Engine):
    """The project's own engine, run as `aisle index build` and one `aisle query-server` per mode."""

    name = "aisle"

    def __init__(self, binary: Path, repo_root: Path, logs: Path) -> None:
        self.binary, self.repo_root, self.logs = binary, repo_root, logs
        self.index: Path | None = None

    def build(self, corpus: Corpus, workdir: Path) -> BuildStats:
        self.index = workdir / "aisle"
        command = [str(self.binary), "index", "build", "--from", str(corpus.products_path),
                   "--index", str(self.index), "--json"]
        start = time.perf_counter()
        run = subprocess.run(command, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        self.logs.mkdir(parents=True, exist_ok=True)
        (self.logs / "aisle-build.log").write_text(run.stderr)
        if run.returncode != 0:
            raise EngineError(f"aisle: `{' '.join(command)}` exited with {run.returncode}:\n{run.stderr.strip()[-2000:]}")
        lines = [line for line in run.stdout.splitlines() if line.strip()]
        try:
            report = json.loads(lines[-1])
            documents, reported_seconds, reported_bytes = int(report["documents"]), float(report["seconds"]), int(report["bytes"])
        except (IndexError, ValueError, KeyError, TypeError):
            raise EngineError(f"aisle: index build did not end with a JSON line "
                              f"{{\"documents\", \"seconds\", \"bytes\"}}; its output ended with {lines[-3:]!r}") from None
        extra = {"reported_seconds": reported_seconds, "reported_bytes": reported_bytes}
        return BuildStats(seconds, directory_bytes(self.index), documents, extra)

    def configs(self) -> list[str]:
        return ["aisle"]

    def target(self, config: str, mode: str, k: int) -> Target:
        return AisleTarget(self.binary, self.index, self.logs / f"aisle-query-server-{mode}.log", config, mode, k)

    def describe(self) -> str:
        return ("external process; queries sent exactly as typed (Aisle parses them); latency = the in-process "
                "microseconds Aisle reports, with the pipe round trip beside it; build time = wall clock of "
                "`aisle index build` including reading products.jsonl")

    def versions(self) -> dict[str, str]:
        modified = datetime.fromtimestamp(self.binary.stat().st_mtime, timezone.utc).isoformat(timespec="seconds")
        versions = {"aisle binary": f"{self.binary} (modified {modified})"}
        probe = subprocess.Popen([str(self.binary), "--version"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL, text=True, start_new_session=True)
        try:
            output, _ = probe.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            _kill_group(probe)
            output = ""
        if probe.returncode == 0 and output.strip():
            versions["aisle"] = output.strip().splitlines()[0]
        if not self.binary.resolve().is_relative_to(self.repo_root.resolve()):
            return versions  # built elsewhere: this checkout's commit would say nothing about it
        git = subprocess.run(["git", "describe", "--always", "--dirty"], cwd=self.repo_root, capture_output=True, text=True)
        if git.returncode == 0:
            versions["aisle source (git)"] = git.stdout.strip()
        return versions

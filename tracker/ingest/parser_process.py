"""One long-lived parser process, reused across parses, restarted on timeout (RELIABILITY.md 21).

A pathological feed can keep feedparser busy for tens of seconds and cannot be
interrupted from inside Python, so parsing happens in a child process that can be
killed. Starting a process per parse would cost more CPU than the parse itself,
so one child serves every parse; a lock makes it safe to call from threads.

The child is a plain ``python -m tracker.ingest.parser_process`` subprocess rather than a
multiprocessing child: "spawn" re-imports the caller's ``__main__`` (which breaks
under ``python -c``, stdin scripts and some app servers) and "fork" is unsafe in
a threaded scheduler. Messages are length-prefixed pickles over stdin/stdout;
only this package's own records cross, in both directions.
"""

from __future__ import annotations

import atexit
import os
import pickle
import select
import struct
import subprocess
import sys
import threading
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from tracker.core.errors import NotAFeedError, ParseError, SourceError
from tracker.ingest.records import ParsedFeed

START_TIMEOUT_S = 60.0
MEMORY_LIMIT_BYTES = 2 * 1024**3
_HEADER = struct.Struct(">Q")
_ERRORS: dict[str, type[SourceError]] = {"NotAFeedError": NotAFeedError, "ParseError": ParseError}


def _write(stream: IO[bytes], message: Any) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def _read(stream: IO[bytes]) -> Any:
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        raise EOFError("parser pipe closed")
    (size,) = _HEADER.unpack(header)
    data = stream.read(size)
    if len(data) < size:
        raise EOFError("parser pipe closed mid-message")
    return pickle.loads(data)


def _serve() -> None:
    """Child main loop: (body, url, now) in, ("ok", feed) or ("error", kind, url, msg) out."""
    inbox, outbox = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must not corrupt the message stream
    _limit_memory()
    from tracker.ingest.feedread import parse_bytes

    _write(outbox, ("ready",))
    while True:
        try:
            body, url, now = _read(inbox)
        except (EOFError, OSError):
            return  # the parent is gone
        try:
            reply: tuple[Any, ...] = ("ok", parse_bytes(body, url, now=now))
        except SourceError as exc:
            reply = ("error", type(exc).__name__, exc.url, exc.message)
        except Exception as exc:  # a feedparser crash is this feed's problem, not the worker's
            reply = ("error", "ParseError", url, f"parser failed: {type(exc).__name__}: {exc}")
        _write(outbox, reply)


def _limit_memory() -> None:
    # An entity bomb that slipped through must not take the machine down with it.
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT_BYTES, MEMORY_LIMIT_BYTES))
    except (ImportError, ValueError, OSError):
        pass


def _child_env() -> dict[str, str]:
    root = str(Path(__file__).resolve().parents[2])  # the directory holding the tracker package
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    return env


def _ready(stream: IO[bytes], timeout_s: float) -> bool:
    readable, _, _ = select.select([stream], [], [], max(timeout_s, 0.0))
    return bool(readable)


class ParserWorker:
    """The parent's handle on the child: start lazily, kill on timeout, stop at exit."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._pid = os.getpid()

    def parse(self, body: bytes, url: str, now: datetime, timeout_s: float) -> ParsedFeed:
        with self._lock:
            process = self._ensure_started()
            assert process.stdin is not None and process.stdout is not None
            try:
                _write(process.stdin, (body, url, now))
                reply = _read(process.stdout) if _ready(process.stdout, timeout_s) else None
            except (EOFError, OSError) as exc:
                self._stop()
                raise ParseError(url, f"parser process died ({exc})") from exc
            if reply is None:
                self._stop()
                raise ParseError(url, f"parsing took longer than {timeout_s:g} s; abandoned")
        return _unpack(reply, url)

    def _ensure_started(self) -> subprocess.Popen[bytes]:
        if self._pid != os.getpid():
            # A forked copy of this object must not share the parent's pipes.
            self._process, self._pid = None, os.getpid()
        if self._process is not None and self._process.poll() is None:
            return self._process
        self._stop()
        process = subprocess.Popen(
            [sys.executable, "-m", "tracker.ingest.parser_process"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=_child_env(),
        )
        assert process.stdout is not None
        if not _ready(process.stdout, START_TIMEOUT_S) or _read(process.stdout) != ("ready",):
            process.kill()
            process.wait()
            raise ParseError("parser", "the parser process did not start")
        self._process = process
        return process

    def _stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        process.kill()
        process.wait(timeout=5)
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                stream.close()

    def close(self) -> None:
        """Stop the child; the next parse starts a new one."""
        with self._lock:
            self._stop()

    @property
    def pid(self) -> int | None:
        """The child's process id while it runs (for tests and diagnostics)."""
        return self._process.pid if self._process is not None else None


def _unpack(reply: tuple[Any, ...], url: str) -> ParsedFeed:
    if reply[0] == "ok" and isinstance(reply[1], ParsedFeed):
        return reply[1]
    if reply[0] == "error":
        _tag, kind, err_url, message = reply
        raise _ERRORS.get(kind, ParseError)(err_url, message)
    raise ParseError(url, "unexpected reply from the parser process")


_worker: ParserWorker | None = None
_worker_lock = threading.Lock()


def shared_worker() -> ParserWorker:
    """The process-wide worker, created on first use and stopped at interpreter exit."""
    global _worker
    with _worker_lock:
        if _worker is None:
            _worker = ParserWorker()
            atexit.register(_worker.close)
        return _worker


if __name__ == "__main__":
    _serve()

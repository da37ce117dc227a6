"""A real HTTP server on 127.0.0.1 for tests, with routes configured per test.

Use the ``http_server`` fixture (import it into a test module or conftest)::

    from tests.support.http_server import Route, http_server_fixture  # noqa: F401

    def test_x(http_server):
        http_server.route("/feed", Route(body=b"<rss/>", headers={"ETag": '"1"'}))
        http_server.redirect("/old", "/feed", status=301)
        url = http_server.url("/feed")
        ...
        assert http_server.requests_for("/feed")[0].headers["If-None-Match"] == '"1"'

A route is a :class:`Route` (status, headers, body, gzip, slow trickle, hang,
no Content-Length) or a callable taking the :class:`RecordedRequest` and
returning a Route, for conditional GET and other request-dependent answers.
"""

from __future__ import annotations

import gzip as gzip_module
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass(frozen=True)
class RecordedRequest:
    """What the server saw; header values are the raw bytes decoded as latin-1."""

    method: str
    path: str
    headers: dict[str, str]

    def header(self, name: str) -> str | None:
        lowered = name.lower()
        return next((v for k, v in self.headers.items() if k.lower() == lowered), None)


@dataclass(frozen=True)
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    gzip: bool = False  # compress the body and send Content-Encoding: gzip
    content_length: bool = True  # False: no Content-Length, body ends when the connection closes
    trickle_s: float | None = None  # send the body one byte every trickle_s seconds
    hang: bool = False  # accept the request and never answer


Responder = Route | Callable[[RecordedRequest], Route]


class LocalHTTPServer:
    """ThreadingHTTPServer on a random free port, serving in a background thread."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self.routes: dict[str, Responder] = {}
        self.requests: list[RecordedRequest] = []
        self.stopping = threading.Event()
        self._server = ThreadingHTTPServer((host, 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="test-http", daemon=True
        )
        self._thread.start()

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def url(self, path: str = "/") -> str:
        return f"http://{self.host}:{self.port}{path}"

    def route(self, path: str, responder: Responder | None = None, **route_fields: object) -> None:
        """Serve ``path`` with a Route, a callable, or Route(**route_fields)."""
        self.routes[path] = responder if responder is not None else Route(**route_fields)  # type: ignore[arg-type]

    def redirect(self, path: str, location: str, status: int = 301) -> None:
        self.route(path, Route(status=status, headers={"Location": location}))

    def requests_for(self, path: str) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path == path]

    def close(self) -> None:
        self.stopping.set()  # releases hanging and trickling handlers
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


def _handler_for(server: LocalHTTPServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            request = RecordedRequest("GET", self.path, dict(self.headers.items()))
            server.requests.append(request)
            responder = server.routes.get(self.path.split("?", 1)[0], Route(status=404, body=b"no route"))
            route = responder(request) if callable(responder) else responder
            _answer(self, route, server.stopping)

    return Handler


def _answer(handler: BaseHTTPRequestHandler, route: Route, stopping: threading.Event) -> None:
    if route.hang:
        stopping.wait()
        return
    body = gzip_module.compress(route.body) if route.gzip else route.body
    handler.send_response(route.status)
    for name, value in route.headers.items():
        handler.send_header(name, value)
    if route.gzip:
        handler.send_header("Content-Encoding", "gzip")
    if route.content_length:
        handler.send_header("Content-Length", str(len(body)))
    else:
        handler.send_header("Connection", "close")
        handler.close_connection = True
    handler.end_headers()
    _write_body(handler, body, route.trickle_s, stopping)


def _write_body(
    handler: BaseHTTPRequestHandler, body: bytes, trickle_s: float | None, stopping: threading.Event
) -> None:
    try:
        if trickle_s is None:
            handler.wfile.write(body)
            return
        for index in range(len(body)):
            if stopping.wait(trickle_s):
                return
            handler.wfile.write(body[index : index + 1])
            handler.wfile.flush()
    except (BrokenPipeError, ConnectionResetError):
        pass  # the client gave up, which is what most of these tests want


@pytest.fixture(name="http_server")
def http_server_fixture() -> Iterator[LocalHTTPServer]:
    """A fresh loopback HTTP server per test, closed afterwards."""
    server = LocalHTTPServer()
    try:
        yield server
    finally:
        server.close()

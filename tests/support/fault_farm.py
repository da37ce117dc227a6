"""The feed farm with faults injected, for the soak benchmark and fault tests.

Built on :class:`tests.support.feed_farm.FeedFarm` (same feeds, same request
log); ``faults`` maps a feed number to what that feed does instead of
answering normally:

* ``oversized``: a normal feed plus an entry whose id and link are 2,500
  characters, an ETag of 1,500 and a Last-Modified of 300 (RELIABILITY 38:
  stored fitted, with a warning on the source);
* ``hostile``: an entity bomb, a cut-off document or an HTML login page, in
  turn (a parse error on the source);
* ``bomb``: a gzip body small on the wire, :data:`BOMB_BYTES` decoded (too large);
* ``hang``: accepts the request and never answers (a timeout);
* ``poison``: a normal feed plus an entry titled :data:`POISON`, which the
  benchmark's database refuses with a constraint (a database error, RELIABILITY 39);
* ``failing`` feeds of the base farm answer HTTP 500.
"""

from __future__ import annotations

import contextlib
import gzip
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.support import feed_farm
from tests.support.feed_farm import FeedFarm, render_feed

POISON = "Poisoned entry"
BOMB_BYTES = 4 * 1024 * 1024
FAULT_KINDS = ("oversized", "hostile", "bomb", "hang", "poison")

_LONG = 2500
_ENTITY_BOMB = (
    '<?xml version="1.0"?><!DOCTYPE rss ['
    + '<!ENTITY a0 "lol">'
    + "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
    + ']><rss version="2.0"><channel><title>&a9;</title><item><title>&a9;</title></item></channel></rss>'
).encode()
_LOGIN_PAGE = b"<!doctype html><html><body><form action='/login'>Sign in</form></body></html>"


def _extra_item(base_url: str, feed: int, title: str, guid: str, link: str) -> bytes:
    return (
        f"<item><guid>{guid}</guid><title>{title}</title><link>{link}</link>"
        "<pubDate>Mon, 01 Sep 2025 10:00:00 GMT</pubDate>"
        f"<description>The programme for feed {feed} continues.</description></item>"
    ).encode()


def _with_item(body: bytes, item: bytes) -> bytes:
    return body.replace(b"</channel>", item + b"</channel>", 1)


@dataclass
class FaultFarm(FeedFarm):
    faults: dict[int, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._closing = threading.Event()
        self._bomb = gzip.compress(b"\0" * BOMB_BYTES, compresslevel=9)
        self._turns: dict[int, int] = {}
        super().__post_init__()
        # Replace the base server with one whose handler injects the faults.
        self._server.shutdown()
        self._server.server_close()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _fault_handler(self))
        self._server.daemon_threads = True
        self._server.request_queue_size = 1024
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def feeds_with(self, kind: str) -> list[int]:
        return sorted(feed for feed, fault in self.faults.items() if fault == kind)

    def close(self) -> None:
        self._closing.set()
        super().close()

    def answer(self, feed: int, handler: BaseHTTPRequestHandler) -> bool:
        """Answer a faulty feed's request; False for a feed the base farm answers."""
        kind = self.faults.get(feed)
        if kind is None:
            return False
        self.record(feed)
        send = handler._send  # type: ignore[attr-defined]
        if kind == "hang":
            self._closing.wait(3600)
            return True
        if kind == "bomb":
            send(200, self._bomb, {"Content-Encoding": "gzip", "Content-Type": "application/rss+xml"})
            return True
        if kind == "hostile":
            turn = self._turns.get(feed, feed)
            self._turns[feed] = turn + 1
            body = (
                _ENTITY_BOMB,
                b'<?xml version="1.0"?><rss version="2.0"><channel><item><title>cut',
                _LOGIN_PAGE,
            )[turn % 3]
            send(200, body, {"Content-Type": "application/rss+xml"})
            return True
        newest = self.newest(feed)
        body = render_feed(self.base_url, feed, newest, self.entries)
        headers = {"Content-Type": "application/rss+xml", "ETag": f'"{feed}-{newest}"'}
        if kind == "oversized":
            long_id = f"{self.base_url}/feed/{feed}/" + "i" * _LONG
            long_link = f"{self.base_url}/feed/{feed}/" + "l" * _LONG
            body = _with_item(body, _extra_item(self.base_url, feed, "Long values", long_id, long_link))
            headers["ETag"] = '"' + "e" * 1500 + '"'
            headers["Last-Modified"] = "Mon, 01 Sep 2025 10:00:00 GMT" + " x" * 150
        elif kind == "poison":
            body = _with_item(
                body, _extra_item(self.base_url, feed, POISON, f"poison-{feed}", f"{self.base_url}/p")
            )
        send(200, body, headers)
        return True


def _fault_handler(farm: FaultFarm) -> type[BaseHTTPRequestHandler]:
    base = feed_farm._handler_for(farm)

    class Handler(base):  # type: ignore[valid-type, misc]
        def do_GET(self) -> None:
            feed = feed_farm._feed_number(self.path)
            if feed is not None and feed < farm.feeds and farm.answer(feed, self):
                return
            super().do_GET()

        def handle_one_request(self) -> None:
            # The client gave up (a cap or a deadline): that is the point.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                super().handle_one_request()

    return Handler

"""A real HTTP server on 127.0.0.1 serving many generated RSS feeds, for worker tests and benchmarks.

Feed ``i`` lives at ``/feed/i.xml`` and shows its latest ``entries`` items; with
``new_every_s`` set, one new item appears per feed every that many seconds, so
repeated polls find new entries. Answers carry an ETag and honour
If-None-Match (304), as a polite server does. Some feeds can be slow (a delay
before answering), failing (HTTP 500) or held (the request waits until the
test releases it, to kill a worker mid-source).

Every request is recorded with its arrival time, so duplicate fetches are
counted on the server side.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

PLACES = (
    "Ashford",
    "Barnsley",
    "Carlisle",
    "Derby",
    "Exeter",
    "Falkirk",
    "Gloucester",
    "Hereford",
    "Ipswich",
    "Jarrow",
    "Kendal",
    "Lincoln",
    "Margate",
    "Newport",
    "Oldham",
    "Preston",
)
DISTRICTS = ("North", "South", "East", "West", "Central", "Riverside", "Old Town")
STAFF = (
    "nurses",
    "teachers",
    "paramedics",
    "midwives",
    "prison officers",
    "social workers",
    "health visitors",
)
THINGS = (
    "hospitals",
    "schools",
    "libraries",
    "bridges",
    "roads",
    "parks",
    "clinics",
    "stations",
    "harbours",
    "museums",
    "theatres",
    "prisons",
    "courts",
    "depots",
    "reservoirs",
    "laboratories",
)
SENTENCES = (
    "The Minister announced £{m} million for new {thing} in {place} {district}.",
    "The department will recruit {n}{m} additional {staff} by the end of next year.",
    "A further £{m}.5 million will repair {thing} in {place} {district}.",
    "A new body, the {place} {thing} Authority, will be created this autumn.",
    "Officials said the programme would be reviewed in the spring.",
)
# Background prose that pads an entry to a press release's length; it promises nothing.
FILLER = (
    "Residents of {place} were invited to a series of open meetings about the {thing} in {district}.",
    "The consultation drew comments from parents, traders and the local chamber of commerce.",
    "A spokesperson said the views gathered would shape the next stage of the design work.",
    "Work on the site at {place} {district} is expected to follow the usual planning process.",
    "Local councillors welcomed the chance to discuss how the {thing} are used day to day.",
    "The regional office will publish a summary of the feedback alongside the minutes.",
    "Staff who run the {thing} described the pressures of the winter months in some detail.",
    "Visitors can read the background papers at the library or on the department's pages.",
    "The minister thanked the volunteers who keep the {thing} of {place} open at weekends.",
    "An independent panel will look at how well the arrangements have worked so far.",
)


def entry_text(feed: int, number: int, words: int = 0) -> str:
    """Deterministic body text for one entry, with a pledge or two in it.

    Each feed has its own place (named after the feed), so commitments are
    linked across a few articles of one feed, as real re-announcements are, not
    across every feed. (Recipients such as "Leeds City Council" and "Bristol City
    Council" share two words of three, and the linker joins them: with one such
    sentence per feed every feed's money fell into a handful of commitments.)
    With ``words``, background sentences pad the text to about that many words.
    """
    parts = []
    for turn in range(2):
        seed = feed * 7919 + number * 104729 + turn * 31
        sentence = SENTENCES[seed % len(SENTENCES)]
        parts.append(
            sentence.format(
                m=seed % 90 + 10,
                n=seed % 9 + 2,
                place=f"{PLACES[feed % len(PLACES)]}{feed}",
                district=DISTRICTS[(seed // 5) % len(DISTRICTS)],
                thing=THINGS[(seed // 7) % len(THINGS)],
                staff=STAFF[(seed // 3) % len(STAFF)],
            )
        )
    length, turn = sum(len(part.split()) for part in parts), 0
    while length < words:
        seed = feed * 131 + number * 17 + turn
        sentence = FILLER[seed % len(FILLER)].format(
            place=f"{PLACES[feed % len(PLACES)]}{feed}",
            district=DISTRICTS[(seed // 3) % len(DISTRICTS)],
            thing=THINGS[(seed // 5) % len(THINGS)],
        )
        parts.insert(1 + turn % 2, sentence)
        length, turn = length + len(sentence.split()), turn + 1
    return " ".join(parts)


def render_feed(base_url: str, feed: int, newest: int, count: int, words: int = 0) -> bytes:
    """RSS 2.0 with entries ``newest - count + 1 .. newest`` (numbered from 1), newest first."""
    items = []
    for number in range(newest, max(newest - count, 0), -1):
        day = 1 + number % 28
        items.append(
            f"<item><guid>feed-{feed}-entry-{number}</guid>"
            f"<title>Announcement {number} from feed {feed}</title>"
            f"<link>{base_url}/feed/{feed}/entry/{number}</link>"
            f"<pubDate>Mon, {day:02d} Sep 2025 10:00:00 GMT</pubDate>"
            f"<description>{escape(entry_text(feed, number, words))}</description></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Generated feed {feed}</title><link>{base_url}/</link>"
        f"<description>Feed {feed}</description>{''.join(items)}</channel></rss>"
    ).encode()


@dataclass
class FeedFarm:
    """The server and its knobs; set the knobs before workers start polling."""

    feeds: int
    entries: int = 20
    new_every_s: float | None = None
    latency_s: float = 0.0  # every answer waits this long, like a distant server
    published: int = 0  # entries published on top of the first ``entries``, on every feed
    words: int = 0  # pad each entry's text to about this many words
    slow: dict[int, float] = field(default_factory=dict)  # feed -> seconds of delay
    failing: set[int] = field(default_factory=set)
    held: dict[int, threading.Event] = field(default_factory=dict)  # released by the test
    arrived: dict[int, threading.Event] = field(default_factory=lambda: defaultdict(threading.Event))
    hits: dict[int, list[float]] = field(default_factory=lambda: defaultdict(list))

    def __post_init__(self) -> None:
        self.started = time.monotonic()
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._server.request_queue_size = 256
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def feed_url(self, feed: int) -> str:
        return f"{self.base_url}/feed/{feed}.xml"

    def newest(self, feed: int, at: float | None = None) -> int:
        """Number of the newest entry feed ``feed`` shows at monotonic time ``at``."""
        if not self.new_every_s:
            return self.entries + self.published
        elapsed = (at if at is not None else time.monotonic()) - self.started
        # Feeds start their clocks at different offsets so new entries do not all land at once.
        offset = (feed * 0.37) % 1.0 * self.new_every_s
        return self.entries + self.published + int((elapsed + offset) // self.new_every_s)

    def record(self, feed: int) -> None:
        with self._lock:
            self.hits[feed].append(time.monotonic())
        self.arrived[feed].set()

    def fetches(self) -> int:
        with self._lock:
            return sum(len(times) for times in self.hits.values())

    def duplicate_fetches(self, interval_s: float) -> int:
        """Fetches of a feed less than ``interval_s`` after its previous fetch."""
        with self._lock:
            series = [sorted(times) for times in self.hits.values()]
        return sum(1 for times in series for a, b in itertools.pairwise(times) if b - a < interval_s)

    def mean_gap_s(self) -> float | None:
        """Mean time between consecutive fetches of one feed: the interval actually kept."""
        with self._lock:
            gaps = [b - a for times in self.hits.values() for a, b in itertools.pairwise(sorted(times))]
        return sum(gaps) / len(gaps) if gaps else None

    def close(self) -> None:
        for event in self.held.values():
            event.set()
        self._server.shutdown()
        self._server.server_close()


def _feed_number(path: str) -> int | None:
    name = path.removeprefix("/feed/")
    if name == path or not name.endswith(".xml") or not name[:-4].isdigit():
        return None
    return int(name[:-4])


def _handler_for(farm: FeedFarm) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            feed = _feed_number(self.path)
            if feed is None or feed >= farm.feeds:
                self._send(404, b"not found")
                return
            farm.record(feed)
            if feed in farm.held:
                farm.held[feed].wait(120)
            time.sleep(farm.slow.get(feed, farm.latency_s))
            if feed in farm.failing:
                self._send(500, b"server error")
                return
            newest = farm.newest(feed)
            etag = f'"{feed}-{newest}"'
            if self.headers.get("If-None-Match") == etag:
                self._send(304, b"", {"ETag": etag})
                return
            body = render_feed(farm.base_url, feed, newest, farm.entries, farm.words)
            self._send(200, body, {"ETag": etag, "Content-Type": "application/rss+xml"})

        def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass  # quiet: thousands of requests in a benchmark

    return Handler

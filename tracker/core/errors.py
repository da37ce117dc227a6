"""One exception tree for the tracker. Every error names its subject."""

from __future__ import annotations


class TrackerError(Exception):
    """Base of every error the tracker raises on purpose."""


class ConfigError(TrackerError):
    """A setting is missing or invalid."""


class SourceError(TrackerError):
    """Something went wrong with one source; ``url`` names it."""

    def __init__(self, url: str, message: str) -> None:
        super().__init__(f"{url}: {message}")
        self.url = url
        self.message = message

    @property
    def kind(self) -> str:
        """Short machine-readable name stored on the source row."""
        return type(self).__name__


class UnsafeURLError(SourceError):
    """The URL is not an absolute http(s) URL, or points at a refused address."""


class FetchError(SourceError):
    """The HTTP exchange failed (network, timeout, status, redirects)."""


class FetchTimeoutError(FetchError):
    """Connect/read timeout or the overall deadline passed."""


class TooLargeError(FetchError):
    """The body (decoded) passed the size cap."""


class RedirectError(FetchError):
    """A redirect without a usable Location, a loop, or more hops than allowed."""


class HTTPStatusError(FetchError):
    """The server answered with an error status."""

    def __init__(self, url: str, status: int, message: str | None = None) -> None:
        super().__init__(url, message or f"HTTP {status}")
        self.status = status


class GoneError(HTTPStatusError):
    """410 Gone: the source is disabled until a person re-enables it."""


class RateLimitedError(HTTPStatusError):
    """429/503 with an optional Retry-After, already parsed to seconds."""

    def __init__(self, url: str, status: int, retry_after_s: float | None) -> None:
        super().__init__(url, status, f"HTTP {status} (retry after {retry_after_s} s)")
        self.retry_after_s = retry_after_s


class ParseError(SourceError):
    """The body is not a feed feedparser can recover, or parsing took too long."""


class NotAFeedError(ParseError):
    """Empty body or an HTML page (login wall, challenge page)."""


class IngestError(SourceError):
    """Anything else that failed inside one source's ingest: a value or constraint the
    database refused, or a bug. Rolled back and recorded on the source like any
    source error; ``kind`` is the underlying exception's name."""

    def __init__(self, url: str, kind: str, message: str) -> None:
        super().__init__(url, message)
        self._kind = kind[:100]

    @property
    def kind(self) -> str:
        return self._kind


class FullTextError(SourceError):
    """The linked article page could not be fetched or yielded no main text."""


class ArticleError(TrackerError):
    """One article could not be processed; ``article_key`` names it."""

    def __init__(self, article_key: str, message: str) -> None:
        super().__init__(f"article {article_key}: {message}")
        self.article_key = article_key


class NotFoundError(TrackerError):
    """A named thing (source id or URL, article) does not exist."""


class InputError(TrackerError):
    """User input (a JSONL line, a CLI argument) is malformed; the message says where."""


class AlreadyExistsError(TrackerError):
    """An insert would duplicate something the database keeps once (a source URL)."""


class WorkerConflictError(TrackerError):
    """Another live worker already serves this SQLite database."""


class StoreError(TrackerError):
    """The database as a whole failed (disk full, gone, unreachable, locked): nothing
    more can be stored until it is fixed. ``database`` names it (password hidden)."""

    def __init__(self, database: str, message: str) -> None:
        super().__init__(f"database {database}: {message}")
        self.database = database
        self.message = message


class RunStoppedError(StoreError):
    """A run over several sources stopped at a fault of the store; ``not_attempted``
    says how many of its ``total`` sources were left untouched."""

    def __init__(self, database: str, message: str, *, not_attempted: int, total: int) -> None:
        super().__init__(database, message)
        self.not_attempted = not_attempted
        self.total = total

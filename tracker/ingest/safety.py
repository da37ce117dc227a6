"""Which URLs and addresses the tracker may fetch (RELIABILITY.md 23-24).

Two layers:

* :func:`validate_source_url` and :func:`check_host_allowed` are checks on a URL,
  used when a person adds a source and before every redirect hop.
* :class:`GuardedBackend` is an httpcore network backend that resolves the host
  itself, vets every address and connects to the vetted address. That closes the
  DNS-rebinding gap between "checked" and "connected": the address checked is the
  address connected to. TLS still uses the hostname for SNI and certificate checks,
  because httpcore passes the origin host to ``start_tls``, not the address we dial.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
import typing
from urllib.parse import urlsplit

import httpcore
import httpx

from tracker.core.errors import FetchError, UnsafeURLError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

ALLOWED_SCHEMES = frozenset({"http", "https"})


def validate_source_url(url: str) -> str:
    """The normalised form of ``url``, or :class:`UnsafeURLError` saying why it is refused."""
    text = (url or "").strip()
    scheme = urlsplit(text).scheme.lower()
    # A one-letter "scheme" is a Windows drive (C:\feeds\x.xml), i.e. a file path.
    if len(scheme) > 1 and scheme not in ALLOWED_SCHEMES:
        raise UnsafeURLError(text, f"{scheme}: URLs are refused; only http:// and https:// are accepted")
    if scheme not in ALLOWED_SCHEMES or "://" not in text:
        raise UnsafeURLError(text, "not an absolute URL; only http:// and https:// URLs are accepted")
    _refuse_ambiguous_numeric_host(text, urlsplit(text).hostname or "")
    try:
        parsed = httpx.URL(text)
    except httpx.InvalidURL as exc:
        raise UnsafeURLError(text, f"not a valid URL ({exc})") from exc
    if not parsed.host:
        raise UnsafeURLError(text, "the URL has no host")
    if parsed.userinfo:
        raise UnsafeURLError(text, "URLs with a user name or password are refused")
    return str(parsed)


def _refuse_ambiguous_numeric_host(url: str, host: str) -> None:
    # 0177.0.0.1, 0x7f.0.0.1 and 2130706433 all mean 127.0.0.1 to the C resolver.
    # No real feed uses them, and they exist to slip past naive checks: refuse outright.
    if not host or ":" in host:
        return
    try:
        packed = socket.inet_aton(host)
    except OSError:
        return
    if socket.inet_ntoa(packed) != host:
        raise UnsafeURLError(url, f"numeric host {host!r} is not a plain dotted address; refused")


PRIVATE_SETTING = "TRACKER_ALLOW_PRIVATE_NETWORKS"
_ALLOW_HINT = f"set {PRIVATE_SETTING}=1 to allow private addresses (local use and tests only)"

# IPv6 forms that carry an IPv4 address (RELIABILITY 41); the IPv4 inside is what
# is reached (through a NAT64 gateway, a 6to4 or Teredo relay, or the host's own
# IPv4 stack), so it is checked like any other IPv4 address.
_V4_MAPPED = ipaddress.IPv6Network("::ffff:0:0/96")  # ::ffff:a.b.c.d
_V4_TRANSLATED = ipaddress.IPv6Network("::ffff:0:0:0/96")  # ::ffff:0:a.b.c.d (SIIT)
_V4_COMPATIBLE = ipaddress.IPv6Network("::/96")  # ::a.b.c.d (deprecated)
_NAT64_WELL_KNOWN = ipaddress.IPv6Network("64:ff9b::/96")  # RFC 6052
_NAT64_LOCAL = ipaddress.IPv6Network("64:ff9b:1::/48")  # RFC 8215, local-use
_SIX_TO_FOUR = ipaddress.IPv6Network("2002::/16")  # 2002:AABB:CCDD::
_TEREDO = ipaddress.IPv6Network("2001::/32")  # server in bits 32-63, client inverted in the last 32


def _v4(bits: int) -> ipaddress.IPv4Address:
    return ipaddress.IPv4Address(bits & 0xFFFFFFFF)


def embedded_ipv4(address: IPAddress) -> list[tuple[str, ipaddress.IPv4Address]]:
    """The IPv4 addresses an IPv6 address carries, each with the name of its form."""
    if not isinstance(address, ipaddress.IPv6Address):
        return []
    bits = int(address)
    if address in _V4_MAPPED:
        return [("IPv4-mapped", _v4(bits))]
    if address in _V4_TRANSLATED:
        return [("IPv4-translated", _v4(bits))]
    if address in _V4_COMPATIBLE and bits > 1:  # :: and ::1 are themselves
        return [("IPv4-compatible", _v4(bits))]
    if address in _NAT64_WELL_KNOWN:
        return [("NAT64", _v4(bits))]
    if address in _NAT64_LOCAL:
        return [("NAT64 (local-use)", _v4(bits))]  # as with a /96 translator prefix
    if address in _SIX_TO_FOUR:
        return [("6to4", _v4(bits >> 80))]
    if address in _TEREDO:
        return [("Teredo server", _v4(bits >> 64)), ("Teredo client", _v4(~bits))]
    return []


def _v4_blocked(address: ipaddress.IPv4Address) -> bool:
    # is_global is False for loopback, private, link-local, CGNAT (100.64/10),
    # unspecified, documentation and reserved ranges.
    return not address.is_global or address.is_multicast


def is_blocked_address(address: IPAddress) -> bool:
    """True for every address that is not plainly public unicast.

    An IPv6 address carrying an IPv4 one (mapped, compatible, NAT64, 6to4,
    Teredo) is judged by the IPv4 it carries: blocked if any of them is.
    """
    if isinstance(address, ipaddress.IPv6Address) and address in _NAT64_LOCAL:
        return True  # a local-use prefix (RFC 8215): never globally reachable, wherever the IPv4 sits
    embedded = embedded_ipv4(address)
    if embedded:
        return any(_v4_blocked(inner) for _form, inner in embedded)
    if isinstance(address, ipaddress.IPv4Address):
        return _v4_blocked(address)
    return not address.is_global or address.is_multicast


def describe_address(address: IPAddress) -> str:
    """The address, with a refused IPv4 it carries: "64:ff9b::7f00:1 (NAT64 of 127.0.0.1)"."""
    inside = [f"{form} of {inner}" for form, inner in embedded_ipv4(address) if _v4_blocked(inner)]
    return f"{address} ({', '.join(inside)})" if inside else str(address)


def resolve(host: str, port: int) -> list[IPAddress]:
    """Every address ``host`` resolves to, in resolver order, without duplicates."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(host, f"cannot resolve host ({exc})") from exc
    found: list[IPAddress] = []
    for _family, _type, _proto, _name, sockaddr in infos:
        address = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
        if address not in found:
            found.append(address)
    return found


def resolve_within(host: str, port: int, timeout_s: float | None) -> list[IPAddress]:
    """:func:`resolve` with a time limit: getaddrinfo itself has none.

    The lookup runs in a daemon thread; on timeout that thread is abandoned (it ends
    when the system resolver gives up) and the fetch fails now instead of hanging.
    """
    if timeout_s is None:
        return resolve(host, port)
    outcome: list[list[IPAddress] | BaseException] = []

    def lookup() -> None:
        try:
            outcome.append(resolve(host, port))
        except BaseException as exc:  # handed to the caller below
            outcome.append(exc)

    worker = threading.Thread(target=lookup, name=f"resolve {host}", daemon=True)
    worker.start()
    worker.join(max(timeout_s, 0.0))
    if not outcome:
        raise httpcore.ConnectTimeout(f"resolving {host} took longer than {timeout_s:g} s")
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


def vetted_addresses(
    host: str, port: int, *, allow_private: bool, timeout_s: float | None = None
) -> list[IPAddress]:
    """Resolved addresses of ``host``; refused if any is private and that is not allowed."""
    host = host.strip("[]")
    if not allow_private and _is_local_name(host):
        raise UnsafeURLError(host, f"localhost names are refused (private network); {_ALLOW_HINT}")
    addresses = resolve_within(host, port, timeout_s)
    if not allow_private:
        blocked = [describe_address(a) for a in addresses if is_blocked_address(a)]
        if blocked:
            raise UnsafeURLError(
                host,
                f"resolves to a private or reserved address ({', '.join(blocked)}); refused; {_ALLOW_HINT}",
            )
    return addresses


def _is_local_name(host: str) -> bool:
    name = host.lower().rstrip(".")
    return name == "localhost" or name.endswith(".localhost")


def check_host_allowed(url: str, *, allow_private: bool, timeout_s: float | None = None) -> None:
    """Raise :class:`UnsafeURLError` when the URL's host resolves to a refused address.

    A host that does not resolve raises FetchError; ``timeout_s`` bounds the lookup.
    """
    parsed = httpx.URL(validate_source_url(url))
    if allow_private:
        return  # nothing to refuse; a DNS failure surfaces when connecting
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    try:
        vetted_addresses(parsed.host, port, allow_private=allow_private, timeout_s=timeout_s)
    except UnsafeURLError as exc:
        raise UnsafeURLError(url, exc.message) from exc
    except FetchError as exc:
        raise FetchError(url, exc.message) from exc


class DeadlineStream(httpcore.NetworkStream):
    """A stream whose reads and writes never wait past an absolute deadline.

    httpx timeouts are per operation, so a server trickling a byte a second never
    trips them (RELIABILITY.md 2). Clamping every operation to the time left makes
    the overall deadline hold even while the headers are still arriving.
    """

    def __init__(self, inner: httpcore.NetworkStream, deadline: float) -> None:
        self._inner = inner
        self._deadline = deadline

    def _left(self, timeout: float | None, exc: type[Exception]) -> float:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise exc("overall deadline passed")
        return left if timeout is None else min(timeout, left)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: typing.Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        left = self._left(timeout, httpcore.ConnectTimeout)
        return DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, left), self._deadline)

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class GuardedBackend(httpcore.NetworkBackend):
    """Resolve, vet, then connect to the vetted address; every connection, every hop."""

    def __init__(self, *, allow_private: bool, deadline: float) -> None:
        self._inner = httpcore.SyncBackend()
        self._allow_private = allow_private
        self._deadline = deadline

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        left = self._deadline - time.monotonic()
        addresses = vetted_addresses(
            host, port, allow_private=self._allow_private, timeout_s=min(timeout or left, left)
        )
        last_error: Exception | None = None
        for address in addresses:
            left = self._deadline - time.monotonic()
            if left <= 0:
                raise httpcore.ConnectTimeout("overall deadline passed while connecting")
            try:
                stream = self._inner.connect_tcp(
                    str(address), port, min(timeout or left, left), local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last_error = exc
                continue
            return DeadlineStream(stream, self._deadline)
        raise last_error or httpcore.ConnectError(f"no address to connect to for {host}")

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("unix sockets are never used for feeds")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

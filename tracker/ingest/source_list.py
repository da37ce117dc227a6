"""Lists of feeds in and out: OPML as feed readers export it, or plain text, one URL a line.

An OPML file comes from elsewhere, so it is untrusted input: it is parsed by
the standard library's expat with every entity declaration and external
entity refused (an expansion bomb or an XXE probe fails at its declaration,
before anything is expanded), no external DTD read, and its size capped. Nothing here checks the
URLs themselves: :func:`tracker.runtime.services.import_sources` puts each
through the same checks as `tracker sources add`.
"""

from __future__ import annotations

import codecs
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from email.utils import format_datetime
from typing import Any, NoReturn
from xml.parsers import expat

from tracker.core.clock import utcnow
from tracker.core.errors import InputError

MAX_LIST_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True)
class ListedSource:
    """One feed named by a list: its URL as written, and a title when the list gives one."""

    url: str
    title: str | None = None
    publisher: str | None = None
    where: str = ""  # "line 3" or "outline 'Title'", for messages


def read_source_list(data: bytes, name: str = "the list") -> list[ListedSource]:
    """The feeds an OPML document or a text list names, in order; InputError when unreadable."""
    if len(data) > MAX_LIST_BYTES:
        raise InputError(f"{name}: larger than {MAX_LIST_BYTES // (1024 * 1024)} MiB; refused")
    if _looks_like_xml(data):
        return read_opml(data, name)
    return read_url_lines(data, name)


def _looks_like_xml(data: bytes) -> bool:
    start = data[:512].lstrip(codecs.BOM_UTF8).lstrip()
    for bom in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        if start.startswith(bom):
            return True
    return start.startswith(b"<")


def read_url_lines(data: bytes, name: str = "the list") -> list[ListedSource]:
    """One URL a line; blank lines and lines starting with ``#`` are ignored, as is a
    ``# comment`` after the URL."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not UTF-8 text (byte {exc.start}); save it as UTF-8") from None
    listed = []
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        parts = stripped.split(None, 1)
        url = parts[0] if len(parts) == 1 or parts[1].startswith("#") else stripped
        listed.append(ListedSource(url=url, where=f"line {number}"))
    return listed


def _refuse_entities(*_args: Any) -> NoReturn:
    raise InputError("the file declares XML entities (entity expansion or XXE); refused")


def _attribute(attributes: dict[str, str], name: str) -> str | None:
    """An attribute by name, ignoring case (exporters write xmlUrl, xmlurl, XMLURL)."""
    wanted = name.lower()
    for key, value in attributes.items():
        if key.lower() == wanted:
            return value.strip()
    return None


def _local(tag: str) -> str:
    return tag.rsplit(":", 1)[-1].lower()


def read_opml(data: bytes, name: str = "the file") -> list[ListedSource]:
    """Every outline with an ``xmlUrl``, at any depth (folders are outlines without one)."""
    listed: list[ListedSource] = []
    roots: list[str] = []

    def start(tag: str, attributes: dict[str, str]) -> None:
        if not roots:
            roots.append(tag)
        if _local(tag) != "outline":
            return
        url = _attribute(attributes, "xmlUrl")
        if url is None:
            return  # a folder, or a link that is not a feed
        title = _attribute(attributes, "title") or _attribute(attributes, "text") or None
        where = f"outline {title!r}" if title else "an outline without a title"
        listed.append(ListedSource(url, title, _attribute(attributes, "publisher") or None, where))

    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.EntityDeclHandler = _refuse_entities
    parser.UnparsedEntityDeclHandler = _refuse_entities
    parser.ExternalEntityRefHandler = _refuse_entities
    parser.StartElementHandler = start
    try:
        parser.Parse(data, True)
    except InputError as exc:
        raise InputError(f"{name}: {exc}") from None
    except expat.ExpatError as exc:
        raise InputError(f"{name}: not well-formed XML ({exc})") from None
    if not roots or _local(roots[0]) != "opml":
        root = f"<{roots[0]}>" if roots else "nothing"
        raise InputError(f"{name}: not an OPML file (its root element is {root}, not <opml>)")
    return listed


@dataclass(frozen=True)
class ExportedSource:
    url: str
    title: str | None
    publisher: str | None


def write_opml(sources: Iterable[ExportedSource], title: str = "Policy Tracker sources") -> str:
    """An OPML 2.0 document with one ``rss`` outline per source (``publisher`` kept as an
    extra attribute, which `tracker sources import` reads back)."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    ET.SubElement(head, "dateCreated").text = format_datetime(utcnow(), usegmt=True)
    body = ET.SubElement(root, "body")
    for source in sources:
        label = source.title or source.publisher or source.url
        attributes = {"type": "rss", "text": label, "title": label, "xmlUrl": source.url}
        if source.publisher:
            attributes["publisher"] = source.publisher
        ET.SubElement(body, "outline", attributes)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def write_url_lines(sources: Iterable[ExportedSource]) -> str:
    return "".join(f"{source.url}\n" for source in sources)

"""Feed HTML and text made plain and safe to store (RELIABILITY.md 16, 17).

Paragraph breaks come out as blank lines because the extractor splits on them.
"""

from __future__ import annotations

import hashlib
import re
from html.parser import HTMLParser

# C0 controls except tab/newline/carriage return, DEL, C1 controls and lone
# surrogates: PostgreSQL rejects NUL and surrogates; the rest is never text.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufeff]")
_PARAGRAPH_SPLIT = re.compile(r"\n\s*\n")

BLOCK_TAGS = frozenset(
    "address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table tbody thead tfoot tr ul".split()
)
CELL_TAGS = frozenset({"td", "th"})
SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "iframe", "svg", "object", "head"})


def strip_controls(text: str) -> str:
    """``text`` without NUL and other control characters (tab and newlines kept)."""
    return _CONTROL.sub("", text)


def one_line(text: str | None) -> str:
    """Collapse all whitespace to single spaces (titles, authors, ids)."""
    if not text:
        return ""
    return " ".join(strip_controls(text).split())


# The Latin-1 code points str.isprintable refuses, but the newline (lines are split on it).
_UNPRINTABLE_LATIN1 = bytes(c for c in range(0x100) if not chr(c).isprintable() and c != 0x0A)


def printable_lines(text: str) -> bool:
    """Whether every line of ``text`` (split on "\n") is printable. ``str.isprintable``
    looks each character up in Unicode's tables (8 us on a 2 KB text); text within
    Latin-1, most feed text, is checked on its bytes against the code points it refuses
    (1.5 us)."""
    try:
        latin = text.encode("latin-1")
    except UnicodeEncodeError:
        return all(line.isprintable() for line in text.split("\n"))
    return len(latin.translate(None, _UNPRINTABLE_LATIN1)) == len(latin)


def plain_paragraphs(text: str) -> str:
    """Normalise plain text: paragraphs separated by one blank line, spaces collapsed."""
    unix = text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text
    if not printable_lines(unix):
        return _plain_paragraphs_slow(text)
    lines = unix.split("\n")
    # Every line printable: no control characters to strip and no whitespace but the
    # plain space (every other kind is unprintable), so a blank line is the only
    # paragraph break and most lines need no collapsing. Same result as the slow path,
    # without its whole-text regex scans (most feed text takes this path).
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if "  " in line or line.startswith(" ") or line.endswith(" "):
            line = " ".join(line.split())
        if line:
            current.append(line)
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    if current:
        paragraphs.append("\n".join(current))
    return "\n\n".join(paragraphs)


def _plain_paragraphs_slow(text: str) -> str:
    text = strip_controls(text).replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = []
    for block in _PARAGRAPH_SPLIT.split(text):
        # str.split() with no argument splits on exactly the whitespace \s matches.
        lines = [" ".join(line.split()) for line in block.split("\n")]
        joined = "\n".join(line for line in lines if line)
        if joined:
            paragraphs.append(joined)
    return "\n\n".join(paragraphs)


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIPPED_TAGS:
            self._skip_depth += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in BLOCK_TAGS:
            self.parts.append("\n\n")
        elif tag in CELL_TAGS:
            self.parts.append(" ")  # cells of one row stay on one line, apart

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED_TAGS:
            self._skip_depth = max(self._skip_depth - 1, 0)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            # Newlines inside HTML source are just spaces; breaks come from tags.
            self.parts.append(data.replace("\n", " ").replace("\r", " "))


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment, with blank lines between blocks."""
    if "<" not in html and "&" not in html:
        return plain_paragraphs(html)
    collector = _TextCollector()
    collector.feed(strip_controls(html))
    collector.close()
    return plain_paragraphs("".join(collector.parts))


def to_text(value: str | None, content_type: str | None) -> str:
    """Plain text of a feed text construct, by its declared type."""
    if not value:
        return ""
    if content_type and "html" not in content_type:
        return plain_paragraphs(value)
    return html_to_text(value)


def content_hash(title: str, content: str) -> str:
    """sha256 of title and content text: changes when either changes."""
    return hashlib.sha256(f"{title}\n{content}".encode()).hexdigest()

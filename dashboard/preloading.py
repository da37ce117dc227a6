"""Plotly's code requested with the page, not after the first chart arrives.

Streamlit loads each element's code when the element first arrives: the first page's
first chart asks for Plotly's chunk (4.7 MB, the largest file a visit loads) about a
second into a cold visit, and the page waits for it to download before Plotly can
start. A ``Link: <...>; rel=modulepreload`` header on the page's HTML lets the browser
fetch it alongside Streamlit's own bundle. The chunk is content-hashed and cached for a
year, so a browser downloads it once, as it would anyway on the first chart.
"""

from __future__ import annotations

from pathlib import Path

import streamlit
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Where Streamlit's frontend keeps its code chunks, and the name of Plotly's.
CHUNKS = Path(streamlit.__file__).resolve().parent / "static" / "static" / "js"
PLOTLY_CHUNK = "PlotlyChart.*.js"


def preload_link(chunks: Path = CHUNKS, pattern: str = PLOTLY_CHUNK) -> bytes | None:
    """The Link header value that preloads the one chunk matching ``pattern``; None when
    there is not exactly one (another Streamlit build: nothing is preloaded)."""
    found = sorted(chunks.glob(pattern))
    if len(found) != 1:
        return None
    # Relative, as Streamlit's index.html names its own chunks: right under any base URL path.
    return f"<./static/js/{found[0].name}>; rel=modulepreload".encode("ascii")


def is_html(headers: list[tuple[bytes, bytes]]) -> bool:
    return any(name.lower() == b"content-type" and value.startswith(b"text/html") for name, value in headers)


class PreloadPlotly:
    """ASGI middleware: adds the preload link to every HTML response (Streamlit's page;
    every page of the app is the same document)."""

    def __init__(self, app: ASGIApp, link: bytes | None = None) -> None:
        self.app = app
        self.link = link if link is not None else preload_link()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.link is None:
            await self.app(scope, receive, send)
            return
        link = self.link

        async def send_with_link(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                if is_html(headers):
                    message = {**message, "headers": [*headers, (b"link", link)]}
            await send(message)

        await self.app(scope, receive, send_with_link)

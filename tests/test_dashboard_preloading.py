"""Which chunk the served pages ask the browser to preload (dashboard/preloading.py)."""

from __future__ import annotations

from pathlib import Path

from dashboard.preloading import CHUNKS, preload_link


def test_the_installed_streamlit_has_one_plotly_chunk_and_it_is_preloaded() -> None:
    link = preload_link()
    assert link is not None
    name = link.decode().removeprefix("<./static/js/").split(">")[0]
    assert (CHUNKS / name).is_file()
    assert link.endswith(b"; rel=modulepreload")


def test_no_link_unless_exactly_one_chunk_matches(tmp_path: Path) -> None:
    assert preload_link(tmp_path) is None
    (tmp_path / "PlotlyChart.aaa.js").write_text("")
    assert preload_link(tmp_path) == b"<./static/js/PlotlyChart.aaa.js>; rel=modulepreload"
    (tmp_path / "PlotlyChart.bbb.js").write_text("")
    assert preload_link(tmp_path) is None  # two builds side by side: which one is unknowable

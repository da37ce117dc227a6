"""`tracker run`: the worker and the dashboard together, stopped together.

Both run as child processes (the scheduler never runs inside Streamlit,
RELIABILITY.md 27). The children get their own session, so a Ctrl-C in the
terminal reaches only this process, which then stops each child once with
SIGTERM: the worker finishes the source in hand, Streamlit exits. If either
child dies, the other is stopped too and the exit status says so.
"""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path
from types import FrameType
from typing import Annotated

import typer

from tracker.cli.context import console, engine_for, err_console, one_line_errors, settings
from tracker.core.errors import ConfigError

DASHBOARD = Path(__file__).resolve().parents[2] / "dashboard" / "streamlit_app.py"
# `streamlit run` with the app's imports, engines and first page's queries done before
# the first visit (dashboard/serve.py); it takes `streamlit run`'s options.
SERVER = DASHBOARD.with_name("serve.py")
# The worker's own grace period plus room for it to mark itself stopped.
STOP_TIMEOUT_S = 45.0


def worker_command(tick_seconds: float | None) -> list[str]:
    command = [sys.executable, "-m", "tracker", "schedule"]
    return [*command, "--tick-seconds", str(tick_seconds)] if tick_seconds else command


def dashboard_command(port: int, address: str) -> list[str]:
    return [
        sys.executable,
        str(SERVER),
        "--server.headless=true",
        f"--server.port={port}",
        f"--server.address={address}",
        "--browser.gatherUsageStats=false",
        # Readers get the viewer's menu: no "Deploy", rerun or clear-cache buttons.
        "--client.toolbarMode=viewer",
    ]


def _start(command: list[str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(command, start_new_session=True)


def _stop(children: dict[str, subprocess.Popen[bytes]]) -> dict[str, int]:
    """SIGTERM each running child once, wait, kill what is left; their exit statuses."""
    for child in children.values():
        if child.poll() is None:
            child.send_signal(signal.SIGTERM)
    codes = {}
    for name, child in children.items():
        try:
            codes[name] = child.wait(STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            err_console.print(f"{name} did not stop within {STOP_TIMEOUT_S:g} s: killed")
            child.kill()
            codes[name] = child.wait()
    return codes


def _wait_for_stop_or_exit(children: dict[str, subprocess.Popen[bytes]]) -> str | None:
    """Block until SIGINT/SIGTERM (returns None) or a child exits by itself (returns its name)."""
    stop = threading.Event()

    def handle(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, handle)
    signal.signal(signal.SIGTERM, handle)
    while not stop.wait(0.5):
        for name, child in children.items():
            if child.poll() is not None:
                return name
    return None


def check_port_free(address: str, port: int) -> None:
    """ConfigError naming --port when the dashboard could not listen on ``address:port``."""
    try:
        infos = socket.getaddrinfo(address, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except (socket.gaierror, UnicodeError) as exc:
        raise ConfigError(f"--address {address!r} is not an address of this machine ({exc})") from exc
    for family, kind, proto, _name, sockaddr in infos:
        with socket.socket(family, kind, proto) as probe:
            # As the dashboard's server does, so a port in TIME_WAIT is not reported taken.
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind(sockaddr)
            except OSError as exc:
                raise ConfigError(
                    f"port {port} on {address} is not free ({exc.strerror}): "
                    "stop what uses it or choose another with --port"
                ) from exc


@one_line_errors
def run(
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Dashboard port.")] = 8501,
    address: Annotated[str, typer.Option("--address", help="Dashboard address to listen on.")] = "localhost",
    tick_seconds: Annotated[
        float | None, typer.Option("--tick-seconds", min=0.1, help="Worker tick [default: setting].")
    ] = None,
) -> None:
    """Start the background worker and the dashboard; Ctrl-C or SIGTERM stops both."""
    if not SERVER.exists():
        raise ConfigError(f"dashboard not found at {DASHBOARD}: run from the source tree (pip install -e .)")
    check_port_free(address, port)
    from tracker.runtime.default_sources import seed_default_sources

    config = settings()
    # Migrate and seed once here, so the two children do not race to do it.
    if seeded := seed_default_sources(engine_for(config), config).message():
        console.print(seeded, highlight=False, markup=False)
    children = {
        "worker": _start(worker_command(tick_seconds)),
        "dashboard": _start(dashboard_command(port, address)),
    }
    console.print(
        f"worker and dashboard started: http://{address}:{port} (Ctrl-C stops both)", highlight=False
    )
    died = _wait_for_stop_or_exit(children)
    if died:
        err_console.print(f"{died} exited with status {children[died].returncode}: stopping the rest")
    codes = _stop(children)
    raise typer.Exit(1 if died or any(codes.values()) else 0)


def register(app: typer.Typer) -> None:
    """Add `run` to the root `tracker` command (once, however often called)."""
    if "run" not in {info.name for info in app.registered_commands}:
        app.command("run")(run)

"""Real server processes for tests that cross processes (lockout, events): uvicorn on free
loopback ports, waited for until /healthz answers, stopped at the end."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager

import httpx

UVICORN = [sys.executable, "-m", "uvicorn", "kronos_server.app:create_app", "--factory", "--host", "127.0.0.1"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def server_processes(count: int, env: Mapping[str, str], extra_args: Sequence[str] = ()) -> Iterator[list[str]]:
    """``count`` uvicorn processes of the app on one database; yields their base URLs."""
    ports = [free_port() for _ in range(count)]
    processes = [
        subprocess.Popen([*UVICORN, "--log-level", "warning", *extra_args, "--port", str(port)], env=dict(env))
        for port in ports
    ]
    urls = [f"http://127.0.0.1:{port}" for port in ports]
    try:
        deadline = time.monotonic() + 30
        for url, process in zip(urls, processes, strict=True):
            while True:
                assert process.poll() is None, "a server process exited"
                try:
                    if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                assert time.monotonic() < deadline, "the server processes did not start"
                time.sleep(0.05)
        yield urls
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()

"""The real server in a process of its own, for tests that kill it (``kill -9``) or restart it."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.server.conftest import TEST_SECRET_KEY, CentralDb

ROOT = Path(__file__).parents[3]


class ServerProcess:
    """``kronos_server`` under uvicorn in a process of its own, on a fixed port (restartable)."""

    def __init__(self, central_db: CentralDb) -> None:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.env = {
            **os.environ,
            "KRONOS_DATABASE_URL": central_db.app_url,
            "KRONOS_SECRET_KEY": TEST_SECRET_KEY,
            "KRONOS_ENV": "development",
            "KRONOS_PUBLIC_URL": self.base_url,
        }
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def start(self) -> None:
        command = [sys.executable, "-m", "uvicorn", "kronos_server.app:create_app", "--factory", "--host",
                   "127.0.0.1", "--port", str(self.port), "--log-level", "warning"]  # fmt: skip
        self.process = subprocess.Popen(command, env=self.env, cwd=ROOT)
        deadline = time.monotonic() + 30
        while True:
            assert self.process.poll() is None, "the server process exited"
            with contextlib.suppress(httpx.TransportError):
                if httpx.get(f"{self.base_url}/healthz", timeout=1).status_code == 200:
                    return
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.05)

    def kill(self) -> None:
        """``kill -9``: no shutdown, whatever it was doing."""
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.alive:
            assert self.process is not None
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()

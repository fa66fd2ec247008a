"""Waiting for the views' reads: they run on the reader thread and their answers come back
through the event loop, so a test waits for them as a person would (never a synchronous path)."""

from __future__ import annotations

from typing import Any

from kronos_desktop.ui.context import DeskContext


def settle(qtbot: Any, ctx: DeskContext, timeout: int = 10_000) -> None:
    """Wait until every read the views asked for has been answered and shown."""
    qtbot.waitUntil(ctx.reads.idle, timeout=timeout)

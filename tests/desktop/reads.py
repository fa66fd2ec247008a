"""Waiting for the views' reads: they run on the reader thread and their answers come back
through the event loop, so a test waits for them as a person would (never a synchronous path)."""

from __future__ import annotations

import sys
import threading
import traceback
from typing import Any

from pytestqt.exceptions import TimeoutError as QtTimeoutError

from kronos_desktop.ui.context import DeskContext

# Generous: a loaded CI machine (two workers on two cores) can be slow, and a read that never comes
# back is a bug whatever the limit; on a timeout the message says which reads were still waiting
# and what every thread was doing.
SETTLE_MS = 30_000


def settle(qtbot: Any, ctx: DeskContext, timeout: int = SETTLE_MS) -> None:
    """Wait until every read the views asked for has been answered and shown."""
    try:
        qtbot.waitUntil(ctx.reads.idle, timeout=timeout)
    except QtTimeoutError as exc:
        raise AssertionError(f"reads still waiting after {timeout} ms:\n{_waiting(ctx)}") from exc


def _waiting(ctx: DeskContext) -> str:
    lines = []
    for request in list(ctx.reads._waiting):
        future = request.future
        state = "held" if future is None else ("done" if future.done() else "running or queued")
        lines.append(f"- {type(request.owner).__name__} {request.key!r} #{request.serial}: {state}")
    names = {thread.ident: thread.name for thread in threading.enumerate()}
    for ident, frame in sys._current_frames().items():
        lines.append(f"thread {names.get(ident, ident)}:\n" + "".join(traceback.format_stack(frame)[-8:]))
    return "\n".join(lines)

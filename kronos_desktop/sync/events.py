"""What the sync engine tells the desk: its phase and state, and the events it sends.

Kept apart from the engine (kronos_desktop/sync/engine.py re-exports them) so that the status
bar and the Qt adapter can speak of a desk's sync without loading the engine, its transport and
httpx: a desk with no server (the embedded default) never imports those.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kronos_desktop.sync.pages import Changed
    from kronos_desktop.sync.steps import Progress

# The reasons a server gives (``code`` of a 401 or of a refused refresh) when it no longer accepts
# this desk at all: the desk was revoked, or the manager who enrolled it was deactivated.
MANAGER_NEEDED_CODES = frozenset({"desk-revoked", "enroller-inactive"})


class Phase(enum.StrEnum):
    STANDALONE = "standalone"  # no server configured: this PC is the whole studio
    IDLE = "idle"  # connected, not synced yet this run
    SYNCING = "syncing"
    SYNCED = "synced"
    OFFLINE = "offline"  # the server cannot be reached; retrying on a timer
    NEEDS_SIGN_IN = "needs_sign_in"
    # The server cut this desk off (revoked, or the manager who enrolled it was deactivated): an
    # owner or a manager must sign in on it; it works on, its changes wait for that sign-in.
    NEEDS_MANAGER = "needs_manager"
    NEEDS_UPDATE = "needs_update"  # 426: this version is outside the server's window
    ERROR = "error"  # the server refused a request, or something unexpected; retrying
    STOPPED = "stopped"


@dataclass(frozen=True)
class SyncState:
    """What the status bar shows. ``pending``: changes not yet on the server; ``predicted``:
    pending changes expected to conflict; ``conflicts``: conflict rows to review."""

    phase: Phase
    pending: int = 0
    predicted: int = 0
    conflicts: int = 0
    last_sync_at: dt.datetime | None = None
    progress: Progress | None = None
    detail: str | None = None
    retry_in_s: float | None = None


@dataclass(frozen=True)
class StateChanged:
    state: SyncState


@dataclass(frozen=True)
class RowsChanged:
    changed: Changed


EngineEvent = StateChanged | RowsChanged

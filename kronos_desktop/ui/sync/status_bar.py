"""The status bar: the sync state and who is at the desk.

"Synced 12 seconds ago" counts on: while synced, the text is renewed every few seconds from the
desk's clock corrected by its offset to the server's (the same clock the sync stamps with).

A count of waiting changes is said only when there are some ("Offline", not "Offline · 0 changes
waiting"). The sign-in's status comes from the connection badge beside it (:meth:`show_session`):
a desk the server cut off (revoked, or its enroller deactivated) says that a manager must sign in.
"""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from dataclasses import dataclass

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar, QWidget
from sqlalchemy import Connection

from kronos_core.instants import utcnow
from kronos_desktop.auth.model import SessionStatus
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries.common import zone_or_default
from kronos_desktop.store.queries.desk import DeskState, StaffInfo
from kronos_desktop.sync.events import Phase, SyncState
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.sync import connection_text
from kronos_desktop.ui.sync.inbox_reads import read_inbox


@dataclass(frozen=True)
class DeskRead:
    """What the bar shows from the database, read on the reader thread."""

    desk: DeskState | None
    zone: zoneinfo.ZoneInfo
    staff: StaffInfo | None
    conflicts: int  # the desk's own open conflicts with a resolution (what a standalone desk counts)


def read_desk(conn: Connection) -> DeskRead:
    here = desk_q.here(conn)
    desk = here.desk
    staff = desk_q.staff_member(conn, desk.staff_id) if desk is not None and desk.staff_id else None
    conflicts = sum(1 for item in read_inbox(conn) if item.resolutions)
    return DeskRead(desk, here.zone, staff, conflicts)


class DeskStatusBar(QStatusBar):
    TABLES = frozenset({"replica", "staff", "studio"})
    conflicts_requested = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("statusBar")
        self.setSizeGripEnabled(False)
        self.sync_label = QLabel()
        self.sync_label.setObjectName("syncState")
        self.sync_label.setProperty("role", "badge")
        self.staff_label = QLabel()
        self.staff_label.setObjectName("deskStaff")
        self.sync_progress = named(QProgressBar(), "syncProgress", self.tr("Sync progress"))
        self.sync_progress.setMaximumWidth(220)
        self.sync_progress.setTextVisible(True)
        self.sync_progress.hide()
        self.conflicts_button = named(QPushButton(), "conflictsButton", self.tr("Conflicts to review"))
        self.conflicts_button.setProperty("flat", "nav")
        self.conflicts_button.clicked.connect(self.conflicts_requested)
        self.conflicts_button.hide()
        self.addWidget(self.sync_label)
        self.addWidget(self.sync_progress)
        self.addWidget(self.conflicts_button)
        self.addPermanentWidget(self.staff_label)
        ctx.hub.rows_changed.connect(self.on_rows_changed)
        if ctx.sync is not None:
            ctx.sync.state_changed.connect(self._on_state)
        self._read = DeskRead(None, zone_or_default(None), None, 0)  # until the first read comes
        self._synced_at: dt.datetime | None = None  # while the text counts the time since a sync
        self._session: SessionStatus | None = None  # the sign-in's status, when the badge has told it
        self._ticker = QTimer(self)
        self._ticker.setInterval(self.TICK_MS)
        self._ticker.timeout.connect(self._tick)
        self.refresh()

    TICK_MS = 5000

    def synced_text(self, when: dt.datetime) -> str:
        """How long ago the last sync finished, as a person says it."""
        age = (self._now() - when).total_seconds()
        if age < 5:
            return self.tr("Synced just now")
        if age < 60:
            return self.tr("Synced %n second(s) ago", "", int(age))
        if age < 3600:
            return self.tr("Synced %n minute(s) ago", "", int(age // 60))
        return self.tr("Synced at {time}").format(time=fmt.time_text(when, self._read.zone))

    def _now(self) -> dt.datetime:
        """The desk's clock (corrected by its offset to the server's)."""
        desk = self._read.desk
        return desk.now() if desk is not None else utcnow()

    def _tick(self) -> None:
        if self._synced_at is None:
            self._ticker.stop()
            return
        self.sync_label.setText(self.synced_text(self._synced_at))
        self.sync_label.setAccessibleName(self.tr("Sync state: {state}").format(state=self.sync_label.text()))

    def show_session(self, status: SessionStatus) -> None:
        """The sign-in's status changed (from the connection badge in this bar)."""
        self._session = status
        self.show_state()

    def on_rows_changed(self, changed: dict[str, set[uuid.UUID]]) -> None:
        # Every local change adds to the outbox, so the count of waiting changes moves too.
        self.refresh()

    def _on_state(self, _state: SyncState) -> None:
        self.show_state()  # the engine's state is at hand: shown at once
        self.refresh()  # and what the database says with it, when its read comes

    def refresh(self) -> None:
        """Read the desk, who is at it and its open conflicts on the reader thread, then show."""
        self.ctx.reads.ask(self, "desk", read_desk, self._show_read)

    def _show_read(self, read: DeskRead) -> None:
        self._read = read
        self.show_state()

    def show_state(self) -> None:
        """Show the last read and the sync engine's state (no read here)."""
        self._synced_at = self._refresh()
        if self._synced_at is None:
            self._ticker.stop()
        elif not self._ticker.isActive():
            self._ticker.start()

    def _refresh(self) -> dt.datetime | None:
        """Show the state; the last sync's time while the text counts the time since it."""
        desk = self._read.desk
        sync = self.ctx.sync
        state = sync.state() if sync is not None and (sync.connected or self._signed_out(sync.state())) else None
        standalone = state is None and (desk is None or desk.server_url is None)
        self._show_extras(state or (sync.state() if sync is not None else None), standalone=standalone)
        counting: dt.datetime | None = None
        if connection_text.manager_needed(self._session) and not standalone:
            # Cut off by the server: the engine is stopped (or never started this run).
            pending = state.pending if state is not None else (desk.pending if desk is not None else 0)
            counting = self._show_sync(SyncState(Phase.NEEDS_MANAGER, pending=pending))
        elif state is not None:
            counting = self._show_sync(state)
        elif desk is None or desk.server_url is None:
            self._tone(False)
            self.sync_label.setText(self.tr("Standalone"))
            pending = desk.pending if desk is not None else 0
            alone = self.tr("No server is configured: this computer is the whole studio.")
            if pending:
                alone += " " + self.tr(
                    "Its %Ln change(s) are kept and will be sent when a server is connected.", "", pending
                )
            self.sync_label.setToolTip(alone)
        else:
            self._tone(True)
            self.sync_label.setText(
                self.tr("Not connected · %Ln change(s) waiting", "", desk.pending)
                if desk.pending
                else self.tr("Not connected")
            )
            self.sync_label.setToolTip(self.tr("Server: {url}").format(url=desk.server_url))
        self.sync_label.setAccessibleName(self.tr("Sync state: {state}").format(state=self.sync_label.text()))
        staff = self._read.staff
        if staff is None:
            self.staff_label.setText(self.tr("No one identified at the desk"))
        else:
            self.staff_label.setText(
                self.tr("At the desk: {name} ({role})").format(name=staff.name, role=fmt.role_label(staff.role))
            )
        self.staff_label.setAccessibleName(self.staff_label.text())
        return counting

    # -- the sync engine's state -----------------------------------------------------------
    def _show_sync(self, state: SyncState) -> dt.datetime | None:
        waiting = state.pending
        counting: dt.datetime | None = None
        if waiting:
            texts = {
                Phase.OFFLINE: self.tr("Offline · %Ln change(s) waiting", "", waiting),
                Phase.NEEDS_SIGN_IN: self.tr("Sign in again to sync · %Ln change(s) waiting", "", waiting),
                Phase.NEEDS_UPDATE: self.tr("Update KRONOS to sync · %Ln change(s) kept", "", waiting),
                Phase.ERROR: self.tr("Sync problem · %Ln change(s) waiting", "", waiting),
                Phase.STOPPED: self.tr("Not connected · %Ln change(s) waiting", "", waiting),
            }
        else:  # never "0 changes waiting"
            texts = {
                Phase.OFFLINE: self.tr("Offline"),
                Phase.NEEDS_SIGN_IN: self.tr("Sign in again to sync"),
                Phase.NEEDS_UPDATE: self.tr("Update KRONOS to sync"),
                Phase.ERROR: self.tr("Sync problem"),
                Phase.STOPPED: self.tr("Not connected"),
            }
        texts[Phase.IDLE] = self.tr("Connecting…")
        texts[Phase.SYNCING] = self.tr("Syncing…")
        texts[Phase.NEEDS_MANAGER] = (
            self.tr("A manager needs to sign in on this desk · %Ln change(s) waiting", "", waiting)
            if waiting
            else self.tr("A manager needs to sign in on this desk")
        )
        if state.phase is Phase.SYNCED:
            when = state.last_sync_at
            text = self.synced_text(when) if when is not None else self.tr("Synced")
            if waiting:
                text = self.tr("Synced · %Ln change(s) waiting", "", waiting)
            elif when is not None:
                counting = when
        else:
            text = texts.get(state.phase, self.tr("Syncing…"))

        tips = []
        desk = self._read.desk
        if desk is not None and desk.server_url:
            tips.append(self.tr("Server: {url}").format(url=desk.server_url))
        if state.phase is Phase.NEEDS_UPDATE:
            tips.append(self.tr("This version of KRONOS is too old for the server. Changes are kept on this computer."))
        elif state.phase is Phase.NEEDS_MANAGER:
            tips.append(
                self.tr(
                    "The server no longer accepts this desk (it was revoked, or whoever connected it no longer "
                    "works at the studio). It goes on working here; an owner or a manager signs in on it "
                    "(Settings → Connection) to send its changes."
                )
            )
        elif state.detail and state.phase is not Phase.SYNCED:
            tips.append(self.tr("Details: {details}").format(details=state.detail))
        if state.retry_in_s is not None and state.phase in (Phase.OFFLINE, Phase.ERROR, Phase.NEEDS_SIGN_IN):
            tips.append(self.tr("Trying again in %n second(s).", "", max(1, round(state.retry_in_s))))
        if state.predicted:
            tips.append(self.tr("%Ln waiting change(s) may conflict with changes made elsewhere.", "", state.predicted))
        self.sync_label.setText(text)
        self.sync_label.setToolTip("\n".join(tips))
        self._tone(state.phase in self.WARN_PHASES)
        return counting

    WARN_PHASES = frozenset(
        {Phase.OFFLINE, Phase.NEEDS_SIGN_IN, Phase.NEEDS_MANAGER, Phase.NEEDS_UPDATE, Phase.ERROR, Phase.STOPPED}
    )

    def _tone(self, warn: bool) -> None:
        """A state that needs someone's attention shows in the warning colour."""
        tone = "warn" if warn else ""
        if self.sync_label.property("tone") != tone:
            self.sync_label.setProperty("tone", tone)
            self.sync_label.style().unpolish(self.sync_label)
            self.sync_label.style().polish(self.sync_label)

    @staticmethod
    def _signed_out(state: SyncState) -> bool:
        """A desk signed out of its server has no engine, and says that someone must sign in."""
        return state.phase in (Phase.NEEDS_SIGN_IN, Phase.NEEDS_MANAGER)

    def _show_extras(self, state: SyncState | None, *, standalone: bool = False) -> None:
        """The progress bar while sending or downloading, and the conflicts to review."""
        progress = state.progress if state is not None else None
        if progress is None:
            self.sync_progress.hide()
        else:
            if progress.phase == "push":
                label = self.tr("Sending changes: %v of %m")
            elif progress.phase == "apply":
                label = self.tr("Applying: %v of %m")
            elif progress.full_download:
                label = self.tr("Downloading the studio: %v records")
            else:
                label = self.tr("Receiving changes: %v")
            total = progress.total if progress.total else 0
            self.sync_progress.setRange(0, total)  # 0..0: busy, the total is not known yet
            self.sync_progress.setValue(min(progress.done, total) if total else progress.done)
            self.sync_progress.setFormat(label)
            self.sync_progress.show()
        # No server: the desk's own open conflicts are the studio's.
        conflicts = self._read.conflicts if standalone or state is None else state.conflicts
        self.conflicts_button.setVisible(conflicts > 0)
        if conflicts:
            self.conflicts_button.setText(self.tr("%Ln conflict(s) to review", "", conflicts))
            self.conflicts_button.setAccessibleName(self.conflicts_button.text())

"""The selected member's recent failed sign-ins, from the server (kronos_desktop.sync.failed_signins):
when, the address, and the desk they came from. Asked on a thread of its own (the network never
waits on the GUI thread), the answer brought back by a queued signal; only the last question's
answer is shown. A standalone desk has no server: it says so."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import logging
import threading
import uuid
import zoneinfo
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kronos_desktop.store.queries.common import zone_or_default
from kronos_desktop.store.queries.staff import StaffRow
from kronos_desktop.sync import failed_signins
from kronos_desktop.sync.failed_signins import FailedSignIns
from kronos_desktop.sync.problems import Offline, Refused, SignInNeeded
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext

log = logging.getLogger(__name__)

Fetch = Callable[[uuid.UUID], FailedSignIns]


def server_fetch(ctx: DeskContext) -> Fetch | None:
    """How this desk asks its server (None: no server to ask now: standalone, or signed out)."""
    engine = ctx.sync.engine if ctx.sync is not None else None
    transport = getattr(engine, "transport", None)
    if transport is None:
        return None
    return lambda staff_id: failed_signins.fetch(transport, staff_id)


class Fetcher(QObject):
    """Runs a fetch on a short-lived thread; ``answered(staff_id, answer, exc)`` on the GUI thread."""

    answered = Signal(object, object, object)
    _done = Signal(int, object, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._serials = itertools.count(1)
        self._latest = 0
        self._done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)

    def ask(self, fetch: Fetch, staff_id: uuid.UUID) -> None:
        serial = self._latest = next(self._serials)

        def run() -> None:
            try:
                answer, exc = fetch(staff_id), None
            except Exception as caught:  # shown as words, logged
                answer, exc = None, caught
            with contextlib.suppress(RuntimeError):  # the page is gone
                self._done.emit(serial, staff_id, answer, exc)

        threading.Thread(target=run, name="failed-sign-ins", daemon=True).start()

    def forget(self) -> None:
        self._latest = next(self._serials)

    def _on_done(self, serial: int, staff_id: object, answer: object, exc: object) -> None:
        if serial == self._latest:
            self.answered.emit(staff_id, answer, exc)


class FailedSignInsPanel(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("failedSignIns")
        self.member: StaffRow | None = None
        self.zone = zone_or_default(None)  # the studio's, set with each staff read
        self.fetch_for: Callable[[], Fetch | None] = lambda: server_fetch(ctx)
        self.fetcher = Fetcher(self)
        self.fetcher.answered.connect(self._show)
        self.title = QLabel(self.tr("Recent failed sign-ins"))
        self.title.setObjectName("failedSignInsTitle")
        self.title.setProperty("role", "subtitle")
        self.status = QLabel()
        self.status.setObjectName("failedSignInsStatus")
        self.status.setProperty("role", "muted")
        self.status.setWordWrap(True)
        self.refresh_button = named(
            QPushButton(self.tr("Ask again")), "failedSignInsRefresh", self.tr("Ask the server again")
        )
        self.table = named(QTableWidget(0, 3), "failedSignInsTable", self.tr("Recent failed sign-ins"))
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Address"), self.tr("Desk")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(120)  # three attempts at least, on a 1024x600 screen too
        self.table.hide()
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.refresh_button.clicked.connect(self.ask)
        self.show_member(None, allowed=False, standalone=True)

    def show_member(self, member: StaffRow | None, *, allowed: bool, standalone: bool) -> None:
        """What the panel says for ``member`` (and asks the server, when it can)."""
        self.member = member
        self.allowed = allowed
        self.standalone = standalone
        self.fetcher.forget()
        self.ask()

    def ask(self) -> None:
        self.table.hide()
        self.refresh_button.hide()
        member = self.member
        if member is None:
            self._say(self.tr("Choose a member to see their recent failed sign-ins."))
            return
        self.title.setText(self.tr("Recent failed sign-ins: {name}").format(name=member.display_name))
        if not self.allowed:
            self._say(self.tr("Only owners and managers see failed sign-ins."))
            return
        if self.standalone:
            self._say(self.tr("Failed sign-ins are kept by the server; this desk works on its own."))
            return
        fetch = self.fetch_for()
        if fetch is None:
            self._say(self.tr("Sign this desk in to its server to see failed sign-ins."))
            return
        self._say(self.tr("Asking the server…"))
        self.fetcher.ask(fetch, member.id)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)

    def _show(self, staff_id: object, answer: FailedSignIns | None, exc: BaseException | None) -> None:
        if self.member is None or staff_id != self.member.id:
            return
        self.refresh_button.show()
        if exc is not None or answer is None:
            log.warning("failed sign-ins of %s: %s", staff_id, exc)
            self._say(self._problem(exc))
            return
        zone = self.zone
        count = len(answer.attempts)
        lines = [
            self.tr("%n failed sign-in(s) in the last 30 days.", "", count)
            if count
            else self.tr("No failed sign-ins in the last 30 days.")
        ]
        if answer.locked_until is not None:
            lines.append(
                self.tr("Sign-ins from unknown devices are refused until {time}.").format(
                    time=_when(answer.locked_until, zone)
                )
            )
        self._say(" ".join(lines))
        self.table.setRowCount(count)
        for index, attempt in enumerate(answer.attempts):
            if attempt.desk_name:
                desk = attempt.desk_name
            elif attempt.from_enrolled_desk:
                desk = self.tr("An enrolled desk")
            else:
                desk = self.tr("Not from a desk")
            for column, text in enumerate((_when(attempt.at, zone), attempt.address, desk)):
                self.table.setItem(index, column, QTableWidgetItem(text))
        self.table.setVisible(count > 0)

    def _problem(self, exc: BaseException | None) -> str:
        if isinstance(exc, SignInNeeded):
            return self.tr("Sign this desk in again to see failed sign-ins.")
        if isinstance(exc, Refused) and exc.status == 403:
            return self.tr("Only owners and managers see failed sign-ins.")
        if isinstance(exc, Refused) and exc.status == 404:
            return self.tr("The server does not know this member yet: it will after the next sync.")
        if isinstance(exc, Offline):
            return self.tr("The server cannot be reached now. Try again in a moment.")
        return self.tr("The failed sign-ins could not be read.")


def _when(instant: dt.datetime, zone: zoneinfo.ZoneInfo) -> str:
    local = instant.astimezone(zone)
    return f"{fmt.date_text(local.date())} {fmt.time_text(instant, zone)}"

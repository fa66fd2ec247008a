"""Time off: block an artist's time (a holiday, lunch, a convention) with a reason, once, over
several days, or weekly on chosen weekdays until an end date (at most a year), from a start to an
end time or the whole day (the studio's opening of those weekdays, at most 16 hours), with single
dates taken out (the fields and their check: time_off_form.py).

While the fields are filled in, the dialog lists the bookings the planned time off would hold
(found by expanding it as ``time_off.add`` will: store/queries/time_off.py), each with "Move…"
(:attr:`TimeOffDialog.edit_requested`: the window opens it in the booking dialog) and "Cancel
booking" (``appointment.cancel`` with the reason "Time off: <reason>"). Saving is refused while
any remain, naming them; a mistake is said at its field; the series and its blocks are one
mutation, so nothing is ever half-saved.
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget
from sqlalchemy import Connection

from kronos_core.ids import uuid7
from kronos_core.mutations import MutationError
from kronos_desktop.ops import time_off as time_off_ops
from kronos_desktop.store.queries import time_off as time_off_q
from kronos_desktop.store.queries.time_off import HeldBooking, TimeOffSetup
from kronos_desktop.ui.agenda.time_off_form import Plan, TimeOffForm, problem_label
from kronos_desktop.ui.agenda.time_off_parts import HeldRow
from kronos_desktop.ui.common import errors
from kronos_desktop.ui.common.day_view import Asker
from kronos_desktop.ui.common.dialog_keys import KeyedDialog
from kronos_desktop.ui.common.refusals import refusal_text
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext

Held = tuple[Plan, list[HeldBooking]]


class TimeOffDialog(KeyedDialog):
    """The time-off dialog (objectName ``timeOffDialog``); ``artist_id`` and ``day`` prefill it."""

    edit_requested = Signal(object)  # the id of a booking to move (the window opens it)
    saved = Signal(object)  # the id of the series saved
    held_shown = Signal()  # the bookings held were read and shown (for tests)

    def __init__(
        self,
        ctx: DeskContext,
        artist_id: uuid.UUID | None = None,
        day: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.held: list[HeldBooking] = []
        self.held_rows: list[HeldRow] = []
        self._saving = False
        self.setObjectName("timeOffDialog")
        title = self.tr("Time off")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)
        self.form = TimeOffForm(day or ctx.today())

        held_title = QLabel(self.tr("Bookings in this time"))
        held_title.setProperty("role", "subtitle")
        self.held_status = QLabel()
        self.held_status.setObjectName("timeOffHeldStatus")
        self.held_status.setWordWrap(True)
        self.held_list = QWidget()
        self.held_list.setObjectName("timeOffHeldList")
        self.held_layout = QVBoxLayout(self.held_list)
        self.held_layout.setContentsMargins(0, 0, 0, 0)
        self.held_layout.setSpacing(4)
        self.held_layout.addStretch(1)
        held_scroll = QScrollArea()
        held_scroll.setObjectName("timeOffHeldScroll")
        held_scroll.setWidgetResizable(True)
        held_scroll.setWidget(self.held_list)
        right = QVBoxLayout()
        right.addWidget(held_title)
        right.addWidget(self.held_status)
        right.addWidget(held_scroll, 1)

        self.problem = problem_label("timeOffProblem")
        self.save_button = named(QPushButton(self.tr("Save time off")), "timeOffSave", self.tr("Save time off"))
        self.save_button.setProperty("kind", "primary")
        close = named(QPushButton(self.tr("Close")), "timeOffClose", self.tr("Close"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.submit)
        close.clicked.connect(self.reject)

        columns = QHBoxLayout()
        columns.addWidget(self.form, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(900, 520)

        self.form.changed.connect(self.check)
        ctx.hub.rows_changed.connect(self._rows_changed)
        asker = Asker.of(ctx)
        ctx.reads.ask(
            self,
            "setup",
            lambda conn: time_off_q.setup(conn, asker.viewer(conn)),
            lambda setup: self._show_setup(setup, artist_id),
        )

    def _show_setup(self, setup: TimeOffSetup, artist_id: uuid.UUID | None) -> None:
        self.form.set_setup(setup, artist_id)
        self.check()

    def typed(self) -> bool:
        return self.form.typed()

    def primary_button(self) -> QPushButton:
        return self.save_button

    # -- the bookings it would hold ------------------------------------------------------------
    def _rows_changed(self, changed: dict[str, set[uuid.UUID]]) -> None:
        if "appointment" in changed and self.form.ready and not self._saving:
            self.check()

    def check(self) -> None:
        """Check the fields and read the bookings the time off would hold (on the reader thread)."""
        plan = self.form.plan()
        if plan is None:
            self.ctx.reads.forget(self, "held")
            self._show_held([], None)
            return
        self._ask_held(plan, self._shown_held)

    def _ask_held(self, plan: Plan, done: Callable[[Held], None]) -> None:
        zone = self.form.setup.zone
        days = plan.days()

        def read(conn: Connection) -> Held:
            return plan, time_off_q.held_bookings(conn, plan.artist_id, days, plan.start_minute, plan.end_minute, zone)

        self.ctx.reads.ask(self, "held", read, done)

    def _shown_held(self, answer: Held) -> None:
        self._show_held(answer[1], answer[0])

    def _show_held(self, held: list[HeldBooking], plan: Plan | None) -> None:
        for old in self.held_rows:
            self.held_layout.removeWidget(old)
            old.hide()  # out of the Tab order at once (deleteLater waits for the event loop)
            old.deleteLater()
        self.held = held
        self.held_rows = []
        for booking in held:
            row = HeldRow(booking, self.form.setup.zone, self.held_list)
            row.move_button.clicked.connect(functools.partial(self.edit_requested.emit, booking.id))
            row.cancel_button.clicked.connect(functools.partial(self._cancel, row))
            self.held_layout.insertWidget(self.held_layout.count() - 1, row)
            self.held_rows.append(row)
        if plan is None:
            self.held_status.setText("")
        elif held:
            self.held_status.setText(
                self.tr("%n booking(s) in this time: move or cancel each before saving.", "", len(held))
            )
        else:
            self.held_status.setText(self.tr("No bookings in this time."))
            self.form.say(self.problem, "")
        self.held_shown.emit()

    def cancel_reason(self) -> str:
        reason = self.form.reason.text().strip()
        return self.tr("Time off: {reason}").format(reason=reason) if reason else self.tr("Time off")

    def _cancel(self, row: HeldRow) -> None:
        row.cancel_button.setEnabled(False)
        row.move_button.setEnabled(False)
        desk = self.ctx.desk()
        now = desk.now() if desk is not None else dt.datetime.now(dt.UTC)
        op = time_off_ops.cancel_held(row.booking.id, self.cancel_reason(), now, parent=self)
        self.ctx.runner.run(op.failure(functools.partial(self._cancel_failed, row)))

    def _cancel_failed(self, row: HeldRow, exc: BaseException) -> None:
        row.cancel_button.setEnabled(True)
        row.move_button.setEnabled(True)
        self._failed(exc)

    # -- saving ------------------------------------------------------------------------------------
    def submit(self) -> None:
        """Save, unless a field is wrong or a booking would be held (read afresh first)."""
        plan = self.form.plan()
        if plan is None:
            self.form.say(self.problem, self.tr("Correct what is marked above first."))
            return
        self.form.say(self.problem, "")
        self.save_button.setEnabled(False)
        self._ask_held(plan, self._save_if_free)

    def _save_if_free(self, answer: Held) -> None:
        plan, held = answer
        self._show_held(held, plan)
        if held:
            self.save_button.setEnabled(True)
            names = "; ".join(row.words for row in self.held_rows)
            text = self.tr("Move or cancel the bookings in this time first: {bookings}").format(bookings=names)
            self.form.say(self.problem, text)
            return
        self._saving = True
        series_id = uuid7()
        op = time_off_ops.add_time_off(
            series_id,
            plan.artist_id,
            reason=plan.reason,
            first_day=plan.first_day,
            last_day=plan.last_day,
            weekdays=plan.weekdays,
            start_minute=plan.start_minute,
            end_minute=plan.end_minute,
            excluded_days=plan.excluded,
            parent=self,
        )
        self.ctx.runner.run(op.success(lambda _applied: self._saved(series_id)).failure(self._save_failed))

    def _saved(self, series_id: uuid.UUID) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.saved.emit(series_id)
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, MutationError):
            self.form.say(self.problem, refusal_text(exc))
            return
        errors.show_failure(self, exc)

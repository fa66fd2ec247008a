"""The day's close (issue 16): the blind count, then expected against counted.

:class:`CloseDayDialog`: first the count (count_grid.py), with nothing of what the drawer should
hold in sight; "Confirm count" locks it, reads the drawer's day, records the count about to be
shown against it (``cash_session.count_shown``: a count shown and then cancelled or counted again
stays in the trail and the day report) and only once that is stored shows the result
(close_figures.py): what the drawer should hold and why (float, cash taken, change, cash
refunded, cash in, cash out), what was counted, and the difference in words ("Over"/"Short":
sobra/falta). A difference that is not zero needs a note before "Close the day" (the mutation refuses it too:
``note_required``). The close itself computes the expected amount again in its own transaction
(``ops.drawer.close_day``): a payment arriving meanwhile is counted, never lost.

:class:`ClosedDayDialog`: a closed day as everyone at the desk sees it (receptionists see the
day's close): the last count, its difference and note, who closed it and when, earlier closes
undone by a reopen, and the payments that arrived after the close (late: a desk that was offline)
with their desk and time; they never change the closed figures. A manager reopens it from here."""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Connection

from kronos_core.drawer import CashFigures
from kronos_core.ids import uuid7
from kronos_core.mutations import MutationError
from kronos_desktop.ops import drawer as drawer_ops
from kronos_desktop.store.queries import drawer as drawer_q
from kronos_desktop.store.queries.drawer import CloseRow, DrawerDay, LatePayment
from kronos_desktop.ui.checkout.close_figures import ResultPanel
from kronos_desktop.ui.checkout.close_figures import difference_text as difference_text  # here too, where it was
from kronos_desktop.ui.checkout.count_grid import CountGrid
from kronos_desktop.ui.checkout.drawer_dialogs import DrawerDialog, reason_field
from kronos_desktop.ui.checkout.refund_dialog import message_label, not_for_role, reserve, say, stacked
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.refusals import refusal_text
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext

translate = QCoreApplication.translate

DayReader = Callable[[Connection], DrawerDay]


def late_text(late: LatePayment, zone: zoneinfo.ZoneInfo) -> str:
    """ "Cash · R$ 50,00 · Desk B · 19:42 · A-000012"."""
    desk = translate("CloseResult", "this desk") if late.this_desk else late.desk_name
    bits = [fmt.method_label(late.method), fmt.money_text(late.amount + late.tip)]
    bits.append(desk or translate("CloseResult", "another desk"))
    bits.append(fmt.time_text(late.received_at, zone))
    if late.sale_number:
        bits.append(late.sale_number)
    return " · ".join(bits)


class CloseDayDialog(DrawerDialog):
    """Close ``day``'s open drawer: a blind count, then the result (see the module)."""

    result_shown = Signal()  # the expected amount is on screen (after the count was confirmed)

    def __init__(self, ctx: DeskContext, day: dt.date, read_day: DayReader, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.day = day
        self.read_day = read_day
        self.expected: int | None = None  # read only once the count is confirmed
        self.count_id: uuid.UUID | None = None  # the close's id, recorded with the count shown
        self.setObjectName("closeDayDialog")
        self.setWindowTitle(self.tr("Close the day: count the drawer"))
        self.setAccessibleName(self.tr("Close the day"))
        self.grid = CountGrid(self)
        self.count_intro = QLabel(
            self.tr(
                "Count the notes and coins in the drawer and type how many of each. What the drawer should "
                "hold is shown once the count is confirmed."
            )
        )
        self.count_intro.setWordWrap(True)
        self.confirm = named(QPushButton(self.tr("&Confirm count")), "closeConfirmCount", self.tr("Confirm count"))
        self.confirm.setProperty("kind", "primary")
        self.confirm.clicked.connect(self.confirm_count)
        self.grid.done.connect(self.confirm.setFocus)
        count_page = QWidget()
        count = QVBoxLayout(count_page)
        count.setContentsMargins(0, 0, 0, 0)
        count.addWidget(self.count_intro)
        count.addWidget(self.grid, 1)
        self.outcome = ResultPanel(self)
        self.note = named(QPlainTextEdit(), "closeNote", self.tr("Note on the difference"))
        self.note.setPlaceholderText(self.tr("Why the count differs: e.g. change given wrong on a sale"))
        self.note.setMaximumHeight(70)
        self.note.setTabChangesFocus(True)
        self.note_label = QLabel(self.tr("Note"))
        self.note_problem = message_label("closeNoteProblem")
        self.note.textChanged.connect(lambda: say(self.note_problem, ""))
        result_page = QWidget()
        result = QVBoxLayout(result_page)
        result.setContentsMargins(0, 0, 0, 0)
        result.addWidget(self.outcome)
        result.addWidget(self.note_label)
        result.addWidget(self.note)
        result.addWidget(self.note_problem)
        result.addStretch(1)
        self.pages = QStackedWidget()
        self.pages.addWidget(count_page)
        self.pages.addWidget(result_page)
        close_button = named(QPushButton(self.tr("C&lose the day")), "closeDayButton", self.tr("Close the day"))
        close_button.clicked.connect(self.submit)
        self.buttons = self.button_box(close_button)
        self.buttons.addButton(self.confirm, QDialogButtonBox.ButtonRole.ActionRole)
        close_button.hide()
        self.primary = self.confirm
        self.close_button = close_button
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(700, 470)
        self.grid.focus_first()

    def typed(self) -> bool:
        return self.grid.typed()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.grid.focus_first()

    # -- the count, then the result ------------------------------------------------------------------
    def confirm_count(self) -> None:
        wrong = self.grid.problems()
        if wrong:
            self.grid.fields[wrong[0][0]].setFocus()
            return
        self.grid.set_locked(True)
        self.confirm.setEnabled(False)
        self.ctx.reads.ask(self, "close", self.read_day, self._day_read, failed=self._read_failed)

    def _read_failed(self, exc: BaseException) -> None:
        self.grid.set_locked(False)
        self.confirm.setEnabled(True)
        if isinstance(exc, MutationError):
            say(self.problem, refusal_text(exc))
        else:
            say(self.problem, self.tr("The drawer's day could not be read: try again."))

    def _day_read(self, day: DrawerDay) -> None:
        """The day read: the count is recorded as shown against its expected amount, then shown."""
        grid, counted = self.grid.grid(), self.grid.total()
        if day.session is None or day.figures is None or grid is None or counted is None:
            self._read_failed(RuntimeError("no figures"))
            return
        if day.session.status != "open":
            self._read_failed(MutationError("the day is closed", code="session_closed"))
            return
        count_id, figures = uuid7(), day.figures
        op = drawer_ops.show_count(
            day.session.id, grid, figures.expected, count_id=count_id, staff_id=self.ctx.who.staff_id, parent=self
        )
        self.ctx.runner.run(op.success(lambda _a: self._show(count_id, figures, counted)).failure(self._read_failed))

    def _show(self, count_id: uuid.UUID, figures: CashFigures, counted: int) -> None:
        self.count_id, self.expected = count_id, figures.expected
        self.outcome.show_result(figures, self.expected, counted)
        differs = counted != self.expected
        self.note_label.setText(self.tr("Note *") if differs else self.tr("Note"))
        self.setWindowTitle(self.tr("Close the day: the result"))
        self.pages.setCurrentIndex(1)
        self.confirm.hide()
        self.close_button.show()
        self.primary = self.close_button
        self.close_button.setDefault(True)
        (self.note if differs else self.close_button).setFocus()
        self.result_shown.emit()

    def submit(self) -> None:
        grid, counted = self.grid.grid(), self.grid.total()
        if grid is None or counted is None or self.expected is None:
            return
        note = self.note.toPlainText().strip()
        if counted != self.expected and not note:
            say(self.note_problem, self.tr("The count differs from what was expected: say why in a note."))
            self.note.setFocus()
            return
        close = drawer_ops.close_day(
            self.day, grid, note=note or None, count_id=self.count_id, staff_id=self.ctx.who.staff_id, parent=self
        )
        self.run(close)


class ClosedDayDialog(DrawerDialog):
    """A closed day: its last close, earlier ones, the late payments; Reopen… for managers
    (``reopen_wanted``: the panel opens the reopen dialog)."""

    reopen_wanted = Signal()

    def __init__(self, day: DrawerDay, zone: zoneinfo.ZoneInfo, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setObjectName("closedDayDialog")
        self.setWindowTitle(self.tr("The day's close"))
        self.setAccessibleName(self.tr("The day's close"))
        layout = QVBoxLayout(self)
        last = day.last_close
        heading = QLabel(self.closed_text(day, last, zone))
        heading.setObjectName("closedDayHeading")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        if last is not None:
            result = ResultPanel(self)
            result.show_result(day.figures, last.expected, last.counted)
            layout.addWidget(result)
            if last.note:
                note = QLabel(self.tr("Note: {note}").format(note=last.note))
                note.setObjectName("closedDayNote")
                note.setWordWrap(True)
                layout.addWidget(note)
        for earlier in day.closes[:-1]:
            line = QLabel(
                self.tr("An earlier close at {time}: counted {counted}, {difference} (reopened since)").format(
                    time=fmt.time_text(earlier.at, zone),
                    counted=fmt.money_text(earlier.counted),
                    difference=difference_text(earlier.difference),
                )
            )
            line.setProperty("role", "muted")
            line.setWordWrap(True)
            layout.addWidget(line)
        late = QLabel(self.late_text(day.late, zone))
        late.setObjectName("closedDayLate")
        late.setWordWrap(True)
        late.setProperty("role", "warning" if day.late else "muted")
        layout.addWidget(late)
        layout.addStretch(1)
        reopen = named(QPushButton(self.tr("&Reopen…")), "closedDayReopen", self.tr("Reopen the day"))
        reopen.clicked.connect(self._reopen)
        why_not = not_for_role("cash_session.reopen", ctx.who.role)
        reopen.setEnabled(not why_not)
        reopen.setToolTip(why_not)
        self.reopen_button = reopen
        box = QDialogButtonBox()
        box.addButton(reopen, QDialogButtonBox.ButtonRole.ActionRole)
        done = named(QPushButton(self.tr("Close")), "closedDayClose", self.tr("Close"))
        done.clicked.connect(self.accept)
        box.addButton(done, QDialogButtonBox.ButtonRole.AcceptRole)
        self.primary = None  # Enter neither closes nor reopens: a click, Alt+R, or Esc
        layout.addWidget(box)
        self.resize(560, 440)

    def _reopen(self) -> None:
        self.accept()
        self.reopen_wanted.emit()

    def closed_text(self, day: DrawerDay, last: CloseRow | None, zone: zoneinfo.ZoneInfo) -> str:
        session = day.session
        if session is None or last is None:
            return self.tr("This day has no close.")
        who = last.by_name or session.closed_by_name or self.tr("someone")
        return self.tr("Closed at {time} by {who}.").format(time=fmt.time_text(last.at, zone), who=who)

    def late_text(self, late: list[LatePayment], zone: zoneinfo.ZoneInfo) -> str:
        if not late:
            return self.tr("No payment arrived after the close.")
        lines = [self.tr("Arrived after the close (not in its figures):")]
        lines += [f"• {late_text(one, zone)}" for one in late]
        return "\n".join(lines)


class ReopenDialog(DrawerDialog):
    """A manager reopens the closed day ``session_id``, saying why."""

    def __init__(self, ctx: DeskContext, session_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.session_id = session_id
        self.setObjectName("reopenDayDialog")
        self.setWindowTitle(self.tr("Reopen the day"))
        self.setAccessibleName(self.tr("Reopen the day"))
        intro = QLabel(
            self.tr(
                "The day's close stays in its history; the day takes movements again and is closed with a new count."
            )
        )
        intro.setWordWrap(True)
        self.notice = message_label("reopenNotice", "warning")
        self.reason = reason_field("reopenReason", self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("e.g. a sale was left out of the count"))
        self.reason_problem = reserve(message_label("reopenReasonProblem"))
        self.reason.textChanged.connect(lambda _t: say(self.reason_problem, ""))
        button = named(QPushButton(self.tr("&Reopen")), "reopenButton", self.tr("Reopen the day"))
        button.clicked.connect(self.submit)
        form = QFormLayout()
        form.addRow(self.tr("Reason *"), stacked(self.reason, self.reason_problem))
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.button_box(button))
        self.resize(460, 220)
        why_not = not_for_role("cash_session.reopen", ctx.who.role)
        if why_not:
            say(self.notice, why_not)
            button.setEnabled(False)
            button.setToolTip(why_not)
            self.reason.setEnabled(False)
        self.reason.setFocus()

    def typed(self) -> bool:
        return bool(self.reason.text().strip())

    def submit(self) -> None:
        reason = " ".join(self.reason.text().split())
        if not reason:
            say(self.reason_problem, self.tr("Say why: the history keeps it."))
            self.reason.setFocus()
            return
        self.run(drawer_ops.reopen_day(self.session_id, reason, staff_id=self.ctx.who.staff_id, parent=self))


def day_reader(studio_id: uuid.UUID, device_id: uuid.UUID | None, day: dt.date) -> DayReader:
    return lambda conn: drawer_q.drawer_day(conn, studio_id, device_id, day)

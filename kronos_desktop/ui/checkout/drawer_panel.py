"""The Caixa's drawer (issue 16): a strip over the day's sales with the drawer's state on the day
shown and its actions, a button and a key each: Open the drawer (the float), Cash in / Cash out
(a reason; a cash out above what the drawer holds needs a manager), Close the drawer (the blind
count, close_result.py), once closed The day's close… and Reopen… (managers), Day report (one
rendering, day_report_dialog.py; no artists' shares for receptionists, nor while the day is open
what the drawer should hold: day_report_drawer.py), Open cash box (ESC/POS, drawer_kick.py). The
buttons sit beside the words when both fit a line, else under them. The state never says what a
drawer open should hold (the close is blind); artists do not see it."""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Connection

from kronos_core.roles import Role
from kronos_desktop.store.queries import day_report as report_q
from kronos_desktop.store.queries.day_report import DayReport
from kronos_desktop.store.queries.drawer import DrawerDay
from kronos_desktop.ui import icons
from kronos_desktop.ui.actions import ActionSpec, spec
from kronos_desktop.ui.checkout.close_result import (
    CloseDayDialog,
    ClosedDayDialog,
    ReopenDialog,
    day_reader,
    difference_text,
)
from kronos_desktop.ui.checkout.day_report_dialog import DayReportDialog
from kronos_desktop.ui.checkout.drawer_dialogs import CashMoveDialog, OpenDayDialog
from kronos_desktop.ui.checkout.drawer_kick import DrawerKicker
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.dialog_keys import KeyedDialog
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext

translate = QCoreApplication.translate
MANAGERS = (Role.OWNER, Role.MANAGER)
ReportReader = Callable[[Connection], DayReport]


@dataclass(frozen=True)
class DrawerAction:
    """One of the strip's actions: its key, button text (with its mnemonic) and what it says."""

    key: str
    object_name: str
    text: Callable[[], str]
    shortcut: str
    description: Callable[[], str]


ACTIONS = (
    DrawerAction("open", "drawerOpenDay", lambda: translate("DrawerPanel", "&Open the drawer…"), "Ctrl+Shift+A",
                 lambda: translate("DrawerPanel", "Open the drawer's day with its float")),
    DrawerAction("cash_in", "drawerCashIn", lambda: translate("DrawerPanel", "Cash &in…"), "Ctrl+Shift+I",
                 lambda: translate("DrawerPanel", "Put cash into the drawer (suprimento)")),
    DrawerAction("cash_out", "drawerCashOut", lambda: translate("DrawerPanel", "Cash o&ut…"), "Ctrl+Shift+O",
                 lambda: translate("DrawerPanel", "Take cash out of the drawer (sangria)")),
    DrawerAction("close", "drawerCloseDay", lambda: translate("DrawerPanel", "&Close the drawer…"), "Ctrl+Shift+E",
                 lambda: translate("DrawerPanel", "Count the drawer and close the day")),
    DrawerAction("closed", "drawerClosedDay", lambda: translate("DrawerPanel", "The day's c&lose…"), "Ctrl+Shift+E",
                 lambda: translate("DrawerPanel", "The day's count, its difference and late payments")),
    DrawerAction("reopen", "drawerReopen", lambda: translate("DrawerPanel", "Reo&pen…"), "",
                 lambda: translate("DrawerPanel", "Reopen the closed day (owners and managers)")),
    DrawerAction("report", "drawerDayReport", lambda: translate("DrawerPanel", "Day &report…"), "Ctrl+Shift+D",
                 lambda: translate("DrawerPanel", "The day report: print it or save it as PDF")),
    DrawerAction("kick", "drawerKick", lambda: translate("DrawerPanel", "Open cash &box"), "Ctrl+Shift+G",
                 lambda: translate("DrawerPanel", "Open the cash drawer (the printer's pulse)")),
)  # fmt: skip


def registry_spec(one: DrawerAction) -> ActionSpec | None:
    """The registry's declaration of ``one``'s keys ("checkout.drawer_<key>"; None: not declared,
    the button and its mnemonic only: every action with keys comes from the registry)."""
    if not one.shortcut or one.key == "closed":
        return None
    try:
        return spec(f"checkout.drawer_{one.key}")
    except KeyError:
        return None


@dataclass(frozen=True)
class DrawerShown:
    """What the strip shows: the drawer's day and where (the desk, its studio's zone and today)."""

    day: DrawerDay
    studio_id: uuid.UUID
    device_id: uuid.UUID | None
    zone: zoneinfo.ZoneInfo
    today: dt.date


class DrawerPanel(QFrame):
    """The strip (see the module). ``host`` gets the actions' keys (the Caixa's day page)."""

    def __init__(self, ctx: DeskContext, host: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shown: DrawerShown | None = None
        self.dialog: KeyedDialog | None = None  # the one open now (tests reach it)
        self.kicker = DrawerKicker(self)
        self.setObjectName("drawerPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.state = QLabel()
        self.state.setObjectName("drawerState")
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel()
        self.message.setObjectName("drawerMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.state)
        text.addWidget(self.message)
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)  # the buttons under the words: narrow
        self.row.setContentsMargins(10, 6, 10, 6)
        self.row.addLayout(text, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.row.addLayout(row)
        self.buttons: dict[str, QPushButton] = {}
        self.keys: dict[str, QAction] = {}
        handlers = {
            "open": self.open_day, "cash_in": lambda: self.move_cash("in"), "cash_out": lambda: self.move_cash("out"),
            "close": self.close_day, "closed": self.show_close, "reopen": self.reopen, "report": self.day_report,
            "kick": self.kick,
        }  # fmt: skip
        for one in ACTIONS:
            button = named(QPushButton(one.text()), one.object_name, one.text().replace("&", ""), one.description())
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            row.addWidget(button)
            handler = handlers[one.key]
            button.clicked.connect(lambda _c=False, h=handler: h())
            self.buttons[one.key] = button
            registered = registry_spec(one)
            if registered is not None and registered.icon:
                button.setIcon(icons.icon(registered.icon))
            if registered is not None:  # its keys, once the registry (ui/actions.py) declares them
                action = named(QAction(registered.text(), host), registered.object_name, registered.accessible())
                action.setShortcut(registered.key_sequence())
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                action.triggered.connect(lambda _c=False, k=one.key: self.trigger(k))
                host.addAction(action)
                self.keys[one.key] = action
        self.kicker.kicked.connect(lambda: self.say(self.tr("The drawer was opened."), "note"))
        self.kicker.failed.connect(lambda text: self.say(text, "error"))
        self.ctx.who.changed.connect(self._show_state)
        self._show_state()

    # -- what is shown -------------------------------------------------------------------------------
    def show_drawer(self, shown: DrawerShown | None) -> None:
        self.shown = shown
        self._show_state()

    def _show_state(self) -> None:
        shown = self.shown
        sees = self.ctx.who.role is not None and self.ctx.who.role is not Role.ARTIST
        self.setVisible(sees and shown is not None)
        if shown is None:
            return
        day, session = shown.day, shown.day.session
        state = "none" if session is None else "closed" if day.closed else "open"
        visible = {
            "none": {"open", "report", "kick"},
            "open": {"cash_in", "cash_out", "close", "report", "kick"},
            "closed": {"closed", "reopen", "report", "kick"},
        }[state]
        for key, button in self.buttons.items():
            button.setVisible(key in visible)
            button.setEnabled(key in visible)
        manager = self.ctx.who.role in MANAGERS
        why_not_open = ""
        if day.day > shown.today:
            why_not_open = self.tr("A day to come cannot be opened yet.")
        elif day.drawer is None and not manager:
            why_not_open = self.no_drawer_text()
        self.buttons["open"].setEnabled(not why_not_open)
        self.buttons["open"].setToolTip(why_not_open or ACTIONS[0].description())
        self.buttons["reopen"].setEnabled(manager)
        only = self.tr("Only an owner or a manager reopens a closed day.")
        self.buttons["reopen"].setToolTip(self.tr("Reopen the closed day (owners and managers)") if manager else only)
        for key, action in self.keys.items():
            action.setEnabled(key in visible or (key == "close" and state == "closed"))
        self.state.setText(self.state_text(shown))
        self._arrange()

    def _arrange(self) -> None:
        # (at 1024 px the words beside the buttons wrapped over four lines, the day's sales' room)
        shown = [b for b in self.buttons.values() if not b.isHidden()]
        needed = sum(b.sizeHint().width() + 6 for b in shown) + 20
        needed += self.state.fontMetrics().horizontalAdvance(self.state.text())
        wide = needed <= self.width()
        self.row.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def state_text(self, shown: DrawerShown) -> str:
        day, session, zone = shown.day, shown.day.session, shown.zone
        if session is None:
            if day.drawer is None and self.ctx.who.role not in MANAGERS:
                return self.no_drawer_text()
            if day.day == shown.today:
                return self.tr("The drawer is not open today: open it with its float to start the day.")
            return self.tr("The drawer was not opened on this day.")
        float_text = fmt.money_text(session.opening_float)
        if day.closed:
            last = day.last_close
            at = last.at if last is not None else session.closed_at
            who = (last.by_name if last is not None else None) or session.closed_by_name or self.tr("someone")
            text = self.tr("Drawer closed at {time} by {who}.").format(time=fmt.time_text(at, zone), who=who) if at \
                else self.tr("Drawer closed.")  # fmt: skip
            if last is not None:
                text += " " + difference_text(last.difference) + "."
            if day.late:
                text += " " + self.tr("%n payment(s) arrived after the close.", "", len(day.late))
            return text
        who = session.opened_by_name or self.tr("someone")
        text = self.tr("Drawer open since {time} ({who}), float {amount}.").format(
            time=fmt.time_text(session.opened_at, zone), who=who, amount=float_text
        )
        if session.reopened_at is not None:
            text += " " + self.tr("Reopened at {time}: {reason}").format(
                time=fmt.time_text(session.reopened_at, zone), reason=session.reopen_reason or ""
            )
        if day.movements:
            text += " " + self.tr("%n cash movement(s).", "", len(day.movements))
        return text

    def no_drawer_text(self) -> str:
        return self.tr("This studio has no cash drawer yet: an owner or a manager opens its first day.")

    def say(self, text: str, role: str = "muted") -> None:
        self.message.setText(text)
        self.message.setProperty("role", role)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setVisible(bool(text))

    # -- the actions -----------------------------------------------------------------------------------
    def trigger(self, key: str) -> None:
        """A key pressed: the button's action when it is there to press (the close or the closed day)."""
        if key == "close" and self.buttons["closed"].isVisible():
            key = "closed"
        button = self.buttons[key]
        if self.isVisible() and button.isVisible() and button.isEnabled():
            button.click()

    def _open(self, dialog: KeyedDialog) -> KeyedDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._closed(d))
        dialog.open()
        return dialog

    def _closed(self, dialog: object) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def open_day(self) -> None:
        if self.shown is not None:
            self._open(OpenDayDialog(self.ctx, self.shown.day.day, self.window()))

    def move_cash(self, kind: str) -> None:
        shown = self.shown
        if shown is None or shown.day.session is None or shown.day.figures is None:
            return
        holds = shown.day.figures.expected
        self._open(CashMoveDialog(self.ctx, kind, shown.day.session.id, shown.day.day, holds, self.window()))

    def close_day(self) -> None:
        shown = self.shown
        if shown is None:
            return
        read = day_reader(shown.studio_id, shown.device_id, shown.day.day)
        self._open(CloseDayDialog(self.ctx, shown.day.day, read, self.window()))

    def show_close(self) -> None:
        if self.shown is None:
            return
        dialog = ClosedDayDialog(self.shown.day, self.shown.zone, self.ctx, self.window())
        dialog.reopen_wanted.connect(self.reopen)
        self._open(dialog)

    def reopen(self) -> None:
        shown = self.shown
        if shown is not None and shown.day.session is not None:
            self._open(ReopenDialog(self.ctx, shown.day.session.id, self.window()))

    def day_report(self) -> None:
        shown = self.shown
        if shown is None:
            return
        studio, device, day = shown.studio_id, shown.device_id, shown.day.day
        artists = self.ctx.who.role in MANAGERS

        def read(conn: Connection) -> DayReport:
            return report_q.day_report(conn, studio, day, device_id=device, artists=artists)

        self._open(DayReportDialog(self.ctx, read, self.window()))

    def kick(self) -> None:
        self.say(self.tr("Opening the drawer…"))
        self.kicker.kick()

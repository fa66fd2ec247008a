"""The drawer opens by itself when cash moves (issue 16): after this desk stores a ticket closed
with a cash payment (money handed over, change to give), a gift voucher sold for cash, a deposit
taken in cash, or a cash in or out (suprimento, sangria), the desk sends the drawer's ESC/POS
pulse (ui/checkout/drawer_kick.py) — the same pulse as "Open cash box".

- Only when this desk has a drawer printer (QSettings ``drawer/printer``) and "Open the drawer
  when cash is taken" is on (``drawer/open_on_cash``, on unless turned off in Studio → Cash
  drawer): otherwise nothing happens, and nothing is said.
- Only after the change is stored: it listens to the op runner's ``op_succeeded``, which comes
  after the write's commit; a refused close (``op_failed``) opens nothing.
- Never on the GUI thread: whether the op stored a cash payment is read on the reader thread
  (the payment rows the op changed), and the pulse goes out on the kicker's own thread (a network
  printer may take seconds to answer).
- A kick that fails says so in the window's status bar, in a few words; the sale, voucher or cash
  movement is stored already and stays so (nothing depends on the kick).

Payments that reach this desk by sync never pass through its op runner: another desk's sale
does not open this desk's drawer."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtWidgets import QMainWindow, QWidget
from sqlalchemy import Connection, select

from kronos_core.schema import payment
from kronos_desktop.settings import open_settings
from kronos_desktop.store import Applied
from kronos_desktop.ui.checkout.drawer_kick import DrawerKicker, PrinterSettingError, parse_setting, printer_setting
from kronos_desktop.ui.context import DeskContext

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

ON_CASH_KEY = "drawer/open_on_cash"  # bool; absent: on (a desk with a printer opens its drawer)
MOVES = frozenset({"cash.move"})  # cash put in or taken out: always the drawer's
PAYS = frozenset({"sale.record", "voucher.sell", "deposit.take"})  # the drawer's when a payment is in cash
MESSAGE_MS = 20_000  # how long the status bar says a kick failed


def open_on_cash(settings: QSettings | None = None) -> bool:
    """Whether this desk opens its drawer when cash is taken (on unless turned off)."""
    found = (settings if settings is not None else open_settings()).value(ON_CASH_KEY, True)
    if isinstance(found, str):  # an INI file gives back "true" / "false"
        return found.strip().lower() not in ("false", "0", "no", "")
    return bool(found)


def wanted(settings: QSettings | None = None) -> bool:
    """A drawer printer is set on this desk and the automatic opening is on."""
    chosen = settings if settings is not None else open_settings()
    return bool(printer_setting(chosen).strip()) and open_on_cash(chosen)


def cash_taken(conn: Connection, payment_ids: set[uuid.UUID]) -> bool:
    """Whether any of these payments is money handed over in cash (not a refund)."""
    p = payment.c
    found = conn.execute(
        select(p.id)
        .where(p.id.in_(list(payment_ids)), p.method == "cash", p.amount > 0, p.refund_of.is_(None))
        .limit(1)
    ).first()
    return found is not None


class AutoKick(QObject):
    """Opens the drawer after ``ctx``'s op runner stores cash (see the module). ``view``: the
    widget whose window's status bar tells a failed kick (the Caixa)."""

    def __init__(
        self,
        ctx: DeskContext,
        view: QWidget,
        *,
        settings: Callable[[], QSettings] = open_settings,
    ) -> None:
        super().__init__(view)
        self.ctx = ctx
        self.view = view
        self.settings = settings  # read at each op: a change on the settings page counts at once
        self.kicker = DrawerKicker(self)  # tests hand it a python-escpos Dummy (``make_printer``)
        self.said = ""  # the failure the status bar shows now (cleared by a later kick that works)
        self._unread: set[uuid.UUID] = set()  # payments stored, not yet read for cash
        self.kicker.failed.connect(self._failed)
        self.kicker.kicked.connect(self._kicked)
        ctx.runner.op_succeeded.connect(self._stored)

    def _stored(self, op: Any, applied: Applied) -> None:
        name = getattr(op, "name", "")
        if name not in MOVES and name not in PAYS:
            return
        if not wanted(self.settings()):
            return
        if name in MOVES:
            self.kick()
            return
        paid = applied.changed.get(payment.name, set())
        if not paid:
            return
        self._unread |= paid
        asked = set(self._unread)  # a newer ask drops this one's answer: it reads these too

        def answered(cash: bool) -> None:
            self._unread -= asked
            if cash:
                self.kick()

        self.ctx.reads.ask(
            self,
            "cash",
            lambda conn: cash_taken(conn, asked),
            answered,
            failed=lambda exc: log.warning("reading whether cash was taken failed", exc_info=exc),
        )

    def kick(self) -> None:
        self.kicker.kick()

    def _kicked(self) -> None:
        bar = self._bar()
        if bar is not None and self.said and bar.currentMessage() == self.said:
            bar.clearMessage()
        self.said = ""

    def _failed(self, why: str) -> None:
        log.warning("the drawer did not open by itself: %s", why)
        text = self.failure_words()
        self.said = text
        bar = self._bar()
        if bar is not None:
            bar.showMessage(text, MESSAGE_MS)
        else:  # the Caixa on its own (no main window): its drawer strip says it
            panel = getattr(self.view, "drawer_panel", None)
            if panel is not None:
                panel.say(text, "error")

    def failure_words(self) -> str:
        """A few words for the status bar (the kicker's longer ones, with the device's answer, go
        to the log)."""
        try:
            parse_setting(printer_setting(self.settings()))
        except PrinterSettingError:
            return translate("AutoKick", "The drawer did not open: check its printer in Studio → Cash drawer.")
        return translate("AutoKick", "The drawer did not open: its printer did not answer. Nothing was lost.")

    def _bar(self) -> Any:
        window = self.view.window()
        return window.statusBar() if isinstance(window, QMainWindow) else None

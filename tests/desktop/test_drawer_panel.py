"""The Caixa's drawer (ui/checkout/drawer_panel.py and its dialogs) on a real desk file with a
sale paid partly in cash (R$ 110: R$ 150 handed over, R$ 40 change): a receptionist opens the day
with a float; a cash out above what the drawer should hold is refused without an owner's or
manager's PIN (and the dialog never says what the drawer holds: the close is blind); the close with
a difference needs a note; a manager reopens the day with a reason, a receptionist cannot; the
kick sends exactly the ESC/POS pulse to python-escpos's Dummy printer, and a printer that is not
there is said in words. In English."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from escpos.constants import CD_KICK_2  # type: ignore[import-untyped]
from escpos.printer import Dummy  # type: ignore[import-untyped]
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from kronos_core.ids import uuid7
from kronos_core.roles import Role
from kronos_desktop.app import Desk
from kronos_desktop.ops import drawer as drawer_ops
from kronos_desktop.ui import actions
from kronos_desktop.ui.actions import ActionSpec
from kronos_desktop.ui.checkout.close_result import CloseDayDialog, ClosedDayDialog, ReopenDialog
from kronos_desktop.ui.checkout.drawer_dialogs import CashMoveDialog, ManagerPinDialog, OpenDayDialog
from kronos_desktop.ui.checkout.drawer_kick import DrawerKicker
from kronos_desktop.ui.checkout.drawer_panel import DrawerPanel
from kronos_desktop.ui.checkout.view import CheckoutView
from kronos_desktop.ui.settings.drawer_printer_page import DrawerPrinterPage
from tests.desktop.checkout_rows import DAY, Counter, open_counter
from tests.desktop.lock_helpers import give_pin
from tests.desktop.reads import settle
from tests.desktop.receipt_sales import close_full_ticket, close_long_ticket

pytestmark = pytest.mark.usefixtures("shown")
PULSE = b"\x1bp\x00" + bytes([50, 50])  # ESC p 0, then the on and off times python-escpos sends
MANAGER_PIN = "4826"
translate = QCoreApplication.translate


@pytest.fixture
def language() -> str:
    return "en"


class Studio:
    def __init__(self, desk: Desk, counter: Counter, receptionist: uuid.UUID, manager: uuid.UUID) -> None:
        self.desk, self.counter, self.receptionist, self.manager = desk, counter, receptionist, manager

    def at_desk(self, who: str) -> None:
        staff_id, role, name = {
            "receptionist": (self.receptionist, Role.RECEPTIONIST, "Bia Reis"),
            "manager": (self.manager, Role.MANAGER, "Thiago Alves"),
        }[who]
        self.desk.store.set_member(staff_id)
        self.desk.ctx.who.set(staff_id, role, name)

    def rows(self, sql: str, *params: Any) -> list[dict[str, Any]]:
        conn = sqlite3.connect(self.desk.store.path)
        conn.row_factory = sqlite3.Row
        try:
            return [dict(r) for r in conn.execute(sql, params)]
        finally:
            conn.close()


@pytest.fixture
def studio(tmp_path: Path, translated: str) -> Iterator[Studio]:
    """Ana's ticket closed (R$ 110 in cash among its payments); Bia (receptionist, at the desk) and
    Thiago (manager, PIN 4826)."""
    store, c = open_counter(tmp_path / "data")
    close_full_ticket(store, c)
    # the studio's drawer, as the owner keeps it (a receptionist's first open cannot create it)
    store.apply("cash_drawer.save", {"drawer_id": uuid7(), "name": "Caixa", "device_id": None, "active": True})
    receptionist, manager = uuid7(), uuid7()
    store.apply("staff.add", {"staff_id": receptionist, "display_name": "Bia Reis", "role": "receptionist"})
    store.apply("staff.add", {"staff_id": manager, "display_name": "Thiago Alves", "role": "manager"})
    desk = Desk(store, translated)
    give_pin(desk, c.owner_id, manager, MANAGER_PIN)
    found = Studio(desk, c, receptionist, manager)
    found.at_desk("receptionist")
    yield found
    desk.close()


def caixa(qtbot: QtBot, studio: Studio) -> tuple[CheckoutView, DrawerPanel]:
    view = CheckoutView(studio.desk.ctx)
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    qtbot.waitExposed(view)
    view.navigator.set_day(DAY)
    settle(qtbot, studio.desk.ctx)
    return view, view.drawer_panel


def click(qtbot: QtBot, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]


def type_in(qtbot: QtBot, widget: Any, text: str) -> None:
    qtbot.keyClicks(widget, text)  # type: ignore[no-untyped-call]


def press(qtbot: QtBot, panel: DrawerPanel, key: str) -> Any:
    button = panel.buttons[key]
    assert button.isVisible(), f"{key} is not there"
    assert button.isEnabled(), f"{key} cannot be pressed"
    click(qtbot, button)
    assert panel.dialog is not None
    return panel.dialog


def texts(widget: QWidget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def finish(qtbot: QtBot, studio: Studio, dialog: Any) -> None:
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible(), timeout=10_000)
    settle(qtbot, studio.desk.ctx)


def open_day(studio: Studio, amount: int) -> None:
    drawer_ops.open_day(DAY, amount, staff_id=studio.receptionist).write(studio.desk.store)


def test_a_receptionist_opens_the_day_with_a_float(qtbot: QtBot, studio: Studio) -> None:
    view, panel = caixa(qtbot, studio)
    assert panel.isVisible()
    assert [k for k, b in panel.buttons.items() if b.isVisible()] == ["open", "report", "kick"]
    dialog = press(qtbot, panel, "open")
    assert isinstance(dialog, OpenDayDialog)
    type_in(qtbot, dialog.amount, "200.00")
    click(qtbot, dialog.findChild(QWidget, "openDayButton"))
    finish(qtbot, studio, dialog)

    sessions = studio.rows("SELECT opening_float, status, opened_by FROM cash_session")
    assert sessions == [{"opening_float": 20_000, "status": "open", "opened_by": studio.receptionist.hex}]
    assert "float R$200.00" in panel.state.text()
    assert "Bia Reis" in panel.state.text()
    assert "R$310.00" not in texts(view), "the drawer's expected cash is not shown while the day is open"
    shown = [k for k, b in panel.buttons.items() if b.isVisible()]
    assert shown == ["cash_in", "cash_out", "close", "report", "kick"]


def test_a_cash_out_above_the_drawer_needs_a_managers_pin(qtbot: QtBot, studio: Studio) -> None:
    open_day(studio, 10_000)  # R$ 100 float + R$ 110 cash: the drawer should hold R$ 210
    _view, panel = caixa(qtbot, studio)
    dialog = press(qtbot, panel, "cash_out")
    assert isinstance(dialog, CashMoveDialog)
    type_in(qtbot, dialog.amount, "500.00")
    type_in(qtbot, dialog.reason, "To the bank")
    go = dialog.findChild(QWidget, "cashMoveButton")

    click(qtbot, go)
    asked = dialog.asked
    assert isinstance(asked, ManagerPinDialog)
    assert "R$210.00" not in texts(asked), "a receptionist is not told what the drawer holds"
    assert "A cash out of R$500.00 (To the bank) is more than" in texts(asked), "the manager sees what they confirm"
    asked.reject()
    qtbot.waitUntil(lambda: dialog.problem.isVisible())
    assert "needs an owner's or a manager's confirmation" in dialog.problem.text()
    assert studio.rows("SELECT * FROM cash_movement") == []

    click(qtbot, go)
    asked = dialog.asked
    assert isinstance(asked, ManagerPinDialog)
    qtbot.waitUntil(lambda: asked.ok.isEnabled())
    assert asked.who.currentText() == "Thiago Alves (Manager)"
    with qtbot.waitSignal(asked.checked, timeout=10_000):
        type_in(qtbot, asked.pin, "0000")
        click(qtbot, asked.ok)
    assert asked.problem.text() == "Wrong PIN."
    assert studio.rows("SELECT * FROM cash_movement") == []
    type_in(qtbot, asked.pin, MANAGER_PIN)
    click(qtbot, asked.ok)
    finish(qtbot, studio, dialog)

    moved = studio.rows("SELECT kind, amount, reason, moved_by, confirmed_by FROM cash_movement")
    assert moved == [
        {"kind": "out", "amount": 50_000, "reason": "To the bank", "moved_by": studio.receptionist.hex,
         "confirmed_by": studio.manager.hex}
    ]  # fmt: skip
    assert "1 cash movement" in panel.state.text()


def test_a_cash_in_needs_a_reason(qtbot: QtBot, studio: Studio) -> None:
    open_day(studio, 10_000)
    _view, panel = caixa(qtbot, studio)
    dialog = press(qtbot, panel, "cash_in")
    type_in(qtbot, dialog.amount, "50.00")
    click(qtbot, dialog.findChild(QWidget, "cashMoveButton"))
    assert dialog.reason_problem.text() == "Say why: the owner reads it at the close."
    assert studio.rows("SELECT * FROM cash_movement") == []
    type_in(qtbot, dialog.reason, "Change from the bank")
    click(qtbot, dialog.findChild(QWidget, "cashMoveButton"))
    finish(qtbot, studio, dialog)
    assert studio.rows("SELECT kind, amount, confirmed_by FROM cash_movement") == [
        {"kind": "in", "amount": 5_000, "confirmed_by": None}
    ]


def count(qtbot: QtBot, dialog: CloseDayDialog, quantities: dict[int, int]) -> None:
    for centavos, quantity in quantities.items():
        type_in(qtbot, dialog.grid.fields[centavos], str(quantity))


def test_a_close_with_a_difference_needs_a_note(qtbot: QtBot, studio: Studio) -> None:
    open_day(studio, 20_000)  # expected: R$ 200 + R$ 110 = R$ 310
    _view, panel = caixa(qtbot, studio)
    dialog = press(qtbot, panel, "close")
    assert isinstance(dialog, CloseDayDialog)
    assert "R$310.00" not in texts(dialog), "blind: the expected amount is not shown before the count"
    count(qtbot, dialog, {10_000: 3, 200: 2})  # R$ 304: R$ 6 short
    with qtbot.waitSignal(dialog.result_shown, timeout=10_000):
        click(qtbot, dialog.confirm)
    shown = texts(dialog)
    assert "R$310.00" in shown
    assert "R$304.00" in shown
    assert "Short: R$6.00 less than expected" in shown

    click(qtbot, dialog.close_button)
    assert dialog.note_problem.text() == "The count differs from what was expected: say why in a note."
    assert studio.rows("SELECT * FROM cash_count") == []
    type_in(qtbot, dialog.note, "Change given wrong to a client")
    click(qtbot, dialog.close_button)
    finish(qtbot, studio, dialog)

    closes = studio.rows("SELECT counted, expected, difference, note FROM cash_count")
    assert closes == [{"counted": 30_400, "expected": 31_000, "difference": -600,
                       "note": "Change given wrong to a client"}]  # fmt: skip
    assert studio.rows("SELECT status FROM cash_session") == [{"status": "closed"}]
    assert "Short: R$6.00 less than expected" in panel.state.text()
    assert [k for k, b in panel.buttons.items() if b.isVisible()] == ["closed", "reopen", "report", "kick"]
    assert not panel.buttons["reopen"].isEnabled(), "a receptionist does not reopen"


def close_day(studio: Studio, grid: dict[int, int], note: str | None = None) -> None:
    drawer_ops.close_day(DAY, grid, note=note, staff_id=studio.receptionist).write(studio.desk.store)


def test_a_receptionist_sees_the_close_and_a_manager_reopens_it(qtbot: QtBot, studio: Studio) -> None:
    open_day(studio, 20_000)
    close_day(studio, {10_000: 3, 1_000: 1})  # R$ 310: no difference
    _view, panel = caixa(qtbot, studio)
    closed = press(qtbot, panel, "closed")
    assert isinstance(closed, ClosedDayDialog)
    shown = texts(closed)
    assert "No difference: the count matches" in shown
    assert "Closed at" in shown
    assert "Bia Reis" in shown
    assert "No payment arrived after the close." in shown
    assert not closed.reopen_button.isEnabled(), "a receptionist sees the close, a manager reopens it"
    closed.accept()

    reopen = ReopenDialog(studio.desk.ctx, _session_id(studio))
    qtbot.addWidget(reopen)
    assert reopen.primary is not None
    assert not reopen.primary.isEnabled()
    assert "only Owner, Manager can do this" in reopen.notice.text()

    studio.at_desk("manager")
    settle(qtbot, studio.desk.ctx)
    assert panel.buttons["reopen"].isEnabled()
    dialog = press(qtbot, panel, "reopen")
    assert isinstance(dialog, ReopenDialog)
    click(qtbot, dialog.primary)
    assert dialog.reason_problem.text() == "Say why: the history keeps it."
    type_in(qtbot, dialog.reason, "A sale was left out")
    click(qtbot, dialog.primary)
    finish(qtbot, studio, dialog)
    assert studio.rows("SELECT status, reopen_reason, reopened_by FROM cash_session") == [
        {"status": "open", "reopen_reason": "A sale was left out", "reopened_by": studio.manager.hex}
    ]
    assert "Reopened at" in panel.state.text()
    assert "A sale was left out" in panel.state.text()
    assert panel.buttons["close"].isVisible()


def test_a_payment_after_the_close_shows_as_late_and_leaves_the_close_as_it_was(qtbot: QtBot, studio: Studio) -> None:
    open_day(studio, 20_000)
    close_day(studio, {10_000: 3, 1_000: 1})  # R$ 310: no difference
    close_long_ticket(studio.desk.store, studio.counter, 1)  # a R$ 9.50 PIX sale (5 % off) written after the close
    _view, panel = caixa(qtbot, studio)
    assert "1 payment" in panel.state.text()  # "%n payment(s)": English plurals come with the translations
    assert "arrived after the close." in panel.state.text()
    closed = press(qtbot, panel, "closed")
    shown = texts(closed)
    assert "Arrived after the close (not in its figures):" in shown
    assert "• Pix · R$9.50 · this desk · 3:30\u202fPM · A-000002" in shown
    assert "No difference: the count matches" in shown, "the closed figures did not move"


def _session_id(studio: Studio) -> uuid.UUID:
    return uuid.UUID(hex=studio.rows("SELECT id FROM cash_session")[0]["id"])


def test_the_kick_sends_the_escpos_pulse_to_the_printer(qtbot: QtBot, studio: Studio) -> None:
    _view, panel = caixa(qtbot, studio)
    printer = Dummy()
    panel.kicker.make_printer = lambda: printer
    with qtbot.waitSignal(panel.kicker.kicked, timeout=10_000):
        click(qtbot, panel.buttons["kick"])
    assert printer.output == PULSE == CD_KICK_2
    assert panel.message.text() == "The drawer was opened."


def test_a_kick_to_a_device_file_writes_the_pulse_and_a_missing_one_says_so(
    qtbot: QtBot, tmp_path: Path, translated: str
) -> None:
    settings = QSettings(str(tmp_path / "kronos.ini"), QSettings.Format.IniFormat)
    kicker = DrawerKicker(settings=settings)
    device = tmp_path / "lp0"
    device.write_bytes(b"")
    settings.setValue("drawer/printer", f"file:{device}")
    with qtbot.waitSignal(kicker.kicked, timeout=10_000):
        kicker.kick()
    assert device.read_bytes() == PULSE

    settings.setValue("drawer/printer", f"file:{tmp_path / 'nowhere' / 'lp0'}")
    with qtbot.waitSignal(kicker.failed, timeout=10_000) as failed:
        kicker.kick()
    assert str(failed.args[0]).startswith("The drawer did not open: the printer it hangs off did not answer")
    assert "Nothing was lost." in str(failed.args[0])

    settings.setValue("drawer/printer", "")
    with qtbot.waitSignal(kicker.failed, timeout=10_000) as none_set:
        kicker.kick()
    assert "No drawer printer is set on this desk" in str(none_set.args[0])


def test_the_drawer_printer_setting_is_checked_saved_and_tried(qtbot: QtBot, tmp_path: Path, translated: str) -> None:
    settings = QSettings(str(tmp_path / "kronos.ini"), QSettings.Format.IniFormat)
    page = DrawerPrinterPage(settings)
    qtbot.addWidget(page)
    page.show()
    assert page.kind.currentIndex() == 0, "no printer until one is chosen"
    page.kind.setCurrentIndex(2)  # USB
    type_in(qtbot, page.vendor, "04b8")
    type_in(qtbot, page.product, "zz")
    click(qtbot, page.save_button)
    assert page.message.text() == "Type the USB vendor and product ids in hexadecimal, like 04b8:0202."
    assert settings.value("drawer/printer", "") == ""

    page.kind.setCurrentIndex(1)  # network, the default port
    type_in(qtbot, page.host, "192.168.0.50")
    click(qtbot, page.save_button)
    assert settings.value("drawer/printer") == "network:192.168.0.50"

    device = tmp_path / "lp0"
    device.write_bytes(b"")
    page.kind.setCurrentIndex(3)
    type_in(qtbot, page.path, str(device))
    with qtbot.waitSignal(page.kicker.kicked, timeout=10_000):
        click(qtbot, page.test_button)
    assert settings.value("drawer/printer") == f"file:{device}"
    assert device.read_bytes() == PULSE
    assert page.message.text() == "The drawer should be open now."
    again = DrawerPrinterPage(settings)
    qtbot.addWidget(again)
    assert again.kind.currentIndex() == 3
    assert again.path.text() == str(device)


# The registry's entries the drawer's keys need (ui/actions.py is the lead's: these are proposed
# there, word for word; until then the strip's buttons and their Alt+ mnemonics reach every action).
PROPOSED = [
    ActionSpec(
        "checkout.drawer_open", "drawerOpenDayAction", lambda: translate("DrawerPanel", "&Open the drawer…"),
        "open_day", shortcut="Ctrl+Shift+A", mutation="cash_session.open",
        description=lambda: translate("DrawerPanel", "Open the drawer's day with its float"),
    ),
    ActionSpec(
        "checkout.drawer_cash_in", "drawerCashInAction", lambda: translate("DrawerPanel", "Cash &in…"),
        "cash_in", shortcut="Ctrl+Shift+I", mutation="cash.move",
        description=lambda: translate("DrawerPanel", "Put cash into the drawer (suprimento)"),
    ),
    ActionSpec(
        "checkout.drawer_cash_out", "drawerCashOutAction", lambda: translate("DrawerPanel", "Cash o&ut…"),
        "cash_out", shortcut="Ctrl+Shift+O", mutation="cash.move",
        description=lambda: translate("DrawerPanel", "Take cash out of the drawer (sangria)"),
    ),
    ActionSpec(
        "checkout.drawer_close", "drawerCloseDayAction", lambda: translate("DrawerPanel", "&Close the drawer…"),
        "close_day", shortcut="Ctrl+Shift+E", mutation="cash_session.close",
        description=lambda: translate("DrawerPanel", "Count the drawer and close the day"),
    ),
    ActionSpec(
        "checkout.drawer_report", "drawerDayReportAction", lambda: translate("DrawerPanel", "Day &report…"),
        "day_report", shortcut="Ctrl+Shift+D",
        description=lambda: translate("DrawerPanel", "The day report: print it or save it as PDF"),
    ),
    ActionSpec(
        "checkout.drawer_kick", "drawerKickAction", lambda: translate("DrawerPanel", "Open cash &box"),
        "kick", shortcut="Ctrl+Shift+G",
        description=lambda: translate("DrawerPanel", "Open the cash drawer (the printer's pulse)"),
    ),
]  # fmt: skip


def test_each_drawer_action_has_its_key_once_registered(
    qtbot: QtBot, studio: Studio, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(actions, "ACTIONS", [*actions.ACTIONS, *PROPOSED])
    open_day(studio, 10_000)
    view, panel = caixa(qtbot, studio)
    assert {a.objectName(): a.shortcut().toString() for a in panel.keys.values()} == {
        s.object_name: QKeySequence(s.shortcut).toString() for s in PROPOSED if s.shortcut is not None
    }
    view.table.setFocus()
    key_click(qtbot, view.table, Qt.Key.Key_I)
    assert isinstance(panel.dialog, CashMoveDialog)
    assert panel.dialog.kind == "in"
    panel.dialog.reject()
    key_click(qtbot, view.table, Qt.Key.Key_E)
    assert isinstance(panel.dialog, CloseDayDialog)
    panel.dialog.reject()
    key_click(qtbot, view.table, Qt.Key.Key_A)  # the day is open: nothing to open
    assert panel.dialog is None


def key_click(qtbot: QtBot, widget: Any, key: Qt.Key) -> None:
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(widget, key, modifiers)  # type: ignore[no-untyped-call]


def test_a_receptionists_first_opening_with_no_drawer_says_who_sets_it_up(
    qtbot: QtBot, tmp_path: Path, translated: str
) -> None:
    store, c = open_counter(tmp_path / "data")  # no drawer in the studio yet
    receptionist = uuid7()
    store.apply("staff.add", {"staff_id": receptionist, "display_name": "Bia Reis", "role": "receptionist"})
    desk = Desk(store, translated)
    try:
        desk.store.set_member(receptionist)
        desk.ctx.who.set(receptionist, Role.RECEPTIONIST, "Bia Reis")
        view = CheckoutView(desk.ctx)
        qtbot.addWidget(view)
        view.show()
        view.navigator.set_day(DAY)
        settle(qtbot, desk.ctx)
        panel = view.drawer_panel
        assert panel.state.text() == "This studio has no cash drawer yet: an owner or a manager opens its first day."
        assert not panel.buttons["open"].isEnabled()
        dialog = OpenDayDialog(desk.ctx, DAY)  # had it opened before the strip knew (another desk's change)
        qtbot.addWidget(dialog)
        dialog.show()
        type_in(qtbot, dialog.amount, "100.00")
        click(qtbot, dialog.findChild(QWidget, "openDayButton"))
        qtbot.waitUntil(dialog.problem.isVisible, timeout=10_000)
        assert dialog.problem.text() == (
            "This studio has no cash drawer yet: an owner or a manager opens its first day."
        )
        assert dialog.isVisible()
        assert Studio(desk, c, receptionist, receptionist).rows("SELECT * FROM cash_session") == []
    finally:
        desk.close()


def test_the_strips_buttons_go_under_its_words_when_both_do_not_fit_a_line(qtbot: QtBot, studio: Studio) -> None:
    open_day(studio, 20_000)
    view, panel = caixa(qtbot, studio)
    button = panel.buttons["cash_in"]

    def under() -> bool:
        return button.mapTo(panel, button.rect().topLeft()).y() > panel.state.geometry().bottom()

    view.resize(800, 600)  # the words and five buttons do not fit one line: the buttons go under
    qtbot.waitUntil(under)
    assert panel.state.height() < 2.5 * panel.state.fontMetrics().height(), "the words wrap over many lines"
    view.resize(1800, 700)
    qtbot.waitUntil(lambda: not under())


def test_a_receptionists_day_report_does_not_say_there_were_no_services(qtbot: QtBot, studio: Studio) -> None:
    from kronos_desktop.store.queries.day_report import day_report
    from kronos_desktop.ui.checkout.day_report_render import body_html

    ident = studio.desk.store.ensure_identity()
    with studio.desk.store.read_engine.connect() as conn:
        theirs = body_html(day_report(conn, ident.studio_id, DAY, device_id=ident.device_id, artists=False))
        managers = body_html(day_report(conn, ident.studio_id, DAY, device_id=ident.device_id))
    assert "By artist" not in theirs
    assert "No services on this day." not in theirs
    assert "By artist" in managers
    assert "No services on this day." not in managers


def test_the_day_reports_preview_shows_every_page(qtbot: QtBot, studio: Studio) -> None:
    from kronos_desktop.ui.checkout.day_report_render import render_page_image

    open_day(studio, 20_000)
    session = _session_id(studio)
    for n in range(45):  # a busy drawer: its movements take the report to a second page
        drawer_ops.cash_in(session, 100 + n, f"Change from the bank #{n}", business_date=DAY).write(studio.desk.store)
    studio.at_desk("manager")
    _view, panel = caixa(qtbot, studio)
    dialog = press(qtbot, panel, "report")
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    one, pages = render_page_image(dialog.report, 0, 80)
    assert pages == 2
    assert dialog.status.text() == "2 pages."
    assert abs(dialog.preview.pixmap().height() - 2 * one.height()) <= 2, "the second page is in the preview too"
    dialog.reject()

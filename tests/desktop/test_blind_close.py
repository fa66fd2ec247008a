"""The blind close (issue 16: "the receptionist does not see the expected amount until the count is
entered") on the demo desk, driven as a receptionist: while the drawer's day is open, neither the
drawer's strip, its buttons' tooltips, the Caixa's figures, the close dialog before the count, a
cash out above the drawer, nor the day report (its PDF, read back with pypdf; its preview, the
same rendering) says what the drawer should hold; the report says it is shown after the count. A
manager's report has it (they reconcile), and a manager leaving the report open behind the lock
does not leave it for the receptionist who unlocks. Once the receptionist has counted and closed
the day, their report shows expected, counted and the difference. In English."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from kronos_core.demo import DemoStudio
from kronos_core.roles import Role
from kronos_desktop.app import Desk
from kronos_desktop.ops import drawer as drawer_ops
from kronos_desktop.ui.checkout.close_result import CloseDayDialog
from kronos_desktop.ui.checkout.day_report_dialog import DayReportDialog
from kronos_desktop.ui.checkout.drawer_dialogs import CashMoveDialog, ManagerPinDialog
from kronos_desktop.ui.checkout.drawer_panel import DrawerPanel
from kronos_desktop.ui.checkout.view import CheckoutView
from kronos_desktop.ui.common import fmt
from tests.desktop.reads import settle
from tests.desktop.test_drawer_reads import cash_sale, expected_by_hand, grid_for, open_or_offered, today

pytestmark = pytest.mark.usefixtures("shown")
LATER = "Expected in the drawer: shown after the count"
MONEY = r"(-?R\$ ?[\d.,]+)"


@pytest.fixture
def language() -> str:
    return "en"


@dataclass
class Day:
    desk: Desk
    demo: DemoStudio
    day: Any
    session: uuid.UUID
    expected: int  # what the drawer should hold, from the rows by hand

    def at_desk(self, role: Role) -> None:
        staff_id = self.demo.receptionist_id if role is Role.RECEPTIONIST else self.manager
        self.desk.store.set_member(staff_id)
        self.desk.ctx.who.set(staff_id, role, "Larissa Menezes" if role is Role.RECEPTIONIST else "A manager")

    @property
    def manager(self) -> uuid.UUID:
        return self.demo.manager_id or self.demo.owner_id


@pytest.fixture
def open_day(desk: Desk, demo: DemoStudio) -> Day:
    """The demo's today with its drawer open, two cash sales with change at this desk and a cash
    in; the receptionist at the desk."""
    store = desk.store
    day = today(store)
    session = open_or_offered(store, day, demo.receptionist_id)
    cash_sale(store, day, 4_500, 5_000)
    cash_sale(store, day, 12_000, 15_000)
    drawer_ops.cash_in(session, 5_000, "Troco do banco", business_date=day).write(store)
    found = Day(desk, demo, day, session, expected_by_hand(store, day))
    found.at_desk(Role.RECEPTIONIST)
    return found


def money(amount: int) -> str:
    return " ".join(fmt.money_text(amount).split())


def pdf_text(path: Path) -> str:
    """The PDF's text, each run of blanks (a no-break space too) one space."""
    reader = PdfReader(str(path))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def amounts_after(text: str, label: str, cells: int) -> list[str]:
    found = re.search(re.escape(label) + (r" " + MONEY) * cells, text)
    assert found is not None, f"{label!r} is not followed by {cells} amounts in: {text}"
    return list(found.groups())


def caixa(qtbot: QtBot, found: Day) -> tuple[CheckoutView, DrawerPanel]:
    view = CheckoutView(found.desk.ctx)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    qtbot.waitExposed(view)
    view.navigator.set_day(found.day)
    settle(qtbot, found.desk.ctx)
    qtbot.waitUntil(lambda: view.drawer_panel.shown is not None, timeout=10_000)
    return view, view.drawer_panel


def press(qtbot: QtBot, panel: DrawerPanel, key: str) -> Any:
    button = panel.buttons[key]
    assert button.isVisible(), f"{key} is not there"
    assert button.isEnabled(), f"{key} cannot be pressed"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    assert panel.dialog is not None
    return panel.dialog


def words(widget: QWidget) -> str:
    """Every word the widget shows, its labels' and its children's tooltips."""
    labels = [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]
    tips = [child.toolTip() for child in widget.findChildren(QWidget)]
    return "\n".join([*labels, *tips, widget.toolTip()])


def report(qtbot: QtBot, panel: DrawerPanel) -> DayReportDialog:
    dialog = press(qtbot, panel, "report")
    assert isinstance(dialog, DayReportDialog)
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.pdf_button.isEnabled(), timeout=10_000)
    return dialog


def saved(dialog: DayReportDialog, path: Path) -> str:
    dialog.save_pdf(path)
    assert path.is_file(), dialog.status.text()
    return pdf_text(path)


def test_a_receptionist_sees_nothing_of_the_expected_cash_before_the_count(
    qtbot: QtBot, open_day: Day, tmp_path: Path
) -> None:
    expected = money(open_day.expected)
    view, panel = caixa(qtbot, open_day)
    assert [k for k, b in panel.buttons.items() if b.isVisible()] == ["cash_in", "cash_out", "close", "report", "kick"]
    assert expected not in words(view), "the strip, its tooltips and the Caixa's figures never say it"

    dialog = report(qtbot, panel)
    assert dialog.blind
    printed = saved(dialog, tmp_path / "receptionist-open.pdf")
    assert LATER in printed
    assert expected not in printed
    for adds_up in ("Cash received", "Change given", "Cash refunds"):
        assert adds_up not in printed, f"{adds_up!r}: the lines adding up to it are left out too"
    assert amounts_after(printed, "Opening float", 1)
    assert "Cash in (suprimento)" in printed
    assert "Troco do banco" in printed, "the cash movements they made are listed"
    assert "Payments by method" in printed
    dialog.reject()

    close = press(qtbot, panel, "close")
    assert isinstance(close, CloseDayDialog)
    assert expected not in words(close), "the count comes first"
    close.reject()

    out = press(qtbot, panel, "cash_out")
    assert isinstance(out, CashMoveDialog)
    qtbot.keyClicks(out.amount, "5000.00")  # type: ignore[no-untyped-call]
    qtbot.keyClicks(out.reason, "Para o cofre")  # type: ignore[no-untyped-call]
    qtbot.mouseClick(out.findChild(QWidget, "cashMoveButton"), Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    asked = out.asked
    assert isinstance(asked, ManagerPinDialog), "above the drawer: a manager's PIN"
    assert "is more than the drawer should hold" in words(asked)
    assert expected not in words(asked), "what the drawer holds is not said"
    assert expected not in words(out)
    asked.reject()
    qtbot.waitUntil(lambda: out.problem.isVisible())
    assert expected not in out.problem.text()
    out.reject()


def test_a_manager_reads_the_expected_cash_and_leaves_it_to_nobody_behind_the_lock(
    qtbot: QtBot, open_day: Day, tmp_path: Path
) -> None:
    expected = money(open_day.expected)
    open_day.at_desk(Role.MANAGER)
    _view, panel = caixa(qtbot, open_day)
    dialog = report(qtbot, panel)
    assert not dialog.blind
    printed = saved(dialog, tmp_path / "manager-open.pdf")
    assert amounts_after(printed, "Expected in the drawer", 1) == [expected]
    assert LATER not in printed
    as_manager = dialog.preview.pixmap().toImage()

    # The manager locks the desk with the report open; the receptionist unlocks: it is drawn blind.
    open_day.desk.ctx.who.set(None, None)
    open_day.at_desk(Role.RECEPTIONIST)
    assert dialog.blind
    assert dialog.preview.pixmap().toImage() != as_manager, "the preview was drawn again"
    printed = saved(dialog, tmp_path / "receptionist-after-manager.pdf")
    assert LATER in printed
    assert expected not in printed
    dialog.reject()


def count(qtbot: QtBot, dialog: CloseDayDialog, amount: int) -> None:
    for centavos, quantity in grid_for(amount).items():
        if quantity:
            qtbot.keyClicks(dialog.grid.fields[centavos], str(quantity))  # type: ignore[no-untyped-call]


def test_after_the_receptionists_count_their_report_shows_expected_counted_and_difference(
    qtbot: QtBot, open_day: Day, tmp_path: Path
) -> None:
    expected, counted = open_day.expected, open_day.expected - 500  # R$ 5 short
    _view, panel = caixa(qtbot, open_day)
    close = press(qtbot, panel, "close")
    assert isinstance(close, CloseDayDialog)
    count(qtbot, close, counted)
    with qtbot.waitSignal(close.result_shown, timeout=10_000):
        qtbot.mouseClick(close.confirm, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    qtbot.keyClicks(close.note, "Troco errado numa venda")  # type: ignore[no-untyped-call]
    qtbot.mouseClick(close.close_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: not isValid(close) or not close.isVisible(), timeout=10_000)
    settle(qtbot, open_day.desk.ctx)
    qtbot.waitUntil(lambda: panel.buttons["closed"].isVisible(), timeout=10_000)

    dialog = report(qtbot, panel)
    assert not dialog.blind
    printed = saved(dialog, tmp_path / "receptionist-closed.pdf")
    assert LATER not in printed
    assert amounts_after(printed, "Expected in the drawer", 1) == [money(expected)]
    assert amounts_after(printed, "Counted", 1) == [money(counted)]
    assert amounts_after(printed, "Expected", 1) == [money(expected)]
    assert amounts_after(printed, "Difference", 1) == [money(-500)]
    assert "Note: Troco errado numa venda" in printed
    dialog.reject()

    # A manager reopens the day: until the new count, the earlier one is not the receptionist's either.
    drawer_ops.reopen_day(open_day.session, "Faltou uma venda", staff_id=open_day.manager).write(open_day.desk.store)
    dialog = report(qtbot, panel)
    assert dialog.blind
    printed = saved(dialog, tmp_path / "receptionist-reopened.pdf")
    assert LATER in printed
    assert "The day was reopened: its count is shown after the new count." in printed
    assert money(expected) not in printed
    assert money(counted) not in printed
    dialog.reject()

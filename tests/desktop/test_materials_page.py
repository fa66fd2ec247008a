"""Settings → Inks and materials (ui/settings/materials_page.py) on the demo desk: the owner adds a
material through the dialog and it is listed with its lot and registration; an expired lot shows
in red and says so; an ink without an ANVISA registration is flagged; a date that is not one is
refused at the field with nothing saved; an edit sends only what changed; deactivating takes it
off the list (shown again with "Show inactive"); a receptionist sees the list read-only, told why.
In English (the messages are asserted in the source language)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.qtbot import QtBot

from kronos_core.demo import DemoStudio
from kronos_core.ids import uuid7
from kronos_core.roles import Role
from kronos_desktop.app import Desk
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.settings.material_dialog import MaterialDialog
from kronos_desktop.ui.settings.materials_page import EXPIRED, MaterialsModel, MaterialsPage
from tests.desktop.column_fit import clipped_cells, clipped_headers, scrolls_sideways, the_look
from tests.desktop.reads import settle
from tests.desktop.test_accessibility import unnamed

Col = MaterialsModel.Col


@pytest.fixture
def language() -> str:
    return "en"


def db_rows(desk: Desk, sql: str, *params: Any) -> list[dict[str, Any]]:
    conn = sqlite3.connect(desk.store.path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()


def open_page(qtbot: QtBot, desk: Desk, staff_id: uuid.UUID, role: Role) -> MaterialsPage:
    desk.store.set_member(staff_id)  # what the lock does: the store records the changes as theirs
    desk.ctx.who.set(staff_id, role, "Someone")
    page = MaterialsPage(desk.ctx)
    qtbot.addWidget(page)
    page.resize(1280, 600)
    page.show()
    settle(qtbot, desk.ctx)
    return page


def shown(page: MaterialsPage, material_id: uuid.UUID, column: Col, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    at = page.model.find_row(material_id)
    assert at >= 0, "the material is listed"
    return page.model.index(at, column).data(role)


def add(desk: Desk, demo: DemoStudio, name: str, **fields: Any) -> uuid.UUID:
    material_id = uuid7()
    desk.store.apply(
        "material.add", {"material_id": str(material_id), "kind": "ink", "name": name, **fields}, staff_id=demo.owner_id
    )
    return material_id


def saved_by_dialog(qtbot: QtBot, desk: Desk, dialog: MaterialDialog) -> uuid.UUID:
    found: list[uuid.UUID] = []
    dialog.saved.connect(found.append)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()
    settle(qtbot, desk.ctx)
    return found[0]


def test_the_owner_adds_a_material_and_it_is_listed_with_its_lot_and_registration(
    qtbot: QtBot, desk: Desk, demo: DemoStudio
) -> None:
    page = open_page(qtbot, desk, demo.owner_id, Role.OWNER)
    assert not page.notice.isVisible()
    assert not unnamed(page), "every control has a name a screen reader says"
    dialog = page.open_add()
    assert dialog is not None
    assert not unnamed(dialog)
    dialog.texts["name"].setText("Preto Tribal")
    dialog.texts["manufacturer"].setText("Electric Ink")
    dialog.texts["anvisa_registration"].setText("80123450001")
    dialog.texts["colour"].setText("Black")
    dialog.texts["lot"].setText("L-2291")
    dialog.dates["expires_on"].setText("not a date")
    dialog.save_button.click()
    assert "Type the date as" in dialog.problem.text()
    assert db_rows(desk, "SELECT * FROM material WHERE name = 'Preto Tribal'") == [], "nothing saved"
    expires = dt.date(2031, 5, 31)
    dialog.dates["expires_on"].setText(fmt.date_text(expires))
    material_id = saved_by_dialog(qtbot, desk, dialog)

    (row,) = db_rows(desk, "SELECT * FROM material WHERE id = ?", material_id.hex)
    assert (row["name"], row["manufacturer"], row["anvisa_registration"]) == (
        "Preto Tribal",
        "Electric Ink",
        "80123450001",
    )
    assert (row["colour"], row["lot"], row["expires_on"]) == ("Black", "L-2291", "2031-05-31")
    assert row["active"] in (1, True)
    assert shown(page, material_id, Col.NAME) == "Preto Tribal"
    assert shown(page, material_id, Col.KIND) == "Ink"
    assert shown(page, material_id, Col.LOT) == "L-2291"
    assert shown(page, material_id, Col.ANVISA) == "80123450001"
    assert shown(page, material_id, Col.EXPIRES) == fmt.date_text(expires)
    assert page.selected_id() == material_id, "the new material is selected"

    # An edit sends only what changed, with the value the dialog showed.
    edit = page.open_edit()
    assert edit is not None
    assert edit.texts["lot"].text() == "L-2291"
    edit.texts["lot"].setText("L-2300")
    saved_by_dialog(qtbot, desk, edit)
    (args,) = [json.loads(r["args"]) for r in db_rows(desk, "SELECT args FROM outbox WHERE name = 'material.update'")]
    assert args["changes"] == {"lot": "L-2300"}
    assert args["seen"] == {"lot": "L-2291"}
    assert shown(page, material_id, Col.LOT) == "L-2300"


def test_an_expired_lot_is_red_and_an_ink_without_registration_is_flagged(
    qtbot: QtBot, desk: Desk, demo: DemoStudio
) -> None:
    today = desk.ctx.today()  # the studio's
    old = add(desk, demo, "Vermelho Fogo", anvisa_registration="80123450002", lot="R-11",
              expires_on=(today - dt.timedelta(days=40)).isoformat())  # fmt: skip
    good = add(desk, demo, "Azul Céu", anvisa_registration="80123450003", lot="B-5",
               expires_on=(today + dt.timedelta(days=400)).isoformat())  # fmt: skip
    bare = add(desk, demo, "Tinta sem registro", lot="X-1")
    needle = add(desk, demo, "Agulha 3RL", kind="needle", lot="N-9")
    page = open_page(qtbot, desk, demo.owner_id, Role.OWNER)

    assert "(expired)" in shown(page, old, Col.EXPIRES)
    brush = shown(page, old, Col.NAME, Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush)
    assert brush.color() == EXPIRED, "an expired lot is shown in red"
    assert "expired on" in shown(page, old, Col.NAME, Qt.ItemDataRole.ToolTipRole)
    assert shown(page, good, Col.NAME, Qt.ItemDataRole.ForegroundRole) is None
    assert "(expired)" not in shown(page, good, Col.EXPIRES)
    assert shown(page, bare, Col.ANVISA) == "Not registered"
    assert "ANVISA" in shown(page, bare, Col.ANVISA, Qt.ItemDataRole.ToolTipRole)
    assert shown(page, needle, Col.ANVISA) == "", "a needle is not asked for a registration"
    assert "1 expired" in page.count_label.text()


def test_deactivating_takes_a_material_off_the_list_until_inactive_ones_are_shown(
    qtbot: QtBot, desk: Desk, demo: DemoStudio
) -> None:
    gone = add(desk, demo, "Branco Neve", anvisa_registration="80123450004", lot="W-2")
    page = open_page(qtbot, desk, demo.owner_id, Role.OWNER)
    page.select(gone)
    assert page.active_button.text() == "Deactivate"
    page.toggle_active()
    qtbot.waitUntil(lambda: page.model.find_row(gone) < 0, timeout=10_000)
    (row,) = db_rows(desk, "SELECT active FROM material WHERE id = ?", gone.hex)
    assert row["active"] in (0, False)
    page.show_inactive.setChecked(True)
    assert shown(page, gone, Col.NAME) == "Branco Neve (inactive)"
    page.select(gone)
    assert page.active_button.text() == "Reactivate"


def test_a_receptionist_sees_the_list_read_only_and_told_why(qtbot: QtBot, desk: Desk, demo: DemoStudio) -> None:
    listed = add(desk, demo, "Preto Tribal", anvisa_registration="80123450001", lot="L-1")
    page = open_page(qtbot, desk, demo.receptionist_id, Role.RECEPTIONIST)
    assert shown(page, listed, Col.NAME) == "Preto Tribal", "they see the list"
    assert page.notice.isVisible()
    assert "Only owners and managers" in page.notice.text()
    page.select(listed)
    for button in (page.add_button, page.edit_button, page.active_button):
        assert not button.isEnabled()
        assert "Only owners and managers" in button.toolTip()
    assert page.open_add() is None
    assert page.open_edit() is None


@pytest.mark.parametrize("language", ["pt_BR", "en"])
def test_the_list_reads_whole_at_1024_wide_under_the_desks_look(qtbot: QtBot, desk: Desk, demo: DemoStudio) -> None:
    """At 1024×600 the page is 824 wide (the window less the section list): every column's text
    and header reads whole under the real style sheet and its padding, the list does not scroll
    sideways, and what is not a column (manufacturer, manufacture and opening dates) is on the
    selected material's details line."""
    today = desk.ctx.today()
    black = add(desk, demo, "Dynamic Triple Black", manufacturer="Dynamic Color", colour="Preto",
                anvisa_registration="80123450001", lot="DTB-2291", manufactured_on="2026-01-10",
                expires_on="2028-01-10", opened_on="2026-06-01")  # fmt: skip
    late = (today - dt.timedelta(days=9)).isoformat()
    add(desk, demo, "Electric Ink Vermelho Fogo", manufacturer="Electric Ink Brasil", colour="Vermelho",
        anvisa_registration="80765430012", lot="EI-R-0412", expires_on=late)  # fmt: skip
    add(desk, demo, "Sem Registro Verde", manufacturer="Importada", colour="Verde", lot="SR-77")
    add(desk, demo, "Luvas nitrílicas descartáveis", kind="disposable", lot="LUV-3310-2026")
    add(desk, demo, "Cartucho 1207RL", kind="needle", manufacturer="Cheyenne", lot="CH-1207-5512",
        expires_on="2030-12-31")  # fmt: skip
    with the_look():
        page = open_page(qtbot, desk, demo.owner_id, Role.OWNER)
        page.resize(824, 540)
        qtbot.wait(50)
        assert page.model.rowCount() == 5
        assert clipped_cells(page.table, list(Col)) == [], "every cell reads whole"
        assert clipped_headers(page.table) == [], "every header reads whole"
        assert not scrolls_sideways(page.table)
        page.select(black)
        assert page.details.isVisible()
        assert "Dynamic Color" in page.details.text()
        assert fmt.date_text(dt.date(2026, 6, 1)) in page.details.text(), "the opening date is on the details line"

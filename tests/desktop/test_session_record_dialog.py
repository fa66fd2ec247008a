"""A session's traceability record (ui/agenda/session_record_dialog.py) on the demo desk: a product
picked from the studio's inks and materials is recorded with its name, manufacturer, ANVISA
number, colour, lot and dates; an expired lot (before the session's date) or an ink without a
registration is refused with a clear message and nothing is saved; a correction is a new record
pointing at the one it corrects, which stays as it was; the booking's menu offers "Session
record…" once the client is in. In English (the messages are asserted in the source language)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QTableWidgetItem
from pytestqt.qtbot import QtBot

from kronos_core.demo import DemoStudio
from kronos_core.ids import uuid7
from kronos_core.roles import Role
from kronos_desktop.app import Desk
from kronos_desktop.store.queries import agenda as agenda_q
from kronos_desktop.store.queries import booking as booking_q
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries.agenda import AgendaRow
from kronos_desktop.ui.agenda.block_menu import block_menu, enabled
from kronos_desktop.ui.agenda.session_record_dialog import SessionRecordDialog
from kronos_desktop.ui.agenda.session_record_parts import KEYS
from kronos_desktop.ui.common import fmt
from tests.desktop.column_fit import clipped_cells, clipped_headers, scrolls_sideways, the_look
from tests.desktop.reads import settle
from tests.desktop.test_accessibility import unnamed


@pytest.fixture
def language() -> str:
    return "en"


def todays_session(desk: Desk) -> tuple[AgendaRow, dt.date]:
    """A session of the demo's today, with a client, not cancelled, and the studio's today."""
    with desk.store.read_engine.connect() as conn:
        here = desk_q.here(conn)
        assert here.studio_id is not None
        rows = agenda_q.agenda(conn, here.studio_id, here.today(), here.zone)
    row = next(r for r in rows if r.client_id and r.kind == "session" and r.status not in ("cancelled", "no_show"))
    return row, here.today()


def add_material(desk: Desk, demo: DemoStudio, name: str, **fields: Any) -> uuid.UUID:
    """An ink or material on the studio's list, added by the owner through the mutation."""
    material_id = uuid7()
    args = {"material_id": str(material_id), "kind": "ink", "name": name, **fields}
    desk.store.apply("material.add", args, staff_id=demo.owner_id)
    return material_id


def records(desk: Desk, appointment_id: uuid.UUID) -> list[dict[str, Any]]:
    conn = sqlite3.connect(desk.store.path)
    conn.row_factory = sqlite3.Row
    try:
        found = conn.execute(
            "SELECT * FROM session_record WHERE appointment_id = ? ORDER BY recorded_at", (appointment_id.hex,)
        )
        return [dict(r) for r in found]
    finally:
        conn.close()


def open_dialog(qtbot: QtBot, desk: Desk, appointment_id: uuid.UUID) -> SessionRecordDialog:
    dialog = SessionRecordDialog(desk.ctx, appointment_id)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, desk.ctx)
    assert dialog.read is not None
    assert dialog.read.booking is not None
    return dialog


def cell(dialog: SessionRecordDialog, row: int, column: int) -> QTableWidgetItem:
    item = dialog.products.item(row, column)
    assert item is not None
    return item


def pick(dialog: SessionRecordDialog, material_id: uuid.UUID) -> None:
    at = dialog.picker.findData(material_id.hex)
    assert at >= 0, "the material is offered in the picker"
    dialog.picker.setCurrentIndex(at)
    dialog.pick_button.click()


def test_a_product_picked_from_the_list_is_recorded_with_its_lot_and_registration(
    qtbot: QtBot, desk: Desk, demo: DemoStudio
) -> None:
    row, today = todays_session(desk)
    ink = add_material(
        desk, demo, "Preto Tribal", manufacturer="Electric Ink", anvisa_registration="80123450001",
        colour="Black", lot="L-2291", manufactured_on=(today - dt.timedelta(days=200)).isoformat(),
        expires_on=(today + dt.timedelta(days=300)).isoformat(), opened_on=(today - dt.timedelta(days=3)).isoformat(),
    )  # fmt: skip
    dialog = open_dialog(qtbot, desk, row.id)
    assert row.client_full_name
    assert row.client_full_name in dialog.heading.text()
    assert "No record yet" in dialog.records.item(0).text()
    assert not unnamed(dialog), "every control has a name a screen reader says"
    pick(dialog, ink)
    assert dialog.products.rowCount() == 1
    assert cell(dialog, 0, 3).text() == "80123450001", "picking fills in the ANVISA number"
    assert cell(dialog, 0, 5).text() == "L-2291"
    dialog.location.setText("Left forearm")
    dialog.needles.setText("NL-77, NL-78")
    dialog.disposables.setText("GL-1")
    dialog.autoclave.setText("Cycle 512")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    (saved,) = records(desk, row.id)
    assert saved["body_location"] == "Left forearm"
    assert saved["client_id"] == row.client_id.hex if row.client_id else False
    assert json.loads(saved["needle_lots"]) == ["NL-77", "NL-78"]
    assert json.loads(saved["disposable_lots"]) == ["GL-1"]
    assert saved["autoclave_cycle"] == "Cycle 512"
    (product,) = json.loads(saved["products"])
    assert product["material_id"] == ink.hex
    assert (product["name"], product["manufacturer"], product["colour"]) == ("Preto Tribal", "Electric Ink", "Black")
    assert (product["anvisa_registration"], product["lot"]) == ("80123450001", "L-2291")
    assert product["expires_on"] == (today + dt.timedelta(days=300)).isoformat()
    assert product["opened_on"] == (today - dt.timedelta(days=3)).isoformat()


def test_an_expired_lot_is_refused_before_saving_and_nothing_is_written(
    qtbot: QtBot, desk: Desk, demo: DemoStudio
) -> None:
    row, today = todays_session(desk)
    old = add_material(
        desk, demo, "Vermelho Fogo", anvisa_registration="80123450002", lot="R-11",
        expires_on=(today - dt.timedelta(days=1)).isoformat(),
    )  # fmt: skip
    dialog = open_dialog(qtbot, desk, row.id)
    assert "(expired)" in dialog.picker.itemText(dialog.picker.findData(old.hex)), "the picker says it is past its date"
    pick(dialog, old)
    dialog.location.setText("Back")
    failed: list[Any] = []
    desk.ctx.runner.op_failed.connect(lambda op, exc: failed.append(exc))
    dialog.save_button.click()
    settle(qtbot, desk.ctx)
    qtbot.wait(50)
    message = dialog.problem.text()
    assert dialog.problem.isVisible()
    assert "Vermelho Fogo" in message
    assert "R-11" in message
    assert "expired" in message
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert records(desk, row.id) == [], "nothing saved"
    assert failed == [], "refused at the desk, before anything was sent"

    # An ink typed with no registration number is refused the same way.
    dialog.products.setRowCount(0)
    at = dialog.products.add_product()
    cell(dialog, at, 1).setText("Tinta sem registro")
    cell(dialog, at, 5).setText("X-1")
    dialog.save_button.click()
    assert "ANVISA" in dialog.problem.text()
    assert "Tinta sem registro" in dialog.problem.text()
    assert records(desk, row.id) == []
    dialog.done(0)


def test_a_correction_is_a_new_record_pointing_at_the_one_it_corrects(
    qtbot: QtBot, desk: Desk, demo: DemoStudio
) -> None:
    row, _today = todays_session(desk)
    ink = add_material(desk, demo, "Azul Céu", anvisa_registration="80123450003", lot="B-5")
    dialog = open_dialog(qtbot, desk, row.id)
    pick(dialog, ink)
    dialog.location.setText("Right calf")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()
    (first,) = records(desk, row.id)

    again = open_dialog(qtbot, desk, row.id)
    assert again.records.count() == 1
    assert "Right calf" in again.records.item(0).text()
    assert not again.correct_button.isEnabled(), "a correction starts from a record chosen"
    again.records.setCurrentRow(0)
    assert again.correct_button.isEnabled()
    again.correct_button.click()
    assert again.correcting.isVisible()
    assert again.location.text() == "Right calf", "the correction starts from the record it corrects"
    assert again.products.rowCount() == 1
    assert cell(again, 0, 1).text() == "Azul Céu"
    again.location.setText("Left calf")
    again.reactions.setPlainText("Mild redness")
    with qtbot.waitSignal(again.saved, timeout=10_000):
        again.save_button.click()
    both = records(desk, row.id)
    assert len(both) == 2
    earlier, correction = (
        next(r for r in both if r["id"] == first["id"]),
        next(r for r in both if r["id"] != first["id"]),
    )
    assert earlier == first, "the record corrected stays exactly as it was"
    assert correction["corrects_id"] == first["id"]
    assert (correction["body_location"], correction["adverse_reactions"]) == ("Left calf", "Mild redness")

    third = open_dialog(qtbot, desk, row.id)
    texts = [third.records.item(i).text() for i in range(third.records.count())]
    assert any("corrects #1" in t for t in texts), "the list says which record a correction corrects"
    third.done(0)


def test_the_booking_menu_offers_the_session_record_once_the_client_is_in(
    qtbot: QtBot, desk: Desk, demo: DemoStudio
) -> None:
    row, _today = todays_session(desk)
    with desk.store.read_engine.connect() as conn:
        found = booking_q.booking(conn, row.id)
    assert found is not None
    booked = replace(found, status="booked")
    inside = replace(found, status="in_progress")
    assert not enabled("record", booked, None, Role.RECEPTIONIST)
    assert enabled("record", inside, None, Role.RECEPTIONIST)
    assert enabled("record", replace(found, status="completed"), found.artist_id, Role.ARTIST)
    other = next(a for a in demo.artist_ids if a != found.artist_id)
    assert not enabled("record", inside, other, Role.ARTIST), "an artist: their own sessions only"
    chosen: list[str] = []
    menu = block_menu(inside, None, Role.RECEPTIONIST, chosen.append)
    action = next(a for a in menu.actions() if a.objectName() == "blockSessionRecord")
    assert action.text() == "Session record…"
    assert action.isEnabled()
    action.trigger()
    assert chosen == ["record"]
    menu.deleteLater()


@pytest.mark.parametrize("language", ["pt_BR", "en"])
def test_the_products_read_whole_at_1024_wide_under_the_desks_look(qtbot: QtBot, desk: Desk, demo: DemoStudio) -> None:
    """At 1024×600 under the real style sheet the products table reads whole — names, lots,
    registrations, dates, headers and the kind's combo — without scrolling sideways; the
    manufacture and opening dates are typed for the chosen product under the table."""
    row, today = todays_session(desk)
    ink = add_material(
        desk, demo, "Electric Ink Vermelho Fogo", manufacturer="Electric Ink Brasil", colour="Vermelho",
        anvisa_registration="80765430012", lot="EI-R-0412", manufactured_on="2026-01-10",
        expires_on=(today + dt.timedelta(days=300)).isoformat(), opened_on=(today - dt.timedelta(days=3)).isoformat(),
    )  # fmt: skip
    needle = add_material(desk, demo, "Cartucho 1207RL", kind="disposable", manufacturer="Cheyenne",
                          lot="CH-1207-5512", expires_on="2030-12-31")  # fmt: skip
    with the_look():
        dialog = open_dialog(qtbot, desk, row.id)
        try:
            dialog.resize(min(dialog.width(), 1024), 560)
            qtbot.wait(50)
            assert dialog.width() <= 1024
            pick(dialog, ink)
            pick(dialog, needle)
            qtbot.wait(50)
            table = dialog.products
            assert clipped_cells(table, range(1, table.columnCount())) == [], "every cell reads whole"
            assert clipped_headers(table) == [], "every header reads whole"
            assert not scrolls_sideways(table)
            for at in range(table.rowCount()):
                combo = table.cellWidget(at, 0)
                assert combo is not None
                assert combo.width() >= combo.sizeHint().width(), "the kind's combo shows its whole text"
            table.selectRow(0)
            dates = dialog.product_dates.edits
            assert [e.text() for e in dates.values()] == [
                fmt.date_text(dt.date(2026, 1, 10)),
                fmt.date_text(today - dt.timedelta(days=3)),
            ], "the chosen product's manufacture and opening dates"
            dates[KEYS.index("opened_on")].setText("")
            qtbot.keyClicks(dates[KEYS.index("opened_on")], fmt.date_text(today))  # type: ignore[no-untyped-call]
            products, _bad = table.products()
            assert products[0]["opened_on"] == today.isoformat(), "a date typed there is the product's"
        finally:
            dialog.done(0)

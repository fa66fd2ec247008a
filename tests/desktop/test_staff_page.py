"""The staff page on the demo desk: the list of members; a guest artist's reversed dates refused at
the field (nothing saved) and saved once right; an edit sends only the fields changed, with the
values shown; deactivating; a commission rule from a date is a new row (today's stays in force);
a manager resets an artist's PIN but not the owner's (the button says why); a receptionist sees
it all read-only; a standalone desk says the server keeps failed sign-ins."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QToolButton
from pytestqt.qtbot import QtBot

from kronos_core.demo import DemoStudio
from kronos_core.pins import pin_matches
from kronos_core.roles import Role
from kronos_desktop.app import Desk
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.settings.staff_page import StaffModel, StaffPage
from tests.desktop.modal import answer_box
from tests.desktop.reads import settle
from tests.desktop.test_accessibility import unnamed


@pytest.fixture
def language() -> str:
    return "en"  # the messages are asserted in the source language


def db_rows(data_dir: Path, sql: str, *params: Any) -> list[dict[str, Any]]:
    conn = sqlite3.connect(data_dir / "kronos.db")
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()


def member(data_dir: Path, staff_id: uuid.UUID) -> dict[str, Any]:
    return db_rows(data_dir, "SELECT * FROM staff WHERE id = ?", staff_id.hex)[0]


def outbox(data_dir: Path, name: str) -> list[dict[str, Any]]:
    rows = db_rows(data_dir, "SELECT args FROM outbox WHERE name = ? ORDER BY seq", name)
    return [json.loads(r["args"]) for r in rows]


def open_page(qtbot: QtBot, desk: Desk, staff_id: uuid.UUID, role: Role) -> StaffPage:
    desk.store.set_member(staff_id)  # what the lock does: the store records the changes as theirs
    desk.ctx.who.set(staff_id, role, "Someone")
    page = StaffPage(desk.ctx)
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    settle(qtbot, desk.ctx)
    return page


def choose(qtbot: QtBot, page: StaffPage, staff_id: uuid.UUID) -> None:
    row = page.model.find_row(staff_id)
    assert row >= 0
    page.table.selectRow(row)
    assert page.selected_id() == staff_id


def shown(page: StaffPage, staff_id: uuid.UUID, column: StaffModel.Col) -> str:
    return str(page.model.index(page.model.find_row(staff_id), column).data())


@pytest.fixture
def owner_page(qtbot: QtBot, desk: Desk, demo: DemoStudio) -> StaffPage:
    return open_page(qtbot, desk, demo.owner_id, Role.OWNER)


def test_the_list_shows_the_demo_staff(owner_page: StaffPage, demo: DemoStudio, demo_dir: Path) -> None:
    page = owner_page
    people = db_rows(demo_dir, "SELECT id, display_name, role FROM staff WHERE deleted = 0")
    assert page.model.rowCount() == len(people) == 3 + len(demo.artist_ids)
    assert shown(page, demo.owner_id, StaffModel.Col.NAME) == "Marina Albuquerque"
    assert shown(page, demo.owner_id, StaffModel.Col.ROLE) == "Owner"
    assert shown(page, demo.receptionist_id, StaffModel.Col.STATUS) == "Active"
    assert shown(page, demo.receptionist_id, StaffModel.Col.PIN) == "Set"  # every demo member's PIN is 1234
    assert shown(page, demo.artist_ids[0], StaffModel.Col.HOURS) == "Studio's hours"
    assert shown(page, demo.artist_ids[0], StaffModel.Col.COMMISSION) == "50 %"
    assert page.model.index(0, 0).data() == "Marina Albuquerque"  # the owner first
    assert page.count_label.text().startswith(f"{len(people)} active member")
    assert page.add_button.isEnabled()
    assert not page.notice.isVisible()


def test_a_guest_artist_with_reversed_dates_is_refused_at_the_field_then_saved(
    qtbot: QtBot, owner_page: StaffPage, desk: Desk, demo_dir: Path
) -> None:
    page = owner_page
    before = len(db_rows(demo_dir, "SELECT id FROM staff"))
    dialog = page.open_add()
    assert dialog is not None
    assert [dialog.role.itemData(i) for i in range(dialog.role.count())] == [
        "owner", "manager", "receptionist", "artist"
    ]  # fmt: skip
    dialog.name.setText("Nina Visitante")
    assert dialog.role.currentData() == "artist"  # unless chosen otherwise: never an owner by default
    dialog.guest.setChecked(True)
    today = desk.ctx.today()
    dialog.guest_from.setDate(fmt.qdate(today + dt.timedelta(days=10)))
    dialog.guest_to.setDate(fmt.qdate(today + dt.timedelta(days=2)))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.field_errors() == {"guest_to": "The last day is before the first."}
    assert dialog.isVisible()
    settle(qtbot, desk.ctx)
    assert len(db_rows(demo_dir, "SELECT id FROM staff")) == before
    assert outbox(demo_dir, "staff.add") == []

    dialog.name.setText("   ")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.field_errors()["display_name"] == "Type the member's name."

    dialog.name.setText("Nina Visitante")
    dialog.guest_to.setDate(fmt.qdate(today + dt.timedelta(days=20)))
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, desk.ctx)
    saved = db_rows(demo_dir, "SELECT * FROM staff WHERE display_name = 'Nina Visitante'")
    assert len(saved) == 1
    assert saved[0]["role"] == "artist"
    assert (saved[0]["guest_from"], saved[0]["guest_to"]) == (
        (today + dt.timedelta(days=10)).isoformat(), (today + dt.timedelta(days=20)).isoformat()
    )  # fmt: skip
    nina = uuid.UUID(hex=saved[0]["id"])
    qtbot.waitUntil(lambda: page.selected_id() == nina)  # the new member is shown selected
    assert shown(page, nina, StaffModel.Col.STATUS).startswith("Guest ")
    assert shown(page, nina, StaffModel.Col.PIN) == "Not set"


def test_an_edit_sends_only_the_colour_and_hours_changed(
    qtbot: QtBot, owner_page: StaffPage, desk: Desk, demo: DemoStudio, demo_dir: Path
) -> None:
    page = owner_page
    artist = demo.artist_ids[0]
    was = member(demo_dir, artist)
    choose(qtbot, page, artist)
    dialog = page.open_edit()
    assert dialog is not None
    purple = dialog.findChild(QToolButton, "staffColor3")
    color = str(purple.property("color")) if purple is not None else ""
    assert color
    assert color != was["color"]
    qtbot.mouseClick(purple, Qt.MouseButton.LeftButton)
    dialog.tabs.setCurrentIndex(1)
    same = dialog.findChild(QCheckBox, "staffSameHours")
    assert same is not None
    assert same.isChecked()
    same.setChecked(False)
    monday = dialog.findChild(QCheckBox, "staffHoursMonOpen")
    assert monday is not None
    assert monday.isChecked()
    monday.setChecked(False)  # Mondays off
    with qtbot.waitSignal(desk.runner.op_succeeded, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, desk.ctx)

    sent = outbox(demo_dir, "staff.update")[-1]
    assert set(sent) == {"staff_id", "color", "working_hours", "seen"}
    assert sent["seen"] == {"color": was["color"], "working_hours": None}
    now = member(demo_dir, artist)
    assert now["color"] == color
    hours = json.loads(now["working_hours"])
    assert hours["mon"] == []
    assert hours["tue"] == [["10:00", "20:00"]]
    assert now["display_name"] == was["display_name"]
    assert now["role"] == was["role"]
    assert shown(page, artist, StaffModel.Col.HOURS) == "Own hours"


def test_deactivate_and_reactivate(qtbot: QtBot, owner_page: StaffPage, desk: Desk, demo: DemoStudio) -> None:
    page = owner_page
    choose(qtbot, page, demo.receptionist_id)
    assert page.active_button.text() == "Deactivate"
    seen: list[dict[str, str]] = []
    answer_box(seen, "deactivateYes")
    with qtbot.waitSignal(desk.runner.op_succeeded, timeout=5000):
        qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    settle(qtbot, desk.ctx)
    assert seen[0]["text"] == "Deactivate Larissa Menezes?"
    assert member(desk.store.path.parent, demo.receptionist_id)["active"] == 0
    assert shown(page, demo.receptionist_id, StaffModel.Col.STATUS) == "Inactive"
    assert page.selected_id() == demo.receptionist_id
    assert page.active_button.text() == "Reactivate"
    with qtbot.waitSignal(desk.runner.op_succeeded, timeout=5000):
        qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)  # no question to reactivate
    settle(qtbot, desk.ctx)
    assert member(desk.store.path.parent, demo.receptionist_id)["active"] == 1


def test_a_commission_rule_from_a_date_is_a_new_row(
    qtbot: QtBot, owner_page: StaffPage, desk: Desk, demo: DemoStudio, demo_dir: Path
) -> None:
    page = owner_page
    artist = demo.artist_ids[0]
    rules_sql = "SELECT rate_bps, tip_share_bps, effective_from FROM commission_rule WHERE staff_id = ?"
    before = db_rows(demo_dir, rules_sql, artist.hex)
    assert [r["rate_bps"] for r in before] == [5000]
    choose(qtbot, page, artist)
    dialog = page.open_commission()
    assert dialog is not None
    qtbot.waitUntil(lambda: len(dialog.history) == 1)
    assert dialog.table.item(0, 0).text().endswith("(in force)")
    next_week = desk.ctx.today() + dt.timedelta(days=7)
    dialog.rate.setValue(55)
    dialog.tips.setValue(80)
    dialog.effective.setDate(fmt.qdate(next_week))
    with qtbot.waitSignal(desk.runner.op_succeeded, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, desk.ctx)
    after = db_rows(demo_dir, rules_sql + " ORDER BY effective_from", artist.hex)
    assert after[0] == before[0]  # the old rule is kept as it was: sales closed before keep theirs
    assert after[1] == {"rate_bps": 5500, "tip_share_bps": 8000, "effective_from": next_week.isoformat()}
    assert shown(page, artist, StaffModel.Col.COMMISSION) == "50 %"  # today's rule is still in force
    assert not page.commission_button.toolTip()
    choose(qtbot, page, demo.receptionist_id)
    assert not page.commission_button.isEnabled()
    assert page.commission_button.toolTip() == "Commission rules are for artists."


def test_a_manager_resets_an_artists_pin_not_the_owners(
    qtbot: QtBot, desk: Desk, demo: DemoStudio, demo_dir: Path
) -> None:
    assert demo.manager_id is not None
    page = open_page(qtbot, desk, demo.manager_id, Role.MANAGER)
    artist = demo.artist_ids[1]
    old_hash = member(demo_dir, artist)["pin_hash"]
    choose(qtbot, page, artist)
    assert page.pin_button.isEnabled()
    dialog = page.open_reset_pin()
    assert dialog is not None
    for name in ("newPin", "newPinAgain"):
        field = dialog.findChild(QLineEdit, name)
        assert field is not None
        qtbot.keyClicks(field, "4821")
    with qtbot.waitSignal(desk.runner.op_succeeded, timeout=10_000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    settle(qtbot, desk.ctx)
    new_hash = member(demo_dir, artist)["pin_hash"]
    assert new_hash != old_hash
    assert pin_matches(new_hash, "4821")
    audit = db_rows(demo_dir, "SELECT action FROM audit_event WHERE row_id = ? ORDER BY created_at", artist.hex)
    assert audit[-1]["action"] == "pin.reset"

    choose(qtbot, page, demo.owner_id)
    assert not page.pin_button.isEnabled()
    assert page.pin_button.toolTip() == "Only an owner resets an owner's PIN."
    assert not page.edit_button.isEnabled()
    assert page.edit_button.toolTip() == "Only an owner can change an owner."
    choose(qtbot, page, demo.manager_id)
    assert page.pin_button.toolTip() == "Change your own PIN with File → Change my PIN."


def test_a_receptionist_sees_the_staff_read_only(qtbot: QtBot, desk: Desk, demo: DemoStudio) -> None:
    page = open_page(qtbot, desk, demo.receptionist_id, Role.RECEPTIONIST)
    assert page.model.rowCount() == 3 + len(demo.artist_ids)
    assert page.notice.isVisible()
    assert page.notice.text() == "Only owners and managers manage staff. You can see the list."
    choose(qtbot, page, demo.artist_ids[0])
    for button in (page.add_button, page.edit_button, page.active_button, page.pin_button, page.commission_button):
        assert not button.isEnabled()
        assert button.toolTip() == page.notice.text()
    assert page.open_add() is None
    assert page.open_edit() is None
    assert page.failed.status.text() == "Only owners and managers see failed sign-ins."
    # The owner steps up: the same page lets them act.
    desk.ctx.who.set(demo.owner_id, Role.OWNER, "Marina")
    assert not page.notice.isVisible()
    assert page.edit_button.isEnabled()
    assert page.pin_button.isEnabled()


def test_a_standalone_desk_says_the_server_keeps_failed_sign_ins(owner_page: StaffPage, demo: DemoStudio) -> None:
    page = owner_page
    assert page.failed.status.text() == "Choose a member to see their recent failed sign-ins."
    page.table.selectRow(page.model.find_row(demo.artist_ids[0]))
    assert page.failed.status.text() == "Failed sign-ins are kept by the server; this desk works on its own."
    assert not page.failed.table.isVisible()


def test_every_control_of_the_page_and_its_dialogs_is_named(
    qtbot: QtBot, owner_page: StaffPage, demo: DemoStudio, desk: Desk
) -> None:
    page = owner_page
    choose(qtbot, page, demo.artist_ids[0])
    assert unnamed(page) == []
    for open_dialog in (page.open_edit, page.open_commission, page.open_reset_pin, page.open_add):
        dialog = open_dialog()
        assert dialog is not None
        settle(qtbot, desk.ctx)
        assert unnamed(dialog) == [], dialog.objectName()
        dialog.done(0)


def test_days_that_differ_are_checked_then_saved(
    qtbot: QtBot, owner_page: StaffPage, desk: Desk, demo: DemoStudio, demo_dir: Path
) -> None:
    page = owner_page
    artist = demo.artist_ids[2]
    choose(qtbot, page, artist)
    dialog = page.open_edit()
    assert dialog is not None
    days = dialog.exceptions
    christmas_eve = dt.date(desk.ctx.today().year, 12, 24)
    days.date.setDate(fmt.qdate(christmas_eve))
    days.off.setChecked(False)
    days.spans.setText("14:00-10:00")
    qtbot.mouseClick(days.add, Qt.MouseButton.LeftButton)
    assert days.problem.text() == "A span ends before it starts."
    assert days.exceptions() == []
    days.spans.setText("10h-14h")
    qtbot.mouseClick(days.add, Qt.MouseButton.LeftButton)
    assert not days.problem.isVisibleTo(dialog)
    days.date.setDate(fmt.qdate(christmas_eve + dt.timedelta(days=1)))
    days.off.setChecked(True)
    qtbot.mouseClick(days.add, Qt.MouseButton.LeftButton)
    assert [days.list.item(i).text() for i in range(days.list.count())] == [
        f"{fmt.date_text(christmas_eve)} — 10:00–14:00",
        f"{fmt.date_text(christmas_eve + dt.timedelta(days=1))} — Day off",
    ]
    with qtbot.waitSignal(desk.runner.op_succeeded, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, desk.ctx)
    sent = outbox(demo_dir, "staff.update")[-1]
    assert set(sent) == {"staff_id", "hours_exceptions", "seen"}
    assert json.loads(member(demo_dir, artist)["hours_exceptions"]) == [
        {"date": christmas_eve.isoformat(), "spans": [["10:00", "14:00"]]},
        {"date": (christmas_eve + dt.timedelta(days=1)).isoformat(), "spans": []},
    ]
    assert shown(page, artist, StaffModel.Col.HOURS).startswith("Studio's hours · 2 day")


def test_a_guest_whose_stay_ended_says_so(
    qtbot: QtBot, owner_page: StaffPage, desk: Desk, demo: DemoStudio, demo_dir: Path
) -> None:
    page = owner_page
    artist = demo.artist_ids[3]
    choose(qtbot, page, artist)
    dialog = page.open_edit()
    assert dialog is not None
    today = desk.ctx.today()
    dialog.guest.setChecked(True)
    dialog.guest_from.setDate(fmt.qdate(today - dt.timedelta(days=20)))
    dialog.guest_to.setDate(fmt.qdate(today - dt.timedelta(days=5)))
    with qtbot.waitSignal(desk.runner.op_succeeded, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, desk.ctx)
    sent = outbox(demo_dir, "staff.update")[-1]
    assert set(sent) == {"staff_id", "guest_from", "guest_to", "seen"}
    assert sent["seen"] == {"guest_from": None, "guest_to": None}
    ended = fmt.date_text(today - dt.timedelta(days=5))
    assert shown(page, artist, StaffModel.Col.STATUS) == f"Guest until {ended} (ended)"


def test_the_staff_model_keeps_qts_rules(qtmodeltester: Any, owner_page: StaffPage) -> None:
    qtmodeltester.check(owner_page.model)

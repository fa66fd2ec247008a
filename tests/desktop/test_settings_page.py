"""The Settings page on the demo desk: it shows the studio's settings, refuses what is wrong at
the field (nothing saved), saves only what changed with the values it showed, follows another
desk's change unless the person is typing, and is read-only for a receptionist."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QLabel, QTimeEdit, QWidget
from pytestqt.qtbot import QtBot

from kronos_core.demo import DemoStudio
from kronos_core.roles import Role
from kronos_desktop.app import Desk
from kronos_desktop.ui.settings.studio_page import StudioSettingsPage
from tests.desktop.reads import settle

VALID_CPF = "529.982.247-25"


@pytest.fixture
def language() -> str:
    return "en"  # the messages are asserted in the source language


def studio_row(data_dir: Path) -> dict[str, Any]:
    conn = sqlite3.connect(data_dir / "kronos.db")
    conn.row_factory = sqlite3.Row
    try:
        return dict(conn.execute("SELECT * FROM studio").fetchone())
    finally:
        conn.close()


def outbox(data_dir: Path) -> list[tuple[str, dict[str, Any]]]:
    conn = sqlite3.connect(data_dir / "kronos.db")
    try:
        return [(name, json.loads(args)) for name, args in conn.execute("SELECT name, args FROM outbox ORDER BY seq")]
    finally:
        conn.close()


def open_page(qtbot: QtBot, desk: Desk, member: Any, role: Role, read_only: bool | None = None) -> StudioSettingsPage:
    desk.store.set_member(member)
    desk.ctx.who.set(member, role, "Someone")
    page = StudioSettingsPage(desk.ctx, read_only=read_only)
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    settle(qtbot, desk.ctx)
    return page


@pytest.fixture
def page(qtbot: QtBot, desk: Desk, demo: DemoStudio) -> StudioSettingsPage:
    return open_page(qtbot, desk, demo.owner_id, Role.OWNER)


W = TypeVar("W", bound=QWidget)


def child(page: QWidget, kind: type[W], name: str) -> W:
    found = page.findChild(kind, name)
    assert found is not None, name
    return found


def error_of(page: StudioSettingsPage, name: str) -> str:
    label = page.form.errors[name]
    return label.text() if label.isVisible() else ""


def test_the_page_shows_the_demo_studio_settings(page: StudioSettingsPage) -> None:
    form = page.form
    assert form.name.text() == "Estúdio Agulha de Ouro"
    assert form.timezone.currentData() == "America/Sao_Paulo"
    assert form.state.currentData() == "SP"
    assert (form.pix_key_kind.currentData(), form.pix_key.text()) == ("email", "financeiro@agulhadeouro.com.br")
    assert (form.merchant_name.text(), form.merchant_city.text()) == ("AGULHA DE OURO TATTOO", "SAO PAULO")
    assert form.cleaning_buffer_minutes.value() == 15
    assert form.receipt_footer.toPlainText().startswith("Obrigado pela preferência")
    week = form.hours.week()
    assert week is not None
    assert week.on(6) == ()
    assert form.field_errors() == {}
    assert not page.save_button.isEnabled()
    assert not page.revert_button.isEnabled()


@pytest.mark.parametrize(
    ("edit", "field", "message"),
    [
        (lambda p: (p.form.pix_key_kind.setCurrentIndex(p.form.pix_key_kind.findData("cpf")),
                    p.form.pix_key.setText("123.456.789-00")),
         "pix_key", "A CPF key is 11 digits with valid check digits."),
        (lambda p: p.form.age_of_majority.setValue(150), "age_of_majority", "Between 0 and 120."),
        (lambda p: p.form.merchant_city.setText("SAO JOSE DOS CAMPOS"), "merchant_city",
         "At most 15 characters (19 typed)."),
        (lambda p: p.form.name.setText("   "), "name", "Type the studio's name."),
    ],
)  # fmt: skip
def test_a_wrong_setting_is_said_at_its_field_and_nothing_is_saved(
    qtbot: QtBot, page: StudioSettingsPage, demo_dir: Path, edit: Any, field: str, message: str
) -> None:
    before, sent = studio_row(demo_dir), outbox(demo_dir)
    edit(page)
    assert error_of(page, field) == message
    assert page.form.widgets[field].property("invalid") is True
    assert not page.save_button.isEnabled()
    assert page.fix_hint.isVisible()  # beside Save, where the field may be scrolled away
    page.save()  # even forced (Enter, a shortcut), nothing goes
    qtbot.wait(100)
    assert studio_row(demo_dir) == before
    assert outbox(demo_dir) == sent


def test_opening_hours_that_end_before_they_start_are_said_on_the_day(page: StudioSettingsPage, demo_dir: Path) -> None:
    before = studio_row(demo_dir)
    child(page, QTimeEdit, "settingsHoursTueEnd1").setTime(QTime(9, 0))
    problem = child(page, QLabel, "settingsHoursTueProblem")
    assert problem.isVisible()
    assert problem.text() == "Tuesday: closing time is before opening time"
    assert page.form.hours.week() is None
    assert not page.save_button.isEnabled()
    page.save()
    assert studio_row(demo_dir) == before


def test_a_good_change_is_saved_with_only_the_changed_settings(
    qtbot: QtBot, page: StudioSettingsPage, desk: Desk, demo_dir: Path
) -> None:
    form = page.form
    form.pix_key_kind.setCurrentIndex(form.pix_key_kind.findData("cpf"))
    form.pix_key.setText(VALID_CPF)
    form.cleaning_buffer_minutes.setValue(20)
    child(page, QTimeEdit, "settingsHoursSatEnd1").setTime(QTime(0, 0))  # Saturday till midnight
    assert form.field_errors() == {}
    assert page.save_button.isEnabled()
    sent = len(outbox(demo_dir))
    with qtbot.waitSignal(desk.runner.op_succeeded, timeout=5000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, desk.ctx)

    row = studio_row(demo_dir)
    assert (row["pix_key_kind"], row["pix_key"], row["cleaning_buffer_minutes"]) == ("cpf", "52998224725", 20)
    assert json.loads(row["opening_hours"])["sat"] == [["10:00", "24:00"]]
    ((name, args),) = outbox(demo_dir)[sent:]
    assert name == "studio.update"
    assert set(args) == {"pix_key_kind", "pix_key", "cleaning_buffer_minutes", "opening_hours", "seen"}
    assert args["seen"]["pix_key"] == "financeiro@agulhadeouro.com.br"
    assert (args["seen"]["pix_key_kind"], args["seen"]["cleaning_buffer_minutes"]) == ("email", 15)
    assert page.note.isVisible()
    assert page.note.text() == "Saved."
    # The form now shows the row: nothing left to save.
    assert form.pix_key.text() == "52998224725"
    assert not page.save_button.isEnabled()


def test_a_change_from_another_desk_does_not_overwrite_what_is_typed(
    qtbot: QtBot, page: StudioSettingsPage, desk: Desk, demo: DemoStudio
) -> None:
    def elsewhere(city: str) -> None:
        applied = desk.store.apply("studio.update", {"merchant_city": city}, staff_id=demo.owner_id)
        desk.hub.notify(applied.changed)  # as a sync's pull says it
        settle(qtbot, desk.ctx)

    elsewhere("CAMPINAS")  # nothing typed: the form follows
    assert page.form.merchant_city.text() == "CAMPINAS"
    assert not page.note.isVisible()

    page.form.receipt_footer.setPlainText("Volte sempre!")
    elsewhere("SANTOS")
    assert page.form.receipt_footer.toPlainText() == "Volte sempre!"
    assert page.form.merchant_city.text() == "CAMPINAS"
    assert page.note.isVisible()
    assert page.note.text() == "Changed on another desk — Revert to see it."
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    assert page.form.merchant_city.text() == "SANTOS"
    assert page.form.receipt_footer.toPlainText().startswith("Obrigado")
    assert not page.note.isVisible()


def test_a_receptionist_sees_the_settings_read_only(qtbot: QtBot, desk: Desk, demo: DemoStudio) -> None:
    page = open_page(qtbot, desk, demo.receptionist_id, Role.RECEPTIONIST)
    assert page.form.name.text() == "Estúdio Agulha de Ouro"
    assert not page.form.isEnabled()
    assert page.reason.isVisible()
    assert page.reason.text() == "Only owners and managers change the studio's settings."
    assert page.form.toolTip() == page.reason.text()
    assert not page.save_button.isEnabled()
    desk.ctx.who.set(demo.owner_id, Role.OWNER, "Marina")  # the owner steps up
    assert page.form.isEnabled()
    assert not page.reason.isVisible()


def test_a_refusal_reads_at_the_top_and_keeps_what_was_typed(
    qtbot: QtBot, desk: Desk, demo: DemoStudio, demo_dir: Path
) -> None:
    # A page left editable for an artist (a wiring mistake): the mutation still refuses.
    page = open_page(qtbot, desk, demo.artist_ids[0], Role.ARTIST, read_only=False)
    before = studio_row(demo_dir)
    page.form.retention_years.setValue(7)
    with qtbot.waitSignal(desk.runner.op_failed, timeout=5000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.form_error.isVisible()
    assert page.form_error.text().startswith("Not saved: ")
    assert "Nothing you typed was lost." in page.form_error.text()
    assert page.form.retention_years.value() == 7
    assert studio_row(demo_dir) == before


def test_a_setting_changed_elsewhere_since_the_form_was_filled_is_kept_and_the_page_says_so(
    qtbot: QtBot, page: StudioSettingsPage, desk: Desk, demo: DemoStudio, demo_dir: Path
) -> None:
    # Another desk's change lands (its rows pulled) before this page has read it again.
    desk.store.apply("studio.update", {"merchant_city": "CAMPINAS"}, staff_id=demo.owner_id)
    page.form.merchant_city.setText("SANTOS")
    page.form.retention_years.setValue(7)
    with qtbot.waitSignal(desk.runner.op_succeeded, timeout=5000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, desk.ctx)
    row = studio_row(demo_dir)
    assert (row["merchant_city"], row["retention_years"]) == ("CAMPINAS", 7)
    assert page.note.isVisible()
    assert "conflicts inbox" in page.note.text()
    assert page.form.merchant_city.text() == "CAMPINAS"  # the form shows the row; SANTOS waits in the inbox
    assert not page.save_button.isEnabled()
    conn = sqlite3.connect(demo_dir / "kronos.db")
    try:
        kinds = [k for (k,) in conn.execute("SELECT kind FROM sync_conflict WHERE status = 'open'")]
    finally:
        conn.close()
    assert "field_overwrite" in kinds

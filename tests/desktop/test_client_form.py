"""The client form (new and edit), typed the way a person does: a field's message appears when
the field is left wrong and goes as soon as it is right; nothing is saved until every field is;
an edit sends ``client.update`` with only the changed fields and the values the desk saw; Enter
never cancels, and closing with changes asks first."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QPushButton, QWidget
from sqlalchemy import select

from kronos_core.demo import DemoStudio
from kronos_core.roles import Role
from kronos_core.schema import appointment, client
from kronos_desktop.app import Desk
from kronos_desktop.store.queries.client_record import ClientRecord, read_record
from kronos_desktop.store.queries.viewer import Viewer
from kronos_desktop.ui.clients.client_dialog import NewClientDialog
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.reads import settle

ANSWERING: list[list[int]] = []


@pytest.fixture(autouse=True)
def _no_answer_left() -> Any:
    yield
    for tries in ANSWERING:
        tries[0] = 0  # a question that never opened: stop waiting for it
    ANSWERING.clear()


def answer_discard(button: str, seen: list[str]) -> None:
    """When the "Discard what you typed?" question opens: note its words, click ``button``."""
    tries = [250]
    ANSWERING.append(tries)

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(20, answer)
            return
        seen.append(box.objectName())
        found = box.findChild(QPushButton, button)
        assert found is not None, button
        found.click()

    QTimer.singleShot(0, answer)


def outbox(data_dir: Path) -> list[tuple[str, dict[str, Any]]]:
    conn = sqlite3.connect(data_dir / "kronos.db")
    try:
        return [(n, json.loads(a)) for n, a in conn.execute("SELECT name, args FROM outbox ORDER BY seq").fetchall()]
    finally:
        conn.close()


def show(qtbot: Any, dialog: NewClientDialog) -> NewClientDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    return dialog


def new_dialog(qtbot: Any, window: MainWindow) -> NewClientDialog:
    dialog = show(qtbot, NewClientDialog(window.ctx, window))
    settle(qtbot, window.ctx)  # the studio's age of majority
    return dialog


def record_of(desk: Desk, client_id: uuid.UUID, who: Viewer | None = None) -> ClientRecord:
    with desk.ctx.reader.connect() as conn:
        found = read_record(conn, client_id, who or Viewer.everyone())
    assert found is not None
    return found


def a_client(desk: Desk, *where: Any) -> uuid.UUID:
    with desk.ctx.reader.connect() as conn:
        return uuid.UUID(str(conn.execute(select(client.c.id).where(*where).limit(1)).scalar_one()))


def leave(qtbot: Any, field: QWidget, text: str, then: QLineEdit) -> None:
    """Type ``text`` in ``field`` (replacing it), then move to ``then`` as Tab or a click would."""
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=2000)
    assert isinstance(field, QLineEdit)
    field.selectAll()
    qtbot.keyClicks(field, text)
    then.setFocus()
    qtbot.waitUntil(then.hasFocus, timeout=2000)


@pytest.mark.parametrize(
    ("field", "wrong", "words", "right"),
    [
        ("phone", "(20) 98765-4321", "DDD", "(11) 98765-4321"),
        ("phone", "12345", "DDD", "+1 415 555 0100"),
        ("email", "maria@", "e-mail", "maria@example.com"),
        ("birth_date", "31/02/1990", "não existe", "28/02/1990"),
        ("birth_date", "01/01/2999", "futuro", "01/01/1999"),
        ("document_number", "111.111.111-11", "CPF", "529.982.247-25"),
        ("document_number", "529.982.247", "11", "529.982.247-25"),
        ("instagram", "maria silva!", "Instagram", "@maria.silva"),
    ],
)
def test_a_message_when_a_field_is_left_wrong_gone_as_soon_as_it_is_right(
    qtbot: Any, window: MainWindow, field: str, wrong: str, words: str, right: str
) -> None:
    dialog = new_dialog(qtbot, window)
    widget = getattr(dialog.form, field)
    qtbot.keyClicks(dialog.full_name, "Maria Campos")
    leave(qtbot, widget, wrong[:-1], dialog.full_name)
    leave(qtbot, widget, wrong, dialog.full_name)
    assert field in dialog.field_errors(), dialog.field_errors()
    assert words in dialog.field_errors()[field]
    assert dialog.error_labels[field].isVisible()
    assert dialog.form.tabText(dialog.form.tab_of(field)).endswith("⚠")
    widget.setText(right)  # no need to leave it: the message goes at once
    assert field not in dialog.field_errors()
    assert not dialog.form.tabText(dialog.form.tab_of(field)).endswith("⚠")
    dialog.done(QDialog.DialogCode.Accepted)


def test_nothing_is_saved_until_every_field_is_right(qtbot: Any, window: MainWindow, demo_dir: Path) -> None:
    before = outbox(demo_dir)
    dialog = new_dialog(qtbot, window)
    dialog.full_name.setText("Rafaela Dias")
    dialog.form.guardian_phone.setText("999")
    dialog.form.tags.setText("x" * 50)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert set(dialog.field_errors()) == {"guardian_phone", "tags"}
    assert dialog.form.currentIndex() == dialog.form.tab_of("guardian_phone")  # the first wrong field shows
    assert outbox(demo_dir) == before
    dialog.form.guardian_phone.setText("(11) 3333-4444")
    dialog.form.tags.setText("fine line, VIP, fine line")
    with qtbot.waitSignal(dialog.created, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    name, args = outbox(demo_dir)[-1]
    assert name == "client.create"
    assert args["guardian_phone"] == "+551133334444"
    assert args["tags"] == ["fine line", "VIP"]


def test_the_guardian_tab_comes_with_a_minor_birth_date(qtbot: Any, window: MainWindow, desk: Desk) -> None:
    dialog = new_dialog(qtbot, window)
    guardian = dialog.form.pages["guardian"]
    assert not dialog.form.isTabVisible(guardian)
    today = desk.ctx.today()
    dialog.birth_date.setText(f"{today.day:02d}/{today.month:02d}/{today.year - 15}")
    assert dialog.form.isTabVisible(guardian)
    assert "15" in dialog.form.age_hint.text()
    dialog.birth_date.setText(f"{today.day:02d}/{today.month:02d}/{today.year - 30}")
    assert not dialog.form.isTabVisible(guardian)
    dialog.done(QDialog.DialogCode.Accepted)


def test_an_edit_sends_only_the_changed_fields_and_what_the_desk_saw(
    qtbot: Any, window: MainWindow, desk: Desk, demo_dir: Path
) -> None:
    client_id = a_client(desk, client.c.email.is_not(None), client.c.phone.is_not(None))
    record = record_of(desk, client_id)
    dialog = show(qtbot, NewClientDialog(desk.ctx, window, record))
    assert dialog.full_name.text() == record.full_name
    assert not dialog.typed()  # nothing changed yet: closing would lose nothing
    dialog.email.setText("nova.pessoa@example.com")
    dialog.form.medication.setPlainText("Isotretinoína")
    assert dialog.typed()
    with qtbot.waitSignal(dialog.updated, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    name, args = outbox(demo_dir)[-1]
    assert name == "client.update"
    assert args["changes"] == {"email": "nova.pessoa@example.com", "medication": "Isotretinoína"}
    assert args["seen"] == {"email": record.value("email"), "medication": record.value("medication")}
    assert record_of(desk, client_id).value("email") == "nova.pessoa@example.com"


def test_an_edit_with_a_wrong_field_saves_nothing(qtbot: Any, window: MainWindow, desk: Desk, demo_dir: Path) -> None:
    record = record_of(desk, a_client(desk, client.c.phone.is_not(None)))
    before = outbox(demo_dir)
    dialog = show(qtbot, NewClientDialog(desk.ctx, window, record))
    dialog.phone.setText("(20) 1234-5678")
    qtbot.keyClick(dialog.full_name, Qt.Key.Key_Return)  # Enter: Save, which stops at the message
    assert "phone" in dialog.field_errors()
    assert dialog.isVisible()
    assert outbox(demo_dir) == before
    dialog.done(QDialog.DialogCode.Accepted)


def test_an_artist_edits_without_seeing_the_full_cpf(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio, demo_dir: Path
) -> None:
    artist = demo.artist_ids[0]
    a, c = appointment.c, client.c
    with desk.ctx.reader.connect() as conn:
        theirs = conn.execute(
            select(c.id).join(appointment, a.client_id == c.id).where(a.artist_id == artist, c.document_type == "cpf")
        ).scalar()
    record = record_of(desk, uuid.UUID(str(theirs)), Viewer(artist, False))
    assert record.value("document_number") is None
    desk.ctx.who.set(artist, Role.ARTIST)
    dialog = show(qtbot, NewClientDialog(desk.ctx, window, record))
    assert dialog.document_number.text().startswith("***.")
    assert not dialog.document_number.isEnabled()
    dialog.notes.setPlainText("Prefere sessões de manhã")
    with qtbot.waitSignal(dialog.updated, timeout=5000):
        dialog.submit()
    name, args = outbox(demo_dir)[-1]
    assert name == "client.update"
    assert set(args["changes"]) == {"notes"}


def test_enter_on_cancel_in_the_edit_keeps_the_changes(qtbot: Any, window: MainWindow, desk: Desk) -> None:
    record = record_of(desk, a_client(desk, client.c.email.is_not(None)))
    dialog = show(qtbot, NewClientDialog(desk.ctx, window, record))
    dialog.email.setText("not-an-address")  # Save would stop at its message
    dialog.cancel_button.setFocus()
    qtbot.waitUntil(dialog.cancel_button.hasFocus, timeout=2000)
    qtbot.keyClick(dialog.cancel_button, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.email.text() == "not-an-address"

    seen: list[str] = []
    answer_discard("discardNo", seen)
    dialog.close()  # the window's close box
    assert seen == ["discardTypedConfirm"]
    assert dialog.isVisible()
    assert dialog.email.text() == "not-an-address"

    answer_discard("discardYes", seen)
    qtbot.keyClick(dialog.email, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert len(seen) == 2
    QApplication.processEvents()


def test_esc_on_an_unchanged_edit_closes_at_once(qtbot: Any, window: MainWindow, desk: Desk) -> None:
    record = record_of(desk, a_client(desk))
    dialog = show(qtbot, NewClientDialog(desk.ctx, window, record))
    seen: list[str] = []
    answer_discard("discardNo", seen)  # would keep it open, were a question asked
    qtbot.keyClick(dialog.full_name, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert seen == []


def test_a_guardian_cpf_with_wrong_digits_is_refused_at_the_field(qtbot: Any, window: MainWindow) -> None:
    dialog = new_dialog(qtbot, window)
    dialog.full_name.setText("Théo Menor")
    dialog.form.guardian_name.setText("Ana Responsável")
    dialog.form.guardian_document.setText("111.111.111-11")
    dialog.submit()
    assert "CPF" in dialog.field_errors()["guardian_document"]
    dialog.form.guardian_document.setText("529.982.247-25")
    assert "guardian_document" not in dialog.field_errors()
    dialog.form.guardian_document.setText("RG 12.345.678-9")  # not a CPF: kept as typed
    assert "guardian_document" not in dialog.field_errors()
    dialog.done(QDialog.DialogCode.Accepted)

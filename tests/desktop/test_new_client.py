"""Creating a client from the dialog: through the op, on the writer thread, into the outbox,
and back to the list through rows_changed. Bad input keeps the dialog open and writes nothing."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kronos_desktop.app import Desk
from kronos_desktop.ui.clients.client_dialog import NewClientDialog
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.reads import settle


def outbox(data_dir: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(data_dir / "kronos.db")
    try:
        return conn.execute("SELECT name, args FROM outbox ORDER BY seq").fetchall()
    finally:
        conn.close()


def open_dialog(window: MainWindow, qtbot) -> NewClientDialog:  # type: ignore[no-untyped-def]
    window.show_section("clients")
    qtbot.mouseClick(window.clients.new_button, Qt.MouseButton.LeftButton)
    dialog = window.clients.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_new_client_is_saved_by_the_writer_and_shown(
    window: MainWindow, desk: Desk, demo_dir: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    before = outbox(demo_dir)
    threads: list[str] = []
    real_apply = desk.store.apply

    def spy_apply(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return real_apply(*args, **kwargs)

    monkeypatch.setattr(desk.store, "apply", spy_apply)
    dialog = open_dialog(window, qtbot)
    dialog.full_name.setText("Zuleica Teste Brandão")  # QTest types ASCII only
    qtbot.keyClicks(dialog.preferred_name, "Zu")
    qtbot.keyClicks(dialog.phone, "(11) 98765-4321")
    qtbot.keyClicks(dialog.birth_date, "02/03/1991")
    qtbot.keyClicks(dialog.document_number, "529.982.247-25")
    dialog.allergies.setPlainText("Látex")
    dialog.data_consent.setChecked(True)

    with qtbot.waitSignal(desk.hub.rows_changed, timeout=5000) as changed:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert threads
    assert all(name.startswith("kronos-writer") for name in threads)
    assert set(changed.args[0]) == {"client"}
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle(qtbot, desk.ctx)  # the list read again, and searched for the new client

    after = outbox(demo_dir)
    assert len(after) == len(before) + 1
    assert after[-1][0] == "client.create"
    assert '"phone":"+5511987654321"' in after[-1][1].replace(" ", "")
    assert '"document_number":"52998224725"' in after[-1][1].replace(" ", "")

    view = window.clients
    row = view.model.find_row(dialog.client_id)  # type: ignore[arg-type]
    assert row >= 0, "the new client is in the list"
    assert view.model.row_at(row).full_name == "Zuleica Teste Brandão"
    assert view.model.row_at(row).health_alert == "Látex"
    assert view.table.currentIndex().row() == row
    # Past the first page of names, the list searches for the new client to show it.
    assert view.search.text() == "Zuleica Teste Brandão"
    assert desk.reader.count_clients(desk.ctx.desk().studio_id) == 2001  # type: ignore[union-attr]


def test_new_client_on_the_first_page_shows_without_a_search(window: MainWindow, desk: Desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(window, qtbot)
    qtbot.keyClicks(dialog.full_name, "Aaron Abreu")
    with qtbot.waitSignal(desk.hub.rows_changed, timeout=5000):
        qtbot.keyClick(dialog.full_name, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle(qtbot, desk.ctx)
    view = window.clients
    assert view.search.text() == ""
    assert view.model.row_at(0).full_name == "Aaron Abreu"
    assert view.model.total == 2001
    assert "2.001" in view.count_label.text()


def test_bad_phone_keeps_the_dialog_open_and_writes_nothing(window: MainWindow, demo_dir: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    before = outbox(demo_dir)
    dialog = open_dialog(window, qtbot)
    qtbot.keyClicks(dialog.full_name, "Maria Sem Telefone")
    qtbot.keyClicks(dialog.phone, "12345")
    qtbot.keyClicks(dialog.email, "maria@")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.wait(100)
    assert dialog.isVisible()
    problems = dialog.field_errors()
    assert set(problems) == {"phone", "email"}
    assert "DDD e número" in problems["phone"]
    assert dialog.error_labels["phone"].isVisible()
    assert dialog.phone.text() == "12345"
    assert dialog.full_name.text() == "Maria Sem Telefone"
    assert outbox(demo_dir) == before
    assert not window.clients.ctx.runner.busy

    # Fixing a field takes its message away at once (the other stays until it is fixed too).
    dialog.phone.setText("+1 415 555 0100")
    assert set(dialog.field_errors()) == {"email"}
    assert not dialog.error_labels["phone"].isVisible()
    dialog.email.setText("maria@example.com")
    assert dialog.field_errors() == {}
    with qtbot.waitSignal(window.clients.ctx.hub.rows_changed, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.field_errors() == {}
    assert len(outbox(demo_dir)) == len(before) + 1


@pytest.mark.parametrize(
    ("field", "typed", "message_part"),
    [
        ("birth_date", "31/02/1990", "não existe"),
        ("birth_date", "1990-02-31", "31/12/1990"),
        ("birth_date", "01/01/2999", "futuro"),
        ("document_number", "111.111.111-11", "CPF"),
        ("phone", "(20) 98765-4321", "DDD"),  # no area code 20 in Brazil (libphonenumber's rule)
        ("full_name", "   ", "nome completo"),
    ],
)
def test_field_messages(window: MainWindow, qtbot, field: str, typed: str, message_part: str) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(window, qtbot)
    if field != "full_name":
        dialog.full_name.setText("Alguém")
    getattr(dialog, field).setText(typed)
    dialog.submit()
    assert message_part in dialog.field_errors()[field]
    assert dialog.isVisible()


def test_a_refused_mutation_shows_its_message_and_keeps_the_dialog(
    window: MainWindow, desk: Desk, demo_dir: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """If the store refuses (here: the client id already exists), the person reads why."""
    shown: list[str] = []
    monkeypatch.setattr("kronos_desktop.ui.common.errors.show_refusal", lambda parent, message: shown.append(message))
    dialog = open_dialog(window, qtbot)
    dialog.full_name.setText("Cliente Repetido")
    existing = window.clients.model.row_at(0).id
    dialog.client_id = existing  # the same id as a client already there
    before = outbox(demo_dir)
    with qtbot.waitSignal(desk.runner.op_failed, timeout=5000):
        dialog.submit()
    assert shown
    assert shown[0] == "Já estava salvo (cliente)."  # in the desk's language (pt_BR)
    assert dialog.isVisible()
    assert dialog.save_button.isEnabled()
    assert dialog.form_error.isVisible()
    assert outbox(demo_dir) == before

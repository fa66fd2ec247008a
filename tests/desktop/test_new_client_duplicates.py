"""The New-client form asks "Already registered?" before it creates a likely duplicate
(ui/clients/client_dialog.py, ui/clients/duplicate_prompt.py): "Create anyway" saves a second
record; Cancel goes back to the form with everything typed; "Open that one" closes the form,
nothing saved, and shows that client's record. A client with nothing in common is saved at once,
and an edit never asks."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QTreeWidget
from sqlalchemy import select

from kronos_core.contact import format_phone
from kronos_core.schema import client
from kronos_desktop.app import Desk
from kronos_desktop.store.queries.client_record import read_record
from kronos_desktop.store.queries.viewer import Viewer
from kronos_desktop.ui.clients.client_dialog import NewClientDialog
from kronos_desktop.ui.clients.duplicate_prompt import ID_ROLE, DuplicatePrompt
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.reads import settle

Existing = tuple[uuid.UUID, str, str]  # a demo client's id, full name and phone (E.164)


@pytest.fixture
def language() -> str:
    return "en"


def outbox(data_dir: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(data_dir / "kronos.db")
    try:
        return conn.execute("SELECT name, args FROM outbox ORDER BY seq").fetchall()
    finally:
        conn.close()


def existing_client(desk: Desk, *where: Any) -> Existing:
    """A demo client still in use (neither merged nor erased) with a phone."""
    with desk.ctx.reader.connect() as conn:
        row = conn.execute(
            select(client.c.id, client.c.full_name, client.c.phone)
            .where(client.c.phone.is_not(None), client.c.merged_into.is_(None), client.c.erased_at.is_(None), *where)
            .order_by(client.c.full_name)
            .limit(1)
        ).one()
    return uuid.UUID(str(row.id)), str(row.full_name), str(row.phone)


def clients_with_phone(desk: Desk, phone: str) -> list[str]:
    with desk.ctx.reader.connect() as conn:
        rows = conn.execute(select(client.c.full_name).where(client.c.phone == phone).order_by(client.c.full_name))
        return [str(name) for name in rows.scalars()]


def open_new_client(qtbot: Any, window: MainWindow) -> NewClientDialog:
    window.show_section("clients")
    qtbot.mouseClick(window.clients.new_button, Qt.MouseButton.LeftButton)
    dialog = window.clients.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    settle(qtbot, window.ctx)  # the studio's age of majority
    return dialog


def answer_prompt(button: str, seen: list[list[str]], pick: uuid.UUID | None = None) -> None:
    """When the "Already registered?" prompt opens: note each row's words (client, phone, last
    visit, why) in ``seen``, choose the row of ``pick`` (if given), then click ``button``."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, DuplicatePrompt):
            QTimer.singleShot(20, look)
            return
        table = box.findChild(QTreeWidget, "duplicateList")
        assert table is not None
        for n in range(table.topLevelItemCount()):
            item = table.topLevelItem(n)
            assert item is not None
            seen.append([item.text(c) for c in range(table.columnCount())])
            if pick is not None and item.data(0, ID_ROLE) == str(pick):
                table.setCurrentItem(item)
        found = box.findChild(QPushButton, button)
        assert found is not None, button
        found.click()

    QTimer.singleShot(0, look)


class PromptWatch:
    """Notes whether the "Already registered?" prompt opens (and cancels it, so a test that
    expected none fails on its assertion instead of waiting forever)."""

    def __init__(self) -> None:
        self.opened = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def _look(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, DuplicatePrompt) and box.isVisible():
            self.opened += 1
            box.reject()

    def stop(self) -> None:
        self.timer.stop()


def shown_name(cell: str) -> str:
    """A prompt row's client as the rule names them: without the health-alert sign or the
    preferred name."""
    return cell.removeprefix("⚠ ").split(" (")[0]


def test_the_phone_of_a_registered_client_shows_them_and_create_anyway_saves_a_second_record(
    qtbot: Any, window: MainWindow, desk: Desk, demo_dir: Path
) -> None:
    client_id, full_name, phone = existing_client(desk)
    before = outbox(demo_dir)
    dialog = open_new_client(qtbot, window)
    qtbot.keyClicks(dialog.full_name, "Xenofonte Qwyz Brum")
    dialog.phone.setText(format_phone(phone))  # typed the way the desk shows it
    seen: list[list[str]] = []
    answer_prompt("duplicateCreate", seen)
    with qtbot.waitSignal(dialog.created, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)

    rows = {shown_name(row[0]): row for row in seen}
    assert full_name in rows, seen
    assert "same phone" in rows[full_name][3]
    assert rows[full_name][1] == fmt.phone_text(phone)  # with its country code, as the desk shows phones
    after = outbox(demo_dir)
    assert len(after) == len(before) + 1
    assert after[-1][0] == "client.create"
    assert "Xenofonte Qwyz Brum" in after[-1][1]
    assert {full_name, "Xenofonte Qwyz Brum"} <= set(clients_with_phone(desk, phone))  # two records now
    assert dialog.client_id is not None
    assert dialog.client_id != client_id  # a new record, not the registered one


def test_the_same_email_is_asked_about_too(qtbot: Any, window: MainWindow, desk: Desk, demo_dir: Path) -> None:
    _client_id, full_name, _phone = existing_client(desk, client.c.email.is_not(None))
    with desk.ctx.reader.connect() as conn:
        email = str(conn.execute(select(client.c.email).where(client.c.full_name == full_name)).scalars().first())
    before = outbox(demo_dir)
    dialog = open_new_client(qtbot, window)
    qtbot.keyClicks(dialog.full_name, "Xenofonte Qwyz Brum")
    dialog.email.setText(email.upper())  # the case does not count
    seen: list[list[str]] = []
    answer_prompt("duplicateCancel", seen)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=10_000)
    rows = {shown_name(row[0]): row for row in seen}
    assert full_name in rows, seen
    assert "same e-mail" in rows[full_name][3]
    assert outbox(demo_dir) == before
    dialog.done(QDialog.DialogCode.Accepted)


def test_cancel_keeps_the_form_with_everything_typed_and_saves_nothing(
    qtbot: Any, window: MainWindow, desk: Desk, demo_dir: Path
) -> None:
    _client_id, full_name, phone = existing_client(desk)
    before = outbox(demo_dir)
    dialog = open_new_client(qtbot, window)
    qtbot.keyClicks(dialog.full_name, "Xenofonte Qwyz Brum")
    dialog.phone.setText(format_phone(phone))
    qtbot.keyClicks(dialog.email, "xeno@example.com")
    dialog.allergies.setPlainText("Latex")
    seen: list[list[str]] = []
    answer_prompt("duplicateCancel", seen)
    qtbot.keyClick(dialog.full_name, Qt.Key.Key_Return)  # Enter saves: the prompt first
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=10_000)

    assert full_name in {shown_name(row[0]) for row in seen}
    assert dialog.isVisible()
    assert dialog.full_name.text() == "Xenofonte Qwyz Brum"
    assert dialog.phone.text() == format_phone(phone)
    assert dialog.email.text() == "xeno@example.com"
    assert dialog.allergies.toPlainText() == "Latex"
    assert dialog.save_button.text() == "Save client"
    assert outbox(demo_dir) == before
    assert clients_with_phone(desk, phone).count("Xenofonte Qwyz Brum") == 0
    assert dialog.typed()  # closing now would still ask before throwing it away
    dialog.done(QDialog.DialogCode.Accepted)


def test_open_that_one_shows_the_registered_client_and_saves_nothing(
    qtbot: Any, window: MainWindow, desk: Desk, demo_dir: Path, shown: list[tuple[str, str, str]]
) -> None:
    client_id, full_name, phone = existing_client(desk)
    before = outbox(demo_dir)
    dialog = open_new_client(qtbot, window)
    qtbot.keyClicks(dialog.full_name, "Xenofonte Qwyz Brum")
    dialog.phone.setText(format_phone(phone))
    seen: list[list[str]] = []
    answer_prompt("duplicateOpen", seen, pick=client_id)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    settle(qtbot, desk.ctx)  # the record read

    assert full_name in {shown_name(row[0]) for row in seen}
    assert shown == []  # no "Discard what you typed?": the person chose the registered client
    view = window.clients
    assert view.showing_record()
    assert view.record.client_id == client_id
    assert view.record.header.name.text().startswith(full_name)
    assert outbox(demo_dir) == before
    assert "Xenofonte Qwyz Brum" not in clients_with_phone(desk, phone)


def test_a_client_with_nothing_in_common_is_saved_without_asking(
    qtbot: Any, window: MainWindow, desk: Desk, demo_dir: Path
) -> None:
    before = outbox(demo_dir)
    dialog = open_new_client(qtbot, window)
    qtbot.keyClicks(dialog.full_name, "Xenofonte Qwyz Brum")
    qtbot.keyClicks(dialog.phone, "(11) 91234-0077")
    qtbot.keyClicks(dialog.email, "xenofonte.qwyz@example.com")
    watch = PromptWatch()
    try:
        with qtbot.waitSignal(dialog.created, timeout=10_000):
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    finally:
        watch.stop()
    assert watch.opened == 0
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    after = outbox(demo_dir)
    assert len(after) == len(before) + 1
    assert after[-1][0] == "client.create"
    assert clients_with_phone(desk, "+5511912340077") == ["Xenofonte Qwyz Brum"]


def test_an_edit_never_asks(qtbot: Any, window: MainWindow, desk: Desk, demo_dir: Path) -> None:
    """A record's own phone is no duplicate of itself: editing it saves at once."""
    client_id, _full_name, _phone = existing_client(desk)
    with desk.ctx.reader.connect() as conn:
        record = read_record(conn, client_id, Viewer.everyone())
    assert record is not None
    dialog = NewClientDialog(desk.ctx, window, record)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.form.notes.setPlainText("Prefers mornings")
    watch = PromptWatch()
    try:
        with qtbot.waitSignal(dialog.updated, timeout=10_000):
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    finally:
        watch.stop()
    assert watch.opened == 0
    assert outbox(demo_dir)[-1][0] == "client.update"


def test_a_failed_check_keeps_the_form_and_saving_again_works(
    qtbot: Any,
    window: MainWindow,
    desk: Desk,
    demo_dir: Path,
    shown: list[tuple[str, str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The read of the likely duplicates fails (a fault put in its place): the person is told,
    nothing is saved, nothing typed is lost, and Save works again once the fault is gone."""

    def broken(*_args: Any, **_kwargs: Any) -> list[Any]:
        raise sqlite3.OperationalError("disk I/O error")

    with monkeypatch.context() as fault:  # only the read: the error box stays answered by `shown`
        fault.setattr("kronos_desktop.ui.clients.duplicate_prompt.find_duplicates", broken)
        before = outbox(demo_dir)
        dialog = open_new_client(qtbot, window)
        qtbot.keyClicks(dialog.full_name, "Xenofonte Qwyz Brum")
        qtbot.keyClicks(dialog.phone, "(11) 91234-0078")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(shown), timeout=10_000)

        assert [name for name, _text, _details in shown] == ["unexpectedErrorDialog"]
        assert dialog.isVisible()
        assert dialog.form_error.isVisible()
        assert dialog.form_error.text() == "The client was not saved. Nothing you typed was lost."
        assert (dialog.full_name.text(), dialog.phone.text()) == ("Xenofonte Qwyz Brum", "(11) 91234-0078")
        assert dialog.save_button.isEnabled()
        assert outbox(demo_dir) == before

    with qtbot.waitSignal(dialog.created, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert clients_with_phone(desk, "+5511912340078") == ["Xenofonte Qwyz Brum"]

"""A new desk joins a studio that already uses a server from its first screen (issue 8, "What
two desks hit"): no throwaway studio first, and nothing of its own pushed into the real one (no
second owner, no duplicate manager). Driven like a person would, against the real server, the
browser played by httpx.

Set ``KRONOS_SCREENSHOT_DIR`` to keep pictures of the first screen in each state.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from kronos_core.rows import encode_row
from kronos_core.schema import SYNCED_TABLES, staff
from kronos_desktop import i18n
from kronos_desktop.app import Desk, open_window
from kronos_desktop.auth.model import SessionState
from kronos_desktop.store import LocalStore
from kronos_desktop.sync.engine import Phase
from kronos_desktop.ui.welcome import WelcomeWizard
from kronos_server.db import Database
from kronos_server.tables import mutation_result
from tests.desk_sync.conftest import synced_rows
from tests.server.conftest import MadeMember, MadeStudio
from tests.server.desk_signin.browser import FakeBrowser
from tests.server.desk_signin.conftest import Home

TITLE = {"pt_BR": "Bem-vindo ao KRONOS", "en": "Welcome to KRONOS"}
CONNECT = {"pt_BR": "Conectar", "en": "Connect"}
CANCELLED = {"pt_BR": "Login cancelado.", "en": "Sign-in cancelled."}


def shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("KRONOS_SCREENSHOT_DIR")
    if folder:
        QApplication.processEvents()
        widget.grab().save(str(Path(folder) / f"{name}.png"))


@pytest.fixture
def language() -> str:
    return "pt_BR"


@pytest.fixture
def new_desk(qapp: QApplication, home: Home, monkeypatch: pytest.MonkeyPatch, language: str) -> Iterator[Desk]:
    """A desk on an empty data folder, as KRONOS starts on a new PC."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/kronos-test-bus")  # no keyring here
    i18n.install(qapp, language)
    if os.environ.get("KRONOS_SCREENSHOT_DIR"):
        from kronos_desktop.app import apply_look

        apply_look(qapp)
    desk = Desk(LocalStore.open(home.data), language)
    yield desk
    desk.close()
    i18n.install(qapp, "pt_BR")
    qapp.setStyleSheet("")


def server_rows(db: Database, studio: MadeStudio) -> dict[tuple[str, object], dict[str, object]]:
    found: dict[tuple[str, object], dict[str, object]] = {}
    with db.tenant(studio.studio_id) as conn:
        for table in SYNCED_TABLES:
            for row in conn.execute(select(table).where(table.c.studio_id == studio.studio_id)).mappings():
                found[(table.name, row["id"])] = encode_row(table, row)
    return found


def applied_mutations(db: Database, studio: MadeStudio) -> int:
    with db.tenant(studio.studio_id) as conn:
        return len(conn.execute(select(mutation_result.c.uuid)).all())


def first_screen(qtbot, desk: Desk) -> WelcomeWizard:  # type: ignore[no-untyped-def]
    window = open_window(desk, None)
    qtbot.addWidget(window)
    dialog: WelcomeWizard = window.setup_dialog  # type: ignore[attr-defined]
    qtbot.waitExposed(dialog)
    dialog.settle_ms = 0  # the clicks come faster than a person's double click
    return dialog


def choose_join(qtbot, dialog: WelcomeWizard) -> None:  # type: ignore[no-untyped-def]
    """Click the option's round button (the widget may be wider than its text), then Connect:
    the page of the server's address."""
    button = dialog.choice.join_choice
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert button.isChecked()
    assert dialog.next_button.text() == CONNECT[dialog.ctx.language]
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.page is dialog.join_page


@pytest.mark.parametrize("language", ["pt_BR", "en"])
def test_a_new_desk_joins_the_studio_and_pushes_nothing_of_its_own(  # type: ignore[no-untyped-def]
    qtbot,
    new_desk: Desk,
    live_server: str,
    app_db: Database,
    make_studio: Callable[..., MadeStudio],
    make_member: Callable[..., MadeMember],
    language: str,
) -> None:
    studio = make_studio("Agulha de Ouro", owner_name="Marina Costa")
    make_member(studio.studio_id, role="manager", name="Paulo Reis")
    before = server_rows(app_db, studio)
    applied_before = applied_mutations(app_db, studio)
    dialog = first_screen(qtbot, new_desk)
    assert dialog.windowTitle() == TITLE[language]
    assert dialog.choice.join_choice.isVisible(), "the first screen offers joining a studio"
    shot(dialog, f"first-screen-{language}")

    choose_join(qtbot, dialog)
    assert dialog.join_page.address.isVisible()
    assert not dialog.studio.name.isVisible()
    assert dialog.next_button.text() == CONNECT[language]
    new_desk.session.opener = FakeBrowser(studio.email, studio.password, desk_name="Recepção 2")
    qtbot.keyClicks(dialog.join_page.address, live_server)
    qtbot.keyClick(dialog.join_page.address, Qt.Key.Key_Return)  # Enter connects (it never cancels)
    assert dialog.join_page.waiting.isVisible()
    shot(dialog, f"first-screen-waiting-{language}")

    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15000)
    assert new_desk.session.status().state is SessionState.SIGNED_IN
    qtbot.waitUntil(lambda: new_desk.sync.connected, timeout=5000)
    qtbot.waitUntil(lambda: new_desk.sync.state().phase is Phase.SYNCED, timeout=30000)

    assert new_desk.store.identity().studio_id == studio.studio_id  # type: ignore[union-attr]
    conn = sqlite3.connect(new_desk.store.path)
    try:
        assert conn.execute("SELECT count(*) FROM outbox").fetchone() == (0,), "no setup of its own"
    finally:
        conn.close()
    after = server_rows(app_db, studio)
    assert after == before, "nothing of the desk's own reached the studio"
    assert applied_mutations(app_db, studio) == applied_before
    owners = [r for (t, _), r in after.items() if t == staff.name and r["role"] == "owner"]
    assert [r["display_name"] for r in owners] == ["Marina Costa"], "one owner"
    assert synced_rows(new_desk.store) == after, "the desk downloaded the studio"
    window = dialog.parentWidget()
    assert window is not None
    qtbot.waitUntil(lambda: window.windowTitle() == "KRONOS — Agulha de Ouro", timeout=5000)
    shot(window, f"first-screen-joined-{language}")
    # Started again, the desk opens on the studio, not on the first screen.
    assert not new_desk.needs_setup()


def test_cancel_on_the_first_screen_leaves_nothing_behind(  # type: ignore[no-untyped-def]
    qtbot, new_desk: Desk, live_server: str, language: str
) -> None:
    dialog = first_screen(qtbot, new_desk)
    new_desk.session.opener = FakeBrowser("nobody@example.com", "x", behaviour="nothing")
    choose_join(qtbot, dialog)
    dialog.join_page.address.setText(live_server)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.join_page.link.text().startswith(f"{live_server}/oauth/authorize?"), timeout=10000)
    assert dialog.join_page.cancel_button.isVisible()
    assert not dialog.back_button.isEnabled(), "the choice waits for the sign-in"

    qtbot.mouseClick(dialog.join_page.cancel_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: dialog.error.text() == CANCELLED[language], timeout=5000)
    assert dialog.isVisible()
    assert dialog.join_page.waiting.isHidden()
    assert dialog.back_button.isEnabled()
    assert new_desk.store.identity() is None, "nothing was written"
    assert new_desk.needs_setup()

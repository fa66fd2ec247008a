"""Settings → Connection driven like a person would, against the real server: connect (the
browser played by httpx), see the studio and who enrolled the desk, rename it, sign out; and
cancel a sign-in while the browser is open. The GUI thread never waits on the network.

Set ``KRONOS_SCREENSHOT_DIR`` to keep pictures of the dialog in each state.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kronos_core.ids import uuid7
from kronos_desktop import i18n
from kronos_desktop.app import Desk
from kronos_desktop.auth.model import SessionState
from kronos_desktop.store import LocalStore
from kronos_desktop.sync.engine import Phase
from kronos_desktop.ui.main_window import MainWindow
from kronos_desktop.ui.sync.connection_dialog import ConnectionDialog
from kronos_desktop.ui.sync.connection_menu import ConnectionMenu
from tests.server.conftest import MadeStudio
from tests.server.desk_signin.browser import FakeBrowser
from tests.server.desk_signin.conftest import Home, scan_for

TEXTS = {
    "pt_BR": {
        "signed_in": "Login ativo",
        "memory": "Nenhum: na memória até o KRONOS ser fechado",
        "badge": "Login ativo · credenciais só na memória (sem chaveiro seguro)",
        "join": "Pronto para sincronizar: os registros próprios deste balcão serão unidos aos do estúdio",
        "signed_out": "Sem login: faça login de novo",
        "again": "Fazer login de novo",
        "sign_out": "Encerrar login",
        "cancelled": "Login cancelado.",
        "sync_signed_out": "Entre de novo para sincronizar · 1 alteração aguardando",
    },
    "en": {
        "signed_in": "Signed in",
        "memory": "None: in memory until KRONOS closes",
        "badge": "Signed in · tokens in memory only (no secure keyring)",
        "join": "Ready to sync: this desk's own records will be joined with the studio",
        "signed_out": "Signed out: sign in again",
        "again": "Sign in again",
        "sign_out": "Sign out",
        "cancelled": "Sign-in cancelled.",
        "sync_signed_out": "Sign in again to sync · 1 change waiting",
    },
}


def shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("KRONOS_SCREENSHOT_DIR")
    if folder:
        QApplication.processEvents()
        widget.grab().save(str(Path(folder) / f"{name}.png"))


@pytest.fixture
def gui_desk(qapp: QApplication, home: Home, monkeypatch: pytest.MonkeyPatch, language: str) -> Iterator[Desk]:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/kronos-test-bus")  # no keyring here
    i18n.install(qapp, language)
    if os.environ.get("KRONOS_SCREENSHOT_DIR"):
        from kronos_desktop.app import apply_look

        apply_look(qapp)
    store = LocalStore.open(home.data)
    state = store.ensure_identity()
    setup = {"studio_id": str(state.studio_id), "name": "Tinta Local", "owner_staff_id": str(state.device_id)}
    store.apply("studio.setup", {**setup, "owner_name": "Eu"})
    desk = Desk(store, language)
    yield desk
    desk.close()
    i18n.install(qapp, "pt_BR")
    qapp.setStyleSheet("")


@pytest.fixture
def menu(qtbot, gui_desk: Desk) -> ConnectionMenu:  # type: ignore[no-untyped-def]
    window = MainWindow(gui_desk.ctx, None)
    qtbot.addWidget(window)
    window.show()
    return ConnectionMenu(window, gui_desk.session, gui_desk.ctx.language, gui_desk.store.pending_count)


@pytest.fixture
def language() -> str:
    return "pt_BR"


def _opened(qtbot, menu: ConnectionMenu) -> ConnectionDialog:  # type: ignore[no-untyped-def]
    menu.action.trigger()
    dialog = menu.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("language", ["pt_BR", "en"])
def test_connect_rename_and_sign_out_from_the_dialog(  # type: ignore[no-untyped-def]
    qtbot,
    menu: ConnectionMenu,
    gui_desk: Desk,
    live_server: str,
    make_studio: Callable[..., MadeStudio],
    home: Home,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    texts = TEXTS[language]
    studio = make_studio("Agulha de Ouro", owner_name="Marina Costa")
    browser = FakeBrowser(studio.email, studio.password, desk_name="Recepção")
    menu.bridge.opener = browser
    dialog = _opened(qtbot, menu)
    shot(dialog, f"connection-standalone-{language}")

    dialog.address.setText(live_server)
    dialog.connect_button.click()
    assert dialog.waiting.isVisible()  # at once: the sign-in runs in the background
    qtbot.waitUntil(lambda: menu.bridge.status().state is SessionState.SIGNED_IN, timeout=15000)
    qtbot.waitUntil(lambda: dialog.state_value.text() == texts["signed_in"], timeout=5000)

    assert dialog.waiting.isHidden()
    assert dialog.error.isHidden()
    assert dialog.address_box.isHidden()
    assert dialog.server_value.text() == live_server
    assert dialog.studio_value.text() == "Agulha de Ouro"
    assert dialog.desk_name.text() == "Recepção"
    assert dialog.enrolled_value.text() == f"Marina Costa ({studio.email})"
    assert dialog.keyring_value.text() == texts["memory"]
    assert dialog.warning.isVisible()
    assert dialog.note.text().startswith(texts["join"])
    assert dialog.sign_out_button.isVisible()
    assert menu.badge.isVisible()
    assert menu.badge.text() == texts["badge"]
    assert menu.badge.property("warn") == "true"
    shot(dialog, f"connection-signed-in-{language}")
    shot(menu.window, f"main-window-signed-in-{language}")

    # Signed in, the desk starts syncing by itself: the standalone studio joins the server's
    # and its history goes up.
    qtbot.waitUntil(lambda: gui_desk.sync.connected, timeout=5000)
    qtbot.waitUntil(lambda: gui_desk.sync.state().phase is Phase.SYNCED, timeout=30000)
    replica_state = gui_desk.store.identity()
    assert replica_state is not None
    assert replica_state.studio_id == studio.studio_id
    assert gui_desk.store.pending_count() == 0

    # Rename the desk.
    dialog.desk_name.setText("Caixa 2")
    assert dialog.rename_button.isEnabled()
    dialog.rename_button.click()
    qtbot.waitUntil(lambda: gui_desk.store.identity() is not None and _desk_name(gui_desk) == "Caixa 2", timeout=10000)
    token = gui_desk.session.session.get_token()
    me = httpx.get(f"{live_server}/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert me.json()["desk"]["name"] == "Caixa 2"
    qtbot.waitUntil(lambda: not dialog.rename_button.isEnabled(), timeout=5000)

    # Sign out (confirmed in the question box).
    def confirm(box: QMessageBox) -> int:
        assert box.objectName() == "signOutConfirm"
        shot(box, f"sign-out-confirm-{language}")
        next(b for b in box.buttons() if b.text() == texts["sign_out"]).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", confirm)
    dialog.sign_out_button.click()
    qtbot.waitUntil(lambda: menu.bridge.status().state is SessionState.SIGNED_OUT, timeout=10000)
    qtbot.waitUntil(lambda: dialog.state_value.text() == texts["signed_out"], timeout=5000)
    assert dialog.address_box.isVisible()
    assert dialog.address.text() == live_server
    assert dialog.connect_button.text() == texts["again"]
    assert menu.badge.text() == texts["signed_out"]
    assert dialog.error.isHidden()
    shot(dialog, f"connection-signed-out-{language}")
    assert httpx.get(f"{live_server}/v1/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    assert scan_for([token], home.root) == []

    # Signed out, the desk stops syncing (it has nothing to send with) and says so; what is
    # written meanwhile waits.
    qtbot.waitUntil(lambda: not gui_desk.sync.connected, timeout=5000)
    assert gui_desk.sync.state().phase is Phase.NEEDS_SIGN_IN
    gui_desk.writer.submit(
        gui_desk.store.apply, "client.create", {"client_id": str(uuid7()), "full_name": "Bia"}
    ).result()
    gui_desk.hub.notify({"client": set()})
    qtbot.waitUntil(lambda: gui_desk.sync.state().pending == 1, timeout=5000)
    assert gui_desk.sync.state().phase is Phase.NEEDS_SIGN_IN
    qtbot.waitUntil(lambda: menu.window.status.sync_label.text() == texts["sync_signed_out"], timeout=5000)

    # Signing in again starts a fresh engine, and the change goes up.
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: menu.bridge.status().state is SessionState.SIGNED_IN, timeout=15000)
    qtbot.waitUntil(lambda: gui_desk.sync.connected, timeout=5000)
    qtbot.waitUntil(
        lambda: gui_desk.sync.state().phase is Phase.SYNCED and gui_desk.sync.state().pending == 0, timeout=30000
    )
    assert gui_desk.store.pending_count() == 0


def _desk_name(desk: Desk) -> str | None:
    from sqlalchemy import select

    from kronos_desktop.store.local_schema import replica

    with desk.store.read_engine.connect() as conn:
        return conn.execute(select(replica.c.desk_name)).scalar()


def test_cancel_while_the_browser_is_open(  # type: ignore[no-untyped-def]
    qtbot, menu: ConnectionMenu, live_server: str, language: str
) -> None:
    browser = FakeBrowser("nobody@example.com", "x", behaviour="nothing")
    menu.bridge.opener = browser
    dialog = _opened(qtbot, menu)
    dialog.address.setText(live_server)
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: dialog.link.text().startswith(f"{live_server}/oauth/authorize?"), timeout=10000)
    assert dialog.waiting.isVisible()
    assert dialog.cancel_button.isVisible()
    assert not dialog.connect_button.isVisible()
    shot(dialog, f"connection-waiting-{language}")

    dialog.cancel_button.click()

    qtbot.waitUntil(lambda: dialog.error.text() == TEXTS[language]["cancelled"], timeout=5000)
    assert dialog.waiting.isHidden()
    assert dialog.connect_button.isVisible()
    assert menu.bridge.status().state is SessionState.STANDALONE
    assert menu.badge.isHidden()

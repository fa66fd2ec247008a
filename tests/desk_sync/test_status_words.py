"""The status bar's and the connection dialog's sentences, in Portuguese and English: counts of
waiting changes with the right plural and never a "0 changes" sentence; a desk the server cut
off (revoked, or the manager who enrolled it deactivated) says a manager must sign in, with the
changes waiting; and the "Ready to sync" note leaves the connection dialog once the desk synced."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from kronos_desktop import i18n
from kronos_desktop.app import Desk as AppDesk
from kronos_desktop.auth.model import Connection, SessionState, SessionStatus, SignedOutReason
from kronos_desktop.sync.engine import Phase, StateChanged, SyncState
from kronos_desktop.ui.main_window import MainWindow
from kronos_desktop.ui.sync.connection_badge import ConnectionBadge
from kronos_desktop.ui.sync.connection_dialog import ConnectionDialog
from kronos_desktop.ui.sync.session_bridge import SessionBridge
from tests.desk_sync.conftest import new_client
from tests.desk_sync.test_ui import app_desk, wait_for, window
from tests.desktop.modal import answer_box
from tests.desktop.reads import settle

__all__ = ["app_desk", "window"]  # the fixtures, shared with test_ui

WORDS = {
    "pt_BR": {
        (Phase.OFFLINE, 0): "Sem conexão",
        (Phase.OFFLINE, 1): "Sem conexão · 1 alteração aguardando",
        (Phase.OFFLINE, 2): "Sem conexão · 2 alterações aguardando",
        (Phase.NEEDS_SIGN_IN, 0): "Entre de novo para sincronizar",
        (Phase.NEEDS_UPDATE, 0): "Atualize o KRONOS para sincronizar",
        (Phase.ERROR, 0): "Problema na sincronização",
        (Phase.STOPPED, 0): "Desconectado",
        (Phase.NEEDS_MANAGER, 0): "Um gerente precisa entrar neste balcão",
        (Phase.NEEDS_MANAGER, 1): "Um gerente precisa entrar neste balcão · 1 alteração aguardando",
        (Phase.NEEDS_MANAGER, 14): "Um gerente precisa entrar neste balcão · 14 alterações aguardando",
    },
    "en": {
        (Phase.OFFLINE, 0): "Offline",
        (Phase.OFFLINE, 1): "Offline · 1 change waiting",
        (Phase.OFFLINE, 2): "Offline · 2 changes waiting",
        (Phase.NEEDS_SIGN_IN, 0): "Sign in again to sync",
        (Phase.NEEDS_UPDATE, 0): "Update KRONOS to sync",
        (Phase.ERROR, 0): "Sync problem",
        (Phase.STOPPED, 0): "Not connected",
        (Phase.NEEDS_MANAGER, 0): "A manager needs to sign in on this desk",
        (Phase.NEEDS_MANAGER, 1): "A manager needs to sign in on this desk · 1 change waiting",
        (Phase.NEEDS_MANAGER, 14): "A manager needs to sign in on this desk · 14 changes waiting",
    },
}

CUT_OFF = {"pt_BR": "Login encerrado pelo servidor", "en": "Signed out by the server"}


def cut_off_status(code: str = "enroller-inactive") -> SessionStatus:
    """The sign-in's status once the server refused this desk's refresh for ``code``."""
    status = SessionStatus(
        SessionState.SIGNED_OUT,
        connection=Connection("https://kronos.example.com", desk_id=uuid.uuid4(), desk_name="Recepção"),
        reason=SignedOutReason.REFUSED,
        detail="the staff member who enrolled this desk is no longer active",
    )
    return SessionStatus(**{**status.__dict__, "code": code})


@pytest.mark.parametrize("language", ["pt_BR", "en"])
def test_waiting_changes_are_counted_right_and_never_zero(
    qapp: QApplication, window: MainWindow, app_desk: AppDesk, language: str
) -> None:
    i18n.install(qapp, language)
    for (phase, pending), text in WORDS[language].items():
        app_desk.sync._on_event(StateChanged(SyncState(phase, pending=pending)))
        assert window.status.sync_label.text() == text
        assert window.status.sync_label.property("tone") == "warn"
    assert not any(" 0 " in text for text in WORDS[language].values())


@pytest.mark.parametrize(("language", "code"), [("pt_BR", "enroller-inactive"), ("en", "desk-revoked")])
def test_a_desk_cut_off_by_the_server_says_a_manager_must_sign_in(  # type: ignore[no-untyped-def]
    qtbot, qapp: QApplication, window: MainWindow, app_desk: AppDesk, language: str, code: str
) -> None:
    i18n.install(qapp, language)
    wait_for(qtbot, lambda: app_desk.sync.state().phase is Phase.SYNCED)
    for n in range(14):
        app_desk.writer.submit(app_desk.store.apply, "client.create", new_client(f"Cliente {n}")).result()
    # The server refused the refresh: the sign-in is over, the engine stops (as the app does),
    # and the badge beside the sync text tells the status bar why.
    app_desk.sync.detach(signed_out=True)
    badge = ConnectionBadge(window.status)
    window.status.addPermanentWidget(badge)
    badge.show_status(cut_off_status(code))
    assert window.status.sync_label.text() == WORDS[language][(Phase.NEEDS_MANAGER, 14)]
    assert badge.text() == CUT_OFF[language]
    assert window.status.sync_label.property("tone") == "warn"
    # Nothing is refused at the counter meanwhile; the count follows.
    app_desk.writer.submit(app_desk.store.apply, "client.create", new_client("Mais uma")).result()
    app_desk.hub.notify({"client": set()})
    fifteen = "15 alterações aguardando" if language == "pt_BR" else "15 changes waiting"
    assert window.status.sync_label.text().endswith(fifteen)


class StaticBridge(SessionBridge):
    """A bridge whose session status is given (no server, no keyring): the dialog only shows."""

    def __init__(self, status: SessionStatus) -> None:
        super(SessionBridge, self).__init__()
        self._last = status
        self._attempt = None

    def cancel_sign_in(self) -> None:
        return None


def open_dialog(qtbot, window: MainWindow, status: SessionStatus, pending: Callable[[], int]) -> ConnectionDialog:  # type: ignore[no-untyped-def]
    dialog = ConnectionDialog(StaticBridge(status), "pt_BR", pending, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.parametrize("language", ["pt_BR", "en"])
def test_the_connection_dialog_of_a_cut_off_desk(  # type: ignore[no-untyped-def]
    qtbot, qapp: QApplication, window: MainWindow, language: str
) -> None:
    i18n.install(qapp, language)
    dialog = open_dialog(qtbot, window, cut_off_status(), lambda: 14)
    assert dialog.state_value.text() == WORDS[language][(Phase.NEEDS_MANAGER, 14)]
    assert dialog.warning.isVisible()
    assert ("Um dono ou gerente entra aqui" if language == "pt_BR" else "An owner or a manager signs in here") in (
        dialog.warning.text()
    )


def signed_in(same_studio: bool) -> SessionStatus:
    studio = uuid.uuid4()
    connection = Connection(
        "https://kronos.example.com",
        desk_id=uuid.uuid4(),
        studio_name="Tinta Forte",
        local_studio_id=studio if same_studio else uuid.uuid4(),
        server_studio_id=studio,
    )
    return SessionStatus(SessionState.SIGNED_IN, connection=connection)


def test_ready_to_sync_leaves_once_the_desk_synced(  # type: ignore[no-untyped-def]
    qtbot, qapp: QApplication, window: MainWindow, app_desk: AppDesk
) -> None:
    i18n.install(qapp, "pt_BR")
    app_desk.sync._on_event(StateChanged(SyncState(Phase.IDLE)))
    dialog = open_dialog(qtbot, window, signed_in(same_studio=False), lambda: 0)
    assert dialog.note.isVisible()
    assert dialog.note.text().startswith("Pronto para sincronizar")
    app_desk.sync._on_event(StateChanged(SyncState(Phase.SYNCED, last_sync_at=app_desk.store.now())))
    assert dialog.note.isHidden()
    assert dialog.note.text() == ""


@pytest.mark.parametrize("language", ["pt_BR", "en"])
def test_signing_out_with_nothing_waiting_names_no_count(  # type: ignore[no-untyped-def]
    qtbot, qapp: QApplication, window: MainWindow, language: str
) -> None:
    i18n.install(qapp, language)
    asked: list[dict[str, str]] = []
    for pending in (0, 1, 3):
        dialog = open_dialog(qtbot, window, signed_in(same_studio=True), lambda n=pending: n)  # type: ignore[misc]
        answer_box(asked, "reject")
        dialog.confirm_sign_out()
    sentences = [a["more"] for a in asked]
    assert not any(" 0 " in s for s in sentences)
    if language == "pt_BR":
        assert sentences[0].endswith("Os dados deste computador continuam guardados.")
        assert "e a 1 alteração ainda não enviada" in sentences[1]
        assert "e as 3 alterações ainda não enviadas" in sentences[2]
    else:
        assert sentences[0].endswith("The data on this computer is kept.")
        assert "the 1 change not yet sent" in sentences[1]
        assert "the 3 changes not yet sent" in sentences[2]


def test_quitting_with_one_change_waiting_in_portuguese(  # type: ignore[no-untyped-def]
    qtbot, qapp: QApplication, window: MainWindow, app_desk: AppDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    i18n.install(qapp, "pt_BR")
    wait_for(qtbot, lambda: app_desk.sync.state().phase is Phase.SYNCED)
    app_desk.transport.offline = True  # type: ignore[attr-defined]
    app_desk.writer.submit(app_desk.store.apply, "client.create", new_client()).result()
    app_desk.sync.sync_now()
    wait_for(qtbot, lambda: app_desk.sync.state().phase is Phase.OFFLINE)
    asked: list[tuple[str, str]] = []

    def exec_(box: QMessageBox) -> QMessageBox.StandardButton:
        asked.append((box.text(), box.informativeText()))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    window.confirm_quit = True
    assert window.close() is False
    window.confirm_quit = False
    ((text, more),) = asked
    assert text == "1 alteração ainda não chegou ao servidor."
    assert not more.startswith("Elas"), "one change is not 'they'"


def test_a_desk_cut_off_before_its_sync_started_says_so_too(  # type: ignore[no-untyped-def]
    qtbot, qapp: QApplication, window: MainWindow, app_desk: AppDesk
) -> None:
    """At start-up the refused refresh comes before any engine: the sign-in's status alone says it."""
    i18n.install(qapp, "pt_BR")
    app_desk.sync.detach()  # no engine, not signed out by a person: as at start-up
    app_desk.writer.submit(app_desk.store.apply, "client.create", new_client()).result()
    app_desk.hub.notify({"client": set()})
    settle(qtbot, app_desk.ctx)  # the status bar read the desk again
    desk = app_desk.ctx.desk()
    assert desk is not None
    assert desk.server_url
    assert window.status.sync_label.text() == "Desconectado · 1 alteração aguardando"
    badge = ConnectionBadge(window.status)
    window.status.addPermanentWidget(badge)
    badge.show_status(cut_off_status())
    assert window.status.sync_label.text() == "Um gerente precisa entrar neste balcão · 1 alteração aguardando"

"""The demo studio says it cannot join a server before anything is signed in or changed (its
rows were written with no outbox: no push could ever bring them to a server, and joining would
lose them); a standalone studio with its history is offered the sign-in as before; a desk that
joined a studio and waits for its first download does not show the first screen again."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import update

from kronos_desktop.app import Desk, open_window
from kronos_desktop.store import LocalStore
from kronos_desktop.store.local_schema import replica
from kronos_desktop.ui.sync.connection_dialog import ConnectionDialog

DEMO_WORDS = {"pt_BR": "estúdio de demonstração", "en": "demo studio"}


def connection_dialog(qtbot, desk: Desk) -> ConnectionDialog:  # type: ignore[no-untyped-def]
    window = open_window(desk, None)
    qtbot.addWidget(window)
    dialog: ConnectionDialog = window.connection_menu.open()  # type: ignore[attr-defined]
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("language", ["pt_BR", "en"])
def test_the_demo_studio_says_it_cannot_join_and_signs_nothing_in(  # type: ignore[no-untyped-def]
    qtbot, desk: Desk, language: str
) -> None:
    dialog = connection_dialog(qtbot, desk)

    assert dialog.cannot_join.isVisible()
    assert DEMO_WORDS[language] in dialog.cannot_join.text()
    assert "--data-dir" in dialog.cannot_join.text()
    assert not dialog.address.isVisible(), "no address to type, no Connect to press"
    assert not dialog.connect_button.isVisible()

    dialog.address.setText("https://kronos.example.com")
    dialog.connect_desk()  # Enter in the address, had it been shown

    assert not desk.session.signing_in, "no sign-in started"
    state = desk.store.identity()
    assert state is not None
    assert state.server_url is None, "nothing was changed"


def test_a_standalone_studio_is_offered_the_sign_in(qtbot, tmp_path: Path, translated: str) -> None:  # type: ignore[no-untyped-def]
    store = LocalStore.open(tmp_path / "solo")
    state = store.ensure_identity()
    owner = uuid.uuid4()
    setup = {"studio_id": str(state.studio_id), "name": "Solo", "owner_staff_id": str(owner), "owner_name": "Lia"}
    store.apply("studio.setup", setup, staff_id=owner)
    store.apply("client.create", {"client_id": str(uuid.uuid4()), "full_name": "Bia"})
    desk = Desk(store, translated)
    try:
        dialog = connection_dialog(qtbot, desk)
        assert not dialog.cannot_join.isVisible()
        assert dialog.address.isVisible()
        assert dialog.connect_button.isVisible()
    finally:
        desk.close()


@pytest.fixture
def joining_desk(tmp_path: Path, translated: str) -> Iterator[Desk]:
    """A desk that signed in to a studio's server from the first screen and has not downloaded
    the studio yet (closed meanwhile)."""
    store = LocalStore.open(tmp_path / "joining")
    store.ensure_identity()
    with store.engine.begin() as conn:
        conn.execute(update(replica).values(server_url="https://kronos.example.com"))
    desk = Desk(store, translated)
    yield desk
    desk.close()


def test_a_desk_waiting_for_its_studio_does_not_ask_to_set_one_up(qtbot, joining_desk: Desk) -> None:  # type: ignore[no-untyped-def]
    assert joining_desk.ctx.studio() is None
    assert not joining_desk.needs_setup()
    window = open_window(joining_desk, None)
    qtbot.addWidget(window)
    assert getattr(window, "setup_dialog", None) is None

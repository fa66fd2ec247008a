"""An artist at the desk sees their own clients (issue 11, "artists see their own day and clients
in full"): the Clients list and its search hold only the clients they have booked or registered;
a receptionist stepping up sees the whole studio again."""

from __future__ import annotations

from typing import Any

from sqlalchemy import distinct, func, select

from kronos_core.demo import DemoStudio
from kronos_core.roles import Role
from kronos_core.schema import appointment, client
from kronos_desktop.app import Desk
from kronos_desktop.ui.clients.view import ClientsView
from tests.desktop.reads import settle


def _names(view: ClientsView) -> set[str]:
    return {row.full_name for row in view.model.rows()}


def test_an_artist_lists_and_finds_only_their_clients(qtbot: Any, desk: Desk, demo: DemoStudio) -> None:
    artist = demo.artist_ids[0]
    with desk.store.read_engine.connect() as conn:
        theirs = conn.execute(
            select(func.count(distinct(appointment.c.client_id))).where(
                appointment.c.artist_id == artist, appointment.c.client_id.is_not(None)
            )
        ).scalar_one()
        everyone = conn.execute(select(func.count()).select_from(client)).scalar_one()
        a_stranger = conn.execute(
            select(client.c.full_name)
            .where(
                ~client.c.id.in_(
                    select(appointment.c.client_id).where(
                        appointment.c.artist_id == artist, appointment.c.client_id.is_not(None)
                    )
                )
            )
            .order_by(client.c.full_name)
            .limit(1)
        ).scalar_one()
    assert 0 < theirs < everyone

    view = ClientsView(desk.ctx)
    qtbot.addWidget(view)
    settle(qtbot, desk.ctx)
    assert view.model.total == everyone

    desk.ctx.who.set(artist, Role.ARTIST, "Rafa Monteiro")
    settle(qtbot, desk.ctx)
    assert view.model.total == theirs
    assert a_stranger not in _names(view)
    view.search.setText(a_stranger)
    view.apply_search()
    settle(qtbot, desk.ctx)
    assert a_stranger not in _names(view), "a colleague's client is not found by name either"

    desk.ctx.who.set(demo.receptionist_id, Role.RECEPTIONIST, "Larissa Menezes")
    settle(qtbot, desk.ctx)
    assert a_stranger in _names(view)

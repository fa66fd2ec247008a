"""An artist at the desk (issue 11, "Roles on the desk"): the agenda shows their own bookings in
full and a colleague's as "Busy" with nothing about the client (not even in the model), the
checkout only their sales and the figures of those; a receptionist stepping up sees everything
again. On the demo studio (a receptionist's desk), who is at the desk set as the lock sets it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select, update

from kronos_core.demo import DemoStudio
from kronos_core.roles import Role
from kronos_core.schema import appointment, client, sale, sale_line, staff
from kronos_desktop.app import Desk
from kronos_desktop.store.local_schema import replica
from kronos_desktop.store.queries.common import day_bounds
from kronos_desktop.ui.agenda.day_list import AgendaModel
from kronos_desktop.ui.agenda.view import AgendaView
from kronos_desktop.ui.checkout.view import CheckoutView
from tests.desktop.reads import settle

ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


@pytest.fixture
def language() -> str:
    """English: this task's new words reach the pt_BR catalogue when the lead runs lupdate
    ("Busy" is "Ocupado" there)."""
    return "en"


def everything_shown(model: Any) -> list[str]:
    """Every text the model gives a view (each cell's text and tooltip)."""
    found = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            for role in ROLES:
                value = model.index(row, column).data(role)
                if isinstance(value, str) and value:
                    found.append(value)
    return found


def busiest_artist(desk: Desk, demo: DemoStudio, day: dt.date) -> uuid.UUID:
    """The demo artist with the most client bookings on ``day`` (others have some too)."""
    start, end = day_bounds(day, desk.ctx.zone())
    a = appointment.c
    with desk.store.read_engine.connect() as conn:
        booked = Counter(
            conn.execute(
                select(a.artist_id).where(
                    a.client_id.is_not(None),
                    a.artist_id.in_(demo.artist_ids),
                    a.deleted.is_(False),
                    a.starts_at < end,
                    a.ends_at > start,
                )
            ).scalars()
        )
    assert len(booked) > 1
    busiest: uuid.UUID = booked.most_common(1)[0][0]
    return busiest


def name_of(desk: Desk, staff_id: uuid.UUID) -> str:
    with desk.store.read_engine.connect() as conn:
        return str(conn.execute(select(staff.c.display_name).where(staff.c.id == staff_id)).scalar_one())


def sales_with_lines_of(desk: Desk, artist_id: uuid.UUID, day: dt.date) -> tuple[set[str], set[str]]:
    """The numbers of ``day``'s sales with a line of ``artist_id``'s, and of all of the day's."""
    with desk.store.read_engine.connect() as conn:
        every = set(conn.execute(select(sale.c.number).where(sale.c.business_date == day)).scalars())
        theirs = set(
            conn.execute(
                select(sale.c.number)
                .join(sale_line, sale_line.c.sale_id == sale.c.id)
                .where(sale.c.business_date == day, sale_line.c.artist_id == artist_id)
            ).scalars()
        )
    return theirs, every


def a_day_with_sales_of_several(desk: Desk, demo: DemoStudio, artist_id: uuid.UUID, today: dt.date) -> dt.date:
    for back in range(1, 30):
        day = today - dt.timedelta(days=back)
        theirs, every = sales_with_lines_of(desk, artist_id, day)
        if theirs and len(every) > len(theirs):
            return day
    raise AssertionError("the demo has no day with sales of this artist and of others")


@pytest.fixture
def agenda(qtbot, desk: Desk) -> AgendaView:  # type: ignore[no-untyped-def]
    view = AgendaView(desk.ctx)
    qtbot.addWidget(view)
    settle(qtbot, desk.ctx)
    return view


@pytest.fixture
def checkout(qtbot, desk: Desk) -> CheckoutView:  # type: ignore[no-untyped-def]
    view = CheckoutView(desk.ctx)
    qtbot.addWidget(view)
    settle(qtbot, desk.ctx)
    return view


def step_up(qtbot: Any, desk: Desk, staff_id: uuid.UUID | None, role: Role | None) -> None:
    desk.ctx.who.set(staff_id, role, name_of(desk, staff_id) if staff_id else "")
    settle(qtbot, desk.ctx)


def test_an_artist_sees_their_bookings_in_full_and_colleagues_as_busy(
    qtbot: Any, desk: Desk, demo: DemoStudio, agenda: AgendaView
) -> None:
    model = agenda.model
    artist = busiest_artist(desk, demo, agenda.day())  # today in the demo: everyone has clients
    artist_name = name_of(desk, artist)
    every_row = model.rows()
    assert {r.artist_name for r in every_row if r.client_name} - {artist_name}, "colleagues have clients today"
    assert any(r.artist_name == artist_name and r.client_name for r in every_row)
    colleagues_names = {r.client_name for r in every_row if r.artist_name != artist_name and r.client_name}
    colleagues_full = {r.client_full_name for r in every_row if r.artist_name != artist_name and r.client_full_name}
    colleagues_notes = {r.notes for r in every_row if r.artist_name != artist_name and r.notes}
    theirs_too = {
        t for r in every_row if r.artist_name == artist_name for t in (r.client_name, r.client_full_name, r.notes)
    }
    colleagues_names, colleagues_full, colleagues_notes = (
        colleagues_names - theirs_too,
        colleagues_full - theirs_too,
        colleagues_notes - theirs_too,
    )
    assert colleagues_full

    step_up(qtbot, desk, artist, Role.ARTIST)
    rows = model.rows()
    assert [r.id for r in rows] == [r.id for r in every_row]  # the same day, the same slots taken
    own = [r for r in rows if r.artist_name == artist_name]
    others = [r for r in rows if r.artist_name != artist_name]
    assert own
    assert others
    before = {r.id: r for r in every_row}
    for row in own:
        assert not row.busy
        assert row == before[row.id]  # the artist's own bookings: as a receptionist sees them
    for row in others:  # a colleague's: only that the time is taken
        assert row.busy
        assert (row.client_id, row.client_name, row.client_full_name, row.notes, row.health_alert, row.kind,
                row.booked_by) == (None, None, None, None, None, "", None)  # fmt: skip
    for row_number, row in enumerate(rows):
        client_cell = model.index(row_number, AgendaModel.Col.CLIENT).data()
        kind_cell = model.index(row_number, AgendaModel.Col.KIND).data()
        if row.busy:
            assert (client_cell, kind_cell) == ("Busy", "")
        else:
            assert client_cell == (row.client_name or "—")
    shown = everything_shown(model)
    assert not (colleagues_names | colleagues_full | colleagues_notes) & set(shown)
    for secret in colleagues_full | colleagues_notes:
        assert secret not in "\n".join(shown), f"{secret!r} of a colleague's booking is on the artist's screen"
    own_active = sum(1 for r in own if r.status not in {"cancelled", "no_show"} and r.kind != "block")
    assert agenda.summary.text().startswith(f"{own_active} ")  # their appointments, not the studio's

    step_up(qtbot, desk, demo.receptionist_id, Role.RECEPTIONIST)
    assert model.rows() == every_row  # everything again


def test_a_desk_enrolled_as_an_artist_shows_the_artist_view_with_nobody_identified(
    qtbot: Any, desk: Desk, demo: DemoStudio, agenda: AgendaView
) -> None:
    artist = busiest_artist(desk, demo, agenda.day())
    with desk.store.engine.begin() as conn:
        conn.execute(update(replica).where(replica.c.id == 1).values(desk_role="artist", staff_id=artist))
    state = desk.ctx.desk()
    assert state is not None
    desk.hub.notify({"replica": {state.studio_id}})
    settle(qtbot, desk.ctx)
    rows = agenda.model.rows()
    artist_name = name_of(desk, artist)
    assert rows
    assert all(r.busy == (r.artist_name != artist_name) for r in rows)
    assert all(r.client_name is None for r in rows if r.busy)


def test_an_artist_sees_only_their_sales_and_the_figures_of_those(
    qtbot: Any, desk: Desk, demo: DemoStudio, checkout: CheckoutView
) -> None:
    artist = busiest_artist(desk, demo, checkout.day())
    day = a_day_with_sales_of_several(desk, demo, artist, checkout.day())
    checkout.navigator.set_day(day)
    settle(qtbot, desk.ctx)
    theirs, every = sales_with_lines_of(desk, artist, day)
    model = checkout.model
    own_only = checkout.findChild(QLabel, "checkoutOwnOnly")
    assert own_only is not None
    assert {r.number for r in model.rows()} == every
    assert checkout.summary is not None
    everything = checkout.summary
    assert not own_only.isVisible()

    step_up(qtbot, desk, artist, Role.ARTIST)
    shown = {r.number for r in model.rows()}
    assert shown == theirs  # only the sales with a line of theirs
    assert checkout.summary is not None
    summary = checkout.summary
    assert summary.sales_count == sum(1 for r in model.rows() if r.status == "closed")
    assert summary.sales_total == sum(r.total for r in model.rows() if r.status == "closed")
    assert summary.sales_total < everything.sales_total
    assert summary.received_total == sum(sum(r.payments.values()) for r in model.rows())
    assert summary.received_total < everything.received_total
    with desk.store.read_engine.connect() as conn:
        colleagues_lines = conn.execute(
            select(sale.c.number, sale_line.c.total)
            .join(sale_line, sale_line.c.sale_id == sale.c.id)
            .where(sale.c.business_date == day, sale_line.c.artist_id != artist)
        ).all()
        clients_elsewhere = set(
            conn.execute(
                select(client.c.full_name)
                .join(sale, sale.c.client_id == client.c.id)
                .where(sale.c.business_date == day, sale.c.number.not_in(theirs))
            ).scalars()
        )
    assert all(number not in shown for number, _total in colleagues_lines)  # the demo's tickets have one artist
    figures = checkout.summary_panel.values
    assert figures["sales_count"].text() == str(summary.sales_count)
    screen = "\n".join(everything_shown(model))
    for name in clients_elsewhere:
        assert name not in screen
    assert own_only.isVisibleTo(checkout)
    assert own_only.text() == "Only your sales and their figures are shown."

    step_up(qtbot, desk, demo.receptionist_id, Role.RECEPTIONIST)
    assert {r.number for r in model.rows()} == every
    assert checkout.summary == everything
    assert not own_only.isVisibleTo(checkout)


def test_what_was_read_for_the_person_before_goes_the_moment_someone_else_steps_up(
    qtbot: Any, desk: Desk, demo: DemoStudio, agenda: AgendaView, checkout: CheckoutView
) -> None:
    """Between a switch and the new read, the views show nothing rather than the previous
    person's day (a receptionist's full agenda, their takings) to the artist now at the desk."""
    artist = busiest_artist(desk, demo, agenda.day())
    step_up(qtbot, desk, demo.receptionist_id, Role.RECEPTIONIST)
    assert agenda.model.rowCount() > 0
    assert any(not r.busy and r.client_name for r in agenda.model.rows())
    desk.ctx.who.set(artist, Role.ARTIST, name_of(desk, artist))  # no waiting: as it is painted next
    assert agenda.model.rowCount() == 0
    assert not agenda.table.isVisibleTo(agenda)
    assert agenda.summary.text() == ""
    assert checkout.model.rowCount() == 0
    assert checkout.summary is None
    assert not checkout.summary_panel.isVisibleTo(checkout)
    settle(qtbot, desk.ctx)
    assert agenda.model.rowCount() > 0
    assert any(r.busy for r in agenda.model.rows())
    assert checkout.summary_panel.isVisibleTo(checkout)
    desk.ctx.who.set(None, None)  # locked: nothing of the artist's stays behind the lock either
    assert agenda.model.rowCount() == 0

"""Who made a booking or rang up a sale (created_by, issue 11) shows where the booking and the
sale do: the agenda's time says "Booked by …", the checkout's number "Rung up by …", and a
booking made by the person at the desk names them even after someone else changes it."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from kronos_core.demo import DemoStudio
from kronos_core.roles import Role
from kronos_core.schema import client, sale, staff
from kronos_desktop.app import Desk
from kronos_desktop.ops import MutationOp
from kronos_desktop.ui.agenda.day_list import AgendaModel
from kronos_desktop.ui.agenda.view import AgendaView
from kronos_desktop.ui.checkout.view import CheckoutView, SalesModel
from tests.desktop.reads import settle

TIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def language() -> str:
    return "en"


def _run(qtbot: Any, desk: Desk, op: MutationOp) -> None:
    with qtbot.waitSignal(desk.ctx.runner.op_succeeded, timeout=10_000):
        desk.ctx.runner.run(op)


def test_a_booking_says_who_made_it_and_keeps_it_after_a_change(qtbot: Any, desk: Desk, demo: DemoStudio) -> None:
    view = AgendaView(desk.ctx)
    qtbot.addWidget(view)
    settle(qtbot, desk.ctx)
    demo_tips = {view.model.index(r, AgendaModel.Col.TIME).data(TIP) for r in range(view.model.rowCount())}
    assert any(t and t.startswith("Booked by ") for t in demo_tips), "the demo's bookings name who made them"

    with desk.store.read_engine.connect() as conn:
        someone = conn.execute(select(client.c.id).limit(1)).scalar_one()
        artist_name = conn.execute(select(staff.c.display_name).where(staff.c.id == demo.artist_ids[1])).scalar_one()
    desk.writer.submit(desk.store.set_member, demo.manager_id).result()  # Thiago steps up
    desk.ctx.who.set(demo.manager_id, Role.MANAGER, "Thiago Bastos")
    day = view.day()
    start = dt.datetime.combine(day, dt.time(23, 0), tzinfo=desk.ctx.zone())  # after the demo's day
    booking = uuid.uuid4()
    _run(
        qtbot,
        desk,
        MutationOp(
            "appointment.book",
            {
                "appointment_id": str(booking),
                "client_id": str(someone),
                "artist_id": str(demo.artist_ids[1]),
                "starts_at": start.astimezone(dt.UTC).isoformat(),
                "ends_at": (start + dt.timedelta(minutes=30)).astimezone(dt.UTC).isoformat(),
                "kind": "consultation",
            },
        ),
    )
    desk.writer.submit(desk.store.set_member, demo.receptionist_id).result()  # Larissa confirms it
    _run(qtbot, desk, MutationOp("appointment.set_status", {"appointment_id": str(booking), "status": "confirmed"}))
    settle(qtbot, desk.ctx)
    row = view.model.find_row(booking)
    assert row >= 0
    assert view.model.index(row, AgendaModel.Col.TIME).data(TIP) == "Booked by Thiago Bastos"
    assert view.model.row_at(row).artist_name == artist_name


def test_a_sale_says_who_rang_it_up(qtbot: Any, desk: Desk) -> None:
    view = CheckoutView(desk.ctx)
    qtbot.addWidget(view)
    settle(qtbot, desk.ctx)
    model = view.model
    assert model.rowCount() > 0, "the demo closed sales today"
    with desk.store.read_engine.connect() as conn:  # who recorded each sale, by its created_by
        names = dict(
            conn.execute(select(sale.c.number, staff.c.display_name).join(staff, staff.c.id == sale.c.created_by)).all()
        )
    for r in range(model.rowCount()):
        number = model.index(r, SalesModel.Col.NUMBER).data()
        assert model.index(r, SalesModel.Col.NUMBER).data(TIP) == f"Rung up by {names[number]}"

"""The conflicts inbox in Portuguese, with a booking the server refused from another desk (the
``rejected`` conflict as a pull writes it, the desk's name as the server gave it): the person
clicks "Refazer"; while the client is blocked the reason shows and the conflict stays; once she
is unblocked, the booking appears in the agenda and the conflict leaves the list."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from PySide6.QtCore import Qt

from kronos_core.demo import DemoStudio
from kronos_core.ids import uuid7
from kronos_core.instants import utcnow
from kronos_core.mutations import Actor, ApplyContext
from kronos_core.roles import Role
from kronos_core.schema import sync_conflict
from kronos_desktop.app import Desk
from kronos_desktop.ops.runner import MutationOp
from kronos_desktop.store.local_schema import desk_name
from kronos_desktop.sync.inbox import load_inbox
from kronos_desktop.ui.main_window import MainWindow
from kronos_desktop.ui.sync.inbox import ConflictsModel
from tests.desktop.reads import settle

pytestmark = pytest.mark.gui


def pulled_refusal(desk: Desk, demo: DemoStudio, name: str, args: dict[str, Any]) -> uuid.UUID:
    """The ``rejected`` conflict of another desk's change, as a pull writes it (under a version,
    from that desk's replica), and that desk's name as ``GET /v1/desks/names`` gave it."""
    other_device, mutation_uuid = uuid7(), uuid7()

    def write() -> uuid.UUID:
        with desk.store.engine.begin() as conn:
            actor = Actor(demo.studio_id, Role.RECEPTIONIST, demo.receptionist_id, other_device)
            ctx = ApplyContext(conn, actor, mutation_uuid, name, utcnow(), version=10_000)
            conflict_id = ctx.insert(
                sync_conflict,
                {"id": uuid7(), "kind": "rejected", "status": "open", "mutation_uuid": mutation_uuid,
                 "mutation_name": name, "table_name": None, "row_ids": [], "mine": {"name": name, "args": args},
                 "theirs": {"code": "client_blocked", "params": {"name": "Ana Souza"}},
                 "detail": "Ana Souza is blocked from booking"},
            )  # fmt: skip
            conn.execute(desk_name.insert().values(device_id=other_device, desk_id=uuid7(), name="Balcão 2",
                                                   fetched_at=utcnow()))  # fmt: skip
        return conflict_id

    conflict_id: uuid.UUID = desk.writer.submit(write).result()
    desk.hub.notify({"sync_conflict": {conflict_id}})
    return conflict_id


def run(qtbot, desk: Desk, name: str, args: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(desk.runner.op_succeeded, timeout=5000):
        desk.runner.run(MutationOp(name, args))


def test_a_person_redoes_a_refused_booking_in_portuguese(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, desk: Desk, demo: DemoStudio, monkeypatch: pytest.MonkeyPatch
) -> None:
    ana = uuid7()
    run(qtbot, desk, "client.create", {"client_id": str(ana), "full_name": "Ana Souza", "blocked": True})
    zone = desk.ctx.zone()
    day = desk.ctx.today() + dt.timedelta(days=300)  # a day with nothing booked yet
    start = dt.datetime(day.year, day.month, day.day, 14, 0, tzinfo=zone)
    booking = {"appointment_id": str(uuid7()), "client_id": str(ana), "artist_id": str(demo.artist_ids[0]),
               "starts_at": start.isoformat(), "ends_at": (start + dt.timedelta(hours=2)).isoformat()}  # fmt: skip
    conflict_id = pulled_refusal(desk, demo, "appointment.book", booking)

    view = window.show_conflicts().view
    qtbot.waitUntil(lambda: view.model.find_row(conflict_id) >= 0)
    view.table.selectRow(view.model.find_row(conflict_id))
    row = view.model.find_row(conflict_id)
    assert view.model.data(view.model.index(row, ConflictsModel.Col.KIND)) == "Alteração recusada"
    assert view.model.data(view.model.index(row, ConflictsModel.Col.WHO)).endswith(" · Balcão 2")
    redo = view.buttons["redo"]
    assert redo.text() == "Refazer esta alteração"
    assert "Recusado: Agendar Ana Souza com " in view.details.text()
    assert "Nota do servidor: Ana Souza está impedido(a) de agendar." in view.details.text()  # not in English
    assert f"{day.day:02d}/{day.month:02d}/{day.year}, 14:00 – 16:00" in view.details.text()

    # Still blocked: the reason shows at once, nothing is written, the conflict stays.
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        "kronos_desktop.ui.sync.inbox.show_redo_refused", lambda _parent, change, why: shown.append((change, why))
    )
    with qtbot.waitSignal(desk.runner.op_failed, timeout=5000):
        qtbot.mouseClick(redo, Qt.MouseButton.LeftButton)
    assert [why for _, why in shown] == ["Ana Souza está impedido(a) de agendar."]  # in the desk's language
    assert conflict_id in {i.id for i in load_inbox(desk.store.read_engine)}

    # Unblocked, the same click books her: the booking is in the agenda, the conflict gone.
    run(qtbot, desk, "client.update", {"client_id": str(ana), "changes": {"blocked": False},
                                       "seen": {"blocked": True}})  # fmt: skip
    window.agenda.navigator.set_day(day)
    settle(qtbot, desk.ctx)
    assert window.agenda.model.rowCount() == 0
    view.table.selectRow(view.model.find_row(conflict_id))
    with qtbot.waitSignal(desk.runner.op_succeeded, timeout=5000):
        qtbot.mouseClick(view.buttons["redo"], Qt.MouseButton.LeftButton)
    settle(qtbot, desk.ctx)  # the agenda read the day again
    agenda = window.agenda.model
    assert [agenda.row_at(r).client_full_name for r in range(agenda.rowCount())] == ["Ana Souza"]
    assert agenda.row_at(0).id == uuid.UUID(booking["appointment_id"])
    qtbot.waitUntil(lambda: view.model.find_row(conflict_id) < 0)
    assert conflict_id not in {i.id for i in load_inbox(desk.store.read_engine)}

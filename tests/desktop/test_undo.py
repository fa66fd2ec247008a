"""Edit → Undo on the desk (kronos_desktop/ops/undo.py): the last action of the person at the
desk, undone by its inverse mutation through the op runner, on the demo studio's real file.

Each inverse once (a booking cancelled, a move back, a status back, a client's details back), a
refused undo (the status can no longer go back: a clear message, nothing changed), the menu's
words in both languages, one stack per person at the desk, and an undo the desk's role may not
run. The change and its undo both stay in the outbox: an undo never deletes from it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from sqlalchemy import Table, select, update

from kronos_core.demo import DemoStudio
from kronos_core.ids import uuid7
from kronos_core.schema import appointment, client, project, sync_conflict
from kronos_desktop.app import Desk
from kronos_desktop.ops import MutationOp
from kronos_desktop.store.local_schema import outbox, replica
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.conftest import Shown
from tests.desktop.reads import settle

START = dt.datetime(2028, 6, 6, 13, 0, tzinfo=dt.UTC)  # far from the demo's bookings


def settled(qtbot: Any, window: MainWindow) -> None:
    """Wait until the undo stack kept the last action and the Edit menu shows its words."""
    qtbot.waitUntil(lambda: not window.undo_stack.busy, timeout=10_000)
    settle(qtbot, window.ctx)


def act(qtbot: Any, window: MainWindow, name: str, args: dict[str, Any]) -> None:
    """A person's action at the desk, through the op runner as a view would."""
    with qtbot.waitSignal(window.ctx.runner.op_succeeded, timeout=10_000):
        window.ctx.runner.run(MutationOp(name, args))
    settled(qtbot, window)


def undo(qtbot: Any, window: MainWindow) -> None:
    assert window.undo_action.isEnabled(), window.undo_action.toolTip()
    with qtbot.waitSignal(window.undo_stack.undone, timeout=10_000):
        window.undo_action.trigger()
    settled(qtbot, window)


def one(desk: Desk, table: Table, row_id: uuid.UUID) -> dict[str, Any]:
    with desk.store.read_engine.connect() as conn:
        return dict(conn.execute(select(table).where(table.c.id == row_id)).mappings().one())


def outbox_names(desk: Desk) -> list[str]:
    with desk.store.read_engine.connect() as conn:
        return list(conn.execute(select(outbox.c.name).order_by(outbox.c.seq)).scalars())


def new_client(qtbot: Any, window: MainWindow, name: str = "Ana Desfazer") -> uuid.UUID:
    client_id = uuid7()
    act(qtbot, window, "client.create", {"client_id": str(client_id), "full_name": name, "phone": "+55 11 98888-7777"})
    return client_id


def book(qtbot: Any, window: MainWindow, demo: DemoStudio, client_id: uuid.UUID) -> uuid.UUID:
    appointment_id = uuid7()
    args = {
        "appointment_id": str(appointment_id),
        "client_id": str(client_id),
        "artist_id": str(demo.artist_ids[0]),
        "starts_at": START.isoformat(),
        "ends_at": (START + dt.timedelta(hours=2)).isoformat(),
    }
    act(qtbot, window, "appointment.book", args)
    return appointment_id


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "pt_BR",
            (
                "&Desfazer Agendar Ana Desfazer",
                "&Desfazer Novo cliente Ana Desfazer",
                "Novo cliente Ana Desfazer: não pode ser desfeito",
            ),
        ),
        (
            "en",
            ("&Undo Book Ana Desfazer", "&Undo New client Ana Desfazer", "New client Ana Desfazer cannot be undone"),
        ),
    ],
)
def test_a_booking_undone_is_cancelled(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio, language: str, words: tuple[str, str, str]
) -> None:
    client_id = new_client(qtbot, window)
    booking = book(qtbot, window, demo, client_id)
    assert window.undo_action.text() == words[0]
    undo(qtbot, window)
    assert one(desk, appointment, booking)["status"] == "cancelled"
    # Both travel to the server: the undo is a change of its own, nothing left the outbox.
    assert outbox_names(desk)[-3:] == ["client.create", "appointment.book", "appointment.cancel"]
    # Next, the client's creation: it has no inverse, so Undo names it and says why not.
    assert window.undo_action.text() == words[1]
    assert not window.undo_action.isEnabled()
    assert window.undo_action.toolTip() == words[2]


def test_a_move_undone_goes_back(qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio) -> None:
    booking = book(qtbot, window, demo, new_client(qtbot, window))
    later = START + dt.timedelta(days=1, hours=2)
    act(
        qtbot,
        window,
        "appointment.reschedule",
        {
            "appointment_id": str(booking),
            "starts_at": later.isoformat(),
            "ends_at": (later + dt.timedelta(hours=3)).isoformat(),
            "artist_id": str(demo.artist_ids[1]),
        },
    )
    assert window.undo_action.text() == "&Desfazer Remarcar o horário de Ana Desfazer"
    undo(qtbot, window)
    row = one(desk, appointment, booking)
    assert (row["starts_at"], row["ends_at"], row["artist_id"]) == (
        START,
        START + dt.timedelta(hours=2),
        demo.artist_ids[0],
    )
    assert row["status"] == "booked"  # the booking itself is still there: Undo now cancels it
    assert window.undo_action.text() == "&Desfazer Agendar Ana Desfazer"


def test_a_status_undone_goes_back(qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio) -> None:
    booking = book(qtbot, window, demo, new_client(qtbot, window))
    act(qtbot, window, "appointment.set_status", {"appointment_id": str(booking), "status": "confirmed"})
    undo(qtbot, window)
    assert one(desk, appointment, booking)["status"] == "booked"


def test_a_clients_details_undone_come_back(qtbot: Any, window: MainWindow, desk: Desk) -> None:
    client_id = new_client(qtbot, window)
    was = one(desk, client, client_id)
    act(
        qtbot,
        window,
        "client.update",
        {
            "client_id": str(client_id),
            "changes": {"full_name": "Ana Souza", "phone": "+55 11 97777-6666"},
            "seen": {"full_name": "Ana Desfazer", "phone": was["phone"]},
        },
    )
    assert one(desk, client, client_id)["phone"] != was["phone"]
    assert window.undo_action.text() == "&Desfazer Alterar os dados de Ana Souza"
    undo(qtbot, window)
    row = one(desk, client, client_id)
    assert (row["full_name"], row["phone"]) == ("Ana Desfazer", was["phone"])
    assert outbox_names(desk)[-1] == "client.update"


def test_an_undo_the_status_table_refuses_says_so_and_changes_nothing(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio, shown: Shown
) -> None:
    """Ana was booked here; meanwhile (another desk, synced) her session took place and was
    completed: undoing the booking would cancel a session that happened, which the status table
    refuses, so the undo says so and changes nothing."""
    booking = book(qtbot, window, demo, new_client(qtbot, window))
    booked_undo = window.undo_action.text()
    for status in ("checked_in", "in_progress", "completed"):  # not this person's actions: not in Undo
        desk.store.apply("appointment.set_status", {"appointment_id": str(booking), "status": status})
    before = outbox_names(desk)
    with qtbot.waitSignal(desk.ctx.runner.op_failed, timeout=10_000):
        window.undo_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    settled(qtbot, window)
    (name, text, _details) = shown[0]
    assert name == "undoRefusedDialog"
    title, reason = text.split("\n", 1)
    assert title.endswith("Desfazer: não foi possível desfazer")
    assert reason == "Um agendamento com situação “Concluído” não pode passar a “Cancelado”."
    assert one(desk, appointment, booking)["status"] == "completed"
    assert outbox_names(desk) == before
    # The refused action is gone from Undo, which now offers the one before it (the new client).
    assert window.undo_action.text() != booked_undo
    assert window.undo_action.text() == "&Desfazer Novo cliente Ana Desfazer"


def set_desk(qtbot: Any, window: MainWindow, desk: Desk, **values: Any) -> None:
    """The desk's row changes (who is at it, or its role), and the hub says so."""
    with desk.store.engine.begin() as conn:
        conn.execute(update(replica).where(replica.c.id == 1).values(**values))
    state = desk.ctx.desk()
    assert state is not None
    desk.hub.notify({"replica": {state.studio_id}})
    settled(qtbot, window)


def test_each_person_at_the_desk_undoes_their_own(qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio) -> None:
    new_client(qtbot, window, "Bia da Recepção")
    booking = book(qtbot, window, demo, new_client(qtbot, window))  # by the receptionist
    set_desk(qtbot, window, desk, staff_id=demo.owner_id)
    assert window.undo_action.text() == "&Desfazer"
    assert not window.undo_action.isEnabled()
    assert window.undo_action.toolTip() == "Nada para desfazer"
    set_desk(qtbot, window, desk, staff_id=demo.receptionist_id)
    assert window.undo_action.text() == "&Desfazer Agendar Ana Desfazer"
    undo(qtbot, window)
    assert one(desk, appointment, booking)["status"] == "cancelled"


def test_an_undo_the_desks_role_may_not_run_is_disabled_with_why(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    """The studio renamed at an owner's desk; the desk is then enrolled as a receptionist's,
    who may not change the studio's settings: Undo says so rather than being refused later."""
    act(qtbot, window, "studio.update", {"name": "Agulha & Tinta"})
    assert window.undo_action.isEnabled()
    set_desk(qtbot, window, desk, desk_role="receptionist")
    assert window.undo_action.text() == "&Desfazer Configurações do estúdio"
    assert not window.undo_action.isEnabled()
    assert window.undo_action.toolTip() == (
        "Não permitido para a sua função (Recepcionista): só Proprietário(a), Gerente podem fazer isto."
    )


def test_an_undo_over_a_change_made_since_is_a_conflict_not_an_overwrite(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    """The receptionist renames a client; the owner, at the same desk, renames her again; the
    receptionist's undo keeps the owner's name and leaves a conflict to review."""
    client_id = new_client(qtbot, window)
    act(qtbot, window, "client.update", {"client_id": str(client_id), "changes": {"full_name": "Ana Lima"}})
    set_desk(qtbot, window, desk, staff_id=demo.owner_id)
    act(qtbot, window, "client.update", {"client_id": str(client_id), "changes": {"full_name": "Ana L. Souza"}})
    set_desk(qtbot, window, desk, staff_id=demo.receptionist_id)
    assert window.undo_action.text() == "&Desfazer Alterar os dados de Ana L. Souza"
    undo(qtbot, window)
    assert one(desk, client, client_id)["full_name"] == "Ana L. Souza"
    with desk.store.read_engine.connect() as conn:
        (conflict,) = conn.execute(select(sync_conflict).where(sync_conflict.c.table_name == "client")).mappings()
    assert conflict["row_ids"] == [str(client_id)]
    assert (conflict["kind"], conflict["status"]) == ("field_overwrite", "open")
    assert (conflict["mine"], conflict["theirs"]) == ({"full_name": "Ana Desfazer"}, {"full_name": "Ana L. Souza"})


def blocks_of(desk: Desk, series_id: uuid.UUID) -> list[dt.datetime]:
    """The starts of a time off's blocks on the calendar (those not removed)."""
    a = appointment.c
    with desk.store.read_engine.connect() as conn:
        query = select(a.starts_at).where(a.series_id == series_id, a.deleted.is_(False)).order_by(a.starts_at)
        return list(conn.execute(query).scalars())


@pytest.mark.parametrize("language", ["en"])
def test_time_off_undone_a_day_then_whole_says_which(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio, language: str
) -> None:
    """Weekly time off on three Mondays, one of them taken out: Undo names the day and puts it
    back, then names the time off by its reason and takes it off the calendar."""
    series_id = uuid7()
    act(
        qtbot,
        window,
        "time_off.add",
        {
            "series_id": str(series_id),
            "artist_id": str(demo.artist_ids[0]),
            "reason": "Convenção",
            "first_day": "2028-06-05",
            "last_day": "2028-06-19",
            "weekdays": [0],
            "start_minute": 12 * 60,
            "end_minute": 13 * 60,
        },
    )
    assert len(blocks_of(desk, series_id)) == 3
    assert window.undo_action.text() == "&Undo Add time off “Convenção”"
    act(qtbot, window, "time_off.exclude_day", {"series_id": str(series_id), "day": "2028-06-12"})
    assert len(blocks_of(desk, series_id)) == 2
    day = fmt.date_text(dt.date(2028, 6, 12))
    assert window.undo_action.text() == f"&Undo Take {day} out of time off"
    undo(qtbot, window)
    assert len(blocks_of(desk, series_id)) == 3
    assert window.undo_action.text() == "&Undo Add time off “Convenção”"
    undo(qtbot, window)
    assert blocks_of(desk, series_id) == []
    assert outbox_names(desk)[-4:] == [
        "time_off.add",
        "time_off.exclude_day",
        "time_off.restore_day",
        "time_off.remove",
    ]


@pytest.mark.parametrize("language", ["en"])
def test_a_bookings_details_and_a_project_name_their_client_in_undo(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio, language: str
) -> None:
    client_id = new_client(qtbot, window)
    booking = book(qtbot, window, demo, client_id)
    act(qtbot, window, "appointment.edit", {"appointment_id": str(booking), "notes": "Trazer referência"})
    assert window.undo_action.text() == "&Undo Change Ana Desfazer's booking"
    undo(qtbot, window)
    assert not one(desk, appointment, booking)["notes"]
    project_id = uuid7()
    act(
        qtbot,
        window,
        "project.create",
        {"project_id": str(project_id), "client_id": str(client_id), "title": "Fechamento de braço"},
    )
    assert window.undo_action.text() == "&Undo New project “Fechamento de braço” for Ana Desfazer"
    undo(qtbot, window)
    assert one(desk, project, project_id)["status"] == "cancelled"  # no new session can join it


def test_a_change_reported_as_the_desk_closes_is_not_an_error(qtbot: Any, window: MainWindow) -> None:
    """The writer stops at quit; a change whose success reaches the window after that (the
    event loop drains late signals) has nothing left to undo and raises nothing."""
    client_id = uuid7()
    with qtbot.waitSignal(window.ctx.runner.op_succeeded, timeout=10_000) as seen:
        window.ctx.runner.run(MutationOp("client.create", {"client_id": str(client_id), "full_name": "Ana Fecha"}))
    settled(qtbot, window)
    window.ctx.runner.writer.shutdown()
    window.ctx.runner.op_succeeded.emit(*seen.args)  # as a queued report would, after the shutdown
    qtbot.wait(50)
    assert not window.undo_stack.busy

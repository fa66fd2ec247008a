"""Projects, a booking's project and its edit, and late cancellation, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest

from kronos_core.ids import uuid7
from kronos_core.mutations import InvalidArguments, NotAllowed
from kronos_core.schema import appointment, project, sync_conflict
from tests.core.harness import Desk, at
from tests.core.test_inverses import undo


@pytest.fixture
def artist(desk: Desk) -> uuid.UUID:
    return desk.add_staff("artist", "Rafa Lima")


@pytest.fixture
def ana(desk: Desk) -> uuid.UUID:
    return desk.add_client("Ana Souza")


def new_project(desk: Desk, client_id: uuid.UUID, artist_id: uuid.UUID | None = None, **run: Any) -> uuid.UUID:
    project_id = uuid7()
    args: dict[str, Any] = {"project_id": str(project_id), "client_id": str(client_id), "title": "  Braço  fechado "}
    if artist_id is not None:
        args["artist_id"] = str(artist_id)
    desk.run("project.create", args, **run)
    return project_id


def book(desk: Desk, artist: uuid.UUID, client_id: uuid.UUID, day: int, **extra: Any) -> uuid.UUID:
    appointment_id = uuid7()
    args = {
        "appointment_id": str(appointment_id),
        "client_id": str(client_id),
        "artist_id": str(artist),
        "starts_at": at(day, 10).isoformat(),
        "ends_at": at(day, 13).isoformat(),
        **{k: str(v) if isinstance(v, uuid.UUID) else v for k, v in extra.items()},
    }
    desk.run("appointment.book", args)
    return appointment_id


def test_a_project_is_created_open_with_three_weeks_to_heal(desk: Desk, artist: uuid.UUID, ana: uuid.UUID) -> None:
    project_id = new_project(desk, ana, artist)
    row = desk.one(project, project_id)
    assert (row["title"], row["healing_days"], row["status"], row["client_id"]) == ("Braço fechado", 21, "open", ana)


def test_an_artist_opens_projects_only_on_their_calendar(desk: Desk, artist: uuid.UUID, ana: uuid.UUID) -> None:
    other = desk.add_staff("artist", "Duda Reis")
    with pytest.raises(NotAllowed) as refused:
        new_project(desk, ana, other, **desk.as_staff(artist))
    assert refused.value.code == "artist_own_calendar"
    mine = new_project(desk, ana, artist, **desk.as_staff(artist))
    desk.run("project.update", {"project_id": str(mine), "healing_days": 30}, **desk.as_staff(artist))
    assert desk.one(project, mine)["healing_days"] == 30


def test_sessions_join_an_open_project_of_their_client(desk: Desk, artist: uuid.UUID, ana: uuid.UUID) -> None:
    project_id = new_project(desk, ana, artist)
    first = book(desk, artist, ana, 10, project_id=project_id)
    second = book(desk, artist, ana, 31, project_id=project_id)
    assert {desk.one(appointment, a)["project_id"] for a in (first, second)} == {project_id}
    bia = desk.add_client("Bia Rocha")
    with pytest.raises(InvalidArguments) as refused:
        book(desk, artist, bia, 12, project_id=project_id)
    assert (refused.value.code, refused.value.params) == ("project_other_client", {"title": "Braço fechado"})
    desk.run("project.update", {"project_id": str(project_id), "status": "finished"})
    with pytest.raises(InvalidArguments) as closed:
        book(desk, artist, ana, 20, project_id=project_id)
    assert closed.value.code == "project_not_open"
    assert closed.value.params == {"title": "Braço fechado", "status": "finished"}


def test_a_block_belongs_to_no_project(desk: Desk, artist: uuid.UUID, ana: uuid.UUID) -> None:
    project_id = new_project(desk, ana, artist)
    with pytest.raises(InvalidArguments) as refused:
        desk.run(
            "appointment.book",
            {"appointment_id": str(uuid7()), "artist_id": str(artist), "kind": "block", "project_id": str(project_id),
             "starts_at": at(10, 12).isoformat(), "ends_at": at(10, 13).isoformat()},
        )  # fmt: skip
    assert refused.value.code == "project_not_for_block"


def test_a_project_update_against_a_change_elsewhere_is_a_conflict(desk: Desk, ana: uuid.UUID) -> None:
    project_id = new_project(desk, ana)
    desk.run("project.update", {"project_id": str(project_id), "title": "Costas"})
    desk.run("project.update", {"project_id": str(project_id), "title": "Perna", "seen": {"title": "Braço fechado"}})
    assert desk.one(project, project_id)["title"] == "Costas"
    (conflict,) = desk.rows(sync_conflict, kind="field_overwrite")
    assert (conflict["mine"], conflict["theirs"]) == ({"title": "Perna"}, {"title": "Costas"})


def test_a_project_created_is_undone_by_cancelling_it(desk: Desk, ana: uuid.UUID) -> None:
    args = {"project_id": str(uuid7()), "client_id": str(ana), "title": "Costas"}
    ctx = desk.run("project.create", args)
    undo(desk, "project.create", args, ctx)
    assert desk.one(project, uuid.UUID(args["project_id"]))["status"] == "cancelled"


def test_an_edit_changes_what_a_booking_is_and_undoes(desk: Desk, artist: uuid.UUID, ana: uuid.UUID) -> None:
    booking = book(desk, artist, ana, 10, kind="consultation", notes="Trazer referência")
    project_id = new_project(desk, ana, artist)
    args = {"appointment_id": str(booking), "kind": "session", "notes": "", "project_id": str(project_id)}
    ctx = desk.run("appointment.edit", args)
    row = desk.one(appointment, booking)
    assert (row["kind"], row["notes"], row["project_id"], row["starts_at"]) == ("session", None, project_id, at(10, 10))
    undo(desk, "appointment.edit", args, ctx)
    row = desk.one(appointment, booking)
    assert (row["kind"], row["notes"], row["project_id"]) == ("consultation", "Trazer referência", None)


def test_an_edit_checks_the_client_again(desk: Desk, artist: uuid.UUID, ana: uuid.UUID) -> None:
    booking = book(desk, artist, ana, 10, kind="consultation")
    young = desk.add_client("Caio Jovem", birth_date="2010-05-01")
    desk.run("appointment.edit", {"appointment_id": str(booking), "client_id": str(young)})  # a consultation: fine
    with pytest.raises(InvalidArguments) as refused:
        desk.run("appointment.edit", {"appointment_id": str(booking), "kind": "session"})
    assert refused.value.code == "under_min_age"
    blocked = desk.add_client("Dora Bloqueada", blocked=True)
    with pytest.raises(InvalidArguments) as refused:
        desk.run("appointment.edit", {"appointment_id": str(booking), "client_id": str(blocked)})
    assert refused.value.code == "client_blocked"
    project_id = new_project(desk, ana, artist)
    with pytest.raises(InvalidArguments) as refused:
        desk.run("appointment.edit", {"appointment_id": str(booking), "project_id": str(project_id)})
    assert refused.value.code == "project_other_client"  # the booking is Caio's now
    with pytest.raises(InvalidArguments) as refused:
        desk.run("appointment.edit", {"appointment_id": str(booking)})
    assert refused.value.code == "nothing_to_change"


def test_a_block_stays_a_block(desk: Desk, artist: uuid.UUID, ana: uuid.UUID) -> None:
    block = desk.book(artist, at(5, 9), at(5, 10), kind="block")
    with pytest.raises(InvalidArguments) as refused:
        desk.run("appointment.edit", {"appointment_id": str(block), "kind": "session", "client_id": str(ana)})
    assert refused.value.code == "block_not_a_booking"
    desk.run("appointment.edit", {"appointment_id": str(block), "notes": "Convenção"})
    assert desk.one(appointment, block)["notes"] == "Convenção"


@pytest.mark.parametrize(("hours_before", "late"), [(49, False), (48, False), (47, True), (-1, True)])
def test_a_cancellation_is_late_within_the_studios_hours(
    desk: Desk, artist: uuid.UUID, ana: uuid.UUID, hours_before: int, late: bool
) -> None:
    booking = book(desk, artist, ana, 20)
    cancelled_at = at(20, 10) - dt.timedelta(hours=hours_before)
    desk.run("appointment.cancel", {"appointment_id": str(booking), "cancelled_at": cancelled_at.isoformat()})
    assert desk.one(appointment, booking)["late_cancellation"] is late


def test_the_late_hours_are_the_studios_and_an_uncancel_clears_the_mark(
    desk: Desk, artist: uuid.UUID, ana: uuid.UUID
) -> None:
    desk.run("studio.update", {"late_cancel_hours": 24})
    early = book(desk, artist, ana, 21)
    desk.run("appointment.cancel", {"appointment_id": str(early), "cancelled_at": at(20, 9).isoformat()})
    assert desk.one(appointment, early)["late_cancellation"] is False  # 25 hours before: late at 48, not at 24
    booking = book(desk, artist, ana, 20)
    args = {"appointment_id": str(booking), "cancelled_at": at(19, 11).isoformat()}
    ctx = desk.run("appointment.cancel", args)
    assert desk.one(appointment, booking)["late_cancellation"] is True
    undo(desk, "appointment.cancel", args, ctx)
    row = desk.one(appointment, booking)
    assert (row["status"], row["late_cancellation"]) == ("booked", False)

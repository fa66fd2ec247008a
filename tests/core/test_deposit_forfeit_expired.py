"""``deposit.forfeit`` as ``expired`` by the studio's whole rule (issue 15, "expiry after N months
unbooked"), on SQLite and PostgreSQL: the mutation reads the sessions the deposit holds
(kronos_core.deposit_holds, the desk's read too) and refuses while one is still to come, directly
or through its project, though the day written on the deposit has passed; once that session is
cancelled it forfeits N months after the later of the day it was taken and its last session's end.
Times are arguments (a controlled clock, São Paulo)."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from kronos_core.ids import uuid7
from kronos_core.mutations import StaleTarget
from kronos_core.schema import deposit
from tests.core.harness import Desk, at
from tests.core.test_deposit_mutations import forfeit, ledger, take


def project(desk: Desk, client_id: uuid.UUID, artist_id: uuid.UUID) -> uuid.UUID:
    project_id = uuid7()
    desk.run(
        "project.create",
        {"project_id": str(project_id), "client_id": str(client_id), "artist_id": str(artist_id), "title": "Costas"},
    )
    return project_id


def session(
    desk: Desk, artist: uuid.UUID, client_id: uuid.UUID, starts: dt.datetime, ends: dt.datetime, costas: uuid.UUID
) -> uuid.UUID:
    """A session of the project ``costas``, booked."""
    appointment_id = uuid7()
    args = {"appointment_id": str(appointment_id), "artist_id": str(artist), "client_id": str(client_id),
            "starts_at": starts.isoformat(), "ends_at": ends.isoformat(), "kind": "session",
            "project_id": str(costas)}  # fmt: skip
    desk.run("appointment.book", args)
    return appointment_id


def cancel(desk: Desk, appointment_id: uuid.UUID, when: dt.datetime) -> None:
    desk.run("appointment.cancel", {"appointment_id": str(appointment_id), "cancelled_at": when.isoformat()})


def refused(desk: Desk, deposit_id: uuid.UUID, when: dt.datetime) -> dict[str, str]:
    """Forfeit it as expired at ``when``: refused (the deposit still held); the refusal's params."""
    with pytest.raises(StaleTarget) as refusal:
        forfeit(desk, deposit_id, "expired", when)
    assert refusal.value.code == "deposit_not_expired"
    assert desk.one(deposit, deposit_id)["status"] == "held"
    return refusal.value.params


def test_a_session_to_come_of_its_project_keeps_it_until_cancelled(desk: Desk) -> None:
    ana, artist = desk.add_client("Ana Souza"), desk.add_staff("artist", "Rafa Lima")
    costas = project(desk, ana, artist)
    deposit_id = take(desk, ana, 30_000, project_id=costas)  # taken 10 March: written good until 10 September
    assert desk.one(deposit, deposit_id)["expires_on"] == dt.date(2026, 9, 10)
    session(desk, artist, ana, at(2, 10, month=4), at(2, 14, month=4), costas)
    december = session(desk, artist, ana, at(15, 10, month=12), at(15, 14, month=12), costas)

    # October: the written day has passed, but the project's December session is still to come.
    assert refused(desk, deposit_id, at(1, 9, month=10)) == {"expires_on": "", "next_session": "2026-12-15"}

    # Cancelled, the December session never booked it: six months after April's session ended.
    cancel(desk, december, at(5, 9, month=10))
    assert refused(desk, deposit_id, at(2, 23, 59, month=10)) == {"expires_on": "2026-10-02"}
    forfeit(desk, deposit_id, "expired", at(3, 9, month=10))
    row = desk.one(deposit, deposit_id)
    assert (row["status"], row["forfeit_reason"]) == ("forfeited", "expired")
    assert ledger(desk, ana) == [(30_000, "taken", 30_000), (30_000, "forfeited", 30_000)]


def test_its_own_booking_to_come_keeps_it_and_its_end_moves_the_expiry(desk: Desk) -> None:
    ana, artist = desk.add_client("Ana Souza"), desk.add_staff("artist")
    # Ends at 23:30 in São Paulo, 02:30 the next day in UTC: the studio's day counts.
    booked = desk.book(artist, at(20, 20, month=11), at(20, 23, 30, month=11), client_id=ana)
    deposit_id = take(desk, ana, 20_000, appointment_id=booked)
    assert refused(desk, deposit_id, at(1, 9, month=10)) == {"expires_on": "", "next_session": "2026-11-20"}
    assert refused(desk, deposit_id, at(20, 23, 0, month=11))["next_session"] == "2026-11-20"  # under way
    # Past, it booked the deposit until that day: good for six months after it.
    after = dt.datetime(2027, 5, 20, 23, 59, tzinfo=at(1, 0).tzinfo)
    assert refused(desk, deposit_id, after) == {"expires_on": "2027-05-20"}
    forfeit(desk, deposit_id, "expired", after + dt.timedelta(minutes=1))
    assert desk.one(deposit, deposit_id)["status"] == "forfeited"


def test_its_booking_s_project_holds_it_and_a_no_show_does_not(desk: Desk) -> None:
    ana, artist = desk.add_client("Ana Souza"), desk.add_staff("artist")
    costas = project(desk, ana, artist)
    first = session(desk, artist, ana, at(20, 10), at(20, 14), costas)
    deposit_id = take(desk, ana, appointment_id=first)  # no project of its own: its booking's
    second = session(desk, artist, ana, at(10, 10, month=11), at(10, 14, month=11), costas)
    assert refused(desk, deposit_id, at(1, 9, month=10)) == {"expires_on": "", "next_session": "2026-11-10"}
    # The second session a no-show (it never booked the deposit): the deposit expires six months
    # after the first session.
    desk.run("appointment.set_status", {"appointment_id": str(second), "status": "no_show"})
    assert refused(desk, deposit_id, at(20, 12, month=9)) == {"expires_on": "2026-09-20"}
    forfeit(desk, deposit_id, "expired", at(21, 9, month=9))
    assert desk.one(deposit, deposit_id)["forfeit_reason"] == "expired"


def test_another_client_s_session_of_another_project_holds_nothing(desk: Desk) -> None:
    ana, bia, artist = desk.add_client("Ana Souza"), desk.add_client("Bia Lopes"), desk.add_staff("artist")
    deposit_id = take(desk, ana, project_id=project(desk, ana, artist))
    session(desk, artist, bia, at(15, 10, month=12), at(15, 14, month=12), project(desk, bia, artist))
    assert refused(desk, deposit_id, at(10, 12, month=9)) == {"expires_on": "2026-09-10"}
    forfeit(desk, deposit_id, "expired", at(11, 9, month=9))
    assert desk.one(deposit, deposit_id)["status"] == "forfeited"

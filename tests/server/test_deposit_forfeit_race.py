"""An ``expired`` forfeit made at an offline desk reaches the server after another desk booked a
session the deposit holds (issue 15, "expiry after N months unbooked"; in process, real PostgreSQL
with RLS): the server applies the studio's whole rule (kronos_core.deposit_holds and
kronos_core.deposits.expiry) and refuses it; the refusal is a ``rejected`` conflict with the
forfeit's arguments and the refusal's code and params, pulled by every desk (DESIGN.md, "Refusal
loses nothing"), and the deposit stays held. Cancelled, that session no longer holds it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from kronos_core.ids import uuid7
from tests.server.conftest import MadeStudio
from tests.server.sync.conftest import T0, MakeDesk, client_create
from tests.server.sync.conftest import make_desk as make_desk  # the fixture, for this module
from tests.server.sync.test_push_pull import pull_all, push, rows

pytestmark = pytest.mark.postgres

MakeStudio = Callable[..., MadeStudio]


def test_a_forfeit_pushed_after_a_session_was_booked_meanwhile_is_a_conflict_not_a_loss(
    client: TestClient, make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    studio = make_studio()
    front, back = make_desk(studio), make_desk(studio)
    artist, ana, costas, held = uuid7(), uuid7(), uuid7(), uuid7()
    taken = {"deposit_id": str(held), "client_id": str(ana), "project_id": str(costas), "amount": 30_000,
             "policy_text": "Sinal de 6 meses.", "acknowledged": True, "business_date": "2026-05-04",
             "taken_at": T0.isoformat()}  # fmt: skip
    results = push(client, front, [
        front.mutation("staff.add", {"staff_id": str(artist), "display_name": "Rafa", "role": "artist"}),
        front.mutation("client.create", client_create(client_id=ana)),
        front.mutation("project.create", {"project_id": str(costas), "client_id": str(ana), "title": "Costas"}),
        front.mutation("deposit.take", taken),
    ])["results"]  # fmt: skip
    assert [r["status"] for r in results] == ["applied"] * 4

    # The other desk books the project's next session (15 December, 10:00 in São Paulo).
    december = uuid7()
    starts = dt.datetime(2026, 12, 15, 13, 0, tzinfo=dt.UTC)
    booking = {"appointment_id": str(december), "client_id": str(ana), "artist_id": str(artist),
               "project_id": str(costas), "kind": "session", "starts_at": starts.isoformat(),
               "ends_at": (starts + dt.timedelta(hours=4)).isoformat()}  # fmt: skip
    (booked,) = push(client, back, [back.mutation("appointment.book", booking)])["results"]
    assert booked["status"] == "applied"

    # The front desk, offline since May, forfeits it as expired on 20 November: the day written on it
    # (4 November) has passed, and that desk never saw the December session.
    forfeit = {"deposit_id": str(held), "reason": "expired", "note": "", "business_date": "2026-11-20",
               "at": dt.datetime(2026, 11, 20, 15, 0, tzinfo=dt.UTC).isoformat()}  # fmt: skip
    (refused,) = push(client, front, [front.mutation("deposit.forfeit", forfeit)])["results"]
    assert refused["status"] == "rejected"
    pages = pull_all(client, back)  # every desk reads it in its inbox
    conflict = rows(pages, "sync_conflict")[refused["conflict_id"]]
    assert (conflict["kind"], conflict["status"], conflict["mutation_name"]) == ("rejected", "open", "deposit.forfeit")
    assert conflict["mine"] == {"name": "deposit.forfeit", "args": forfeit}
    assert conflict["theirs"] == {
        "code": "deposit_not_expired",
        "params": {"expires_on": "", "next_session": "2026-12-15"},
    }
    assert rows(pages, "deposit")[str(held)]["status"] == "held"

    # The December session cancelled, the same forfeit (redone) applies: six months after the day
    # it was taken, no session having booked it.
    cancelled: dict[str, Any] = {"appointment_id": str(december), "cancelled_at": "2026-11-21T12:00:00+00:00"}
    (cancel,) = push(client, back, [back.mutation("appointment.cancel", cancelled)])["results"]
    assert cancel["status"] == "applied"
    (again,) = push(client, front, [front.mutation("deposit.forfeit", forfeit)])["results"]
    assert again["status"] == "applied"
    row = rows(pull_all(client, back), "deposit")[str(held)]
    assert (row["status"], row["forfeit_reason"]) == ("forfeited", "expired")


def test_a_session_booked_earlier_in_the_same_push_holds_it(
    client: TestClient, make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    """The forfeit reads the sessions in the push's own transaction: a booking sent just before it
    in the same batch (its insert perhaps still waiting to be sent) keeps the deposit."""
    desk = make_desk(make_studio())
    artist, ana, held, starts = uuid7(), uuid7(), uuid7(), dt.datetime(2026, 12, 15, 13, 0, tzinfo=dt.UTC)
    booking = {"appointment_id": str(uuid7()), "client_id": str(ana), "artist_id": str(artist), "kind": "session",
               "starts_at": starts.isoformat(), "ends_at": (starts + dt.timedelta(hours=4)).isoformat()}  # fmt: skip
    taken = {"deposit_id": str(held), "client_id": str(ana), "appointment_id": booking["appointment_id"],
             "amount": 10_000, "policy_text": "Sinal.", "acknowledged": True, "business_date": "2026-05-04",
             "taken_at": T0.isoformat()}  # fmt: skip
    forfeit = {"deposit_id": str(held), "reason": "expired", "business_date": "2026-11-20",
               "at": "2026-11-20T15:00:00+00:00"}  # fmt: skip
    results = push(client, desk, [
        desk.mutation("staff.add", {"staff_id": str(artist), "display_name": "Rafa", "role": "artist"}),
        desk.mutation("client.create", client_create(client_id=ana)),
        desk.mutation("appointment.book", booking),
        desk.mutation("deposit.take", taken),
        desk.mutation("deposit.forfeit", forfeit),
    ])["results"]  # fmt: skip
    assert [r["status"] for r in results] == ["applied"] * 4 + ["rejected"]
    conflict = rows(pull_all(client, desk), "sync_conflict")[results[-1]["conflict_id"]]
    assert conflict["theirs"]["params"] == {"expires_on": "", "next_session": "2026-12-15"}

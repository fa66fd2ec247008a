"""The core's rules about people hold for what a desk pushes straight to the server (real
PostgreSQL): a client with a wrong CPF and a session for a client below the studio's minimum
age are refused with their codes (each a ``rejected`` conflict every desk pulls), and a
consultation for the same minor applies. Before, the server stored any CPF and booked anyone."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from fastapi.testclient import TestClient

from kronos_core.ids import derived_id, uuid7
from tests.server.conftest import MadeStudio
from tests.server.sync.conftest import T0, MakeDesk, book, client_create
from tests.server.sync.test_push_pull import pull_all, push, rows

MakeStudio = Callable[..., MadeStudio]


def test_a_wrong_cpf_and_an_under_age_session_are_refused_a_consultation_applies(
    client: TestClient, make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    studio = make_studio()
    desk, other = make_desk(studio), make_desk(studio)
    wrong_cpf = {**client_create("Caio Ferraz"), "document_type": "cpf", "document_number": "529.982.247-24"}
    teen_id = uuid7()
    # 17 on the session's day (T0 is 4 May 2026 in São Paulo): 18 only on 5 May.
    teen = {**client_create("Lia Prado", client_id=teen_id), "birth_date": "2008-05-05"}
    session = book(studio.owner_staff_id, teen_id)
    consultation = book(studio.owner_staff_id, teen_id, start=T0 + dt.timedelta(hours=3), hours=1)
    consultation["kind"] = "consultation"
    batch = [
        desk.mutation("client.create", wrong_cpf),
        desk.mutation("client.create", teen),
        desk.mutation("appointment.book", session),
        desk.mutation("appointment.book", consultation),
    ]
    answer = push(client, desk, batch)
    assert [r["status"] for r in answer["results"]] == ["rejected", "applied", "rejected", "applied"]

    pulled = pull_all(client, other)
    assert {r["full_name"] for r in rows(pulled, "client").values()} == {"Lia Prado"}
    booked = rows(pulled, "appointment")
    assert list(booked) == [consultation["appointment_id"]]
    assert booked[consultation["appointment_id"]]["kind"] == "consultation"
    conflicts = rows(pulled, "sync_conflict")
    refused_cpf = conflicts[str(derived_id(uuid.UUID(batch[0]["uuid"]), "rejected"))]
    assert refused_cpf["theirs"] == {"code": "invalid_cpf", "params": {"number": "529.982.247-24"}}
    refused_session = conflicts[str(derived_id(uuid.UUID(batch[2]["uuid"]), "rejected"))]
    assert refused_session["theirs"] == {
        "code": "under_min_age",
        "params": {"name": "Lia Prado", "age": "17", "min_age": "18"},
    }
    assert refused_session["mine"] == {"name": "appointment.book", "args": session}  # kept, to redo later

    # From her 18th birthday (in São Paulo) the same session books.
    later = book(studio.owner_staff_id, teen_id, start=T0 + dt.timedelta(days=1))
    assert push(client, desk, [desk.mutation("appointment.book", later)])["results"][0]["status"] == "applied"

"""The client record's rules and the erase hold for what a desk pushes to the server (real
PostgreSQL): a bad phone, e-mail, handle or CPF is refused with its code (a ``rejected`` conflict
every desk pulls), a Brazilian number is stored in E.164; an erase by an owner applies, by a
receptionist is refused; a change pushed after the erase is refused keeping no personal field;
and the server keeps no mutation's arguments anywhere else."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient

from kronos_core.ids import derived_id, uuid7
from kronos_core.instants import utcnow
from kronos_core.roles import Role
from kronos_server.tables import device_seq, mutation_result
from tests.server.conftest import MadeStudio
from tests.server.sync.conftest import MakeDesk, client_create
from tests.server.sync.test_push_pull import pull_all, push, rows

MakeStudio = Callable[..., MadeStudio]


def rejected(pages: list[dict[str, Any]], mutation: dict[str, Any]) -> dict[str, Any]:
    return rows(pages, "sync_conflict")[str(derived_id(uuid.UUID(mutation["uuid"]), "rejected"))]


def test_bad_contact_details_are_refused_with_their_codes(
    client: TestClient, make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    studio = make_studio()
    desk = make_desk(studio)
    good = {**client_create("Lia Prado"), "phone": "(11) 98765-4321", "instagram": " @Lia.Tattoo"}
    batch = [
        desk.mutation("client.create", good),
        desk.mutation("client.create", {**client_create("Caio"), "phone": "(11) 1234"}),
        desk.mutation("client.create", {**client_create("Davi"), "email": "davi@"}),
        desk.mutation("client.create", {**client_create("Eva"), "instagram": "eva!"}),
        desk.mutation("client.create", {**client_create("Gil"), "guardian_document": "529.982.247-24"}),
    ]
    answer = push(client, desk, batch)
    assert [r["status"] for r in answer["results"]] == ["applied"] + ["rejected"] * 4
    pages = pull_all(client, make_desk(studio))
    stored = rows(pages, "client")[good["client_id"]]
    assert (stored["phone"], stored["instagram"]) == ("+5511987654321", "lia.tattoo")
    assert [rejected(pages, m)["theirs"] for m in batch[1:]] == [
        {"code": "phone_too_short", "params": {"field": "phone"}},
        {"code": "email_invalid", "params": {"field": "email"}},
        {"code": "instagram_invalid", "params": {"field": "instagram"}},
        {"code": "invalid_cpf", "params": {"field": "guardian_document"}},
    ]


def test_an_erase_applies_for_an_owner_and_a_later_change_keeps_nothing_personal(
    client: TestClient, make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    studio = make_studio()
    owner = make_desk(studio)
    receptionist_id = uuid7()
    push(
        client,
        owner,
        [
            owner.mutation(
                "staff.add", {"staff_id": str(receptionist_id), "display_name": "Rui", "role": "receptionist"}
            )
        ],
    )
    receptionist = make_desk(studio, staff_id=receptionist_id, role=Role.RECEPTIONIST)
    zuleika = {**client_create("Zuleika Wpqx"), "phone": "+55 11 97531-8642", "allergies": "xilocaína"}
    erase = {"client_id": zuleika["client_id"], "erased_at": utcnow().isoformat()}
    change = {"client_id": zuleika["client_id"], "changes": {"phone": "11 97531-0000", "notes": "Zuleika volta"}}
    assert push(client, owner, [owner.mutation("client.create", zuleika)])["results"][0]["status"] == "applied"

    refused_erase = receptionist.mutation("client.erase", erase)
    assert push(client, receptionist, [refused_erase])["results"][0]["status"] == "rejected"
    batch = [owner.mutation("client.erase", erase), owner.mutation("client.update", change)]
    assert [r["status"] for r in push(client, owner, batch)["results"]] == ["applied", "rejected"]

    pages = pull_all(client, make_desk(studio))
    row = rows(pages, "client")[zuleika["client_id"]]
    assert (row["full_name"], row["phone"], row["allergies"]) == ("—", None, None)
    assert row["erased_at"] is not None
    assert rejected(pages, refused_erase)["theirs"]["code"] == "role_not_allowed"
    refused_change = rejected(pages, batch[1])
    assert refused_change["mine"] == {
        "name": "client.update",
        "args": {"client_id": zuleika["client_id"]},
        "erased": True,
    }
    assert refused_change["theirs"] == {"code": "client_erased", "params": {}}
    assert "97531" not in str(pages)
    assert "Zuleika" not in str(pages)


def test_the_server_keeps_no_mutation_arguments() -> None:
    """DESIGN: mutation_result keeps a status and a version, never the arguments, so an erase
    never has to scrub a log of them (nor device_seq)."""
    assert set(mutation_result.c.keys()) == {"uuid", "studio_id", "status", "version", "conflict_id", "applied_at"}
    assert set(device_seq.c.keys()) == {"device_id", "seq", "uuid", "studio_id", "version"}

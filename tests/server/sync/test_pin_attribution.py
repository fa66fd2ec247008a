"""A pushed PIN attribution (a mutation's ``staff_id``) authorises nothing (issue 9, item 2).

The attack: a manager's (or receptionist's) desk pushes ``staff.set_pin`` for the owner with the
pushed ``staff_id`` set to the owner. It used to be applied (the mutation saw "the owner setting
their own PIN") and the owner's PIN hash was replaced; the same change over REST is refused. Now
every pushed mutation is authorised on the token's principal, the identified member only narrows
the desk's role, a member's own PIN the desk's role may not set waits for a manager
(``needs_review``, approved by ``redo``), a deactivated member's work applies under the desk's
role with a ``needs_review`` conflict, and a PIN hash below the minimum argon2id cost is refused.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest
from argon2 import PasswordHasher, Type
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from kronos_core.instants import utcnow
from kronos_core.pins import MIN_COST, hash_pin, pin_matches
from kronos_core.roles import Role
from kronos_core.schema import staff
from kronos_server.db import Database
from tests.server.conftest import MadeMember, MadeStudio
from tests.server.sync.conftest import MakeDesk, client_create
from tests.server.sync.test_push_pull import pull_all, push, rows

MakeStudio = Callable[..., MadeStudio]
MakeMember = Callable[..., MadeMember]

OWNER_PIN_HASH = hash_pin("9999")
ATTACKER_PIN_HASH = hash_pin("0000")


def _pin_hash(app_db: Database, studio: MadeStudio, staff_id: uuid.UUID) -> str | None:
    with app_db.tenant(studio.studio_id) as conn:
        value: str | None = conn.execute(select(staff.c.pin_hash).where(staff.c.id == staff_id)).scalar()
        return value


def _set_owner_pin(app_db: Database, studio: MadeStudio) -> None:
    with app_db.tenant(studio.studio_id) as conn:
        conn.execute(update(staff).where(staff.c.id == studio.owner_staff_id).values(pin_hash=OWNER_PIN_HASH))


def _conflict(client: TestClient, desk: Any, conflict_id: str) -> dict[str, Any]:
    found: dict[str, Any] = rows(pull_all(client, desk), "sync_conflict")[conflict_id]
    return found


@pytest.mark.parametrize("desk_role", [Role.MANAGER, Role.RECEPTIONIST])
def test_a_forged_owner_attribution_does_not_set_the_owners_pin(
    client: TestClient,
    app_db: Database,
    make_studio: MakeStudio,
    make_member: MakeMember,
    make_desk: MakeDesk,
    desk_role: Role,
) -> None:
    studio = make_studio()
    _set_owner_pin(app_db, studio)
    enroller = make_member(studio.studio_id, Role.MANAGER)
    desk = make_desk(studio, staff_id=enroller.staff_id, role=desk_role)
    forged = desk.mutation(
        "staff.set_pin",
        {"staff_id": str(studio.owner_staff_id), "pin_hash": ATTACKER_PIN_HASH},
        staff_id=str(studio.owner_staff_id),  # "the owner is at the desk, setting their own PIN"
    )
    (result,) = push(client, desk, [forged])["results"]
    assert result["status"] == "rejected"
    assert _pin_hash(app_db, studio, studio.owner_staff_id) == OWNER_PIN_HASH  # the owner's PIN still works
    assert pin_matches(_pin_hash(app_db, studio, studio.owner_staff_id), "9999")
    assert _conflict(client, desk, result["conflict_id"])["theirs"]["code"] == "pin_owner_only"


def test_an_attribution_never_widens_what_the_desk_may_do(
    client: TestClient, app_db: Database, make_studio: MakeStudio, make_member: MakeMember, make_desk: MakeDesk
) -> None:
    """A receptionist-enrolled desk naming a manager (or the owner) as the one at the desk sets no
    one's PIN and changes no staff; a manager's desk with a receptionist identified is narrowed."""
    studio = make_studio()
    manager = make_member(studio.studio_id, Role.MANAGER)
    receptionist = make_member(studio.studio_id, Role.RECEPTIONIST)
    artist = make_member(studio.studio_id, Role.ARTIST)
    front = make_desk(studio, role=Role.RECEPTIONIST)  # enrolled by the owner, acting as a receptionist
    results = push(
        client,
        front,
        [
            front.mutation(
                "staff.set_pin",
                {"staff_id": str(artist.staff_id), "pin_hash": ATTACKER_PIN_HASH},
                staff_id=str(manager.staff_id),
            ),
            front.mutation(
                "staff.update",
                {"staff_id": str(artist.staff_id), "role": "manager"},
                staff_id=str(studio.owner_staff_id),
            ),
        ],
    )["results"]
    assert [r["status"] for r in results] == ["rejected", "rejected"]
    assert _pin_hash(app_db, studio, artist.staff_id) is None
    back = make_desk(studio, staff_id=manager.staff_id, role=Role.MANAGER)
    narrowed = push(
        client,
        back,
        [
            back.mutation(
                "staff.set_pin",
                {"staff_id": str(artist.staff_id), "pin_hash": ATTACKER_PIN_HASH},
                staff_id=str(receptionist.staff_id),
            )
        ],
    )["results"]
    assert [r["status"] for r in narrowed] == ["rejected"]
    assert _conflict(client, back, narrowed[0]["conflict_id"])["theirs"]["code"] == "pin_needs_manager"
    assert _pin_hash(app_db, studio, artist.staff_id) is None
    # The manager's desk itself (no attribution) does set an artist's PIN.
    own = push(
        client,
        back,
        [back.mutation("staff.set_pin", {"staff_id": str(artist.staff_id), "pin_hash": ATTACKER_PIN_HASH})],
    )["results"]
    assert [r["status"] for r in own] == ["applied"]
    assert _pin_hash(app_db, studio, artist.staff_id) == ATTACKER_PIN_HASH


def test_a_members_own_pin_applies_when_the_desks_role_may_set_it_else_waits_for_a_manager(
    client: TestClient, app_db: Database, make_studio: MakeStudio, make_member: MakeMember, make_desk: MakeDesk
) -> None:
    studio = make_studio()
    manager = make_member(studio.studio_id, Role.MANAGER)
    colleague = make_member(studio.studio_id, Role.MANAGER, name="Bia")
    receptionist = make_member(studio.studio_id, Role.RECEPTIONIST)
    desk = make_desk(studio, staff_id=manager.staff_id, role=Role.MANAGER)
    new_receptionist_pin, new_colleague_pin = hash_pin("1357"), hash_pin("2468")
    applied, waiting = push(
        client,
        desk,
        [
            desk.mutation(
                "staff.set_pin",
                {"staff_id": str(receptionist.staff_id), "pin_hash": new_receptionist_pin},
                staff_id=str(receptionist.staff_id),
            ),
            desk.mutation(
                "staff.set_pin",
                {"staff_id": str(colleague.staff_id), "pin_hash": new_colleague_pin},
                staff_id=str(colleague.staff_id),
            ),
        ],
    )["results"]
    # A manager's desk may set a receptionist's PIN: their own change applies.
    assert (applied["status"], applied["conflict_id"]) == ("applied", None)
    assert _pin_hash(app_db, studio, receptionist.staff_id) == new_receptionist_pin
    # Not another manager's: stored for review, nothing changed yet.
    assert waiting["status"] == "applied"
    assert waiting["conflict_id"] is not None
    assert _pin_hash(app_db, studio, colleague.staff_id) is None
    held = _conflict(client, desk, waiting["conflict_id"])
    assert (held["kind"], held["status"]) == ("needs_review", "open")
    assert held["theirs"] == {"code": "pin_change_needs_approval", "params": {"name": "Bia", "role": "manager"}}
    assert held["changed_by"] == str(colleague.staff_id)
    # The owner's desk approves it (redo): now it is set.
    owner_desk = make_desk(studio)
    approved = push(
        client,
        owner_desk,
        [
            owner_desk.mutation(
                "conflict.resolve",
                {"conflict_id": waiting["conflict_id"], "resolution": "redo", "resolved_at": utcnow().isoformat()},
            )
        ],
    )["results"]
    assert [r["status"] for r in approved] == ["applied"]
    assert _pin_hash(app_db, studio, colleague.staff_id) == new_colleague_pin
    assert _conflict(client, owner_desk, waiting["conflict_id"])["status"] == "resolved"


def test_a_weak_pin_hash_is_refused_by_the_server(
    client: TestClient, app_db: Database, make_studio: MakeStudio, make_member: MakeMember, make_desk: MakeDesk
) -> None:
    studio = make_studio()
    artist = make_member(studio.studio_id, Role.ARTIST)
    desk = make_desk(studio)  # the owner's: allowed to set it, were the hash not weak
    weak = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1, type=Type.ID).hash("0000")
    (result,) = push(
        client, desk, [desk.mutation("staff.set_pin", {"staff_id": str(artist.staff_id), "pin_hash": weak})]
    )["results"]
    assert result["status"] == "rejected"
    refusal = _conflict(client, desk, result["conflict_id"])["theirs"]
    assert refusal["code"] == "pin_hash_weak"
    assert refusal["params"]["memory_kib"] == str(MIN_COST.memory_kib)
    assert _pin_hash(app_db, studio, artist.staff_id) is None


def test_a_deactivated_members_work_applies_under_the_desks_role_for_review(
    client: TestClient, app_db: Database, make_studio: MakeStudio, make_member: MakeMember, make_desk: MakeDesk
) -> None:
    """An artist identified at a manager's desk created a client and took a payment offline, then
    was deactivated before the desk synced: both are stored (an active artist's narrowing would
    not matter to these), each with a needs_review conflict naming who did it."""
    studio = make_studio()
    manager = make_member(studio.studio_id, Role.MANAGER)
    leaving = make_member(studio.studio_id, Role.RECEPTIONIST, name="Rita")
    desk = make_desk(studio, staff_id=manager.staff_id, role=Role.MANAGER)
    made = client_create("Carla Dias")
    pending = [
        desk.mutation("client.create", made, staff_id=str(leaving.staff_id)),
        desk.mutation(
            "payment.record",
            {
                "payment_id": str(uuid.uuid4()),
                "sale_id": None,
                "method": "cash",
                "amount": 12_000,
                "business_date": "2026-05-04",
                "received_at": utcnow().isoformat(),
                "taken_by": str(leaving.staff_id),
            },
            staff_id=str(leaving.staff_id),
        ),
        desk.mutation("client.create", client_create("Dora Lima"), staff_id=str(manager.staff_id)),
    ]
    with app_db.tenant(studio.studio_id) as conn:
        conn.execute(update(staff).where(staff.c.id == leaving.staff_id).values(active=False))
    created, paid, by_manager = push(client, desk, pending)["results"]
    assert created["status"] == "applied"
    assert created["conflict_id"] is not None
    assert paid["status"] == "applied"
    assert paid["conflict_id"] is not None
    assert (by_manager["status"], by_manager["conflict_id"]) == ("applied", None)
    pages = pull_all(client, desk)
    assert rows(pages, "client")[made["client_id"]]["changed_by"] == str(leaving.staff_id)  # attribution kept
    review = rows(pages, "sync_conflict")[created["conflict_id"]]
    assert (review["kind"], review["status"]) == ("needs_review", "open")
    assert review["theirs"] == {"code": "author_inactive", "params": {"staff_id": str(leaving.staff_id)}}
    assert len([p for p in rows(pages, "payment").values() if p["amount"] == 12_000]) == 1
    assert rows(pages, "sync_conflict")[paid["conflict_id"]]["kind"] == "needs_review"


def test_who_created_a_row_stays_while_others_change_it(
    client: TestClient, make_studio: MakeStudio, make_member: MakeMember, make_desk: MakeDesk
) -> None:
    """created_by (issue 11): the member identified at the desk who booked or registered
    something is kept on the row as it travels to every desk, whoever changes it later."""
    studio = make_studio()
    manager = make_member(studio.studio_id, Role.MANAGER)
    larissa = make_member(studio.studio_id, Role.RECEPTIONIST, name="Larissa")
    desk = make_desk(studio, staff_id=manager.staff_id, role=Role.MANAGER)
    made = client_create("Elisa Prado")
    pushed = [
        desk.mutation("client.create", made, staff_id=str(larissa.staff_id)),
        desk.mutation(
            "client.update",
            {"client_id": made["client_id"], "changes": {"notes": "Alergia a látex"}},
            staff_id=str(manager.staff_id),
        ),
    ]
    assert [r["status"] for r in push(client, desk, pushed)["results"]] == ["applied", "applied"]
    row = rows(pull_all(client, desk), "client")[made["client_id"]]
    assert (row["created_by"], row["changed_by"]) == (str(larissa.staff_id), str(manager.staff_id))

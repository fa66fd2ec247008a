"""Push and pull through the app (in process; real PostgreSQL as the app role, RLS in force).

tests/sync_model/model.py is the executable specification these follow: 409 decided before
anything applies, a known UUID answers its stored result and maps the sequence number, a gap
stops the batch, pages hold whole versions, a foreign cursor is answered ``reset``.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable
from typing import Any

import psycopg
import pytest
from fastapi.testclient import TestClient
from prometheus_client import REGISTRY
from sqlalchemy import select, text
from sqlalchemy.exc import OperationalError

from kronos_core.ids import derived_id, uuid7
from kronos_core.mutations import appointments
from kronos_core.roles import Role
from kronos_core.rows import decode_row, encode_row
from kronos_core.schema import SYNCED_TABLES
from kronos_core.sync_messages import MAX_PUSH_MUTATIONS, SCHEMA_VERSION, PullResponse, PushResponse
from kronos_server.db import Database
from kronos_server.studio_version import read_version
from kronos_server.sync import push as push_module
from tests.core.role_cases import SIGNATURE, template_args
from tests.server.conftest import MadeMember, MadeStudio
from tests.server.sync.conftest import T0, Desk, MakeDesk, book, client_create
from tests.server.sync.instants import same_but_fractions

MakeStudio = Callable[..., MadeStudio]
MakeMember = Callable[..., MadeMember]


# -- helpers ----------------------------------------------------------------------------------
def push(client: TestClient, desk: Desk, mutations: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    response = client.post("/v1/sync/push", json=desk.body(mutations, **extra), headers=desk.headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    PushResponse.model_validate(body)
    return body


def pull_page(client: TestClient, desk: Desk, cursor: str | None = None, limit: int | None = None) -> dict[str, Any]:
    params: dict[str, Any] = {"device_id": str(desk.device_id)}
    if cursor is not None:
        params["cursor"] = cursor
    if limit is not None:
        params["limit"] = limit
    response = client.get("/v1/sync/pull", params=params, headers=desk.headers)
    assert response.status_code == 200, response.text
    page: dict[str, Any] = response.json()
    PullResponse.model_validate(page)
    return page


def pull_all(
    client: TestClient, desk: Desk, cursor: str | None = None, limit: int | None = None
) -> list[dict[str, Any]]:
    pages = []
    while True:
        page = pull_page(client, desk, cursor, limit)
        assert not page["reset"]
        pages.append(page)
        cursor = page["cursor"]
        if not page["has_more"]:
            return pages


def changes(pages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [c for p in pages for c in p["changes"]]


def rows(pages: list[dict[str, Any]], table: str) -> dict[str, dict[str, Any]]:
    """The latest row of each id of ``table`` in the pulled pages."""
    return {c["id"]: c["row"] for c in changes(pages) if c["table"] == table}


def clock(db: Database, studio_id: uuid.UUID) -> int:
    with db.tenant(studio_id) as conn:
        return read_version(conn, studio_id)[1]


def count(db: Database, studio_id: uuid.UUID, sql: str) -> int:
    with db.tenant(studio_id) as conn:
        return int(conn.execute(text(sql)).scalar_one())


# -- push and pull ----------------------------------------------------------------------------
def test_round_trip(client: TestClient, make_studio: MakeStudio, make_desk: MakeDesk) -> None:
    studio = make_studio()
    desk = make_desk(studio)
    cid = uuid7()
    muts = [
        desk.mutation("client.create", client_create(client_id=cid)),
        desk.mutation("appointment.book", book(studio.owner_staff_id, cid)),
    ]
    answer = push(client, desk, muts)
    assert list(answer) == ["epoch", "last_mutation_id", "results", "sale_prefix"]
    assert answer["last_mutation_id"] == 2
    assert answer["results"] == [
        {"id": 1, "uuid": muts[0]["uuid"], "status": "applied", "version": studio.version + 1, "conflict_id": None},
        {"id": 2, "uuid": muts[1]["uuid"], "status": "applied", "version": studio.version + 2, "conflict_id": None},
    ]
    pages = pull_all(client, desk)
    assert len(pages) == 1
    page = pages[0]
    assert list(page) == [
        "since", "cursor", "has_more", "last_mutation_id", "last_mutation_uuid", "server_time", "reset",
        "sale_prefix", "changes",
    ]  # fmt: skip
    assert page["since"] is None  # a first pull
    assert page["cursor"] == f"{answer['epoch']}:{studio.version + 2}"
    assert (page["last_mutation_id"], page["last_mutation_uuid"]) == (2, muts[1]["uuid"])
    versions = [c["version"] for c in page["changes"]]
    assert versions == sorted(versions)
    client_row = rows(pages, "client")[str(cid)]
    assert client_row["full_name"] == "Ana Souza"
    assert client_row["changed_by"] == str(studio.owner_staff_id)
    assert client_row["origin_device"] == str(desk.device_id)
    assert client_row["version"] == studio.version + 1
    # Nothing new: an empty page at the same cursor.
    again = pull_page(client, desk, page["cursor"])
    assert (again["changes"], again["cursor"], again["has_more"]) == ([], page["cursor"], False)
    assert again["since"] == page["cursor"]  # the cursor this page answers


def test_a_replayed_push_applies_once_and_answers_the_same(
    client: TestClient, app_db: Database, make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    studio = make_studio()
    desk = make_desk(studio)
    muts = [desk.mutation("client.create", client_create(f"Cliente {i}")) for i in range(3)]
    answers = [push(client, desk, muts) for _ in range(3)]
    assert answers[0] == answers[1] == answers[2]
    assert clock(app_db, studio.studio_id) == studio.version + 3
    assert count(app_db, studio.studio_id, "SELECT count(*) FROM client") == 3
    assert count(app_db, studio.studio_id, "SELECT count(*) FROM mutation_result") == 3


def test_a_sequence_number_reused_under_another_uuid_is_409_and_nothing_applies(
    client: TestClient, app_db: Database, make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    studio = make_studio()
    desk = make_desk(studio)
    push(client, desk, [desk.mutation("client.create", client_create("Primeira"))])
    before = clock(app_db, studio.studio_id)
    # A restored copy of the file: seq 2 is new, seq 1 is another mutation than the server's.
    restored = [
        desk.mutation("client.create", client_create("Nova 2"), seq=2),
        desk.mutation("client.create", client_create("Outra 1"), seq=1),
    ]
    response = client.post("/v1/sync/push", json=desk.body(restored), headers=desk.headers)
    assert response.status_code == 409, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["type"].endswith("/sequence-reused")
    assert clock(app_db, studio.studio_id) == before
    assert count(app_db, studio.studio_id, "SELECT count(*) FROM client") == 1
    # Two UUIDs claiming one sequence number in the same request: 409 as well.
    twice = [
        desk.mutation("client.create", client_create("A"), seq=2),
        desk.mutation("client.create", client_create("B"), seq=2),
    ]
    assert client.post("/v1/sync/push", json=desk.body(twice), headers=desk.headers).status_code == 409
    assert clock(app_db, studio.studio_id) == before


def test_a_gap_stops_the_batch(
    client: TestClient, app_db: Database, make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    studio = make_studio()
    desk = make_desk(studio)
    m1, m2, m3, m4 = (desk.mutation("client.create", client_create(f"C{i}")) for i in range(4))
    assert push(client, desk, [m1])["last_mutation_id"] == 1
    stopped = push(client, desk, [m3, m4])  # 2 never arrived
    assert stopped == {
        "epoch": stopped["epoch"], "last_mutation_id": 1, "results": [], "sale_prefix": stopped["sale_prefix"]
    }  # fmt: skip
    assert clock(app_db, studio.studio_id) == studio.version + 1
    # A batch that starts well and then jumps: the part before the gap applies.
    partial = push(client, desk, [m2, m4])
    assert [r["id"] for r in partial["results"]] == [2]
    assert partial["last_mutation_id"] == 2
    rest = push(client, desk, [m3, m4])
    assert [(r["id"], r["status"]) for r in rest["results"]] == [(3, "applied"), (4, "applied")]
    assert rest["last_mutation_id"] == 4


def test_a_known_uuid_under_a_new_device_id_answers_its_stored_result_and_maps_the_number(
    client: TestClient, app_db: Database, make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    studio = make_studio()
    desk = make_desk(studio)
    muts = [desk.mutation("client.create", client_create(f"C{i}")) for i in range(2)]
    first = push(client, desk, muts)
    before = clock(app_db, studio.studio_id)
    # The desk took a new device id (after a 409 elsewhere) and renumbered: same UUIDs, 1 and 2.
    desk.new_device()
    renumbered = [{**m, "id": i} for i, m in enumerate(muts, start=1)]
    assert pull_page(client, desk)["last_mutation_id"] == 0
    again = push(client, desk, renumbered)
    assert again["results"] == first["results"]
    assert again["last_mutation_id"] == 2
    assert clock(app_db, studio.studio_id) == before
    page = pull_all(client, desk)[-1]
    assert (page["last_mutation_id"], page["last_mutation_uuid"]) == (2, muts[1]["uuid"])
    # and the new device goes on from there
    nxt = push(client, desk, [desk.mutation("client.create", client_create("C3"), seq=3)])
    assert nxt["results"][0]["status"] == "applied"


@pytest.mark.parametrize(
    ("name", "args", "reason", "code"),
    [
        ("client.teleport", {"client_id": "x"}, "unknown mutation", "unknown_mutation"),
        ("client.create", {"client_id": "not-a-uuid", "full_name": "X"}, "client_id", "invalid_arguments"),
        (
            "client.create",
            {"client_id": "018f0000-0000-7000-8000-000000000001", "full_name": "X", "shoe": 42},
            "shoe",
            "invalid_arguments",
        ),
        (
            "staff.add",
            {"staff_id": "018f0000-0000-7000-8000-000000000002", "display_name": "Z", "role": "owner"},
            "may not",
            "role_not_allowed",
        ),
        (
            "appointment.cancel",
            {"appointment_id": "018f0000-0000-7000-8000-000000000003", "cancelled_at": "2026-05-04T10:00:00+00:00"},
            "does not exist",
            "not_found",
        ),
    ],
    ids=["unknown-mutation", "invalid-args", "unknown-arg", "role", "stale-target"],
)
def test_a_rejected_mutation_becomes_a_rejected_conflict_that_every_desk_pulls(
    client: TestClient,
    app_db: Database,
    make_studio: MakeStudio,
    make_member: MakeMember,
    make_desk: MakeDesk,
    name: str,
    args: dict[str, Any],
    reason: str,
    code: str,
) -> None:
    studio = make_studio()
    member = make_member(studio.studio_id, Role.RECEPTIONIST)
    desk = make_desk(studio, staff_id=member.staff_id, role=Role.MANAGER)  # capped at receptionist
    other = make_desk(studio)
    base = clock(app_db, studio.studio_id)
    m = desk.mutation(name, args)
    follow = desk.mutation("client.create", client_create("Depois"))
    answer = push(client, desk, [m, follow])
    rejected, applied = answer["results"]
    conflict_id = str(derived_id(uuid.UUID(m["uuid"]), "rejected"))
    assert rejected == {
        "id": 1,
        "uuid": m["uuid"],
        "status": "rejected",
        "version": rejected["version"],
        "conflict_id": conflict_id,
    }
    assert rejected["version"] == base + 1
    assert applied["status"] == "applied"
    assert applied["version"] == base + 2
    conflict = rows(pull_all(client, other), "sync_conflict")[conflict_id]
    assert conflict["kind"] == "rejected"
    assert conflict["status"] == "open"
    assert conflict["mutation_uuid"] == m["uuid"]
    assert conflict["mutation_name"] == name
    assert conflict["mine"] == {"name": name, "args": args}
    assert reason in conflict["detail"]
    assert conflict["theirs"]["code"] == code  # each desk says why in its own language
    assert conflict["version"] == rejected["version"]
    assert conflict["changed_by"] == str(member.staff_id)
    # Only the conflict row carries that version: the mutation itself left nothing.
    with app_db.tenant(studio.studio_id) as conn:
        total = sum(
            int(
                conn.execute(
                    text(f"SELECT count(*) FROM {t} WHERE version = :v"), {"v": rejected["version"]}
                ).scalar_one()
            )
            for t in ("studio", "staff", "client", "appointment", "sale", "payment", "sync_conflict")
        )
    assert total == 1


def test_a_payment_is_stored_whatever_the_role_with_a_conflict_when_something_is_off(
    client: TestClient, make_studio: MakeStudio, make_member: MakeMember, make_desk: MakeDesk
) -> None:
    studio = make_studio()
    artist = make_member(studio.studio_id, Role.ARTIST)
    desk = make_desk(studio, staff_id=artist.staff_id, role=Role.OWNER)  # acts as an artist
    sale_id, payment_id = uuid7(), uuid7()
    sale = desk.mutation(
        "sale.record",
        {
            "sale_id": str(sale_id),
            "number": "A-1",
            "business_date": "2026-05-04",
            "closed_at": T0.isoformat(),
            "lines": [{"line_id": str(uuid7()), "description": "Sessão", "unit_price": 50000}],
        },
    )
    payment = desk.mutation(
        "payment.record",
        {
            "payment_id": str(payment_id),
            "sale_id": str(sale_id),
            "method": "pix",
            "amount": 50000,
            "business_date": "2026-05-04",
            "received_at": T0.isoformat(),
        },
    )
    answer = push(client, desk, [sale, payment])
    # An artist closes no sale; the payment is stored all the same, with a conflict to review.
    assert [r["status"] for r in answer["results"]] == ["rejected", "applied"]
    pages = pull_all(client, desk)
    stored = rows(pages, "payment")[str(payment_id)]
    assert stored["amount"] == 50000
    assert stored["sale_id"] is None  # the sale never came to be; the money is kept
    conflict = rows(pages, "sync_conflict")[answer["results"][1]["conflict_id"]]
    assert conflict["kind"] == "needs_review"
    assert "does not exist" in conflict["detail"]


def test_double_booking_across_two_desks_keeps_both_the_second_in_conflict(
    client: TestClient, make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    studio = make_studio()
    first, second = make_desk(studio), make_desk(studio)
    cid = uuid7()
    push(client, first, [first.mutation("client.create", client_create(client_id=cid))])
    a1, a2 = uuid7(), uuid7()
    # Both desks booked the same artist at overlapping times while offline.
    r1 = push(client, first, [first.mutation("appointment.book", book(studio.owner_staff_id, cid, appointment_id=a1))])
    r2 = push(
        client,
        second,
        [
            second.mutation(
                "appointment.book",
                book(studio.owner_staff_id, cid, appointment_id=a2, start=T0 + dt.timedelta(hours=1)),
            )
        ],
    )
    assert r1["results"][0]["status"] == "applied"
    assert r2["results"][0]["status"] == "conflict"
    pages = pull_all(client, first)
    booked = rows(pages, "appointment")
    assert booked[str(a1)]["in_conflict"] is False
    assert booked[str(a2)]["in_conflict"] is True
    conflict = rows(pages, "sync_conflict")[r2["results"][0]["conflict_id"]]
    assert conflict["kind"] == "double_booking"
    assert conflict["row_ids"] == [str(a2), str(a1)]


def test_the_exclusion_constraint_backstop_keeps_the_booking_in_conflict(
    client: TestClient, make_studio: MakeStudio, make_desk: MakeDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the check ever misses a clash, PostgreSQL's exclusion constraint refuses the row
    (23P01 at the savepoint): the booking is applied again, flagged, with a double_booking
    conflict — never lost, never refused."""
    studio = make_studio()
    desk = make_desk(studio)
    cid, a1, a2 = uuid7(), uuid7(), uuid7()
    push(
        client,
        desk,
        [
            desk.mutation("client.create", client_create(client_id=cid)),
            desk.mutation("appointment.book", book(studio.owner_staff_id, cid, appointment_id=a1)),
        ],
    )
    monkeypatch.setattr(appointments, "_clashes", lambda *a, **k: [])  # a check that misses
    answer = push(
        client, desk, [desk.mutation("appointment.book", book(studio.owner_staff_id, cid, appointment_id=a2))]
    )
    result = answer["results"][0]
    assert result["status"] == "conflict"
    pages = pull_all(client, desk)
    assert rows(pages, "appointment")[str(a2)]["in_conflict"] is True
    conflict = rows(pages, "sync_conflict")[result["conflict_id"]]
    assert conflict["kind"] == "double_booking"
    assert conflict["row_ids"] == [str(a2), str(a1)]
    assert "ex_appointment_artist_overlap" in conflict["detail"]


def test_a_sale_number_already_used_is_renumbered_with_a_conflict(
    client: TestClient, make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    studio = make_studio()
    first, second = make_desk(studio), make_desk(studio)

    def sale(desk: Desk, sale_id: uuid.UUID, number: str) -> dict[str, Any]:
        return desk.mutation(
            "sale.record",
            {
                "sale_id": str(sale_id),
                "number": number,
                "business_date": "2026-05-04",
                "closed_at": T0.isoformat(),
                "lines": [{"line_id": str(uuid7()), "description": "Piercing", "unit_price": 12000}],
            },
        )

    s1, s2, s3 = uuid7(), uuid7(), uuid7()
    long_number = "X" * 32
    assert (
        push(client, first, [sale(first, s1, "0001"), sale(first, uuid7(), long_number)])["results"][0]["status"]
        == "applied"
    )
    answer = push(
        client, second, [sale(second, s2, "0001"), sale(second, s3, "0001"), sale(second, uuid7(), long_number)]
    )
    assert [r["status"] for r in answer["results"]] == ["conflict"] * 3
    pages = pull_all(client, second)
    sales = rows(pages, "sale")
    assert (sales[str(s1)]["number"], sales[str(s2)]["number"], sales[str(s3)]["number"]) == (
        "0001",
        "0001-2",
        "0001-3",
    )
    assert sorted(r["number"] for r in sales.values() if r["number"].startswith("X")) == sorted(
        [long_number, "X" * 30 + "-2"]
    )
    conflict = rows(pages, "sync_conflict")[answer["results"][0]["conflict_id"]]
    assert conflict["kind"] == "renumbered"
    assert conflict["row_ids"] == [str(s2), str(s1)]
    assert conflict["mine"] == {"number": "0001", "renumbered_to": "0001-2"}


def test_a_pin_identified_staff_member_is_credited_only_when_active_here(
    client: TestClient, make_studio: MakeStudio, make_member: MakeMember, make_desk: MakeDesk
) -> None:
    studio = make_studio()
    other_studio = make_studio()
    receptionist = make_member(studio.studio_id, Role.RECEPTIONIST)
    desk = make_desk(studio)
    c1, c2 = uuid7(), uuid7()
    push(
        client,
        desk,
        [
            desk.mutation("client.create", client_create(client_id=c1), staff_id=str(receptionist.staff_id)),
            desk.mutation("client.create", client_create(client_id=c2), staff_id=str(other_studio.owner_staff_id)),
        ],
    )
    clients = rows(pull_all(client, desk), "client")
    assert clients[str(c1)]["changed_by"] == str(receptionist.staff_id)
    assert clients[str(c2)]["changed_by"] == str(studio.owner_staff_id)  # not ours: the token's staff


# -- pages ------------------------------------------------------------------------------------
def test_pages_of_one_change_hold_whole_versions_and_add_up_to_one_big_page(
    client: TestClient, make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    studio = make_studio()  # version 1 writes two rows (studio and owner)
    desk = make_desk(studio)
    cid = uuid7()
    push(
        client,
        desk,
        [
            desk.mutation("client.create", client_create(client_id=cid)),
            desk.mutation("appointment.book", book(studio.owner_staff_id, cid)),
            desk.mutation("appointment.book", book(studio.owner_staff_id, cid, start=T0 + dt.timedelta(minutes=30))),
            desk.mutation(
                "client.update", {"client_id": str(cid), "changes": {"notes": "alergia"}, "seen": {"notes": None}}
            ),
        ],
    )
    big = pull_all(client, desk)
    small = pull_all(client, desk, limit=1)
    assert len(big) == 1
    assert changes(small) == changes(big)
    assert small[-1]["cursor"] == big[-1]["cursor"]
    for page in small:
        versions = {c["version"] for c in page["changes"]}
        assert len(versions) <= 1  # limit=1: one version per page, however many rows it wrote
        assert all(int(page["cursor"].split(":")[1]) >= v for v in versions)
    assert any(len(p["changes"]) > 1 for p in small)  # the booking that clashed wrote two rows
    versions_seen = [c["version"] for c in changes(small)]
    assert versions_seen == sorted(versions_seen)
    # Pages of two from the middle: same again.
    middle = big[0]["changes"][2]["version"] - 1
    epoch = big[0]["cursor"].split(":")[0]
    tail = pull_all(client, desk, cursor=f"{epoch}:{middle}", limit=2)
    assert changes(tail) == [c for c in changes(big) if c["version"] > middle]


def test_versions_with_no_surviving_rows_are_skipped_over(
    client: TestClient, make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    studio = make_studio()
    desk = make_desk(studio)
    cid = uuid7()
    fields = [{"client_id": str(cid), "changes": {"notes": f"n{i}"}} for i in range(3)]
    answer = push(
        client,
        desk,
        [
            desk.mutation("client.create", client_create(client_id=cid)),
            *(desk.mutation("client.update", f) for f in fields),
        ],
    )
    top = answer["results"][-1]["version"]
    pages = pull_all(client, desk, limit=1)
    # The client row was rewritten at each version: only its last version survives.
    # Version 1: the setup's studio, owner and audit row.
    assert [c["version"] for c in changes(pages)] == [1, 1, 1, top]
    assert pages[-1]["cursor"].endswith(f":{top}")
    assert pages[-1]["last_mutation_id"] == 4


def test_a_foreign_cursor_is_answered_reset(client: TestClient, make_studio: MakeStudio, make_desk: MakeDesk) -> None:
    studio = make_studio()
    desk = make_desk(studio)
    push(client, desk, [desk.mutation("client.create", client_create())])
    epoch = pull_page(client, desk)["cursor"].split(":")[0]
    for cursor in (f"{uuid.uuid4()}:1", f"{epoch}:999", "garbage", f"{epoch}:-1", f"{epoch}:1e3", ":"):
        page = pull_page(client, desk, cursor)
        assert page["reset"] is True, cursor
        assert page["cursor"] == f"{epoch}:0"
        assert (page["changes"], page["has_more"], page["last_mutation_id"]) == ([], False, 0)
    # An absurdly long cursor is unreadable like the others (test_protocol_holes.py).
    assert pull_page(client, desk, "x" * 200)["reset"] is True


# -- what is refused whole --------------------------------------------------------------------
def test_a_schema_version_outside_the_window_is_426_and_nothing_applies(
    client: TestClient, app_db: Database, make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    studio = make_studio()
    desk = make_desk(studio)
    m = desk.mutation("client.create", client_create())
    for version in (SCHEMA_VERSION + 1, 0):
        response = client.post("/v1/sync/push", json=desk.body([m], schema_version=version), headers=desk.headers)
        assert response.status_code == 426, response.text
        assert response.json()["max_schema_version"] == SCHEMA_VERSION
    assert clock(app_db, studio.studio_id) == studio.version
    assert push(client, desk, [m])["results"][0]["status"] == "applied"  # the outbox, kept, goes through later


def test_requests_that_cannot_be_read(client: TestClient, make_studio: MakeStudio, make_desk: MakeDesk) -> None:
    studio = make_studio()
    desk = make_desk(studio)
    post = client.post
    bad_json = post("/v1/sync/push", content=b"{nope", headers={**desk.headers, "content-type": "application/json"})
    assert bad_json.status_code == 400
    assert post("/v1/sync/push", json={"device_id": "x"}, headers=desk.headers).status_code == 422
    too_many = [desk.mutation("client.create", client_create()) for _ in range(MAX_PUSH_MUTATIONS + 1)]
    assert post("/v1/sync/push", json=desk.body(too_many), headers=desk.headers).status_code == 422
    assert post("/v1/sync/push", json=desk.body([])).status_code == 401
    assert client.get("/v1/sync/pull", params={"device_id": "nope"}, headers=desk.headers).status_code == 422
    assert (
        client.get(
            "/v1/sync/pull", params={"device_id": str(desk.device_id), "limit": 0}, headers=desk.headers
        ).status_code
        == 422
    )


# -- tenants ----------------------------------------------------------------------------------
def test_studios_are_sealed_from_each_other(
    client: TestClient, app_db: Database, make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    a, b = make_studio(), make_studio()
    desk_a, desk_b = make_desk(a), make_desk(b)
    b_client = uuid7()
    shared = desk_b.mutation("client.create", client_create("Só de B", client_id=b_client))
    push(client, desk_b, [shared])
    # A's pull sees none of B's rows.
    pulled = changes(pull_all(client, desk_a))
    assert {c["row"]["studio_id"] for c in pulled} == {str(a.studio_id)}
    # A's desk cannot touch B's client: to A it does not exist.
    touch = desk_a.mutation("client.update", {"client_id": str(b_client), "changes": {"notes": "x"}})
    assert push(client, desk_a, [touch])["results"][0]["status"] == "rejected"
    # B's device id is not A's to use, for pushing or pulling.
    stolen = Desk(a.studio_id, desk_a.desk_id, desk_a.staff_id, desk_a.token, device_id=desk_b.device_id)
    response = client.post(
        "/v1/sync/push", json=stolen.body([stolen.mutation("client.create", client_create())]), headers=stolen.headers
    )
    assert response.status_code == 409
    assert response.json()["type"].endswith("/device-taken")
    assert pull_page(client, stolen)["last_mutation_id"] == 0  # B's sequence numbers stay B's
    # Another desk of the same studio cannot take over a device id either.
    other_a = make_desk(a)
    same_studio = Desk(a.studio_id, other_a.desk_id, other_a.staff_id, other_a.token, device_id=desk_a.device_id)
    assert client.post("/v1/sync/push", json=same_studio.body([]), headers=same_studio.headers).status_code == 409
    assert (
        client.get("/v1/sync/pull", params={"device_id": str(desk_a.device_id)}, headers=other_a.headers).status_code
        == 409
    )
    # The same mutation UUID pushed to A is A's own mutation, applied in A.
    replay = {**shared, "id": 1, "args": client_create("De A", client_id=uuid7())}
    own = Desk(a.studio_id, desk_a.desk_id, desk_a.staff_id, desk_a.token)
    assert push(client, own, [replay])["results"][0]["status"] == "applied"
    assert count(app_db, b.studio_id, "SELECT count(*) FROM client") == 1


def test_pulled_rows_are_encoded_exactly_as_encode_row_does(
    client: TestClient, app_db: Database, make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    """PostgreSQL writes the pulled rows' JSON itself, for speed: what it sends must decode to the
    stored rows, and be kronos_core.rows.encode_row's form but for the digits of an instant's
    fraction of a second (every table, every column type)."""
    studio = make_studio()
    desk = make_desk(studio)
    cid, sale_id, product_id, deposit_id = uuid7(), uuid7(), uuid7(), uuid7()
    drawer_id, session_id, voucher_id = uuid7(), uuid7(), uuid7()
    booked, template = book(studio.owner_staff_id, cid), template_args()
    created = client_create(client_id=cid) | {
        "birth_date": "1990-02-03",
        "tags": ["vip", "ç", 'a "b" \\'],
        "notes": 'ação "aspas" \\ barra\nlinha\t\u0001 </script>',
    }
    push(client, desk, [
        desk.mutation("client.create", created),
        desk.mutation("station.add", {"station_id": str(uuid7()), "name": "Maca 1"}),
        desk.mutation("commission.set", {"rule_id": str(uuid7()), "staff_id": str(studio.owner_staff_id),
                                         "rate_bps": 4000, "effective_from": "2026-01-01"}),
        desk.mutation("appointment.book", booked),
        desk.mutation("appointment.book", book(studio.owner_staff_id, cid)),  # a clash: a conflict row
        desk.mutation("product.save", {"product_id": str(product_id), "name": 'Pomada "cicatrizante"',
                                       "sku": "POM-1", "price": 4500}),
        desk.mutation("deposit.take", {
            "deposit_id": str(deposit_id), "client_id": str(cid), "amount": 20000,
            "policy_text": 'Sinal "não reembolsável"\nvale 6 meses', "acknowledged": True,
            "business_date": "2026-05-01", "taken_at": "2026-05-01T15:00:00.25+00:00",
        }),
        desk.mutation("sale.record", {
            "sale_id": str(sale_id), "number": "E-1", "business_date": "2026-05-04",
            "closed_at": "2026-05-04T22:30:00.123456-03:00", "client_id": str(cid),
            "lines": [{"line_id": str(uuid7()), "description": "Sessão", "unit_price": 70000,
                       "artist_id": str(studio.owner_staff_id)},
                      {"line_id": str(uuid7()), "kind": "product", "description": "Pomada", "unit_price": 4500,
                       "product_id": str(product_id)}],
            "tips": [{"tip_id": str(uuid7()), "artist_id": str(studio.owner_staff_id), "amount": 500}],
            "deposit_ids": [str(deposit_id)], "fiscal_document": "52998224725",
        }),
        desk.mutation("payment.record", {
            "payment_id": str(uuid7()), "sale_id": str(sale_id), "method": "cash", "amount": 70000, "tip": 500,
            "business_date": "2026-05-04", "received_at": "2026-05-05T01:30:00+00:00",
        }),
        desk.mutation("project.create", {"project_id": str(uuid7()), "client_id": str(cid), "title": "Costas",
                                         "notes": 'fechamento "aspas"'}),
        desk.mutation("time_off.add", {"series_id": str(uuid7()), "artist_id": str(studio.owner_staff_id),
                                       "reason": "Almoço", "first_day": "2026-05-04", "last_day": "2026-05-08",
                                       "weekdays": [0, 2, 4], "start_minute": 720, "end_minute": 780,
                                       "excluded_days": ["2026-05-06"]}),
        desk.mutation("form_template.publish", template),
        desk.mutation("consent_form.sign", {
            "form_id": str(uuid7()), "client_id": str(cid), "template_id": template["template_id"],
            "answers": {"allergy": {"value": True, "details": 'látex "aspas"'}}, "signature": SIGNATURE,
            "witness_id": str(studio.owner_staff_id), "signed_at": "2026-05-04T13:10:00.654321+00:00",
            "guardian_signature": None, "image_use": True,
        }),
        desk.mutation("material.add", {"material_id": str(uuid7()), "kind": "ink", "name": "Preto",
                                       "anvisa_registration": "80349870001", "lot": "L1",
                                       "manufactured_on": "2025-01-02", "expires_on": "2027-01-02"}),
        desk.mutation("session_record.add", {
            "record_id": str(uuid7()), "appointment_id": str(booked["appointment_id"]), "body_location": "Costas",
            "products": [{"kind": "ink", "name": "Preto", "anvisa_registration": "80349870001",
                          "expires_on": "2027-01-02"}],
            "needle_lots": ["N1"], "recorded_at": "2026-05-04T16:00:00.5+00:00",
        }),
        # Issue 16: the drawer's day (a movement, a count with its grid and snapshot), a voucher.
        desk.mutation("cash_drawer.save", {"drawer_id": str(drawer_id), "name": 'Caixa "1"'}),
        desk.mutation("cash_session.open", {"session_id": str(session_id), "drawer_id": str(drawer_id),
                                            "business_date": "2026-05-04", "opening_float": 20000,
                                            "opened_at": "2026-05-04T12:00:00.75+00:00"}),
        desk.mutation("cash.move", {"movement_id": str(uuid7()), "session_id": str(session_id), "kind": "out",
                                    "amount": 5000, "reason": 'Sangria "banco"', "moved_at": "2026-05-04T18:00:00Z"}),
        desk.mutation("cash_session.close", {
            "count_id": str(uuid7()), "session_id": str(session_id), "grid": {"20000": 1, "5": 3}, "expected": 20015,
            "note": None, "counted_at": "2026-05-04T23:00:00.5+00:00", "payment_ids": [str(uuid7())],
            "totals": {"cash": 70500},
        }),
        desk.mutation("voucher.sell", {"voucher_id": str(voucher_id), "code": "K7QX-M4P9", "amount": 10000,
                                       "sold_on": "2026-05-04", "recipient_name": 'Ana "presente"'}),
        desk.mutation("nope.nope", {"x": [1, {"y": None}]}),
    ])  # fmt: skip
    pulled = changes(pull_all(client, desk))
    tables = {t.name: t for t in SYNCED_TABLES}
    assert {c["table"] for c in pulled} == set(tables)
    with app_db.tenant(studio.studio_id) as conn:
        for change in pulled:
            table = tables[change["table"]]
            row = conn.execute(select(table).where(table.c.id == uuid.UUID(change["id"]))).mappings().one()
            assert decode_row(table, change["row"]) == dict(row), change["table"]
            assert same_but_fractions(change["row"], encode_row(table, dict(row))), change["table"]
            assert (change["version"], change["deleted"]) == (row["version"], row["deleted"])
    json.dumps(pulled)  # the wire form as it is


def test_a_transient_failure_commits_nothing_and_answers_503(
    client: TestClient, app_db: Database, make_studio: MakeStudio, make_desk: MakeDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    studio = make_studio()
    desk = make_desk(studio)
    mutations = [desk.mutation("client.create", client_create(f"C{i}")) for i in range(3)]

    def serialization_failure(*args: Any, **kwargs: Any) -> None:
        raise OperationalError(
            "UPDATE studio_clock ...", {}, psycopg.errors.SerializationFailure("could not serialize")
        )

    with monkeypatch.context() as patch:
        patch.setattr(push_module, "write_version", serialization_failure)  # after every mutation applied
        response = client.post("/v1/sync/push", json=desk.body(mutations), headers=desk.headers)
    assert response.status_code == 503, response.text
    assert response.headers["retry-after"]
    assert clock(app_db, studio.studio_id) == studio.version
    assert count(app_db, studio.studio_id, "SELECT count(*) FROM client") == 0
    assert count(app_db, studio.studio_id, "SELECT count(*) FROM device_seq") == 0
    again = push(client, desk, mutations)  # the desk sends the same batch again
    assert [r["status"] for r in again["results"]] == ["applied"] * 3


def test_mutations_are_counted_by_outcome_once_committed(
    client: TestClient, make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    def counted(outcome: str) -> float:
        value = REGISTRY.get_sample_value("kronos_mutations_total", {"name": "client.create", "outcome": outcome})
        return value or 0.0

    studio = make_studio()
    desk = make_desk(studio)
    before = {o: counted(o) for o in ("applied", "rejected", "duplicate")}
    good = desk.mutation("client.create", client_create())
    bad = desk.mutation("client.create", {"full_name": "sem id"})
    push(client, desk, [good, bad])  # the bad one sends the batch down the savepoint path: counted once
    push(client, desk, [good])
    assert counted("applied") - before["applied"] == 1
    assert counted("rejected") - before["rejected"] == 1
    assert counted("duplicate") - before["duplicate"] == 1

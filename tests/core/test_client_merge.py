"""client.merge (kronos_core/mutations/client_merge.py), on SQLite and PostgreSQL: the kept
record holds what the person chose, open rows move to it, closed ones stay and are read through
``merged_into``, the other record becomes a tombstone, and every refusal has its code."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine

from kronos_core.ids import uuid7
from kronos_core.mutations import ApplyContext, InvalidArguments, NotAllowed
from kronos_core.mutations.client_merge import MERGE_FIELDS, kept_id
from kronos_core.mutations.inverses import Before, NoInverse, invert
from kronos_core.rows import encode_value
from kronos_core.schema import appointment, audit_event, client, project, sale, sync_conflict
from tests.core.harness import Desk, at

ANA = {"phone": "+5511987654321", "email": "ana@exemplo.com.br", "allergies": "Látex", "tags": ["vip"]}
ANINHA = {"phone": "+5511912345678", "instagram": "aninha.tattoo", "medical_alerts": "Diabetes"}


def seen(desk: Desk, client_id: uuid.UUID, fields: Any) -> dict[str, Any]:
    """The values a desk shows of ``fields`` of a client (JSON, as a mutation's seen values)."""
    row = desk.one(client, client_id)
    return {name: encode_value(client.c[name].type, row[name]) for name in fields}


def merge(desk: Desk, keep: uuid.UUID, other: uuid.UUID, choices: dict[str, Any], **run: Any) -> None:
    """Merge as the dialog does: the choices, seen on both records as they are now."""
    args = {
        "keep_id": str(keep),
        "merged_id": str(other),
        "choices": choices,
        "seen_keep": seen(desk, keep, choices),
        "seen_merged": seen(desk, other, MERGE_FIELDS),
    }
    desk.run("client.merge", args, **run)


@pytest.fixture
def pair(desk: Desk) -> tuple[uuid.UUID, uuid.UUID]:
    return desk.add_client("Ana Souza", **ANA), desk.add_client("Aninha Souza", **ANINHA)


def test_the_kept_record_holds_the_chosen_fields_and_the_other_points_at_it(
    desk: Desk, pair: tuple[uuid.UUID, uuid.UUID]
) -> None:
    keep, other = pair
    merge(desk, keep, other, {"phone": "+5511912345678", "instagram": "aninha.tattoo", "allergies": "Látex; Diabetes"})
    kept = desk.one(client, keep)
    assert (kept["full_name"], kept["phone"], kept["instagram"], kept["email"]) == (
        "Ana Souza", "+5511912345678", "aninha.tattoo", "ana@exemplo.com.br",
    )  # fmt: skip
    assert kept["allergies"] == "Látex; Diabetes"
    tomb = desk.one(client, other)
    assert (tomb["merged_into"], tomb["deleted"], tomb["full_name"]) == (keep, False, "Aninha Souza")
    assert desk.rows(sync_conflict) == []


def test_open_bookings_and_projects_move_closed_ones_and_sales_stay(
    desk: Desk, pair: tuple[uuid.UUID, uuid.UUID]
) -> None:
    keep, other = pair
    artist = desk.add_staff("artist", "Rafa Lima")
    booked = desk.book(artist, at(11, 10), at(11, 12), client_id=other)
    done = desk.book(artist, at(2, 10), at(2, 12), client_id=other)
    for status in ("checked_in", "in_progress", "completed"):
        desk.run("appointment.set_status", {"appointment_id": str(done), "status": status})
    missed = desk.book(artist, at(3, 10), at(3, 12), client_id=other)
    desk.run("appointment.set_status", {"appointment_id": str(missed), "status": "no_show"})
    open_project, finished = uuid7(), uuid7()
    for project_id in (open_project, finished):
        desk.run("project.create", {"project_id": str(project_id), "client_id": str(other), "title": "Braço"})
    desk.run("project.update", {"project_id": str(finished), "status": "finished"})
    sale_id = uuid7()
    desk.run(
        "sale.record",
        {
            "sale_id": str(sale_id), "number": "A-1", "client_id": str(other), "business_date": "2026-03-02",
            "closed_at": at(2, 13).isoformat(), "lines": [{"line_id": str(uuid7()), "description": "Sessão",
                                                           "unit_price": 50000}],
        },
    )  # fmt: skip
    merge(desk, keep, other, {})
    assert desk.one(appointment, booked)["client_id"] == keep
    assert {desk.one(appointment, a)["client_id"] for a in (done, missed)} == {other}
    assert (desk.one(project, open_project)["client_id"], desk.one(project, finished)["client_id"]) == (keep, other)
    assert desk.one(sale, sale_id)["client_id"] == other  # closed: read through merged_into
    (event,) = [e for e in desk.rows(audit_event) if e["action"] == "client.merge"]
    assert event["row_id"] == keep
    assert event["detail"] == {"merged_id": str(other), "fields": [], "moved": {"appointment": 1, "project": 1}}


def test_a_booking_that_moves_takes_its_project_along(desk: Desk, pair: tuple[uuid.UUID, uuid.UUID]) -> None:
    keep, other = pair
    artist = desk.add_staff("artist", "Rafa Lima")
    project_id = uuid7()
    desk.run("project.create", {"project_id": str(project_id), "client_id": str(other), "title": "Costas"})
    booked = desk.book(artist, at(11, 10), at(11, 12), client_id=other)
    desk.run("appointment.edit", {"appointment_id": str(booked), "project_id": str(project_id)})
    desk.run("project.update", {"project_id": str(project_id), "status": "finished"})
    merge(desk, keep, other, {})
    assert (desk.one(appointment, booked)["client_id"], desk.one(project, project_id)["client_id"]) == (keep, keep)


def test_refusals_have_their_codes(desk: Desk, pair: tuple[uuid.UUID, uuid.UUID]) -> None:
    keep, other = pair
    with pytest.raises(InvalidArguments) as same:
        merge(desk, keep, keep, {})
    assert same.value.code == "merge_same_client"
    merge(desk, keep, other, {})
    with pytest.raises(InvalidArguments) as again:
        merge(desk, desk.add_client("Bia Rocha"), other, {})
    assert (again.value.code, again.value.params) == ("already_merged", {"name": "Ana Souza"})
    with pytest.raises(InvalidArguments) as cycle:
        merge(desk, other, keep, {})  # the kept record was merged into... itself, through the chain
    assert cycle.value.code == "merge_cycle"


def test_a_receptionist_or_an_artist_may_not_merge(desk: Desk, pair: tuple[uuid.UUID, uuid.UUID]) -> None:
    keep, other = pair
    for role in ("receptionist", "artist"):
        with pytest.raises(NotAllowed) as refused:
            merge(desk, keep, other, {}, **desk.as_staff(desk.add_staff(role)))
        assert refused.value.code == "role_not_allowed"
    merge(desk, keep, other, {}, **desk.as_staff(desk.add_staff("manager")))
    assert desk.one(client, other)["merged_into"] == keep


def test_an_erased_record_is_neither_kept_nor_merged(desk: Desk, pair: tuple[uuid.UUID, uuid.UUID]) -> None:
    keep, other = pair
    with desk.engine.begin() as tx:  # as the erase mutation leaves it (issue 13, privacy rights)
        tx.execute(client.update().where(client.c.id == other).values(erased_at=at(1, 9)))
    for a, b in ((keep, other), (other, keep)):
        with pytest.raises(InvalidArguments) as refused:
            merge(desk, a, b, {})
        assert refused.value.code == "client_erased"


def test_a_merge_into_a_record_merged_meanwhile_lands_where_it_went(desk: Desk) -> None:
    first, second, third = (desk.add_client(n) for n in ("Ana Souza", "Ana S.", "Ana Souza Lima"))
    args = {"keep_id": str(second), "merged_id": str(third)}
    merge(desk, first, second, {})  # another desk's merge reached the server first
    desk.run("client.merge", args)
    assert desk.one(client, third)["merged_into"] == first
    with desk.engine.connect() as conn:
        ctx = ApplyContext(conn, desk.actor(), uuid7(), "client.merge", desk.now)
        assert kept_id(ctx, third) == first
        assert kept_id(ctx, first) == first


def test_a_field_changed_meanwhile_on_either_record_becomes_a_conflict(
    desk: Desk, pair: tuple[uuid.UUID, uuid.UUID]
) -> None:
    keep, other = pair
    choices = {"phone": "+5511912345678"}
    args = {
        "keep_id": str(keep),
        "merged_id": str(other),
        "choices": choices,
        "seen_keep": seen(desk, keep, choices),
        "seen_merged": seen(desk, other, MERGE_FIELDS),
    }
    # Meanwhile, on other desks: the kept record's phone and the other record's e-mail change.
    desk.run("client.update", {"client_id": str(keep), "changes": {"phone": "+5511955554444"}})
    desk.run("client.update", {"client_id": str(other), "changes": {"email": "aninha@novo.com"}})
    desk.run("client.merge", args)
    kept = desk.one(client, keep)
    assert (kept["phone"], kept["email"]) == ("+5511955554444", "ana@exemplo.com.br")
    (conflict,) = desk.rows(sync_conflict)
    assert (conflict["kind"], conflict["table_name"], conflict["row_ids"]) == ("field_overwrite", "client", [str(keep)])
    assert conflict["mine"] == {"phone": "+5511912345678", "email": "aninha@novo.com"}
    assert conflict["theirs"] == {"phone": "+5511955554444", "email": "ana@exemplo.com.br"}


def test_an_edit_of_the_other_record_the_merge_did_not_see_lands_on_the_kept_record(
    desk: Desk, pair: tuple[uuid.UUID, uuid.UUID]
) -> None:
    keep, other = pair
    choices = {"phone": "+5511912345678", "instagram": "aninha.tattoo"}
    args = {
        "keep_id": str(keep),
        "merged_id": str(other),
        "choices": choices,
        "seen_keep": seen(desk, keep, choices),
        "seen_merged": seen(desk, other, MERGE_FIELDS),
    }
    # Meanwhile, on another desk: the other record's phone (taken by the merge) and its empty
    # medication (empty on the kept record too) change.
    edit = {"phone": "+5511933332222", "medication": "Insulina"}
    desk.run("client.update", {"client_id": str(other), "changes": edit, "seen": seen(desk, other, edit)})
    desk.run("client.merge", args)
    kept = desk.one(client, keep)
    assert (kept["phone"], kept["medication"], kept["instagram"]) == ("+5511933332222", "Insulina", "aninha.tattoo")
    assert desk.rows(sync_conflict) == []


def test_a_merge_is_final_for_undo() -> None:
    with pytest.raises(NoInverse) as refused:
        invert("client.merge", {"keep_id": str(uuid7()), "merged_id": str(uuid7())}, Before([]), at(10, 12))
    assert refused.value.code == "final"


def test_choices_are_checked_like_an_update(desk: Desk, pair: tuple[uuid.UUID, uuid.UUID]) -> None:
    keep, other = pair
    with pytest.raises(InvalidArguments) as refused:
        merge(desk, keep, other, {"document_type": "cpf", "document_number": "123.456.789-00"})
    assert refused.value.code == "invalid_cpf"
    with pytest.raises(InvalidArguments):
        desk.run("client.merge", {"keep_id": str(keep), "merged_id": str(other), "seen_keep": {"phone": None}})
    assert desk.one(client, other)["merged_into"] is None


# -- the rule under hypothesis ------------------------------------------------------------------
# Texts as a record stores them (client.update trims them: kronos_core/mutations/client_checks.py).
TEXTS = st.one_of(st.none(), st.from_regex(r"[A-Za-zÀ-ÿ0-9,.;]{1,10}( [A-Za-zÀ-ÿ0-9,.;]{1,10}){0,2}", fullmatch=True))
FIELD_VALUES: dict[str, st.SearchStrategy[Any]] = {
    "preferred_name": TEXTS,
    "notes": TEXTS,
    "allergies": TEXTS,
    "medical_alerts": TEXTS,
    "medication": TEXTS,
    "address": TEXTS,
    "phone": st.sampled_from([None, "+5511987654321", "+5521999998888", "+351912345678"]),
    "email": st.sampled_from([None, "ana@exemplo.com.br", "a.s@x.com"]),
    "whatsapp": st.booleans(),
    "blocked": st.booleans(),
    "marketing_consent": st.booleans(),
    "tags": st.lists(st.sampled_from(["vip", "fineline", "cobertura"]), max_size=3, unique=True),
}
STATUSES = st.sampled_from(["booked", "confirmed", "completed", "cancelled", "no_show"])
STEPS = {
    "booked": [],
    "confirmed": ["confirmed"],
    "completed": ["checked_in", "in_progress", "completed"],
    "no_show": ["no_show"],
}


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(
    choices=st.fixed_dictionaries({}, optional=FIELD_VALUES),
    keep_statuses=st.lists(STATUSES, max_size=3),
    other_statuses=st.lists(STATUSES, max_size=4),
)
def test_any_choices_the_kept_record_holds_exactly_them_and_nothing_open_stays(
    sqlite_core_engine: Engine,
    choices: dict[str, Any],
    keep_statuses: list[str],
    other_statuses: list[str],
) -> None:
    desk = Desk(sqlite_core_engine).setup()  # a studio of its own per example
    keep, other = desk.add_client("Ana Souza", **ANA), desk.add_client("Aninha Souza", **ANINHA)
    artist = desk.add_staff("artist", "Rafa Lima")
    for n, (client_id, status) in enumerate([(keep, s) for s in keep_statuses] + [(other, s) for s in other_statuses]):
        booked = desk.book(artist, at(1 + n, 10), at(1 + n, 11), client_id=client_id)
        if status == "cancelled":
            desk.run("appointment.cancel", {"appointment_id": str(booked), "cancelled_at": at(1, 8).isoformat()})
        for step in STEPS.get(status, []):
            desk.run("appointment.set_status", {"appointment_id": str(booked), "status": step})
    before = {c: desk.one(client, c) for c in (keep, other)}
    merge(desk, keep, other, choices)
    kept = desk.one(client, keep)
    for name in MERGE_FIELDS:
        expected = choices[name] if name in choices else before[keep][name]
        assert encode_value(client.c[name].type, kept[name]) == encode_value(client.c[name].type, expected), name
    assert desk.one(client, other)["merged_into"] == keep
    left = desk.rows(appointment, client_id=other)
    assert all(a["status"] in ("completed", "cancelled", "no_show") for a in left)
    assert len(desk.rows(appointment, client_id=keep)) + len(left) == len(keep_statuses) + len(other_statuses)
    assert desk.rows(sync_conflict) == []

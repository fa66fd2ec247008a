"""Clients: creation with validated fields, and updates merged field by field."""

from __future__ import annotations

import datetime as dt

import pytest

from kronos_core.ids import uuid7
from kronos_core.mutations import InvalidArguments, NotFound
from kronos_core.roles import Role
from kronos_core.schema import audit_event, client, sync_conflict
from tests.core.harness import Desk


def test_create_client_with_normalised_fields(desk: Desk) -> None:
    client_id = desk.add_client(
        "  Ana   Souza ",
        phone="+55 (11) 98765-4321",
        email=" Ana@Example.COM ",
        birth_date="1990-05-17",
        tags=["fineline", "vip"],
        data_processing_consent=True,
    )
    row = desk.one(client, client_id)
    assert row["full_name"] == "Ana Souza"
    assert row["phone"] == "+5511987654321"
    assert row["email"] == "ana@example.com"
    assert row["birth_date"] == dt.date(1990, 5, 17)
    assert row["tags"] == ["fineline", "vip"]
    assert row["data_processing_consent"] is True
    assert row["marketing_consent"] is False


def test_create_client_defaults_tags(desk: Desk) -> None:
    assert desk.one(client, desk.add_client())["tags"] == []


@pytest.mark.parametrize("role", [Role.RECEPTIONIST, Role.ARTIST])
def test_front_desk_and_artists_register_clients(desk: Desk, role: Role) -> None:
    member = desk.add_staff(role.value)
    client_id = uuid7()
    ctx = desk.run("client.create", {"client_id": str(client_id), "full_name": "Bia"}, **desk.as_staff(member))
    assert desk.one(client, client_id)["changed_by"] == member
    assert ctx.changed == {"client": {client_id}}


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        # A Brazilian number as people write it is taken (stored in E.164), and a bad phone or
        # e-mail is refused with its contact code: tests/core/test_client_fields.py.
        ({"full_name": "   "}, "full_name: Value error, must not be empty"),
        ({"nickname": "Aninha"}, "nickname: Extra inputs are not permitted"),
        ({"birth_date": "1850-01-01"}, "birth date is out of range"),
        ({"tags": "vip"}, "tags: Input should be a valid list"),
    ],
)
def test_invalid_client_fields_are_refused_with_readable_messages(desk: Desk, fields: dict, message: str) -> None:
    args = {"client_id": str(uuid7()), "full_name": "Ana", **fields}
    with pytest.raises(InvalidArguments) as caught:
        desk.run("client.create", args)
    assert caught.value.message.startswith("client.create: ")
    assert message in caught.value.message
    assert caught.value.code == "invalid_arguments"
    assert desk.rows(client) == []


def test_update_applies_changes_and_keeps_a_before_image(desk: Desk) -> None:
    client_id = desk.add_client(phone="+5511911111111")
    ctx = desk.run(
        "client.update",
        {
            "client_id": str(client_id),
            "changes": {"phone": "+5511922222222", "notes": "prefere manhã"},
            "seen": {"phone": "+5511911111111", "notes": None},
        },
    )
    row = desk.one(client, client_id)
    assert (row["phone"], row["notes"]) == ("+5511922222222", "prefere manhã")
    assert ctx.changed == {"client": {client_id}}
    (undo,) = ctx.undo
    assert (undo.table, undo.id) == ("client", client_id)
    assert undo.before is not None
    assert undo.before["phone"] == "+5511911111111"
    assert undo.before["notes"] is None
    assert undo.before["id"] == str(client_id)
    assert desk.rows(sync_conflict) == []


def test_update_merges_field_by_field_and_records_an_overwrite(desk: Desk) -> None:
    client_id = desk.add_client(phone="+5511911111111", email="ana@example.com")
    # Another desk changed the phone meanwhile (already applied here).
    desk.run(
        "client.update",
        {"client_id": str(client_id), "changes": {"phone": "+5511933333333"}, "seen": {"phone": "+5511911111111"}},
    )
    # This desk saw the old phone and changes both phone and e-mail.
    mutation = uuid7()
    ctx = desk.run(
        "client.update",
        {
            "client_id": str(client_id),
            "changes": {"phone": "+5511944444444", "email": "ana@novo.com"},
            "seen": {"phone": "+5511911111111", "email": "ana@example.com"},
        },
        mutation_uuid=mutation,
    )
    row = desk.one(client, client_id)
    assert row["phone"] == "+5511933333333"  # the server's value is kept
    assert row["email"] == "ana@novo.com"  # the field nobody else touched is applied
    (conflict,) = desk.rows(sync_conflict)
    assert conflict["kind"] == "field_overwrite"
    assert conflict["status"] == "open"
    assert conflict["table_name"] == "client"
    assert conflict["row_ids"] == [str(client_id)]
    assert conflict["mine"] == {"phone": "+5511944444444"}
    assert conflict["theirs"] == {"phone": "+5511933333333"}
    assert conflict["mutation_uuid"] == mutation
    assert conflict["mutation_name"] == "client.update"
    assert "phone" in conflict["detail"]
    assert conflict["id"] == ctx.derived_id("conflict:1")  # the same id on every replica
    assert ctx.changed == {"client": {client_id}, "sync_conflict": {conflict["id"]}}
    assert [u.before is None for u in ctx.undo] == [False, True]


def test_update_where_only_the_overwrite_remains_changes_no_client_field(desk: Desk) -> None:
    client_id = desk.add_client(notes="a")
    desk.run("client.update", {"client_id": str(client_id), "changes": {"notes": "b"}, "seen": {"notes": "a"}})
    before = desk.one(client, client_id)
    ctx = desk.run("client.update", {"client_id": str(client_id), "changes": {"notes": "c"}, "seen": {"notes": "a"}})
    assert desk.one(client, client_id) == before
    assert set(ctx.changed) == {"sync_conflict"}
    (conflict,) = desk.rows(sync_conflict)
    assert (conflict["mine"], conflict["theirs"]) == ({"notes": "c"}, {"notes": "b"})


def test_the_same_change_made_on_both_sides_is_no_conflict(desk: Desk) -> None:
    client_id = desk.add_client(notes="a")
    desk.run("client.update", {"client_id": str(client_id), "changes": {"notes": "b"}, "seen": {"notes": "a"}})
    desk.run("client.update", {"client_id": str(client_id), "changes": {"notes": "b"}, "seen": {"notes": "a"}})
    assert desk.one(client, client_id)["notes"] == "b"
    assert desk.rows(sync_conflict) == []


def test_seen_values_of_dates_and_lists_are_compared_in_their_json_form(desk: Desk) -> None:
    client_id = desk.add_client(birth_date="1990-05-17", tags=["vip"])
    desk.run(
        "client.update",
        {
            "client_id": str(client_id),
            "changes": {"birth_date": "1991-05-17", "tags": []},
            "seen": {"birth_date": "1990-05-17", "tags": ["vip"]},
        },
    )
    row = desk.one(client, client_id)
    assert (row["birth_date"], row["tags"]) == (dt.date(1991, 5, 17), [])
    assert desk.rows(sync_conflict) == []


def test_update_refusals(desk: Desk) -> None:
    client_id = desk.add_client()
    with pytest.raises(InvalidArguments, match="nothing to change"):
        desk.run("client.update", {"client_id": str(client_id), "changes": {}})
    with pytest.raises(InvalidArguments, match=r"seen values for fields that are not changed: \['email'\]"):
        desk.run("client.update", {"client_id": str(client_id), "changes": {"notes": "x"}, "seen": {"email": None}})
    with pytest.raises(InvalidArguments, match=r"changes\.favourite_colour: Extra inputs are not permitted"):
        desk.run("client.update", {"client_id": str(client_id), "changes": {"favourite_colour": "preto"}})
    with pytest.raises(InvalidArguments, match=r"changes\.phone"):
        desk.run("client.update", {"client_id": str(client_id), "changes": {"phone": "123"}})
    with pytest.raises(NotFound, match="client"):
        desk.run("client.update", {"client_id": str(uuid7()), "changes": {"notes": "x"}})


def test_another_studio_s_client_is_not_found(desk: Desk) -> None:
    other = Desk(desk.engine).setup()
    theirs = other.add_client("Cliente de outro estúdio")
    with pytest.raises(NotFound):
        desk.run("client.update", {"client_id": str(theirs), "changes": {"notes": "x"}})
    assert other.one(client, theirs)["notes"] is None


def test_a_block_and_an_unblock_are_in_the_trail_without_their_reason(desk: Desk) -> None:
    client_id = desk.add_client()
    change = {"blocked": True, "blocked_reason": "Não pagou o sinal de Zuleika"}
    desk.run(
        "client.update",
        {"client_id": str(client_id), "changes": change, "seen": {"blocked": False, "blocked_reason": None}},
    )
    desk.run("client.update", {"client_id": str(client_id), "changes": {"notes": "voltou"}, "seen": {"notes": None}})
    desk.run("client.update", {"client_id": str(client_id), "changes": {"blocked": False}, "seen": {"blocked": True}})
    trail = sorted(r["action"] for r in desk.rows(audit_event) if r["row_id"] == client_id)
    assert trail == ["client.block", "client.unblock"], "one each; the change of notes is not a block"
    assert "Zuleika" not in repr(desk.rows(audit_event))

"""Setting up a studio, its staff, stations and commissions; who may do what."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import Engine

from kronos_core.ids import uuid7
from kronos_core.mutations import REGISTRY, InvalidArguments, NotAllowed, NotFound, UnknownMutation, get_spec
from kronos_core.roles import Role
from kronos_core.schema import commission_rule, staff, station, studio
from tests.core.harness import NOW, Desk


def test_studio_setup_creates_the_studio_and_its_owner(core_engine: Engine) -> None:
    desk = Desk(core_engine).setup()
    row = desk.one(studio, desk.studio_id)
    assert row["name"] == "Estúdio Agulha"
    assert row["studio_id"] == desk.studio_id
    assert row["timezone"] == "America/Sao_Paulo"
    assert row["version"] == 0
    assert row["changed_at"] == NOW
    assert row["origin_device"] == desk.device_id
    owner = desk.one(staff, desk.owner_id)
    assert owner["role"] == "owner"
    assert owner["studio_id"] == desk.studio_id
    assert owner["active"] is True


def test_studio_setup_records_inserts_with_no_before_image(core_engine: Engine) -> None:
    desk = Desk(core_engine)
    ctx = desk.run(
        "studio.setup",
        {
            "studio_id": str(desk.studio_id),
            "name": "  Estúdio   Agulha ",
            "owner_staff_id": str(desk.owner_id),
            "owner_name": "Marina",
        },
    )
    assert [(u.table, u.id, u.before) for u in ctx.undo] == [
        ("studio", desk.studio_id, None),
        ("staff", desk.owner_id, None),
        ("audit_event", ctx.derived_id("audit:1"), None),  # the trail's first row
    ]
    assert ctx.changed == {
        "studio": {desk.studio_id},
        "staff": {desk.owner_id},
        "audit_event": {ctx.derived_id("audit:1")},
    }
    assert desk.one(studio, desk.studio_id)["name"] == "Estúdio Agulha"  # whitespace normalised


def test_studio_setup_is_for_the_desk_s_own_studio(core_engine: Engine) -> None:
    desk = Desk(core_engine)
    with pytest.raises(InvalidArguments, match="set up by a desk of that studio"):
        desk.run(
            "studio.setup",
            {"studio_id": str(uuid7()), "name": "Outro", "owner_staff_id": str(desk.owner_id), "owner_name": "Marina"},
        )
    assert desk.rows(studio) == []


def test_studio_setup_refuses_an_unknown_time_zone(core_engine: Engine) -> None:
    desk = Desk(core_engine)
    with pytest.raises(InvalidArguments, match="unknown time zone 'Mars/Olympus'"):
        desk.run(
            "studio.setup",
            {
                "studio_id": str(desk.studio_id),
                "name": "X",
                "owner_staff_id": str(uuid7()),
                "owner_name": "Marina",
                "timezone": "Mars/Olympus",
            },
        )


def test_a_row_id_cannot_be_inserted_twice(desk: Desk) -> None:
    station_id = desk.add_station()
    with pytest.raises(InvalidArguments, match="already exists") as caught:
        desk.run("station.add", {"station_id": str(station_id), "name": "Maca 2"})
    assert caught.value.code == "duplicate_id"
    assert desk.one(station, station_id)["name"] == "Maca 1"


def test_a_row_id_taken_in_another_studio_is_refused_too(core_engine: Engine) -> None:
    ours, theirs = Desk(core_engine).setup(), Desk(core_engine).setup()
    station_id = theirs.add_station()
    with pytest.raises(InvalidArguments, match="already exists") as caught:
        ours.run("station.add", {"station_id": str(station_id), "name": "Maca 2"})
    assert caught.value.code == "duplicate_id"
    assert theirs.one(station, station_id)["studio_id"] == theirs.studio_id


def test_studio_update_changes_only_given_fields(desk: Desk) -> None:
    ctx = desk.run("studio.update", {"pix_key": "+5511987654321", "late_cancel_hours": 24})
    row = desk.one(studio, desk.studio_id)
    assert (row["pix_key"], row["late_cancel_hours"], row["name"]) == ("+5511987654321", 24, "Estúdio Agulha")
    (undo,) = [u for u in ctx.undo if u.table == "studio"]  # beside it: the audit row, created
    assert undo.before is not None
    assert undo.before["late_cancel_hours"] == 48
    assert undo.before["id"] == str(desk.studio_id)  # before-images are JSON-encoded rows
    with pytest.raises(InvalidArguments, match="nothing to change"):
        desk.run("studio.update", {})


def test_owner_adds_staff_stations_and_commissions(desk: Desk) -> None:
    artist = desk.add_staff("artist", "Rafa Lima")
    manager = desk.add_staff("manager")
    station_id = desk.add_station("Maca 2")
    rule_id = uuid7()
    ctx = desk.run(
        "commission.set",
        {"rule_id": str(rule_id), "staff_id": str(artist), "rate_bps": 4_000, "effective_from": "2026-01-01"},
    )
    assert ctx.changed["commission_rule"] == {rule_id}
    assert desk.one(staff, artist)["display_name"] == "Rafa Lima"
    assert desk.one(staff, manager)["role"] == "manager"
    assert desk.one(station, station_id)["active"] is True
    rule = desk.one(commission_rule, rule_id)
    assert (rule["rate_bps"], rule["tip_share_bps"]) == (4_000, 10_000)


def test_commission_for_unknown_staff_is_not_found(desk: Desk) -> None:
    with pytest.raises(NotFound, match="staff member"):
        desk.run(
            "commission.set",
            {"rule_id": str(uuid7()), "staff_id": str(uuid7()), "rate_bps": 4_000, "effective_from": "2026-01-01"},
        )


def test_commission_rate_is_between_0_and_100_percent(desk: Desk) -> None:
    artist = desk.add_staff("artist")
    with pytest.raises(InvalidArguments, match="rate_bps"):
        desk.run(
            "commission.set",
            {"rule_id": str(uuid7()), "staff_id": str(artist), "rate_bps": 10_001, "effective_from": "2026-01-01"},
        )


@pytest.mark.parametrize("role", [Role.RECEPTIONIST, Role.ARTIST])
def test_front_desk_and_artists_cannot_manage_staff(desk: Desk, role: Role) -> None:
    member = desk.add_staff(role.value)
    for name, args in [
        ("staff.add", {"staff_id": str(uuid7()), "display_name": "Novo", "role": "artist"}),
        ("station.add", {"station_id": str(uuid7()), "name": "Maca 9"}),
        (
            "commission.set",
            {"rule_id": str(uuid7()), "staff_id": str(member), "rate_bps": 10_000, "effective_from": "2026-01-01"},
        ),
        ("studio.update", {"name": "Meu estúdio"}),
    ]:
        with pytest.raises(NotAllowed, match=re.escape(f"the role '{role.value}' may not run {name}")):
            desk.run(name, args, **desk.as_staff(member))
    assert len(desk.rows(staff)) == 2


def test_manager_cannot_grant_ownership(desk: Desk) -> None:
    manager = desk.add_staff("manager")
    as_manager = desk.as_staff(manager)
    with pytest.raises(NotAllowed, match="cannot give the role 'owner'"):
        desk.run("staff.add", {"staff_id": str(uuid7()), "display_name": "Sócia", "role": "owner"}, **as_manager)
    artist = uuid7()
    desk.run("staff.add", {"staff_id": str(artist), "display_name": "Rafa", "role": "artist"}, **as_manager)
    with pytest.raises(NotAllowed, match="cannot give the role 'owner'"):
        desk.run("staff.update", {"staff_id": str(artist), "role": "owner"}, **as_manager)
    with pytest.raises(NotAllowed, match="only an owner can change an owner"):
        desk.run("staff.update", {"staff_id": str(desk.owner_id), "active": False}, **as_manager)
    assert desk.one(staff, artist)["role"] == "artist"
    assert desk.one(staff, desk.owner_id)["active"] is True


def test_owner_grants_any_role(desk: Desk) -> None:
    partner = desk.add_staff("owner")
    desk.run("staff.update", {"staff_id": str(partner), "role": "manager", "color": "#AABBCC"})
    row = desk.one(staff, partner)
    assert (row["role"], row["color"]) == ("manager", "#aabbcc")


def test_only_owners_set_up_a_studio(core_engine: Engine) -> None:
    desk = Desk(core_engine)
    with pytest.raises(NotAllowed):
        desk.run(
            "studio.setup",
            {"studio_id": str(desk.studio_id), "name": "X", "owner_staff_id": str(uuid7()), "owner_name": "Y"},
            role=Role.MANAGER,
        )


def test_unknown_mutation() -> None:
    with pytest.raises(UnknownMutation, match=r"'client\.explode'"):
        get_spec("client.explode")


def test_every_mutation_refuses_unknown_arguments() -> None:
    for spec in REGISTRY.values():
        assert spec.args_model.model_config.get("extra") == "forbid", spec.name
        assert spec.doc, f"{spec.name} has no docstring"

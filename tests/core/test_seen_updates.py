"""Studio, staff and station updates merge field by field against the values the desk saw
(kronos_core/mutations/seen.py), as client updates do: a field changed on another desk meanwhile
keeps that desk's value and becomes a ``field_overwrite`` conflict in the inbox; a field nobody
else touched applies; an older desk's change without seen values applies as before."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from kronos_core.ids import uuid7
from kronos_core.mutations import InvalidArguments, NotAllowed, StaleTarget
from kronos_core.schema import staff, station, studio, sync_conflict
from tests.core.harness import Desk


def _two_desks_rename_the_studio(desk: Desk, mutation: uuid.UUID) -> None:
    """Both desks saw "Estúdio Agulha"; the first desk's rename arrives first."""
    desk.run("studio.update", {"name": "Agulha & Tinta", "seen": {"name": "Estúdio Agulha"}})
    desk.run(
        "studio.update",
        {
            "name": "Estúdio Agulha Fina",
            "pix_key": "agulha@pix.com",
            "seen": {"name": "Estúdio Agulha", "pix_key": None},
        },
        mutation_uuid=mutation,
    )


def test_a_studio_renamed_on_two_desks_keeps_one_name_and_the_other_is_a_conflict(desk: Desk) -> None:
    mutation = uuid7()
    _two_desks_rename_the_studio(desk, mutation)
    assert desk.one(studio, desk.studio_id)["name"] == "Agulha & Tinta"  # the first rename stays
    (conflict,) = desk.rows(sync_conflict)
    assert conflict["kind"] == "field_overwrite"
    assert conflict["status"] == "open"
    assert conflict["table_name"] == "studio"
    assert conflict["row_ids"] == [str(desk.studio_id)]
    assert conflict["mine"] == {"name": "Estúdio Agulha Fina"}  # the second desk's name, kept for the inbox
    assert conflict["theirs"] == {"name": "Agulha & Tinta"}
    assert conflict["mutation_uuid"] == mutation
    assert conflict["mutation_name"] == "studio.update"
    assert "name" in conflict["detail"]


def test_a_setting_the_other_desk_did_not_touch_merges_cleanly(desk: Desk) -> None:
    _two_desks_rename_the_studio(desk, uuid7())
    assert desk.one(studio, desk.studio_id)["pix_key"] == "agulha@pix.com"
    desk.run("studio.update", {"late_cancel_hours": 48, "seen": {"late_cancel_hours": None}})
    assert desk.one(studio, desk.studio_id)["late_cancel_hours"] == 48
    assert len(desk.rows(sync_conflict)) == 1  # only the name's


def test_a_change_without_seen_values_applies_as_before(desk: Desk) -> None:
    """An older desk sends no seen values: its change applies (last write wins)."""
    desk.run("studio.update", {"name": "Agulha & Tinta", "seen": {"name": "Estúdio Agulha"}})
    desk.run("studio.update", {"name": "Estúdio Agulha Fina"})
    assert desk.one(studio, desk.studio_id)["name"] == "Estúdio Agulha Fina"
    staff_id = desk.add_staff("artist", "Rafa")
    desk.run("staff.update", {"staff_id": str(staff_id), "display_name": "Rafa Lima"})
    assert desk.one(staff, staff_id)["display_name"] == "Rafa Lima"
    assert desk.rows(sync_conflict) == []


def test_the_same_change_on_both_desks_is_no_conflict(desk: Desk) -> None:
    for _ in range(2):
        desk.run("studio.update", {"name": "Agulha & Tinta", "seen": {"name": "Estúdio Agulha"}})
    assert desk.one(studio, desk.studio_id)["name"] == "Agulha & Tinta"
    assert desk.rows(sync_conflict) == []


@pytest.mark.parametrize(
    ("name", "table", "key", "field", "first", "second"),
    [
        ("staff.update", staff, "staff_id", "display_name", "Rafa Lima", "Rafael"),
        ("staff.update", staff, "staff_id", "color", "#112233", "#445566"),
        ("station.update", station, "station_id", "name", "Maca da janela", "Maca 1A"),
    ],
)
def test_staff_and_station_updates_merge_too(
    desk: Desk, name: str, table: Any, key: str, first: str, second: str, field: str
) -> None:
    row_id = desk.add_staff("artist", "Rafa") if table is staff else desk.add_station("Maca 1")
    was = desk.one(table, row_id)[field]
    desk.run(name, {key: str(row_id), field: first, "seen": {field: was}})
    desk.run(name, {key: str(row_id), field: second, "seen": {field: was}})
    assert desk.one(table, row_id)[field] == first
    (conflict,) = desk.rows(sync_conflict)
    assert (conflict["kind"], conflict["table_name"], conflict["row_ids"]) == (
        "field_overwrite",
        table.name,
        [str(row_id)],
    )
    assert (conflict["mine"], conflict["theirs"]) == ({field: second}, {field: first})


def test_a_deactivation_seen_against_a_renamed_member_still_applies(desk: Desk) -> None:
    staff_id = desk.add_staff("artist", "Rafa")
    desk.run("staff.update", {"staff_id": str(staff_id), "display_name": "Rafa Lima", "seen": {"display_name": "Rafa"}})
    desk.run(
        "staff.update",
        {
            "staff_id": str(staff_id),
            "display_name": "Rafael",
            "active": False,
            "seen": {"display_name": "Rafa", "active": True},
        },
    )
    row = desk.one(staff, staff_id)
    assert (row["display_name"], row["active"]) == ("Rafa Lima", False)
    (conflict,) = desk.rows(sync_conflict)
    assert conflict["mine"] == {"display_name": "Rafael"}


def test_the_rules_of_staff_updates_hold_with_seen_values(desk: Desk) -> None:
    with pytest.raises(StaleTarget) as caught:
        desk.run(
            "staff.update",
            {"staff_id": str(desk.owner_id), "role": "manager", "seen": {"role": "owner"}},
        )
    assert caught.value.code == "last_owner"
    manager = desk.add_staff("manager", "Gerente")
    artist = desk.add_staff("artist", "Rafa")
    with pytest.raises(NotAllowed):  # asking for what the role may not give, whatever was seen
        desk.run(
            "staff.update",
            {"staff_id": str(artist), "role": "owner", "seen": {"role": "manager"}},
            **desk.as_staff(manager),
        )
    assert desk.one(staff, desk.owner_id)["role"] == "owner"
    assert desk.one(staff, artist)["role"] == "artist"


def test_seen_values_only_for_fields_being_changed(desk: Desk) -> None:
    with pytest.raises(InvalidArguments, match=r"seen values for fields that are not changed: \['pix_key'\]"):
        desk.run("studio.update", {"name": "X", "seen": {"pix_key": None}})
    with pytest.raises(InvalidArguments, match="nothing to change"):
        desk.run("studio.update", {"seen": {}})
    station_id = desk.add_station()
    with pytest.raises(InvalidArguments, match="station_id"):
        desk.run("station.update", {"station_id": str(station_id), "name": "Maca 2", "seen": {"station_id": "x"}})
    assert desk.one(station, station_id)["name"] == "Maca 1"


def _resolve(desk: Desk, conflict_id: uuid.UUID, resolution: str, **run_kwargs: Any) -> None:
    desk.run(
        "conflict.resolve",
        {"conflict_id": str(conflict_id), "resolution": resolution, "resolved_at": desk.now.isoformat()},
        **run_kwargs,
    )


def test_keep_mine_in_the_inbox_renames_the_studio_after_all(desk: Desk) -> None:
    _two_desks_rename_the_studio(desk, uuid7())
    (conflict,) = desk.rows(sync_conflict)
    receptionist = desk.add_staff("receptionist", "Recepção")
    with pytest.raises(NotAllowed):  # keeping a studio setting is for who may change it
        _resolve(desk, conflict["id"], "keep_mine", **desk.as_staff(receptionist))
    _resolve(desk, conflict["id"], "keep_mine")
    assert desk.one(studio, desk.studio_id)["name"] == "Estúdio Agulha Fina"
    assert desk.one(sync_conflict, conflict["id"])["status"] == "resolved"
    assert desk.rows(sync_conflict, status="open") == []


def test_keep_mine_of_a_station_after_a_newer_rename_is_a_new_conflict(desk: Desk) -> None:
    station_id = desk.add_station("Maca 1")
    for name in ("Maca da janela", "Maca 1A"):
        desk.run("station.update", {"station_id": str(station_id), "name": name, "seen": {"name": "Maca 1"}})
    (conflict,) = desk.rows(sync_conflict)
    desk.run("station.update", {"station_id": str(station_id), "name": "Maca B", "seen": {"name": "Maca da janela"}})
    _resolve(desk, conflict["id"], "keep_mine")
    assert desk.one(station, station_id)["name"] == "Maca B"
    (new,) = desk.rows(sync_conflict, status="open")
    assert (new["kind"], new["mine"], new["theirs"]) == ("field_overwrite", {"name": "Maca 1A"}, {"name": "Maca B"})

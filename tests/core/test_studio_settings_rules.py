"""The studio's settings and its staff's hours as the mutations keep them (issue 11): what a
settings page sends is checked again here, on the desk and on the server alike."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine

from kronos_core.hours import DEFAULT_OPENING, parse_week
from kronos_core.ids import uuid7
from kronos_core.mutations import InvalidArguments, MutationError
from kronos_core.roles import Role
from kronos_core.schema import client, staff, studio
from tests.core.harness import Desk

WEEK = {"mon": [["10:00", "13:00"], ["14:00", "20:00"]], "sat": [["09:00", "15:00"]]}


def test_a_new_studio_has_the_default_settings(core_engine: Engine) -> None:
    desk = Desk(core_engine).setup()
    row = desk.one(studio, desk.studio_id)
    assert parse_week(row["opening_hours"]) == DEFAULT_OPENING  # None: the default week
    assert (row["age_of_majority"], row["min_client_age"], row["idle_lock_minutes"]) == (18, 18, 5)
    assert (row["commission_base"], row["forfeit_keeper"], row["cleaning_buffer_minutes"]) == ("gross", "studio", 15)


def test_settings_are_saved_in_their_checked_form(core_engine: Engine) -> None:
    desk = Desk(core_engine).setup()
    desk.run(
        "studio.update",
        {
            "state": "rj",
            "opening_hours": WEEK,
            "age_of_majority": 21,
            "pix_key_kind": "cpf",
            "pix_key": "529.982.247-25",
            "commission_base": "net",
            "idle_lock_minutes": 0,
        },
    )
    row = desk.one(studio, desk.studio_id)
    assert row["state"] == "RJ"
    assert row["pix_key"] == "52998224725"  # as a BR Code carries it
    assert row["opening_hours"]["mon"] == [["10:00", "13:00"], ["14:00", "20:00"]]
    assert row["opening_hours"]["sun"] == []
    assert (row["age_of_majority"], row["commission_base"], row["idle_lock_minutes"]) == (21, "net", 0)


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"pix_key_kind": "cpf", "pix_key": "529.982.247-26"}, "pix_key_shape"),  # a check digit off
        ({"pix_key_kind": "phone", "pix_key": "98765-4321"}, "pix_key_shape"),  # no area code
        ({"pix_key_kind": "email", "pix_key": "financeiro@"}, "pix_key_shape"),
        ({"opening_hours": {"tue": [["19:00", "10:00"]]}}, "invalid_arguments"),  # ends before it starts
        ({"opening_hours": {"tue": [["10:00", "15:00"], ["14:00", "18:00"]]}}, "invalid_arguments"),
        ({"opening_hours": {"funday": [["10:00", "15:00"]]}}, "invalid_arguments"),
        ({"state": "XX"}, "invalid_arguments"),
        ({"age_of_majority": 130}, "invalid_arguments"),
        ({"idle_lock_minutes": -1}, "invalid_arguments"),
        ({"name": None}, "invalid_arguments"),
    ],
)
def test_a_bad_setting_is_refused_and_nothing_changes(
    core_engine: Engine, change: dict[str, object], code: str
) -> None:
    desk = Desk(core_engine).setup()
    before = desk.one(studio, desk.studio_id)
    with pytest.raises(MutationError) as refused:
        desk.run("studio.update", change)
    assert refused.value.code == code
    assert desk.one(studio, desk.studio_id) == before


def test_a_key_typed_for_the_kind_already_chosen_is_checked_against_it(core_engine: Engine) -> None:
    desk = Desk(core_engine).setup()
    desk.run("studio.update", {"pix_key_kind": "phone", "pix_key": "(11) 98765-4321"})
    assert desk.one(studio, desk.studio_id)["pix_key"] == "+5511987654321"
    with pytest.raises(InvalidArguments) as refused:
        desk.run("studio.update", {"pix_key": "not a phone"})
    assert refused.value.params == {"kind": "phone"}
    with pytest.raises(InvalidArguments):  # the kind changed under a key that is not of it
        desk.run("studio.update", {"pix_key_kind": "cnpj"})


def test_only_owners_and_managers_change_the_settings(core_engine: Engine) -> None:
    desk = Desk(core_engine).setup()
    receptionist = desk.add_staff("receptionist")
    with pytest.raises(MutationError) as refused:
        desk.run("studio.update", {"idle_lock_minutes": 30}, **desk.as_staff(receptionist))
    assert refused.value.code == "role_not_allowed"
    manager = desk.add_staff("manager")
    desk.run("studio.update", {"idle_lock_minutes": 30}, **desk.as_staff(manager))
    assert desk.one(studio, desk.studio_id)["idle_lock_minutes"] == 30


def test_a_guest_artist_has_both_dates_in_order(core_engine: Engine) -> None:
    desk = Desk(core_engine).setup()
    args = {"staff_id": str(uuid7()), "display_name": "Kenji Sato", "role": "artist"}
    for dates, code in (
        ({"guest_from": "2026-12-10", "guest_to": "2026-12-01"}, "guest_dates_reversed"),
        ({"guest_from": "2026-12-10"}, "guest_dates_both"),
    ):
        with pytest.raises(InvalidArguments) as refused:
            desk.run("staff.add", {**args, **dates})
        assert refused.value.code == code
    assert not desk.rows(staff, display_name="Kenji Sato")
    desk.run("staff.add", {**args, "guest_from": "2026-12-01", "guest_to": "2026-12-10"})
    (guest,) = desk.rows(staff, display_name="Kenji Sato")
    assert (guest["guest_from"], guest["guest_to"]) == (dt.date(2026, 12, 1), dt.date(2026, 12, 10))
    with pytest.raises(InvalidArguments) as refused:  # moving the last day before the first
        desk.run("staff.update", {"staff_id": str(guest["id"]), "guest_to": "2026-11-30"})
    assert refused.value.code == "guest_dates_reversed"


def test_working_hours_and_days_that_differ(core_engine: Engine) -> None:
    desk = Desk(core_engine).setup()
    artist = desk.add_staff("artist")
    desk.run(
        "staff.update",
        {
            "staff_id": str(artist),
            "working_hours": {"tue": [["12:00", "20:00"]]},
            "hours_exceptions": [
                {"date": "2026-12-24", "spans": [["12:00", "16:00"]]},
                {"date": "2026-12-20", "spans": []},
            ],
        },
    )
    row = desk.one(staff, artist)
    assert row["working_hours"]["tue"] == [["12:00", "20:00"]]
    assert [d["date"] for d in row["hours_exceptions"]] == ["2026-12-20", "2026-12-24"]  # sorted
    with pytest.raises(InvalidArguments):
        desk.run("staff.update", {"staff_id": str(artist), "working_hours": {"tue": [["20:00", "12:00"]]}})
    with pytest.raises(InvalidArguments):  # the same date twice
        desk.run(
            "staff.update",
            {"staff_id": str(artist), "hours_exceptions": [{"date": "2026-12-20", "spans": []}] * 2},
        )
    desk.run("staff.update", {"staff_id": str(artist), "working_hours": None})  # back to the studio's
    assert desk.one(staff, artist)["working_hours"] is None


def test_created_by_keeps_who_made_a_row_while_changed_by_follows_the_last_change(core_engine: Engine) -> None:
    desk = Desk(core_engine).setup()
    receptionist = desk.add_staff("receptionist")
    client_id = desk.add_client()  # by the owner
    desk.run(
        "client.update",
        {"client_id": str(client_id), "changes": {"notes": "Prefere sábado"}},
        role=Role.RECEPTIONIST,
        staff_id=receptionist,
    )
    row = desk.one(client, client_id)
    assert (row["created_by"], row["changed_by"]) == (desk.owner_id, receptionist)

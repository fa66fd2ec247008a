"""A studio always keeps an active owner: the last one cannot be demoted or deactivated, by
themselves or anyone, on the desk (SQLite) and on the server (PostgreSQL) alike."""

from __future__ import annotations

import pytest

from kronos_core.mutations import MutationError, StaleTarget
from kronos_core.schema import staff
from tests.core.harness import Desk


@pytest.mark.parametrize("change", [{"active": False}, {"role": "manager"}, {"role": "artist", "active": False}])
def test_the_last_owner_cannot_leave_the_studio_without_an_owner(desk: Desk, change: dict[str, object]) -> None:
    with pytest.raises(StaleTarget) as caught:
        desk.run("staff.update", {"staff_id": str(desk.owner_id), **change})
    assert caught.value.code == "last_owner"
    assert caught.value.params == {"name": "Marina Costa"}
    owner = desk.one(staff, desk.owner_id)
    assert (owner["role"], owner["active"]) == ("owner", True)


def test_the_last_owner_still_renames_themselves(desk: Desk) -> None:
    desk.run("staff.update", {"staff_id": str(desk.owner_id), "display_name": "Marina C.", "role": "owner"})
    assert desk.one(staff, desk.owner_id)["display_name"] == "Marina C."


def test_an_owner_steps_down_once_another_owner_is_active(desk: Desk) -> None:
    partner = desk.add_staff("owner", "Sócia")
    desk.run("staff.update", {"staff_id": str(desk.owner_id), "role": "manager"})
    assert desk.one(staff, desk.owner_id)["role"] == "manager"
    # Now the partner is the last active owner: the former owner's desk cannot remove them either.
    with pytest.raises(MutationError) as caught:
        desk.run("staff.update", {"staff_id": str(partner), "active": False}, **desk.as_staff(partner))
    assert caught.value.code == "last_owner"
    assert desk.one(staff, partner)["active"] is True


def test_an_inactive_owner_does_not_count(desk: Desk) -> None:
    partner = desk.add_staff("owner", "Sócia")
    desk.run("staff.update", {"staff_id": str(partner), "active": False})
    with pytest.raises(MutationError) as caught:
        desk.run("staff.update", {"staff_id": str(desk.owner_id), "active": False})
    assert caught.value.code == "last_owner"
    # Reactivating the partner restores a second owner; then the first may go.
    desk.run("staff.update", {"staff_id": str(partner), "active": True})
    desk.run("staff.update", {"staff_id": str(desk.owner_id), "active": False}, **desk.as_staff(partner))
    assert desk.one(staff, desk.owner_id)["active"] is False


def test_another_studio_s_owner_does_not_count(desk: Desk) -> None:
    other = Desk(desk.engine).setup()
    assert other.studio_id != desk.studio_id
    with pytest.raises(MutationError) as caught:
        desk.run("staff.update", {"staff_id": str(desk.owner_id), "role": "manager"})
    assert caught.value.code == "last_owner"

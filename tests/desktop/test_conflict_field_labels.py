"""The inbox names the overwritten field of a studio, a member of staff or a station as a person
would ("Name"), not by its column ("display_name")."""

from __future__ import annotations

from kronos_desktop.ui.conflicts import field_label


def test_a_studio_s_staff_member_s_or_station_s_name_is_called_name() -> None:
    assert field_label("name") == "Name"
    assert field_label("display_name") == "Name"
    assert field_label("full_name") == "Name"

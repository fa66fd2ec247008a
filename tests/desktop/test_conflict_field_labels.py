"""The inbox names the overwritten field of a studio, a member of staff or a station as a person
would ("Nome", "Name"), not by its column ("display_name"), in the desk's language."""

from __future__ import annotations

import pytest

from kronos_desktop.ui.sync.inbox import field_label


@pytest.mark.parametrize(("language", "name"), [("pt_BR", "Nome"), ("en", "Name")], ids=["pt_BR", "en"])
def test_a_studio_s_staff_member_s_or_station_s_name_is_called_name(translated: str, language: str, name: str) -> None:
    assert field_label("name") == name
    assert field_label("display_name") == name
    assert field_label("full_name") == name

"""The studio's settings through the real server: two desks change the same setting offline, as
the Settings page sends it (only the changed settings, with the values it showed: ``seen``).
One value wins; the other is a field conflict in the inbox, not lost; a setting only one desk
changed merges cleanly."""

from __future__ import annotations

from typing import Any

import pytest

from kronos_desktop.store.queries.settings import StudioSettings, studio_settings
from kronos_desktop.sync.inbox import load_inbox
from tests.server.desk_live.conftest import LiveDesk, LiveStudio

pytestmark = pytest.mark.postgres

KEY_A = "caixa@estudio-a.com.br"
KEY_B = "52998224725"  # a CPF


def shown(d: LiveDesk) -> StudioSettings:
    with d.store.read_engine.connect() as conn:
        settings = studio_settings(conn)
    assert settings is not None
    return settings


def save(d: LiveDesk, changes: dict[str, Any]) -> None:
    """What the Settings page sends (kronos_desktop.ops.settings.update_studio)."""
    seen = shown(d).seen
    d.apply("studio.update", {**changes, "seen": {name: seen[name] for name in changes}})


def test_the_same_setting_changed_on_two_offline_desks_ends_as_a_field_conflict(live_studio: LiveStudio) -> None:
    a, b = live_studio.desk("a"), live_studio.desk("b")
    save(a, {"pix_key_kind": "email", "pix_key": "financeiro@estudio.com.br", "merchant_name": "ESTUDIO",
             "merchant_city": "SAO PAULO"})  # fmt: skip
    live_studio.settle()
    assert shown(b).pix_key == "financeiro@estudio.com.br"

    a.net.offline = b.net.offline = True
    save(a, {"pix_key": KEY_A})
    save(b, {"pix_key_kind": "cpf", "pix_key": KEY_B, "cleaning_buffer_minutes": 30})
    assert shown(b).pix_key == KEY_B  # each desk shows its own change while offline
    a.net.offline = b.net.offline = False
    a.steps.sync()  # a reaches the server first: its key wins
    b.steps.sync()
    live_studio.settle()
    live_studio.assert_converged()

    server = live_studio.server_rows()[("studio", live_studio.studio_id)]
    assert server["pix_key"] == KEY_A
    assert server["cleaning_buffer_minutes"] == 30, "the setting only b changed merged cleanly"
    for d in (a, b):
        settings = shown(d)
        assert (settings.pix_key, settings.cleaning_buffer_minutes) == (KEY_A, 30)
        conflicts = [i for i in load_inbox(d.store.read_engine) if i.kind == "field_overwrite"]
        assert len(conflicts) == 1, d.name
        (item,) = conflicts
        assert item.row_ids == [live_studio.studio_id]
        assert item.mine["pix_key"] == KEY_B  # b's key is kept in the inbox, not lost
        assert item.theirs["pix_key"] == KEY_A
        assert "cleaning_buffer_minutes" not in item.mine
        assert item.from_this_desk is (d is b)


def test_a_pix_key_and_its_kind_apply_together_or_not_at_all(live_studio: LiveStudio) -> None:
    a, b = live_studio.desk("a"), live_studio.desk("b")
    save(a, {"pix_key_kind": "email", "pix_key": "financeiro@estudio.com.br"})
    live_studio.settle()
    a.net.offline = b.net.offline = True
    save(a, {"pix_key": KEY_A})  # the same kind, another e-mail
    save(b, {"pix_key_kind": "cpf", "pix_key": KEY_B})  # another kind and its key
    live_studio.settle()
    live_studio.assert_converged()
    server = live_studio.server_rows()[("studio", live_studio.studio_id)]
    assert (server["pix_key_kind"], server["pix_key"]) == ("email", KEY_A)
    (item,) = [i for i in load_inbox(b.store.read_engine) if i.kind == "field_overwrite"]
    assert item.mine == {"pix_key_kind": "cpf", "pix_key": KEY_B}

"""An export of a client's data is recorded in the audit trail (who, when, which client, how many
rows of each section), by owners and managers alone, and holds no value of the client's."""

from __future__ import annotations

import pytest

from kronos_core.ids import uuid7
from kronos_core.mutations import InvalidArguments, NotAllowed, NotFound
from kronos_core.roles import Role
from kronos_core.schema import audit_event, client
from tests.core.harness import NOW, Desk


def test_an_owner_s_export_is_in_the_trail_with_counts_and_no_personal_value(desk: Desk) -> None:
    client_id = desk.add_client("Zuleika Wpqx", phone="+55 11 98765-4321", allergies="látex")
    before = desk.one(client, client_id)
    ctx = desk.run("client.export_recorded", {"client_id": str(client_id), "sections": {"appointments": 3, "sales": 0}})
    (event,) = desk.rows(audit_event, action="client.export")
    assert (event["table_name"], event["row_id"]) == ("client", client_id)
    assert (event["staff_id"], event["occurred_at"]) == (desk.owner_id, NOW)
    assert event["detail"] == {"sections": {"appointments": 3, "sales": 0}}
    for value in ("Zuleika", "98765", "látex"):
        assert value not in str(event)
    assert desk.one(client, client_id) == before, "an export changes nothing of the client"
    assert set(ctx.changed) == {"audit_event"}


def test_a_manager_exports_too(desk: Desk) -> None:
    manager = desk.add_staff("manager", "Thiago Bastos")
    client_id = desk.add_client()
    desk.run("client.export_recorded", {"client_id": str(client_id)}, **desk.as_staff(manager))
    (event,) = desk.rows(audit_event, action="client.export")
    assert event["staff_id"] == manager


@pytest.mark.parametrize("role", [Role.RECEPTIONIST, Role.ARTIST])
def test_receptionists_and_artists_do_not_export(desk: Desk, role: Role) -> None:
    member = desk.add_staff(role.value)
    client_id = desk.add_client()
    with pytest.raises(NotAllowed) as refused:
        desk.run("client.export_recorded", {"client_id": str(client_id)}, **desk.as_staff(member))
    assert refused.value.code == "role_not_allowed"
    assert desk.rows(audit_event, action="client.export") == []


def test_an_unknown_client_or_a_bad_section_is_refused(desk: Desk) -> None:
    with pytest.raises(NotFound):
        desk.run("client.export_recorded", {"client_id": str(uuid7())})
    client_id = desk.add_client()
    for sections in ({"../etc": 1}, {"sales": -1}):
        with pytest.raises(InvalidArguments):
            desk.run("client.export_recorded", {"client_id": str(client_id), "sections": sections})
    assert desk.rows(audit_event, action="client.export") == []

"""The client record's fields (issue 13): stored as given, checked at the mutation."""

from __future__ import annotations

from kronos_core.schema import client
from tests.core.harness import Desk

RECORD = {
    "whatsapp": True,
    "instagram": "ana.tattoo",
    "referral_source": "instagram",
    "medication": "isotretinoína",
    "health_data_consent": True,
    "blocked": True,
    "blocked_reason": "faltou três vezes",
    "guardian_name": "Carla Souza",
    "guardian_document": "52998224725",
    "guardian_relationship": "mãe",
    "guardian_phone": "+5511912345678",
}


def test_create_stores_every_field_of_the_record(desk: Desk) -> None:
    row = desk.one(client, desk.add_client("Ana Souza", **RECORD))
    assert {name: row[name] for name in RECORD} == RECORD
    assert row["merged_into"] is None
    assert row["erased_at"] is None


def test_update_changes_the_new_fields(desk: Desk) -> None:
    client_id = desk.add_client("Ana Souza")
    changes = {"whatsapp": True, "medication": "insulina", "guardian_name": "Carla Souza"}
    desk.run(
        "client.update",
        {
            "client_id": str(client_id),
            "changes": changes,
            "seen": {"whatsapp": False, "medication": None, "guardian_name": None},
        },
    )
    row = desk.one(client, client_id)
    assert (row["whatsapp"], row["medication"], row["guardian_name"]) == (True, "insulina", "Carla Souza")

"""Who is at the desk (issue 11): the member identified by PIN is recorded as the author of each
change (the outbox, changed_by, created_by, the audit trail) and narrows what the desk may do to
their role; a PIN never widens it (DESIGN.md, "Auth")."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import Table, select

from kronos_core.ids import uuid7
from kronos_core.mutations import NotAllowed
from kronos_core.roles import Role
from kronos_core.schema import audit_event, client, staff, studio
from kronos_desktop.store import LocalStore, desk_identity
from kronos_desktop.store.local_schema import outbox


def _add(store: LocalStore, role: str, name: str) -> uuid.UUID:
    staff_id = uuid7()
    store.apply("staff.add", {"staff_id": str(staff_id), "display_name": name, "role": role})
    return staff_id


def _row(store: LocalStore, table: Table, row_id: uuid.UUID) -> dict[str, object]:
    with store.read_engine.connect() as conn:
        return dict(conn.execute(select(table).where(table.c.id == row_id)).mappings().one())


def _last_outbox_author(store: LocalStore) -> uuid.UUID | None:
    with store.read_engine.connect() as conn:
        return conn.execute(select(outbox.c.staff_id).order_by(outbox.c.pos.desc()).limit(1)).scalar()


def test_the_member_at_the_desk_is_recorded_as_the_author(store: LocalStore) -> None:
    larissa = _add(store, "receptionist", "Larissa Menezes")
    store.set_member(larissa)
    client_id = uuid7()
    applied = store.apply("client.create", {"client_id": str(client_id), "full_name": "Ana Souza"})
    row = _row(store, client, client_id)
    assert (row["created_by"], row["changed_by"]) == (larissa, larissa)
    assert _last_outbox_author(store) == larissa
    assert applied.name == "client.create"


def test_a_member_narrows_the_desk_s_role_to_theirs(store: LocalStore) -> None:
    """An owner's desk, a receptionist at it: the receptionist cannot change the settings nor add
    staff, though the desk itself could; the next person (the owner) can again."""
    owner = _add(store, "owner", "Marina Costa")
    larissa = _add(store, "receptionist", "Larissa Menezes")
    store.set_member(larissa)
    with pytest.raises(NotAllowed):
        store.apply("studio.update", {"idle_lock_minutes": 1})
    with pytest.raises(NotAllowed):
        store.apply("staff.add", {"staff_id": str(uuid7()), "display_name": "X", "role": "artist"})
    with store.read_engine.connect() as conn:
        assert conn.execute(select(studio.c.idle_lock_minutes)).scalar_one() == 5
        assert conn.execute(select(staff.c.id).where(staff.c.display_name == "X")).first() is None
    store.set_member(owner)
    store.apply("studio.update", {"idle_lock_minutes": 1})
    with store.read_engine.connect() as conn:
        assert conn.execute(select(studio.c.idle_lock_minutes)).scalar_one() == 1
        trail = conn.execute(select(audit_event.c.staff_id).where(audit_event.c.action == "studio.update")).scalar_one()
    assert trail == owner, "the audit trail says who changed the settings"


def test_a_pin_never_widens_what_the_desk_may_do(tmp_path: Path) -> None:
    """A desk enrolled as a receptionist's, the owner identified at it: still a receptionist's desk."""
    store = LocalStore.open(tmp_path / "data")
    try:
        state = store.ensure_identity()
        owner = uuid7()
        store.apply(
            "studio.setup",
            {"studio_id": str(state.studio_id), "name": "E", "owner_staff_id": str(owner), "owner_name": "M"},
        )
        with store.engine.begin() as conn:
            desk_identity.join_studio(conn, state.studio_id, Role.RECEPTIONIST)
        store.set_member(owner)
        with pytest.raises(NotAllowed):
            store.apply("studio.update", {"idle_lock_minutes": 1})
    finally:
        store.close()


def test_a_deactivated_member_s_change_runs_under_the_desk_s_role(store: LocalStore) -> None:
    """As on the server: a member deactivated on another desk meanwhile does not narrow the desk to
    nothing; their change is recorded as theirs (the server flags it for review)."""
    artist = _add(store, "artist", "Caio Ferraz")
    store.apply("staff.update", {"staff_id": str(artist), "active": False})
    store.set_member(artist)
    client_id = uuid7()
    store.apply("client.create", {"client_id": str(client_id), "full_name": "Bia Lima"})
    assert _row(store, client, client_id)["created_by"] == artist

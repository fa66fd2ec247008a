"""Ops that set up the desk's studio."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from kronos_core.ids import uuid7
from kronos_core.mutations import NotAllowed
from kronos_core.pins import PIN_PATTERN, hash_pin, pin_matches
from kronos_core.schema import staff
from kronos_desktop.ops.runner import MutationOp
from kronos_desktop.store import Applied, LocalStore


def setup_studio(studio_name: str, owner_name: str, *, language: str, parent: QWidget | None = None) -> MutationOp:
    """A standalone desk becomes a complete studio: its replica identity, the studio and its
    owner (who is then the person at the desk)."""
    owner_id = uuid7()

    def write(store: LocalStore) -> Applied:
        state = store.ensure_identity()
        applied = store.apply(
            "studio.setup",
            {
                "studio_id": state.studio_id,
                "name": studio_name,
                "owner_staff_id": owner_id,
                "owner_name": owner_name,
                "locale": language if language in ("pt_BR", "en") else "pt_BR",
            },
            staff_id=owner_id,
        )
        store.set_desk_staff(owner_id)
        applied.changed.setdefault("replica", set()).add(state.studio_id)
        return applied

    return MutationOp("studio.setup", parent=parent, write=write)


def set_pin(
    staff_id: uuid.UUID,
    pin: str | None,
    *,
    acting_staff_id: uuid.UUID | None = None,
    old_pin: str | None = None,
    parent: QWidget | None = None,
) -> MutationOp:
    """Set (``pin`` None: clear) a member's desk PIN. It is hashed here (argon2id at
    kronos_core.pins.MIN_COST); only the hash is stored and synced. A member changing their own
    PIN (``acting_staff_id``: the one identified at the desk) types their old one first, when
    they have one: the server cannot check it, and applies the change only if the desk's role
    may set that member's PIN (else a manager approves it in the conflicts inbox)."""
    if pin is not None and PIN_PATTERN.fullmatch(pin) is None:
        raise ValueError("a PIN is 4 to 6 digits")

    def write(store: LocalStore) -> Applied:
        if acting_staff_id is not None and acting_staff_id == staff_id:
            with store.read_engine.connect() as conn:
                current = conn.execute(select(staff.c.pin_hash).where(staff.c.id == staff_id)).scalar()
            if current is not None and (old_pin is None or not pin_matches(current, old_pin)):
                raise NotAllowed("the old PIN typed does not match", code="pin_old_mismatch")
        pin_hash = hash_pin(pin) if pin is not None else None
        return store.apply("staff.set_pin", {"staff_id": staff_id, "pin_hash": pin_hash}, staff_id=acting_staff_id)

    return MutationOp("staff.set_pin", parent=parent, write=write)

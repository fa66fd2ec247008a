"""Ops that set up the desk's studio."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kronos_core.ids import uuid7
from kronos_desktop.ops.runner import MutationOp
from kronos_desktop.store import Applied, LocalStore


def setup_studio(studio_name: str, owner_name: str, *, language: str, parent: QWidget | None = None) -> MutationOp:
    """A standalone desk becomes a complete studio: its replica identity, the studio and its
    owner (who is then the person at the desk)."""
    owner_id = uuid7()

    def write(store: LocalStore) -> Applied:
        state = store.ensure_replica()
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

"""Ops on clients: create, update, erase (merge: kronos_desktop/ops/client_merge.py)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from kronos_core.mutations import load_all as load_mutations  # before any: all at once, one thread at a time
from kronos_desktop.ops.runner import MutationOp
from kronos_desktop.store import Applied, LocalStore
from kronos_desktop.store.erase import after_erase

if TYPE_CHECKING:
    from kronos_core.mutations.clients import ClientCreate, ClientFields


def create_client(args: ClientCreate, *, parent: QWidget | None = None) -> MutationOp:
    """Register a client (arguments already validated by the dialog)."""
    return MutationOp("client.create", args, parent=parent)


def update_client(
    client_id: uuid.UUID, changes: ClientFields, seen: dict[str, Any], *, parent: QWidget | None = None
) -> MutationOp:
    """Change some of a client's fields; ``seen``: the values the form showed for each changed
    field (JSON, as kronos_core.rows.encode_value), so a change made elsewhere meanwhile becomes
    a conflict instead of being overwritten."""
    load_mutations()
    from kronos_core.mutations.clients import ClientUpdate

    return MutationOp("client.update", ClientUpdate(client_id=client_id, changes=changes, seen=seen), parent=parent)


def erase_client(client_id: uuid.UUID, erased_at: dt.datetime, *, parent: QWidget | None = None) -> MutationOp:
    """Erase a client's personal data at their request (owners and managers): the mutation, then,
    in the next write transaction, this desk's own copies (outbox, pulled pages, search index,
    backups, logs: kronos_desktop/store/erase.py). ``erased_at``: the desk's corrected clock."""
    load_mutations()
    from kronos_core.mutations.client_erase import ClientErase

    args = ClientErase(client_id=client_id, erased_at=erased_at)

    def write(store: LocalStore) -> Applied:
        applied = store.apply("client.erase", args)
        after_erase(store.engine, store.path, applied.changed.get("client") or {client_id})
        return applied

    return MutationOp("client.erase", args, parent=parent, write=write)

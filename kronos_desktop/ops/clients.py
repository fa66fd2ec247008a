"""Ops on clients."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kronos_core.mutations.clients import ClientCreate
from kronos_desktop.ops.runner import MutationOp


def create_client(args: ClientCreate, *, parent: QWidget | None = None) -> MutationOp:
    """Register a client (arguments already validated by the dialog)."""
    return MutationOp("client.create", args, parent=parent)

"""Ops of the merge of two client records (kronos_core/mutations/client_merge.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kronos_core.mutations.client_merge import ClientMerge
from kronos_desktop.ops.runner import MutationOp


def merge_clients(args: ClientMerge, *, parent: QWidget | None = None) -> MutationOp:
    """Merge one record into another with the fields chosen (arguments built by the dialog)."""
    return MutationOp("client.merge", args, parent=parent)

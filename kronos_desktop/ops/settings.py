"""Ops on the studio's settings."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QWidget

from kronos_core.mutations.studio import StudioUpdate
from kronos_desktop.ops.runner import MutationOp


def update_studio(changes: Mapping[str, Any], seen: Mapping[str, Any], parent: QWidget | None = None) -> MutationOp:
    """Change the studio's settings: only ``changes`` travel, each with the value the desk showed
    when the form was filled (``seen``, encoded as kronos_core.rows.encode_value), so a setting
    another desk changed meanwhile becomes a field conflict instead of being overwritten.
    Raises pydantic's ValidationError for arguments the mutation could never take."""
    args = StudioUpdate.model_validate({**changes, "seen": {name: seen.get(name) for name in changes}})
    return MutationOp("studio.update", args, parent=parent)

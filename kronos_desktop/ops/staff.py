"""Ops on the studio's staff: add a member, change one (only the fields changed, with the values
the desk saw), deactivate or reactivate, set a commission rule from a date, reset a PIN."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QWidget

from kronos_core.ids import uuid7
from kronos_core.mutations.studio import CommissionSet, StaffAdd, StaffUpdate
from kronos_core.rows import encode_value
from kronos_core.schema import staff
from kronos_desktop.ops import studio as studio_ops
from kronos_desktop.ops.runner import MutationOp


def seen_values(changes: Mapping[str, Any], shown: Mapping[str, Any]) -> dict[str, Any]:
    """For each changed field, the value the desk showed (JSON-encoded as the mutation compares it)."""
    return {name: encode_value(staff.c[name].type, shown.get(name)) for name in changes}


def add_member(args: StaffAdd, *, parent: QWidget | None = None) -> MutationOp:
    """Add a member of staff (arguments already checked by the dialog)."""
    return MutationOp("staff.add", args, parent=parent)


def update_member(
    staff_id: uuid.UUID, changes: Mapping[str, Any], shown: Mapping[str, Any], *, parent: QWidget | None = None
) -> MutationOp:
    """Change only ``changes`` of a member; ``shown``: the values the desk showed for them (a field
    changed on another desk meanwhile keeps its value, and the inbox shows both)."""
    if not changes:
        raise ValueError("nothing to change")
    args = StaffUpdate.model_validate({"staff_id": staff_id, **changes, "seen": seen_values(changes, shown)})
    return MutationOp("staff.update", args, parent=parent)


def set_active(staff_id: uuid.UUID, active: bool, *, parent: QWidget | None = None) -> MutationOp:
    """Deactivate (or reactivate) a member: their history stays, they leave the picker and the calendar."""
    return update_member(staff_id, {"active": active}, {"active": not active}, parent=parent)


def set_commission(
    staff_id: uuid.UUID,
    rate_bps: int,
    tip_share_bps: int,
    effective_from: dt.date,
    *,
    rule_id: uuid.UUID | None = None,
    parent: QWidget | None = None,
) -> MutationOp:
    """A new commission rule from ``effective_from`` on (earlier sales keep the rule they closed with)."""
    args = CommissionSet(
        rule_id=rule_id or uuid7(),
        staff_id=staff_id,
        rate_bps=rate_bps,
        tip_share_bps=tip_share_bps,
        effective_from=effective_from,
    )
    return MutationOp("commission.set", args, parent=parent)


def reset_pin(staff_id: uuid.UUID, pin: str | None, *, parent: QWidget | None = None) -> MutationOp:
    """A manager (or an owner) sets another member's PIN, or clears it (``pin`` None): no old PIN
    asked (kronos_desktop.ops.studio.set_pin; the mutation checks who may)."""
    return studio_ops.set_pin(staff_id, pin, parent=parent)

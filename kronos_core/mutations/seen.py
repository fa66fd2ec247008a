"""Updates merged field by field against the values the desk saw.

An update mutation carries, beside its changes, ``seen``: for each changed field the value the
desk showed when the person edited it (JSON-encoded as in :func:`kronos_core.rows.encode_value`).
Where the row still holds that value (or the desk wants what it already holds) the change
applies; where it was changed elsewhere meanwhile the row keeps its value and a
``field_overwrite`` conflict records both (``mine``: the desk's values, ``theirs``: the row's),
so the desk's inbox shows it. A field with no seen value applies as before: older desks send
none, and arguments only grow.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Self

from pydantic import Field, model_validator
from sqlalchemy import Table

from kronos_core.mutations.base import ApplyContext, InvalidArguments, MutationArgs
from kronos_core.rows import encode_value


def check_seen(changed: set[str], seen: Mapping[str, Any]) -> None:
    """For a model validator: seen values only for fields being changed (``ValueError``)."""
    extra = set(seen) - changed
    if extra:
        raise ValueError(f"seen values for fields that are not changed: {sorted(extra)}")


@dataclass
class Merge:
    """An update split against the row: what applies, and what another desk changed first."""

    apply: dict[str, Any] = field(default_factory=dict)
    mine: dict[str, Any] = field(default_factory=dict)  # the desk's values not applied (JSON)
    theirs: dict[str, Any] = field(default_factory=dict)  # the row's values kept (JSON)


def split_seen(table: Table, current: Mapping[str, Any], changes: Mapping[str, Any], seen: Mapping[str, Any]) -> Merge:
    """Split ``changes`` against the row ``current`` and the values the desk ``seen``."""
    merge = Merge()
    for name, value in changes.items():
        col_type = table.c[name].type
        now_value = encode_value(col_type, current[name])
        if name in seen and seen[name] != now_value and encode_value(col_type, value) != now_value:
            merge.mine[name] = encode_value(col_type, value)
            merge.theirs[name] = now_value
        else:
            merge.apply[name] = value
    return merge


def write_merge(ctx: ApplyContext, table: Table, row_id: uuid.UUID, merge: Merge) -> None:
    """Write what applies and record a ``field_overwrite`` conflict for the rest."""
    if merge.apply:
        ctx.update(table, row_id, merge.apply)
    if merge.mine:
        ctx.conflict(
            "field_overwrite",
            table=table,
            row_ids=[row_id],
            mine=merge.mine,
            theirs=merge.theirs,
            detail="changed on another desk meanwhile: " + ", ".join(sorted(merge.mine)),
        )


def merge_seen(
    ctx: ApplyContext,
    table: Table,
    row_id: uuid.UUID,
    changes: Mapping[str, Any],
    seen: Mapping[str, Any],
    *,
    current: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Apply ``changes`` to the row field by field against ``seen`` (see the module); returns
    the values written. ``current``: the row, when the caller has read it already."""
    if not changes:
        raise InvalidArguments("nothing to change", code="nothing_to_change")
    row = current if current is not None else ctx.require(table, row_id, table.name)
    merge = split_seen(table, row, changes, seen)
    write_merge(ctx, table, row_id, merge)
    return merge.apply


class SeenUpdate(MutationArgs):
    """Base of an update's arguments whose fields are the changes (flat), with ``seen``.

    ``row_key``: the argument naming the row (not a change), if any."""

    row_key: ClassVar[str | None] = None
    # The values the desk saw for each changed field, JSON-encoded as in rows.encode_value.
    seen: dict[str, Any] = Field(default_factory=dict)

    def changes(self) -> dict[str, Any]:
        """The fields given, other than the row's key and ``seen``."""
        return self.model_dump(exclude_unset=True, exclude={"seen", *([self.row_key] if self.row_key else [])})

    @model_validator(mode="after")
    def _seen_only_for_changes(self) -> Self:
        check_seen(set(self.changes()), self.seen)
        return self

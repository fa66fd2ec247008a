"""How the desk applies a mutation's rows: :class:`DeskApplyContext`, kronos_core's
ApplyContext with its inserts on the driver's connection. Imported by the store on its first
change (with every mutation: kronos_core/mutations/__init__.py), not when the desk starts."""

from __future__ import annotations

import functools
from typing import Any

from sqlalchemy import Table

import kronos_core.mutations
from kronos_core.mutations.base import ApplyContext, insert_statement
from kronos_desktop.store.engine import DriverStatement

kronos_core.mutations.load_all()  # every mutation registered before the first is applied


@functools.lru_cache(maxsize=512)
def _insert_driver(table: Table, keys: tuple[str, ...]) -> DriverStatement:
    """The mutations' inserts (``INSERT ... ON CONFLICT (id) DO NOTHING``), per table and the
    columns a mutation writes."""
    return DriverStatement(insert_statement(table, "sqlite", "nothing"), keys)


class DeskApplyContext(ApplyContext):
    """The desk's local changes: inserts run on the driver's connection (the same SQL and
    values as Core's; see DriverStatement)."""

    def _insert_row(self, table: Table, row: dict[str, Any]) -> bool:
        return _insert_driver(table, tuple(row)).execute(self.tx, row).rowcount > 0

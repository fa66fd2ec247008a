"""What an audit row's detail holds (``ApplyContext.audit`` writes the row): short, JSON, no secret."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Table

from kronos_core.rows import encode_value

AUDIT_TEXT_MAX = 80  # a changed text's length kept in an audit detail


def audit_changes(table: Table, before: Mapping[str, Any], values: Mapping[str, Any]) -> dict[str, Any]:
    """An audit detail of an update: each field written, ``{"from", "to"}`` JSON-encoded, long
    texts cut short (a detail is a trace, not a copy of the row)."""

    def short(value: Any) -> Any:
        return value[:AUDIT_TEXT_MAX] if isinstance(value, str) else value

    return {
        "changes": {
            name: {
                "from": short(encode_value(table.c[name].type, before.get(name))),
                "to": short(encode_value(table.c[name].type, value)),
            }
            for name, value in values.items()
        }
    }

"""The merge dialog's rules without a screen (kronos_desktop/ui/clients/merge_fields.py): which rows
differ, what each starts with, and the client.merge arguments the choices make."""

from __future__ import annotations

import datetime as dt
from typing import Any

from kronos_core.ids import uuid7
from kronos_core.mutations.client_merge import MERGE_FIELDS
from kronos_desktop.ui.clients import merge_fields as mf

BLANK: dict[str, Any] = {
    name: ([] if name == "tags" else False if name in ("whatsapp", "blocked") or name.endswith("consent") else None)
    for name in MERGE_FIELDS
}


def record(**values: Any) -> dict[str, Any]:
    return {**BLANK, **values}


def row(key: str) -> mf.MergeRow:
    return next(r for r in mf.ROWS if r.key == key)


def test_defaults_keep_the_kept_value_fill_the_empty_join_health_and_keep_a_block() -> None:
    keep = record(full_name="Ana Souza", phone="+5511987654321", allergies="Látex", tags=["vip"])
    other = record(full_name="Aninha", email="a@x.com", allergies="Iodo", medication="Insulina", tags=["vip", "fine"],
                   blocked=True, blocked_reason="Não pagou")  # fmt: skip
    sides = {r.key: mf.default_side(r, keep, other) for r in mf.ROWS if mf.differs(r, keep, other)}
    assert sides == {
        "full_name": "keep", "phone": "keep", "email": "other", "allergies": "both", "medication": "other",
        "tags": "both", "blocked": "other",
    }  # fmt: skip
    args = mf.merge_args(uuid7(), uuid7(), keep, other, sides)
    assert args.choices.model_dump(exclude_unset=True) == {
        "email": "a@x.com", "allergies": "Látex\nIodo", "medication": "Insulina", "tags": ["vip", "fine"],
        "blocked": True, "blocked_reason": "Não pagou",
    }  # fmt: skip
    assert args.seen_keep == {
        "email": None, "allergies": "Látex", "medication": None, "tags": ["vip"], "blocked": False,
        "blocked_reason": None,
    }  # fmt: skip
    assert set(args.seen_merged) == set(MERGE_FIELDS)


def test_the_same_text_on_both_is_kept_once_and_a_date_is_sent_as_a_date() -> None:
    assert mf.joined("Látex", " latex ") == "Látex"
    assert mf.joined("Látex, iodo", "Iodo") == "Látex, iodo"
    keep, other = record(full_name="Ana"), record(full_name="Ana", birth_date=dt.date(1990, 2, 28))
    args = mf.merge_args(uuid7(), uuid7(), keep, other, {"birth_date": mf.default_side(row("birth_date"), keep, other)})
    assert args.choices.birth_date == dt.date(1990, 2, 28)
    assert args.seen_merged["birth_date"] == "1990-02-28"

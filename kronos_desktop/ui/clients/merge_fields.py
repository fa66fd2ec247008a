"""What the merge dialog compares, row by row, and the ``client.merge`` arguments it builds.

A row is one thing a person decides about: a field, or fields that go together (a phone and
whether it takes WhatsApp, a document's type and number, a minor's guardian, a block and its
reason). Each row that differs between the two records offers the kept record's value, the
other one's, and for texts that add up (health alerts, notes) and tags, ``both``. The default
is the kept record's value, or the other's where the kept one is empty; health alerts are
joined (an allergy written on either record must not be lost), and a block on either record
stays. Plain Python (no widgets), so the rules are tested without a screen.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from PySide6.QtCore import QCoreApplication

from kronos_core.mutations.client_merge import HEALTH_FIELDS, MERGE_FIELDS, ClientMerge
from kronos_core.rows import encode_value
from kronos_core.schema import client
from kronos_desktop.store.queries.common import fold

Side = Literal["keep", "other", "both"]
Kind = Literal["text", "joinable", "tags", "bool", "blocked", "group"]

translate = QCoreApplication.translate


@dataclass(frozen=True)
class MergeRow:
    key: str
    fields: tuple[str, ...]
    kind: Kind

    def label(self) -> str:
        return LABELS[self.key]()

    @property
    def health(self) -> bool:
        return self.fields[0] in HEALTH_FIELDS


ROWS: tuple[MergeRow, ...] = (
    MergeRow("full_name", ("full_name",), "text"),
    MergeRow("preferred_name", ("preferred_name",), "text"),
    MergeRow("birth_date", ("birth_date",), "text"),
    MergeRow("phone", ("phone", "whatsapp"), "group"),
    MergeRow("email", ("email",), "text"),
    MergeRow("instagram", ("instagram",), "text"),
    MergeRow("document", ("document_type", "document_number"), "group"),
    MergeRow("address", ("address",), "text"),
    MergeRow("referral_source", ("referral_source",), "text"),
    MergeRow("allergies", ("allergies",), "joinable"),
    MergeRow("medical_alerts", ("medical_alerts",), "joinable"),
    MergeRow("medication", ("medication",), "joinable"),
    MergeRow("notes", ("notes",), "joinable"),
    MergeRow("tags", ("tags",), "tags"),
    MergeRow("guardian", ("guardian_name", "guardian_document", "guardian_relationship", "guardian_phone"), "group"),
    MergeRow("marketing_consent", ("marketing_consent",), "bool"),
    MergeRow("data_processing_consent", ("data_processing_consent",), "bool"),
    MergeRow("health_data_consent", ("health_data_consent",), "bool"),
    MergeRow("blocked", ("blocked", "blocked_reason"), "blocked"),
)
assert {f for row in ROWS for f in row.fields} == set(MERGE_FIELDS), "every field of a client has its row"

LABELS = {
    "full_name": lambda: translate("MergeDialog", "Full name"),
    "preferred_name": lambda: translate("MergeDialog", "Preferred name"),
    "birth_date": lambda: translate("MergeDialog", "Birth date"),
    "phone": lambda: translate("MergeDialog", "Phone"),
    "email": lambda: translate("MergeDialog", "E-mail"),
    "instagram": lambda: translate("MergeDialog", "Instagram"),
    "document": lambda: translate("MergeDialog", "Document"),
    "address": lambda: translate("MergeDialog", "Address"),
    "referral_source": lambda: translate("MergeDialog", "How they found the studio"),
    "allergies": lambda: translate("MergeDialog", "Allergies"),
    "medical_alerts": lambda: translate("MergeDialog", "Medical conditions"),
    "medication": lambda: translate("MergeDialog", "Medication"),
    "notes": lambda: translate("MergeDialog", "Notes"),
    "tags": lambda: translate("MergeDialog", "Tags"),
    "guardian": lambda: translate("MergeDialog", "Guardian"),
    "marketing_consent": lambda: translate("MergeDialog", "Marketing consent"),
    "data_processing_consent": lambda: translate("MergeDialog", "Data processing consent"),
    "health_data_consent": lambda: translate("MergeDialog", "Health data consent"),
    "blocked": lambda: translate("MergeDialog", "Blocked"),
}


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value is False


def row_values(row: MergeRow, record: Mapping[str, Any]) -> tuple[Any, ...]:
    return tuple(record[f] for f in row.fields)


def differs(row: MergeRow, keep: Mapping[str, Any], other: Mapping[str, Any]) -> bool:
    return row_values(row, keep) != row_values(row, other)


def offers_both(row: MergeRow, keep: Mapping[str, Any], other: Mapping[str, Any]) -> bool:
    """Whether "both" is offered: texts that add up, or tags, set on both records."""
    if row.kind not in ("joinable", "tags"):
        return False
    return not _empty(keep[row.fields[0]]) and not _empty(other[row.fields[0]])


def default_side(row: MergeRow, keep: Mapping[str, Any], other: Mapping[str, Any]) -> Side:
    """The choice a row starts with (see the module)."""
    if offers_both(row, keep, other) and (row.health or row.kind == "tags"):
        return "both"
    if row.kind == "blocked":
        return "other" if other["blocked"] and not keep["blocked"] else "keep"
    if row.kind == "bool":
        return "keep"
    if all(_empty(v) for v in row_values(row, keep)) and not all(_empty(v) for v in row_values(row, other)):
        return "other"
    return "keep"


def joined(a: str, b: str) -> str:
    """Two texts as one: both, the kept one's first; once, when they say the same."""
    if fold(a.strip()) == fold(b.strip()) or fold(b.strip()) in fold(a):
        return a
    return f"{a.rstrip()}\n{b.strip()}"


def chosen_values(row: MergeRow, side: Side, keep: Mapping[str, Any], other: Mapping[str, Any]) -> dict[str, Any]:
    """The values the kept record will hold for ``row``'s fields."""
    if side == "keep":
        return {f: keep[f] for f in row.fields}
    if side == "other":
        return {f: other[f] for f in row.fields}
    name = row.fields[0]
    if row.kind == "tags":
        return {name: [*keep[name], *(t for t in other[name] if t not in keep[name])]}
    return {name: joined(str(keep[name]), str(other[name]))}


def merge_args(
    keep_id: uuid.UUID,
    merged_id: uuid.UUID,
    keep: Mapping[str, Any],
    other: Mapping[str, Any],
    sides: Mapping[str, Side],
) -> ClientMerge:
    """The ``client.merge`` arguments: the values chosen that the kept record does not hold yet,
    with the values the desk showed (the kept record's for those, the other's for every field).
    Raises pydantic's ValidationError for a choice a record cannot hold (a joined text too long)."""
    choices: dict[str, Any] = {}
    for row in ROWS:
        side = sides.get(row.key, "keep")
        for name, value in chosen_values(row, side, keep, other).items():
            if value != keep[name]:
                choices[name] = value
    encode = {name: client.c[name].type for name in MERGE_FIELDS}
    return ClientMerge.model_validate(
        {
            "keep_id": keep_id,
            "merged_id": merged_id,
            "choices": choices,
            "seen_keep": {name: encode_value(encode[name], keep[name]) for name in choices},
            "seen_merged": {name: encode_value(encode[name], other[name]) for name in MERGE_FIELDS},
        }
    )

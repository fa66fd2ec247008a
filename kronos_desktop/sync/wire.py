"""The sync protocol's answers as the desk reads them: tolerantly.

The server's own models (:mod:`kronos_core.sync_messages`) refuse unknown fields; the desk must
not, because a newer server may add some (``epoch`` on a push answer is one). These models keep
what the desk needs and ignore the rest.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any, Literal
from uuid import UUID  # a field named `uuid` shadows the module inside some classes

from pydantic import BaseModel, ConfigDict, Field

from kronos_core.sync_messages import SCHEMA_VERSION, PushMutation, PushRequest
from kronos_desktop.sync.cursor import Cursor as Cursor  # here too, beside the messages

__all__ = ["SCHEMA_VERSION", "Cursor", "PageChange", "PullAnswer", "PushAnswer", "PushItem", "push_body"]

# Whether the server's push message takes the staff member who made each change (an extension
# the server may add to kronos_core.sync_messages.PushMutation; sent only when it is there).
SENDS_STAFF_ID = "staff_id" in PushMutation.model_fields
# Whether the push message takes the receipt prefix the file claims (the same kind of extension).
SENDS_SALE_PREFIX = "sale_prefix" in PushRequest.model_fields


class _Tolerant(BaseModel):
    model_config = ConfigDict(extra="ignore")


class PushResultItem(_Tolerant):
    id: int
    uuid: UUID
    status: Literal["applied", "conflict", "rejected"]
    version: int = 0
    conflict_id: UUID | None = None


class PushAnswer(_Tolerant):
    last_mutation_id: int
    results: list[PushResultItem] = Field(default_factory=list)
    epoch: uuid.UUID | None = None
    sale_prefix: str | None = None  # the device id's receipt prefix (a server that gives them)


class PageChange(_Tolerant):
    """One pulled change. Pages keep them as plain dicts (a first download holds 100,000s):
    :mod:`kronos_desktop.sync.bulk` checks and converts each as it writes it."""

    table: str
    id: uuid.UUID
    version: int
    deleted: bool = False
    row: dict[str, Any]


class PullAnswer(_Tolerant):
    cursor: str
    has_more: bool
    last_mutation_id: int = 0
    last_mutation_uuid: uuid.UUID | None = None
    server_time: dt.datetime | None = None
    reset: bool = False
    sale_prefix: str | None = None  # the device id's receipt prefix, once the server registered it
    changes: list[dict[str, Any]] = Field(default_factory=list)

    @property
    def position(self) -> Cursor:
        return Cursor.parse(self.cursor)


@dataclass(frozen=True)
class PushItem:
    """One outbox mutation as it is pushed."""

    pos: int
    seq: int
    uuid: UUID
    name: str
    args: dict[str, Any]
    staff_id: UUID | None


def push_body(device_id: uuid.UUID, items: list[PushItem], sale_prefix: str | None = None) -> dict[str, Any]:
    """The push request; ``sale_prefix``: the letters the file already prints receipts with,
    claimed for its replica when the server registers it (never a provisional prefix)."""
    mutations: list[dict[str, Any]] = []
    for item in items:
        entry: dict[str, Any] = {"id": item.seq, "uuid": str(item.uuid), "name": item.name, "args": item.args}
        if SENDS_STAFF_ID and item.staff_id is not None:
            entry["staff_id"] = str(item.staff_id)
        mutations.append(entry)
    body: dict[str, Any] = {"device_id": str(device_id), "schema_version": SCHEMA_VERSION, "mutations": mutations}
    if SENDS_SALE_PREFIX and sale_prefix is not None:
        body["sale_prefix"] = sale_prefix
    return body

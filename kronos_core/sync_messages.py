"""The sync protocol's messages (v1), as pydantic models. Field names are fixed by DESIGN.md
so that any client can speak the protocol.

Five additions to DESIGN.md's wire format. Two were found by the protocol model
(tests/sync_model/model.py): the push answer carries the server's ``epoch`` (so a desk notices
a server restored from a backup even before it holds a cursor), and a pushed mutation may name
the ``staff_id`` identified by PIN at the desk (attribution only; the server keeps it only when
it is an active staff member of the studio, else attributes the change to the token's staff).
The third, ``POST /v1/sync/results``, answers the stored results of mutations by UUID alone: a
file restored or copied to another PC holds mutations acknowledged by a pull whose push answer
it never heard, and pushing them again under their old device id is refused when that id
belongs to another desk (409). The fourth, found by the loopback-proxy fault tests: a pull
answer carries ``since``, the cursor it answers, so that a page given in place of the one asked
for is not taken for it (its changes alone cannot show that a page in between was skipped).
The fifth, for receipt numbers (issue 15): a push may claim the ``sale_prefix`` the file already
prints with, and push and pull answers carry the device id's ``sale_prefix`` once the server has
registered it (all optional: older desks and servers ignore them).
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any, Literal
from uuid import UUID  # a field named `uuid` shadows the module inside some models

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from kronos_core.cursors import format_cursor as format_cursor  # here too, with the messages
from kronos_core.cursors import parse_cursor as parse_cursor
from kronos_core.sale_prefixes import is_letters

SCHEMA_VERSION = 1
# The server answers 426 to a push whose schema_version is outside [MIN, MAX].
MIN_SCHEMA_VERSION = 1
MAX_SCHEMA_VERSION = SCHEMA_VERSION
# At most this many mutations per push: one transaction of at most 50 savepoints on the server
# (PostgreSQL's subtransaction cache holds 64). A longer list is refused whole (422).
MAX_PUSH_MUTATIONS = 50
# Pull page sizes (changes per page; a version bigger than the limit is one page on its own).
DEFAULT_PULL_LIMIT = 500
MAX_PULL_LIMIT = 5000

Status = Literal["applied", "conflict", "rejected"]


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _staff_or_none(value: Any) -> UUID | None:
    """A ``staff_id`` that is not a UUID names no staff member of the studio: the change is
    attributed to the token's, as for any the server does not accept (never a 422 for the batch)."""
    if value is None or isinstance(value, UUID):
        return value
    if isinstance(value, str):
        try:
            return UUID(value)
        except ValueError:
            return None
    return None


class PushMutation(_Message):
    """One item of a push. Its ``id`` and ``uuid`` say which item it is (unreadable: the request
    is refused whole, 422); any ``name`` and any ``args`` are read, and a bad one (unknown, an
    argument that is not an object, text a database cannot hold) refuses that item alone, with a
    ``rejected`` conflict (the items beside it apply); an unreadable ``staff_id`` is no staff
    member's (the change is the token's staff's)."""

    id: int = Field(ge=1, le=2**62, description="the replica's sequence number")
    uuid: uuid.UUID
    name: str
    args: Any = Field(description="a JSON object; anything else is refused on its own (rejected)")
    staff_id: Annotated[UUID | None, BeforeValidator(_staff_or_none)] = Field(
        default=None, description="the staff member identified by PIN at the desk (attribution only)"
    )


def _prefix_or_none(value: Any) -> str | None:
    """A claimed receipt prefix that is not one of the letter sequence claims nothing (never a
    422 for the batch)."""
    return value if isinstance(value, str) and is_letters(value) else None


SalePrefix = Annotated[str | None, BeforeValidator(_prefix_or_none)]


class PushRequest(_Message):
    device_id: uuid.UUID
    schema_version: int
    mutations: list[PushMutation] = Field(max_length=MAX_PUSH_MUTATIONS)
    sale_prefix: SalePrefix = Field(
        default=None,
        description='the receipt prefix this file already prints with (a standalone desk\'s "A"), claimed '
        "when the server registers its device id: kept if no other replica of the studio holds it. Optional.",
    )


class PushResult(_Message):
    """``applied``: it took effect; with a ``conflict_id``, it also left a note for a person to
    review (a ``needs_review`` conflict: a payment against a sale the studio does not have).
    ``conflict``: it took effect and left a conflict that asks a decision (a double booking, an
    overwritten field, a renumbered sale). ``rejected``: it did not apply; ``conflict_id`` names
    the ``rejected`` conflict that keeps what it meant."""

    id: int
    uuid: uuid.UUID
    status: Status
    version: int
    conflict_id: UUID | None = None


class PushResponse(_Message):
    epoch: UUID
    last_mutation_id: int
    results: list[PushResult]
    # The device id's receipt prefix (kronos_core/sale_prefixes.py), given when it was registered.
    sale_prefix: str | None = None


# At most this many UUIDs per results request.
MAX_RESULTS_ASKED = 500


class ResultsRequest(_Message):
    uuids: list[UUID] = Field(min_length=1, max_length=MAX_RESULTS_ASKED)


class StoredResult(_Message):
    uuid: UUID
    status: Status
    version: int
    conflict_id: UUID | None = None


class ResultsResponse(_Message):
    """The studio's stored results of the asked UUIDs it knows (an unknown UUID is left out)."""

    results: list[StoredResult]


class Change(_Message):
    table: str
    id: uuid.UUID
    version: int
    deleted: bool
    row: dict[str, Any]


class PullResponse(_Message):
    # The cursor this page answers, as the desk sent it (None on a first pull): a page handed
    # over in place of the one asked for (a proxy's mix-up) is recognised and dropped.
    since: str | None = None
    cursor: str
    has_more: bool
    last_mutation_id: int
    last_mutation_uuid: uuid.UUID | None
    server_time: dt.datetime
    reset: bool = False
    # The device id's receipt prefix, once the server has registered it (a first pull does).
    sale_prefix: str | None = None
    changes: list[Change]

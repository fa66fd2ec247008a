"""Merging two records of one client: ``client.merge`` (owners and managers).

The person picks, field by field, what the kept record holds (``choices``: the values taken for
it, usually from the other record), with the values the desk showed for both records:
``seen_keep`` for each chosen field of the kept record, ``seen_merged`` for each field of the
other record the desk compared. Then, in one mutation:

- the choices are written to the kept record, merged against ``seen_keep`` as ``client.update``
  merges (kronos_core/mutations/seen.py): a field changed elsewhere meanwhile keeps its value and
  a ``field_overwrite`` conflict records the choice;
- a field of the other record changed elsewhere since the desk showed it (``seen_merged``) is
  not lost in the tombstone: where the kept record ends up holding the value the desk saw there,
  the edit lands on the kept record; elsewhere it becomes a ``field_overwrite`` conflict on the
  kept record (``mine``: the edit). That is what the same edit meets when it reaches the server
  after the merge (client.update follows ``merged_into`` and merges against the kept record), so
  the two orders converge;
- the open rows move to the kept record (:data:`OPEN_ROWS`: bookings not completed, cancelled nor
  no-show; open projects, and the project of any booking that moves; held deposits; every gift
  voucher the merged record bought, spent or not: the kept client finds them). Closed sales,
  payments, signed forms and deposits no longer held keep the client they were made with, and
  are read through the merged record's ``merged_into`` (:func:`kept_id`);
- the other record becomes a tombstone: ``merged_into`` = the kept record (not ``deleted``: the
  rows that keep it still point at it);
- an ``audit_event`` "client.merge" names the two ids, the fields chosen and how many rows moved
  (ids and counts only, no personal data).

Refused (codes): a record into itself (``merge_same_client``); into or from an erased record
(``client_erased``); from a record already merged (``already_merged``, params ``name``: the record
it went to). The kept record may itself have been merged meanwhile, on another desk: the merge
lands on the record it went to, following the chain; a chain that comes back to the record being
merged is a cycle (``merge_cycle``). A merge is final: no mutation splits a record again (the
desk's Undo refuses it as it refuses every final change).
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import Field, model_validator
from sqlalchemy import ColumnElement, Select, String, Table, bindparam, literal, select, true

from kronos_core.mutations.base import ApplyContext, InvalidArguments, MutationArgs, mutation
from kronos_core.mutations.client_checks import check_fields
from kronos_core.mutations.clients import ClientFields
from kronos_core.mutations.seen import split_seen, write_merge
from kronos_core.roles import MANAGEMENT
from kronos_core.rows import encode_value
from kronos_core.schema import appointment, client, deposit, project, voucher

# The fields a merge may choose: every field of a client's record.
MERGE_FIELDS: tuple[str, ...] = tuple(ClientFields.model_fields)
# Health alerts: the dialog offers both records' texts joined.
HEALTH_FIELDS: tuple[str, ...] = ("allergies", "medical_alerts", "medication")
CLOSED_APPOINTMENT = ("completed", "cancelled", "no_show")
MAX_CHAIN = 64  # merges followed from one record before it is called a cycle


@dataclass(frozen=True)
class OpenRows:
    """Rows of a client that move to the kept record when it is merged: ``table``'s rows whose
    ``client_id`` is the merged record and for which ``is_open`` holds."""

    table: Table
    is_open: Callable[[Table], ColumnElement[bool]]


# What moves with a merge: open bookings and projects, held deposits (the kept client can
# have them applied; applied, forfeited, refunded and transferred ones stay) and the client's
# vouchers (all of them: a voucher's balance is read from its payments). Closed rows stay,
# read through merged_into. A condition compares with ``literal(...)`` values: the server's
# driver runs the query with them in the statement.
OPEN_ROWS: list[OpenRows] = [
    OpenRows(appointment, lambda t: t.c.status.not_in([literal(s, String) for s in CLOSED_APPOINTMENT])),
    OpenRows(project, lambda t: t.c.status == literal("open", String)),
    OpenRows(deposit, lambda t: t.c.status == literal("held", String)),
    OpenRows(voucher, lambda t: true()),
]


class ClientMerge(MutationArgs):
    keep_id: uuid.UUID
    merged_id: uuid.UUID
    # The values chosen for the kept record (the fields the person took from the other one).
    choices: ClientFields = Field(default_factory=ClientFields)
    # The kept record's values the desk showed, for the chosen fields (JSON, as rows.encode_value).
    seen_keep: dict[str, Any] = Field(default_factory=dict)
    # The other record's values the desk showed, for the fields it compared.
    seen_merged: dict[str, Any] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _seen_names_fields(self) -> ClientMerge:
        extra = set(self.seen_keep) - set(self.choices.model_fields_set)
        if extra:
            raise ValueError(f"seen_keep values for fields that are not chosen: {sorted(extra)}")
        unknown = set(self.seen_merged) - set(MERGE_FIELDS)
        if unknown:
            raise ValueError(f"seen_merged names fields a client does not have: {sorted(unknown)}")
        return self


def kept_id(ctx: ApplyContext, client_id: uuid.UUID) -> uuid.UUID:
    """The record that holds ``client_id``'s data now: itself, or the record it was merged into,
    following a chain of merges (``merge_cycle`` if it comes back on itself)."""
    seen = {client_id}
    current = client_id
    for _ in range(MAX_CHAIN):
        row = ctx.get(client, current, include_deleted=True)
        if row is None or row["merged_into"] is None:
            return current
        current = row["merged_into"]
        if current in seen:
            break
        seen.add(current)
    raise InvalidArguments(f"the merges of client {client_id} form a cycle", code="merge_cycle")


@functools.cache
def _open_query(rows: OpenRows) -> Select[Any]:
    """The ids of a client's open rows of one kind, built once (the server runs it by its driver,
    which takes literals in the statement and parameters by name, not expanded lists)."""
    t = rows.table
    return (
        select(t.c.id)
        .where(
            t.c.studio_id == bindparam("studio_id"),
            t.c.client_id == bindparam("client_id"),
            t.c.deleted.is_(False),
            rows.is_open(t),
        )
        .order_by(t.c.id)
    )


def _open_ids(ctx: ApplyContext, rows: OpenRows, client_id: uuid.UUID) -> list[uuid.UUID]:
    found = ctx.select_rows(_open_query(rows), {"studio_id": ctx.actor.studio_id, "client_id": client_id})
    return [r["id"] for r in found]


def _move_open_rows(ctx: ApplyContext, merged_id: uuid.UUID, keep_id: uuid.UUID) -> dict[str, int]:
    """Move the merged record's open rows to the kept one; how many of each table moved."""
    moved: dict[str, list[uuid.UUID]] = {}
    for rows in OPEN_ROWS:
        for row_id in _open_ids(ctx, rows, merged_id):
            ctx.update(rows.table, row_id, {"client_id": keep_id})
            moved.setdefault(rows.table.name, []).append(row_id)
    # A booking that moves takes its project along, open or not: a booking's project is its client's.
    projects = set(moved.get("project", []))
    for appointment_id in moved.get("appointment", []):
        project_id = ctx.require(appointment, appointment_id, "appointment")["project_id"]
        if project_id is None or project_id in projects:
            continue
        was = ctx.get(project, project_id)
        if was is not None and was["client_id"] == merged_id:
            ctx.update(project, project_id, {"client_id": keep_id})
            projects.add(project_id)
            moved.setdefault("project", []).append(project_id)
    return {name: len(ids) for name, ids in moved.items()}


def _refuse(ctx: ApplyContext, args: ClientMerge) -> tuple[dict[str, Any], dict[str, Any]]:
    """The kept record (after any chain) and the merged one, or the merge's refusal."""
    if args.keep_id == args.merged_id:
        raise InvalidArguments("a client cannot be merged into itself", code="merge_same_client")
    merged = ctx.require(client, args.merged_id, "client")
    ctx.require(client, args.keep_id, "client")
    if merged["erased_at"] is not None:
        raise InvalidArguments(f"client {args.merged_id} was erased", code="client_erased")
    if merged["merged_into"] is not None:
        went = ctx.get(client, kept_id(ctx, args.merged_id), include_deleted=True)
        name = str(went["full_name"]) if went is not None else ""
        raise InvalidArguments(
            f"client {args.merged_id} was already merged into {went['id'] if went else '?'}",
            code="already_merged",
            params={"name": name},
        )
    target = kept_id(ctx, args.keep_id)
    if target == args.merged_id:
        raise InvalidArguments("the kept record was merged into the other one", code="merge_cycle")
    keep = ctx.require(client, target, "client")
    if keep["erased_at"] is not None:
        raise InvalidArguments(f"client {target} was erased", code="client_erased")
    return keep, merged


@mutation("client.merge", ClientMerge, roles=MANAGEMENT)
def merge_clients(ctx: ApplyContext, args: ClientMerge) -> None:
    """Merge ``merged_id`` into ``keep_id`` with the chosen fields (see the module)."""
    keep, merged = _refuse(ctx, args)
    keep_id = keep["id"]
    chosen = args.choices.model_dump(exclude_unset=True)
    check_fields(ctx, chosen, keep, where="choices.")  # as client.update checks and stores them
    merge = split_seen(client, keep, chosen, args.seen_keep)
    for name, seen in sorted(args.seen_merged.items()):
        col_type = client.c[name].type
        now = encode_value(col_type, merged[name])
        kept = encode_value(col_type, merge.apply[name] if name in merge.apply else keep[name])
        if now in (seen, kept) or name in merge.mine:
            continue
        if kept == seen:  # an edit on top of what the kept record holds: it lands there
            merge.apply[name] = merged[name]
        else:  # an edit of a value the kept record does not hold: a person decides
            merge.mine[name] = now
            merge.theirs[name] = kept
    write_merge(ctx, client, keep_id, merge)
    moved = _move_open_rows(ctx, args.merged_id, keep_id)
    ctx.update(client, args.merged_id, {"merged_into": keep_id})
    detail = {"merged_id": str(args.merged_id), "fields": sorted(chosen), "moved": moved}
    ctx.audit("client.merge", client, keep_id, detail=detail)

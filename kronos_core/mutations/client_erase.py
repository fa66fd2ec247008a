"""Erasing a client at their request (LGPD art. 18 VI): ``client.erase``, owners and managers.

The client's row keeps its id (sales, payments and signed forms still point at it: what is kept,
and why, is kronos_core/retention.py) and ``erased_at``; every personal column takes its erased
value (kronos_core/erasure.py: the name becomes "—", the rest empty). A merged client is one
person: the records merged into the one kept, and the one kept, are erased together, whichever
of them is named. The same mutation, on every desk and on the server, takes the client's values
out of what the studio's synced rows still hold of them:

- conflict rows about the client (``sync_conflict``: a field overwritten, a refused change, a
  refusal naming them): their values erased, a refused change keeping only its name, ids and
  code (kronos_core.erasure.refused_arguments);
- the notes of the client's appointments, projects and deposits: the client's texts (name,
  phone...) taken out of them;
- the client's gift vouchers (``voucher.client_id``: kept for the money, kronos_core/retention.py)
  lose their buyer's and recipient's names and their note; any other voucher naming the client
  (a gift they received, a buyer's name typed without the record) loses the client's identifying
  texts.

An ``audit_event`` "client.erase" records who erased which record and when, with nothing
personal. Erasing an erased client changes nothing. A later change to an erased client is
refused (``client_erased``, kronos_core/mutations/clients.py); its conflict keeps no personal
field. A payment or deposit for an erased client is still stored (payments are never refused).
The copies a desk keeps outside its synced rows (outbox, pulled pages, search index, backups,
logs) are its own to scrub: kronos_desktop/store/erase.py.
"""

from __future__ import annotations

import uuid
from typing import Any

from pydantic import AwareDatetime
from sqlalchemy import bindparam, select

from kronos_core.erasure import ERASED, VOUCHER_TEXTS, Scrubber, names_any, needles, refused_arguments
from kronos_core.mutations.base import ApplyContext, MutationArgs, NotFound, mutation
from kronos_core.roles import MANAGEMENT
from kronos_core.schema import appointment, client, deposit, project, sync_conflict, voucher

MAX_FAMILY = 1000  # records merged into one client (a loop or worse beyond this)

# Free text of other tables that may name the client (scrubbed of the client's texts).
_TEXT_COLUMNS = (
    (appointment, ("notes", "cancellation_reason")),
    (project, ("title", "notes")),
    (deposit, ("note",)),  # a deposit's ledger entries hold no typed text (kronos_core/mutations/deposits.py)
)


class ClientErase(MutationArgs):
    client_id: uuid.UUID
    erased_at: AwareDatetime  # the desk's corrected clock: when the request was honoured


def merge_family(ctx: ApplyContext, client_id: uuid.UUID) -> list[dict[str, Any]]:
    """The client's records as one person: the record kept at the end of ``client_id``'s chain of
    merges, and every record merged into it (directly or through others), in id order."""
    row = ctx.get(client, client_id, include_deleted=True)
    if row is None:
        raise NotFound(f"client {client_id} does not exist in this studio", params={"what": "client"})
    seen = {row["id"]}
    while row["merged_into"] is not None and len(seen) < MAX_FAMILY:
        kept = ctx.get(client, row["merged_into"], include_deleted=True)
        if kept is None or kept["id"] in seen:
            break
        seen.add(kept["id"])
        row = kept
    family = {row["id"]: row}
    frontier = [row["id"]]
    query = select(client).where(
        client.c.studio_id == bindparam("studio_id"), client.c.merged_into == bindparam("into")
    )
    while frontier and len(family) < MAX_FAMILY:
        into = frontier.pop()
        for merged in ctx.select_rows(query, {"studio_id": ctx.actor.studio_id, "into": into}):
            if merged["id"] not in family:
                family[merged["id"]] = merged
                frontier.append(merged["id"])
    return [family[k] for k in sorted(family)]


def _scrub_conflicts(ctx: ApplyContext, ids: set[str], scrubber: Scrubber) -> int:
    """Take the client's values out of the studio's conflict rows about them; how many changed."""
    query = (
        select(sync_conflict).where(sync_conflict.c.studio_id == bindparam("studio_id")).order_by(sync_conflict.c.id)
    )
    changed = 0
    for row in ctx.select_rows(query, {"studio_id": ctx.actor.studio_id}):
        about = names_any(row["row_ids"], ids) or names_any(row["mine"], ids) or names_any(row["theirs"], ids)
        if not about:
            continue
        of_client = row["table_name"] == client.name
        if row["kind"] == "rejected":
            mine = refused_arguments(row["mine"])
        else:
            mine = scrubber.value(row["mine"], personal_keys=of_client)
        values = {
            "mine": mine,
            "theirs": scrubber.value(row["theirs"], personal_keys=of_client),
            "detail": scrubber.text(row["detail"]) if row["detail"] is not None else None,
        }
        if any(values[k] != row[k] for k in values):
            ctx.update(sync_conflict, row["id"], values)
            changed += 1
    return changed


def _scrub_texts(ctx: ApplyContext, ids: list[uuid.UUID], scrubber: Scrubber) -> int:
    """Take the client's texts out of their appointments' and projects' notes; how many changed."""
    changed = 0
    for table, columns in _TEXT_COLUMNS:
        query = (
            select(table)
            .where(table.c.studio_id == bindparam("studio_id"), table.c.client_id == bindparam("client_id"))
            .order_by(table.c.id)
        )
        for client_id in ids:  # one statement a record: the server runs them closer to the driver
            for row in ctx.select_rows(query, {"studio_id": ctx.actor.studio_id, "client_id": client_id}):
                values = {
                    c: scrubber.text(row[c]) for c in columns if isinstance(row[c], str) and scrubber.holds(row[c])
                }
                if values:
                    ctx.update(table, row["id"], values)
                    changed += 1
    return changed


def _scrub_vouchers(ctx: ApplyContext, ids: list[uuid.UUID], identifying: Scrubber) -> int:
    """Erase the texts of the client's vouchers, and the client's identifying texts from the
    studio's other vouchers; how many changed."""
    query = select(voucher).where(voucher.c.studio_id == bindparam("studio_id")).order_by(voucher.c.id)
    changed = 0
    for row in ctx.select_rows(query, {"studio_id": ctx.actor.studio_id}):
        if row["client_id"] in ids:
            values: dict[str, Any] = {c: None for c in VOUCHER_TEXTS if row[c] is not None}
        else:
            values = {
                c: identifying.text(row[c])
                for c in VOUCHER_TEXTS
                if isinstance(row[c], str) and identifying.holds(row[c])
            }
        if values:
            ctx.update(voucher, row["id"], values)
            changed += 1
    return changed


@mutation("client.erase", ClientErase, roles=MANAGEMENT)
def erase_client(ctx: ApplyContext, args: ClientErase) -> None:
    """Erase a client's personal data (see the module); an erased client stays erased."""
    family = [row for row in merge_family(ctx, args.client_id) if row["erased_at"] is None]
    if not family:
        return  # erased already: nothing changes
    scrubber = Scrubber(set().union(*(needles(row) for row in family)))
    for row in family:
        ctx.update(client, row["id"], {**ERASED, "erased_at": args.erased_at})
    ids = [row["id"] for row in family]
    conflicts = _scrub_conflicts(ctx, {str(i) for i in ids}, scrubber)
    texts = _scrub_texts(ctx, ids, scrubber)
    identifying = Scrubber(set().union(*(needles(row, identifying_only=True) for row in family)))
    vouchers = _scrub_vouchers(ctx, ids, identifying)
    detail = {"records": [str(i) for i in ids], "conflicts": conflicts, "notes": texts, "vouchers": vouchers}
    ctx.audit("client.erase", client, args.client_id, detail=detail)

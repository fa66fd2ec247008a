"""Ops of the checkout (issue 15): open tickets kept as drafts on the desk, closing a ticket,
refunds and voids, the product list. (The deposits' ops are :mod:`kronos_desktop.ops.deposits`.)

A ticket is a draft on its desk until it closes: :func:`save_draft` and :func:`discard_draft`
write the desk-only ``ticket_draft`` table through the writer thread (no mutation, no outbox:
the draft never leaves the desk; it survives a restart). :func:`close_ticket` is the one step
that syncs: the receipt number taken, ``sale.record`` and each ``payment.record`` applied and the
draft deleted, all in ONE transaction (``LocalStore.apply_many``): a ticket that may not close
(kronos_core.ticket.closing_problems) writes nothing at all and keeps its draft.

Each returns a :class:`MutationOp` the view hands to ``ctx.runner``; a refusal comes back as a
:class:`~kronos_core.mutations.MutationError` with a stable ``code``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias

from PySide6.QtWidgets import QWidget
from sqlalchemy import ColumnElement, Connection, delete, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError

from kronos_core import ticket
from kronos_core.ids import uuid7
from kronos_core.instants import require_aware
from kronos_core.mutations import MutationError
from kronos_core.schema import deposit, payment, studio
from kronos_desktop.ops.runner import MutationOp
from kronos_desktop.store import Applied, LocalStore
from kronos_desktop.store.local_schema import replica, ticket_draft
from kronos_desktop.store.queries import vouchers as vouchers_q
from kronos_desktop.store.sale_numbers import take_number

if TYPE_CHECKING:
    from kronos_core.mutations import MutationArgs

Mutations: TypeAlias = "list[tuple[str, Mapping[str, Any] | MutationArgs]]"


class CheckoutRefused(MutationError):
    """A ticket (or a deposit's payment) that may not be recorded yet; ``problems`` are
    kronos_core.ticket's codes (``unpaid``, ``card_fields``, …), also in ``params["problems"]``
    joined by commas. Nothing was written."""

    def __init__(self, code: str, problems: Sequence[str]) -> None:
        super().__init__(f"{code}: {', '.join(problems)}", code=code, params={"problems": ",".join(problems)})
        self.problems = list(problems)


def _desk_write(name: str, ticket_id: uuid.UUID) -> Applied:
    from kronos_desktop.ops.draft_written import DraftWritten  # pydantic: on the first draft, not at start

    return Applied(uuid7(), 0, name, DraftWritten(ticket_id=ticket_id), {ticket_draft.name: {ticket_id}})


# -- drafts --------------------------------------------------------------------------------------
def write_draft(store: LocalStore, draft: ticket.TicketDraft, *, staff_id: uuid.UUID | None = None) -> Applied:
    """Keep ``draft`` on the desk (writer thread): a new ticket, or the same one saved again (its
    opener and opening time kept). A booking has one open ticket at most: a second one for it is
    refused (``ticket_already_open``)."""
    now = store.now()
    t = ticket_draft.c
    with store.engine.begin() as conn:
        opener = staff_id or store.member or conn.execute(select(replica.c.staff_id)).scalar()
        row = {
            "id": draft.ticket_id,
            "appointment_id": draft.appointment_id,
            "client_id": draft.client_id,
            "body": draft.to_json(),
            "staff_id": opener,
            "created_at": now,
            "changed_at": now,
        }
        upsert = sqlite_insert(ticket_draft).values(row)
        upsert = upsert.on_conflict_do_update(
            index_elements=[t.id],
            set_={
                "appointment_id": upsert.excluded.appointment_id,
                "client_id": upsert.excluded.client_id,
                "body": upsert.excluded.body,
                "changed_at": upsert.excluded.changed_at,
            },
        )
        try:
            with conn.begin_nested():
                conn.execute(upsert)
        except IntegrityError as exc:
            raise MutationError("this booking already has an open ticket", code="ticket_already_open") from exc
    return _desk_write("ticket_draft.save", draft.ticket_id)


def save_draft(
    draft: ticket.TicketDraft, *, staff_id: uuid.UUID | None = None, parent: QWidget | None = None
) -> MutationOp:
    """Keep an open ticket as it is now (see :func:`write_draft`)."""
    return MutationOp(
        "ticket_draft.save",
        parent=parent,
        staff_id=staff_id,
        write=lambda store: write_draft(store, draft, staff_id=staff_id),
    )


def discard_draft(ticket_id: uuid.UUID, *, parent: QWidget | None = None) -> MutationOp:
    """Throw an open ticket away (nothing was recorded: it never left the desk)."""

    def write(store: LocalStore) -> Applied:
        with store.engine.begin() as conn:
            conn.execute(delete(ticket_draft).where(ticket_draft.c.id == ticket_id))
        return _desk_write("ticket_draft.discard", ticket_id)

    return MutationOp("ticket_draft.discard", parent=parent, write=write)


# -- closing -------------------------------------------------------------------------------------
def _text(value: str) -> str | None:
    return value.strip() or None


def payment_args(
    p: ticket.DraftPayment,
    *,
    business_date: dt.date,
    received_at: dt.datetime,
    taken_by: uuid.UUID | None,
    sale_id: uuid.UUID | None = None,
    deposit_id: uuid.UUID | None = None,
) -> dict[str, Any]:
    """``payment.record``'s arguments for a payment as the payment form gathered it."""
    return {
        "payment_id": p.payment_id,
        "sale_id": sale_id,
        "deposit_id": deposit_id,
        "method": p.method,
        "amount": p.amount,
        "tip": p.tip,
        "taken_by": taken_by,
        "business_date": business_date,
        "received_at": received_at,
        "card_brand": p.card_brand,
        "instalments": p.instalments,
        "auth_code": _text(p.auth_code),
        "card_fee": p.card_fee,
        "pix_e2e_id": _text(p.pix_e2e_id),
        "cash_tendered": p.cash_tendered,
        "voucher_id": p.voucher_id,  # the gift voucher a "voucher" payment redeems
    }


def sale_args(
    draft: ticket.TicketDraft,
    totals: ticket.TicketTotals,
    *,
    number: str,
    business_date: dt.date,
    closed_at: dt.datetime,
) -> dict[str, Any]:
    """``sale.record``'s arguments for a ticket that may close (the sale's id is the ticket's)."""
    lines = [
        {
            "line_id": ln.line_id,
            "kind": ln.kind,
            "description": ln.description,
            "artist_id": ln.artist_id,
            "product_id": ln.product_id,
            "quantity": ln.quantity,
            "unit_price": ln.unit_price,
            "discount": ticket.line_discount(ln),
            "discount_bps": ln.discount_bps,
            "discount_reason": _text(ln.discount_reason),
        }
        for ln in draft.lines
    ]
    return {
        "sale_id": draft.ticket_id,
        "number": number,
        "client_id": draft.client_id,
        "appointment_id": draft.appointment_id,
        "business_date": business_date,
        "closed_at": closed_at,
        "lines": lines,
        "ticket_discount": totals.ticket_discount,
        "ticket_discount_reason": _text(draft.ticket_discount_reason),
        "tips": [{"tip_id": t.tip_id, "artist_id": t.artist_id, "amount": t.amount} for t in draft.tips if t.amount],
        "deposit_ids": list(draft.deposit_ids),
        "card_fee_total": sum(p.card_fee for p in draft.payments),
        "fiscal_document": _text(draft.fiscal_document),
        "fiscal_name": _text(draft.fiscal_name),
        "fiscal_address": _text(draft.fiscal_address),
        "service_description": _text(draft.service_description),
    }


def held_amounts(conn: Connection, deposit_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, int]:
    """The amounts of these deposits that are still held (the others are not the ticket's to apply)."""
    d = deposit.c
    ids = list(dict.fromkeys(deposit_ids))
    if not ids:
        return {}
    rows = conn.execute(select(d.id, d.amount).where(d.id.in_(ids), d.status == "held", d.deleted.is_(False)))
    return {r.id: int(r.amount) for r in rows}


def instalments_max(conn: Connection) -> int:
    """The most card instalments the desk's studio offers."""
    found = conn.execute(
        select(studio.c.card_instalments_max).join(replica, replica.c.studio_id == studio.c.id)
    ).scalar()
    return int(found) if found is not None else 12


def refuse_spent_vouchers(conn: Connection, payments: Iterable[ticket.DraftPayment], day: dt.date) -> None:
    """Refuse (``voucher_unknown``, ``voucher_spent``, ``voucher_over_balance``,
    ``voucher_expired``: params ``code``, ``balance``) payments taking from a voucher more than
    it holds now, read in the write's own transaction."""
    spend = vouchers_q.spend_of(payments)
    if not spend:
        return
    studio_id = conn.execute(select(replica.c.studio_id)).scalar_one()
    found = vouchers_q.redemption_problem(conn, studio_id, spend, day)
    if found is not None:
        params = {"code": found.code, "balance": "" if found.balance is None else str(found.balance)}
        raise MutationError(f"voucher {found.code}: {found.problem}", code=f"voucher_{found.problem}", params=params)


def taker(conn: Connection, store: LocalStore, staff_id: uuid.UUID | None) -> uuid.UUID | None:
    """Who takes the money: the op's staff member, the one identified at the desk, or the desk's."""
    return staff_id or store.member or conn.execute(select(replica.c.staff_id)).scalar()


def close_ticket(
    draft: ticket.TicketDraft,
    *,
    business_date: dt.date,
    closed_at: dt.datetime | None = None,
    staff_id: uuid.UUID | None = None,
    parent: QWidget | None = None,
) -> MutationOp:
    """Close the ticket: its receipt number taken, ``sale.record`` and each ``payment.record``
    applied and its draft deleted, in one transaction. Refused with nothing written
    (:class:`CheckoutRefused`, code ``ticket_cannot_close``) while kronos_core.ticket's
    ``closing_problems`` names anything (deposits counted only while still held), or a voucher
    paid with holds less than it gives (:func:`refuse_spent_vouchers`). Success
    gives the ``sale.record``'s :class:`Applied` (``applied.args.sale_id``: the sale, the
    ticket's id), its ``changed`` holding every row the close wrote."""

    def write(store: LocalStore) -> Applied:
        at = closed_at if closed_at is not None else store.now()
        require_aware(at)

        def build(conn: Connection) -> Mutations:
            amounts = held_amounts(conn, draft.deposit_ids)
            problems = ticket.closing_problems(draft, amounts, instalments_max=instalments_max(conn))
            if problems:
                raise CheckoutRefused("ticket_cannot_close", problems)
            refuse_spent_vouchers(conn, draft.payments, business_date)
            totals = ticket.totals(draft, amounts)
            number = take_number(conn)
            conn.execute(delete(ticket_draft).where(ticket_draft.c.id == draft.ticket_id))
            by = taker(conn, store, staff_id)
            pay = [
                payment_args(p, business_date=business_date, received_at=at, taken_by=by, sale_id=draft.ticket_id)
                for p in draft.payments
            ]
            sale = sale_args(draft, totals, number=number, business_date=business_date, closed_at=at)
            return [("sale.record", sale), *(("payment.record", p) for p in pay)]

        done = store.apply_many(build, staff_id=staff_id)
        return merged(done, extra={ticket_draft.name: {draft.ticket_id}})

    return MutationOp("sale.record", parent=parent, staff_id=staff_id, write=write)


def sale_of(applied: Applied) -> uuid.UUID:
    """The sale a :func:`close_ticket` (or :func:`void_sale`) op wrote: its success handler's
    ``applied`` carries it."""
    sale_id = getattr(applied.args, "sale_id", None)
    if not isinstance(sale_id, uuid.UUID):
        raise ValueError(f"{applied.name} names no sale")
    return sale_id


def merged(done: Sequence[Applied], *, extra: Mapping[str, set[uuid.UUID]] | None = None) -> Applied:
    """The first of a batch's mutations, carrying every row the batch changed (one op's outcome)."""
    changed: dict[str, set[uuid.UUID]] = {}
    for applied in done:
        for table, ids in applied.changed.items():
            changed.setdefault(table, set()).update(ids)
    for table, ids in (extra or {}).items():
        changed.setdefault(table, set()).update(ids)
    first = done[0]
    return Applied(first.uuid, first.seq, first.name, first.args, changed)


# -- refunds and voids -----------------------------------------------------------------------------
def refundable_payments(conn: Connection, where: ColumnElement[bool]) -> list[tuple[uuid.UUID, str, int]]:
    """(payment id, method, what may still be refunded) of the payments ``where`` selects (refunds
    themselves left out), oldest first: what each took, less its refunds so far."""
    p = payment.c
    rows = conn.execute(
        select(p.id, p.method, p.amount, p.tip).where(where, p.deleted.is_(False), p.refund_of.is_(None))
        .order_by(p.received_at, p.id)
    ).all()  # fmt: skip
    if not rows:
        return []
    refunded: dict[uuid.UUID, int] = {}
    query = select(p.refund_of, p.amount).where(p.refund_of.in_([r.id for r in rows]), p.deleted.is_(False))
    for of, amount in conn.execute(query):
        refunded[of] = refunded.get(of, 0) - int(amount)  # refunds are stored negative
    out = []
    for r in rows:
        left = ticket.refundable(int(r.amount) + int(r.tip), refunded.get(r.id, 0))
        if left > 0:
            out.append((r.id, r.method, left))
    return out


def refund_args(
    refund_of: uuid.UUID, amount: int, *, reason: str, business_date: dt.date, at: dt.datetime
) -> dict[str, Any]:
    return {
        "payment_id": uuid7(),
        "refund_of": refund_of,
        "amount": amount,
        "reason": reason.strip(),
        "business_date": business_date,
        "received_at": at,
    }


def refund_payment(
    refund_of: uuid.UUID,
    amount: int,
    *,
    reason: str,
    business_date: dt.date,
    staff_id: uuid.UUID | None = None,
    parent: QWidget | None = None,
) -> MutationOp:
    """Give back ``amount`` (centavos, positive) of a payment: a new negative payment pointing
    at it, with the reason (``payment.refund``: owners and managers; stored and flagged for review
    when it exceeds what is left of the payment or the role did not allow it)."""

    def write(store: LocalStore) -> Applied:
        args = refund_args(refund_of, amount, reason=reason, business_date=business_date, at=store.now())
        return store.apply("payment.refund", args, staff_id=staff_id)

    return MutationOp("payment.refund", parent=parent, staff_id=staff_id, write=write)


def void_sale(
    sale_id: uuid.UUID,
    reason: str,
    *,
    business_date: dt.date,
    staff_id: uuid.UUID | None = None,
    parent: QWidget | None = None,
) -> MutationOp:
    """Void a closed sale (``sale.void``) and refund, in the same transaction, what each of its
    payments still holds (``payment.refund``, the same reason)."""

    def write(store: LocalStore) -> Applied:
        at = store.now()

        def build(conn: Connection) -> Mutations:
            refunds: Mutations = [
                ("payment.refund", refund_args(pid, left, reason=reason, business_date=business_date, at=at))
                for pid, _method, left in refundable_payments(conn, payment.c.sale_id == sale_id)
            ]
            void = {"sale_id": sale_id, "reason": reason.strip(), "voided_at": at, "business_date": business_date}
            return [("sale.void", void), *refunds]

        return merged(store.apply_many(build, staff_id=staff_id))

    return MutationOp("sale.void", parent=parent, staff_id=staff_id, write=write)


# -- products ------------------------------------------------------------------------------------
def save_product(
    product_id: uuid.UUID,
    *,
    name: str,
    sku: str | None,
    price: int,
    active: bool = True,
    low_stock_level: int | None = None,
    parent: QWidget | None = None,
) -> MutationOp:
    """Add or change a product of the studio's list with its low-stock mark (owners and managers;
    ``low_stock_level`` None: never warned). Every save writes the mark: pass the product's own to
    keep it."""
    args = {"product_id": product_id, "name": name.strip(), "sku": (sku or "").strip() or None, "price": price}
    return MutationOp("product.save", {**args, "active": active, "low_stock_level": low_stock_level}, parent=parent)

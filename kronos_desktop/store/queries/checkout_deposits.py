"""The checkout's reads of products and deposits (issue 15): the product list a ticket picks
from, a client's deposits with their ledger (the records merged into the client included: a
deposit keeps the client it was taken from until a merge moves it), each held one with its expiry
by the studio's rule (kronos_desktop/store/queries/deposit_holds.py), the held ones a ticket may
apply (an expired one is listed, never offered), and the calendar's "deposit paid" badge.

Re-exported by :mod:`kronos_desktop.store.queries.checkout` (the names the views use)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from kronos_core.schema import appointment, deposit, deposit_entry, payment, product, project, sale, staff
from kronos_desktop.store.queries.client_record import merged_into_this
from kronos_desktop.store.queries.deposit_holds import Holding, expiries

CHUNK = 500  # ids per IN (...): SQLite's bound parameters


@dataclass(frozen=True)
class ProductRow:
    id: uuid.UUID
    name: str
    sku: str | None
    price: int  # centavos
    active: bool


def products(conn: Connection, studio_id: uuid.UUID, *, active_only: bool = True) -> list[ProductRow]:
    """The studio's products by name (``active_only``: those still sold)."""
    p = product.c
    query = select(p.id, p.name, p.sku, p.price, p.active).where(p.studio_id == studio_id, p.deleted.is_(False))
    if active_only:
        query = query.where(p.active.is_(True))
    rows = conn.execute(query.order_by(p.name, p.id)).all()
    return [ProductRow(r.id, r.name, r.sku, int(r.price), bool(r.active)) for r in rows]


@dataclass(frozen=True)
class DepositMoney:
    """A payment that took a deposit's money, or a refund that gave it back: how it was paid."""

    id: uuid.UUID
    method: str  # kronos_core.schema_base.PAYMENT_METHODS
    amount: int  # centavos; a refund's is negative
    card_brand: str | None
    instalments: int | None
    auth_code: str | None  # the card machine's NSU / authorisation code
    pix_e2e_id: str | None
    refund_of: uuid.UUID | None


@dataclass(frozen=True)
class DepositEntryRow:
    """One line of a deposit's ledger (append-only): taken, applied, forfeited, refunded, …"""

    id: uuid.UUID
    kind: str
    amount: int
    business_date: dt.date
    occurred_at: dt.datetime
    note: str | None
    sale_id: uuid.UUID | None
    payment_id: uuid.UUID | None
    # How the money moved: a "taken" entry's payments, a "refunded" entry's refunds (else none).
    money: tuple[DepositMoney, ...] = ()


@dataclass(frozen=True)
class DepositRow:
    id: uuid.UUID
    client_id: uuid.UUID
    amount: int  # centavos
    status: str  # kronos_core.schema_base.DEPOSIT_STATUSES
    taken_on: dt.date
    expires_on: dt.date | None
    reschedules: int
    policy_text: str
    note: str | None
    project_id: uuid.UUID | None
    project_title: str | None
    appointment_id: uuid.UUID | None
    appointment_starts_at: dt.datetime | None
    artist_id: uuid.UUID | None
    artist_name: str | None
    sale_id: uuid.UUID | None  # applied to
    sale_number: str | None
    transferred_from: uuid.UUID | None
    forfeit_reason: str | None
    forfeit_artist_share: int
    forfeit_studio_share: int
    payment_ids: tuple[uuid.UUID, ...]  # the money taken for it (refunds of it point at these)
    via_merged: bool  # taken from a record merged into this client
    entries: list[DepositEntryRow] = field(default_factory=list)  # oldest first
    # A held one's expiry by the studio's rule (kronos_core.deposits.expiry) at the desk's now:
    # the last day it is good for (None: it does not expire now), and whether that day has passed.
    expiry: dt.date | None = None
    expired: bool = False

    @property
    def booked_ahead(self) -> bool:
        """Held, and kept from expiring by a session it holds still to come."""
        return self.status == "held" and self.expiry is None and self.expires_on is not None

    @property
    def offered(self) -> bool:
        """Held and not expired: a ticket may apply it."""
        return self.status == "held" and not self.expired


def _deposits(
    conn: Connection, client_id: uuid.UUID, *, held_only: bool, now: dt.datetime | None = None
) -> list[DepositRow]:
    ids = [client_id, *merged_into_this(conn, client_id)]
    d, pr, ap, st, sa = deposit.c, project.c, appointment.c, staff.c, sale.c
    query = (
        select(
            d.id, d.client_id, d.amount, d.status, d.taken_on, d.expires_on, d.reschedules, d.policy_text,
            d.note, d.project_id, pr.title, d.appointment_id, ap.starts_at, d.artist_id, st.display_name,
            d.sale_id, sa.number, d.transferred_from, d.forfeit_reason, d.forfeit_artist_share,
            d.forfeit_studio_share, d.studio_id, ap.project_id.label("booking_project_id"),
        )
        .select_from(
            deposit.outerjoin(project, pr.id == d.project_id)
            .outerjoin(appointment, ap.id == d.appointment_id)
            .outerjoin(staff, st.id == d.artist_id)
            .outerjoin(sale, sa.id == d.sale_id)
        )
        .where(d.client_id.in_(ids), d.deleted.is_(False))
        .order_by(d.taken_on.desc(), d.id.desc())
    )  # fmt: skip
    if held_only:
        query = query.where(d.status == "held")
    rows = conn.execute(query).all()
    found = [r.id for r in rows]
    money = _money(conn, found)
    entries = _entries(conn, found, money)
    paid = {k: [m.id for m in ms if m.refund_of is None] for k, ms in money.items()}
    held = [
        Holding(r.id, r.studio_id, r.taken_on, r.expires_on, r.appointment_id, r.project_id or r.booking_project_id)
        for r in rows
        if r.status == "held"
    ]
    expiry = expiries(conn, held, now)
    return [
        DepositRow(
            id=r.id, client_id=r.client_id, amount=int(r.amount), status=r.status, taken_on=r.taken_on,
            expires_on=r.expires_on, reschedules=int(r.reschedules), policy_text=r.policy_text, note=r.note,
            project_id=r.project_id, project_title=r.title, appointment_id=r.appointment_id,
            appointment_starts_at=r.starts_at, artist_id=r.artist_id, artist_name=r.display_name,
            sale_id=r.sale_id, sale_number=r.number, transferred_from=r.transferred_from,
            forfeit_reason=r.forfeit_reason, forfeit_artist_share=int(r.forfeit_artist_share),
            forfeit_studio_share=int(r.forfeit_studio_share), payment_ids=tuple(paid.get(r.id, ())),
            via_merged=r.client_id != client_id, entries=entries.get(r.id, []),
            expiry=expiry[r.id].last_day if r.id in expiry else r.expires_on,
            expired=r.id in expiry and expiry[r.id].expired,
        )
        for r in rows
    ]  # fmt: skip


def _chunks(ids: list[uuid.UUID]) -> Iterable[list[uuid.UUID]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _entries(
    conn: Connection, deposit_ids: list[uuid.UUID], money: dict[uuid.UUID, list[DepositMoney]]
) -> dict[uuid.UUID, list[DepositEntryRow]]:
    e = deposit_entry.c
    out: dict[uuid.UUID, list[DepositEntryRow]] = {}
    for chunk in _chunks(deposit_ids):
        query = (
            select(e.deposit_id, e.id, e.kind, e.amount, e.business_date, e.occurred_at, e.note)
            .add_columns(e.sale_id, e.payment_id)
            .where(e.deposit_id.in_(chunk), e.deleted.is_(False))
            .order_by(e.occurred_at, e.id)
        )
        for r in conn.execute(query):
            moved = money.get(r.deposit_id, [])
            said = tuple(m for m in moved if (m.refund_of is None) == (r.kind == "taken"))
            out.setdefault(r.deposit_id, []).append(
                DepositEntryRow(
                    r.id, r.kind, int(r.amount), r.business_date, r.occurred_at, r.note, r.sale_id, r.payment_id,
                    said if r.kind in ("taken", "refunded") else (),
                )
            )  # fmt: skip
    return out


def _money(conn: Connection, deposit_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[DepositMoney]]:
    """The payments that took each deposit's money and the refunds that gave it back, oldest first."""
    p = payment.c
    out: dict[uuid.UUID, list[DepositMoney]] = {}
    for chunk in _chunks(deposit_ids):
        query = (
            select(p.deposit_id, p.id, p.method, p.amount, p.card_brand, p.instalments, p.auth_code, p.pix_e2e_id)
            .add_columns(p.refund_of)
            .where(p.deposit_id.in_(chunk), p.deleted.is_(False))
            .order_by(p.received_at, p.id)
        )
        for r in conn.execute(query):
            out.setdefault(r.deposit_id, []).append(
                DepositMoney(
                    r.id, r.method, int(r.amount), r.card_brand, r.instalments, r.auth_code or None,
                    r.pix_e2e_id or None, r.refund_of,
                )
            )  # fmt: skip
    return out


def client_deposits(conn: Connection, client_id: uuid.UUID, *, now: dt.datetime | None = None) -> list[DepositRow]:
    """Every deposit of the client (and of the records merged into theirs), newest first, each
    with its ledger and, when held, its expiry at ``now`` (None: the desk's clock): the client
    record's Deposits tab."""
    return _deposits(conn, client_id, held_only=False, now=now)


def held_deposits(conn: Connection, client_id: uuid.UUID, *, now: dt.datetime | None = None) -> list[DepositRow]:
    """The client's deposits still held, each with its expiry at ``now`` (None: the desk's
    clock): a ticket offers those not expired (:attr:`DepositRow.offered`) and lists the
    expired ones as not offered."""
    return _deposits(conn, client_id, held_only=True, now=now)


def deposit_amounts(conn: Connection, deposit_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, int]:
    """The amount of each deposit (any status) by id; unknown ids are left out."""
    d = deposit.c
    ids = list(dict.fromkeys(deposit_ids))
    out: dict[uuid.UUID, int] = {}
    for chunk in _chunks(ids):
        for deposit_id, amount in conn.execute(select(d.id, d.amount).where(d.id.in_(chunk), d.deleted.is_(False))):
            out[deposit_id] = int(amount)
    return out


def deposits_paid(conn: Connection, appointment_ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    """Of these bookings, those with a deposit held for them (the calendar's "deposit paid"
    badge): taken for the booking itself, or for its project and not yet applied elsewhere."""
    ids = list(dict.fromkeys(appointment_ids))
    d, a = deposit.c, appointment.c
    out: set[uuid.UUID] = set()
    for chunk in _chunks(ids):
        direct = select(d.appointment_id).where(d.appointment_id.in_(chunk), d.status == "held", d.deleted.is_(False))
        out.update(conn.execute(direct).scalars())
        via_project = (
            select(a.id)
            .select_from(appointment.join(deposit, d.project_id == a.project_id))
            .where(a.id.in_(chunk), d.status == "held", d.deleted.is_(False), d.appointment_id.is_(None))
        )
        out.update(conn.execute(via_project).scalars())
    return out

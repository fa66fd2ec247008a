"""The demo desk tools/checkout_screens.py shoots: the demo studio with its products, a completed
booking whose client has a health alert and a held deposit, a closed sale of three services and
two products (a line discount, a ticket discount, a deposit applied, a tip, paid by a Visa in
3x, PIX and cash with change) and a voided one. Everything is written through the desk's own ops
and mutations, as the desk would."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from kronos_core.demo import DEMO_STUDIO_ID, DemoSize, generate_demo
from kronos_core.ids import uuid7
from kronos_core.schema import appointment, client
from kronos_core.ticket import DraftLine, DraftPayment, DraftTip, TicketDraft, totals
from kronos_desktop.ops import checkout as checkout_ops
from kronos_desktop.ops import deposits as deposit_ops
from kronos_desktop.store import LocalStore
from kronos_desktop.store.queries import desk as desk_q

PRODUCTS = (
    ("Pomada cicatrizante Bepantol Derma 20 g", "POM-020", 4_590, True),
    ("Filme protetor Second Skin 15 cm × 1 m", "FILM-15", 8_900, True),
    ("Sabonete líquido neutro 250 ml", "SAB-250", 2_990, True),
    ("Camiseta Agulha de Ouro (P, M, G)", "CAM-01", 7_900, True),
    ("Pomada cicatrizante (caixa com 12)", "POM-020", 49_900, True),  # the same SKU: flagged
    ("Protetor solar FPS 50 tattoo", "SOL-50", 6_490, False),  # no longer on sale
)
POLICY = "Sinal válido por 6 meses; perdido se faltar sem avisar."


@dataclass(frozen=True)
class Demo:
    owner_id: uuid.UUID
    receptionist_id: uuid.UUID
    artist_ids: tuple[uuid.UUID, ...]
    booking_id: uuid.UUID  # completed, its client with a health alert and a held deposit
    booking_client: uuid.UUID
    sale_id: uuid.UUID  # closed: 5 lines, discounts, a deposit, a tip, Visa 3x + PIX + cash
    sale_client: uuid.UUID
    void_sale_id: uuid.UUID
    today: dt.date


def _booking(store: LocalStore, today: dt.date) -> tuple[uuid.UUID, uuid.UUID]:
    """The latest completed booking (today's if any) whose client has an allergy on record."""
    a, c = appointment.c, client.c
    with store.read_engine.connect() as conn:
        row = conn.execute(
            select(a.id, a.client_id)
            .select_from(appointment.join(client, c.id == a.client_id))
            .where(
                a.status == "completed",
                a.kind != "block",
                a.deleted.is_(False),
                c.merged_into.is_(None),
                c.erased_at.is_(None),
                c.allergies.is_not(None),
            )
            .order_by(a.starts_at.desc())
        ).first()
    if row is None:
        raise RuntimeError("the demo has no completed booking of a client with an allergy")
    return row.id, row.client_id


def _sale_client(store: LocalStore, not_this: uuid.UUID) -> uuid.UUID:
    """A client with a CPF and an address (the receipt's fiscal details)."""
    c = client.c
    with store.read_engine.connect() as conn:
        found = conn.execute(
            select(c.id)
            .where(
                c.document_type == "cpf",
                c.address.is_not(None),
                c.merged_into.is_(None),
                c.erased_at.is_(None),
                c.id != not_this,
            )
            .order_by(c.full_name)
            .limit(1)
        ).scalar()
        if found is None:
            found = conn.execute(select(c.id).where(c.id != not_this, c.merged_into.is_(None)).limit(1)).scalar_one()
    assert isinstance(found, uuid.UUID)
    return found


def _deposit(store: LocalStore, client_id: uuid.UUID, amount: int, today: dt.date, how: str) -> uuid.UUID:
    deposit_id = uuid7()
    args = {
        "deposit_id": deposit_id, "client_id": client_id, "amount": amount, "policy_text": POLICY,
        "acknowledged": True, "business_date": today, "note": "",
    }  # fmt: skip
    money = DraftPayment(uuid7(), "pix", amount, pix_e2e_id="E18236120202612041500s0123456789") if how == "pix" else (
        DraftPayment(uuid7(), "cash", amount, cash_tendered=amount)
    )  # fmt: skip
    deposit_ops.take_deposit(args, money).write(store)
    return deposit_id


def _closed_sale(
    store: LocalStore, a: tuple[uuid.UUID, ...], client_id: uuid.UUID, today: dt.date, owner: uuid.UUID
) -> uuid.UUID:
    deposit_id = _deposit(store, client_id, 30_000, today, "pix")
    with store.read_engine.connect() as conn:
        row = conn.execute(select(client).where(client.c.id == client_id)).mappings().one()
    lines = [
        DraftLine(uuid7(), "service", "Fechamento de braço — blackwork (sessão 3)", a[0], None, 1, 120_000,
                  0, 1_000, "Cliente antigo"),
        DraftLine(uuid7(), "service", "Fine line no pulso", a[1 % len(a)], None, 1, 35_000),
        DraftLine(uuid7(), "service", "Retoque", a[2 % len(a)], None, 1, 12_000, 5_000, None, "Retoque na garantia"),
        DraftLine(uuid7(), "product", "Pomada cicatrizante Bepantol Derma 20 g", None, None, 2, 4_590),
        DraftLine(uuid7(), "product", "Filme protetor Second Skin 15 cm × 1 m", None, None, 1, 8_900),
    ]  # fmt: skip
    draft = TicketDraft(
        ticket_id=uuid7(), client_id=client_id, appointment_id=None, lines=lines,
        ticket_discount_amount=2_500, ticket_discount_reason="Indicação de amiga", deposit_ids=[deposit_id],
        tips=[DraftTip(uuid7(), a[0], 5_000)], fiscal_document=str(row["document_number"] or ""),
        fiscal_name=str(row["full_name"]), fiscal_address=str(row["address"] or ""),
        service_description="Serviços de tatuagem",
    )  # fmt: skip
    draft.fiscal_document = "".join(ch for ch in draft.fiscal_document if ch.isdigit())
    due = totals(draft, {deposit_id: 30_000}).due
    card = DraftPayment(uuid7(), "credit", 60_000, 5_000, "visa", 3, "048213", 2_130)
    pix = DraftPayment(uuid7(), "pix", 40_000, pix_e2e_id="E00000000202612041512abcdef123456")
    rest = due - 60_000 - 40_000
    cash = DraftPayment(uuid7(), "cash", rest, cash_tendered=(rest // 5_000 + 1) * 5_000)
    draft.payments = [card, pix, cash]
    sale_id = checkout_ops.sale_of(checkout_ops.close_ticket(draft, business_date=today).write(store))
    reason = "Pomada devolvida fechada"  # a tube of balm given back: its money out of the cash
    checkout_ops.refund_payment(cash.payment_id, 4_590, reason=reason, business_date=today, staff_id=owner).write(store)
    return sale_id


def _void_sale(store: LocalStore, artist: uuid.UUID, owner: uuid.UUID, today: dt.date) -> uuid.UUID:
    line = DraftLine(uuid7(), "service", "Flash — tornozelo", artist, None, 1, 30_000)
    draft = TicketDraft(ticket_id=uuid7(), client_id=None, appointment_id=None, lines=[line])
    draft.payments = [DraftPayment(uuid7(), "debit", 30_000, card_brand="elo", instalments=1, auth_code="771204")]
    sale_id = checkout_ops.sale_of(checkout_ops.close_ticket(draft, business_date=today).write(store))
    checkout_ops.void_sale(sale_id, "Lançada em duplicidade", business_date=today, staff_id=owner).write(store)
    return sale_id


def make_demo(scratch: Path) -> Demo:
    store = LocalStore.open(scratch)
    try:
        store.ensure_identity(studio_id=DEMO_STUDIO_ID)
        with store.engine.begin() as conn:
            demo = generate_demo(conn, size=DemoSize.standard(), now=store.now())
        store.set_desk_staff(demo.receptionist_id)
        with store.read_engine.connect() as conn:
            today = desk_q.here(conn).today()
        for name, sku, price, active in PRODUCTS:
            args = {"product_id": uuid7(), "name": name, "sku": sku, "price": price, "active": active}
            store.apply("product.save", args, staff_id=demo.owner_id)
        booking, booking_client = _booking(store, today)
        _deposit(store, booking_client, 20_000, today, "cash")
        sale_client = _sale_client(store, booking_client)
        artists = tuple(demo.artist_ids)
        sale_id = _closed_sale(store, artists, sale_client, today, demo.owner_id)
        void_id = _void_sale(store, artists[-1], demo.owner_id, today)
        return Demo(
            demo.owner_id, demo.receptionist_id, artists, booking, booking_client, sale_id, sale_client, void_id, today
        )
    finally:
        store.close()

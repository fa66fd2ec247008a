"""A studio at the counter on a real desk file, for the checkout's ops and reads tests: the
owner at the desk, an artist with a commission rule, a client with a health alert and a CPF,
their booking, and a ticket for it (kronos_core.ticket's draft), all through mutations."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from kronos_core.ids import uuid7
from kronos_core.ticket import DraftLine, DraftPayment, DraftTip, TicketDraft
from kronos_desktop.store import LocalStore

DAY = dt.date(2026, 12, 4)
AT = dt.datetime(2026, 12, 4, 18, 30, tzinfo=dt.UTC)  # 15:30 in São Paulo


@dataclass(frozen=True)
class Counter:
    studio_id: uuid.UUID
    owner_id: uuid.UUID
    artist_id: uuid.UUID
    client_id: uuid.UUID
    appointment_id: uuid.UUID


def open_counter(folder: Path) -> tuple[LocalStore, Counter]:
    """A standalone desk: studio "Estúdio Agulha" (footer set), owner Marina at the desk, artist
    Rafa Lima on 50 % with 80 % of tips, client Ana Souza (CPF, latex allergy), booked today."""
    store = LocalStore.open(folder)
    studio_id = store.ensure_identity().studio_id
    owner, artist, client_id, appointment_id = uuid7(), uuid7(), uuid7(), uuid7()
    store.apply(
        "studio.setup",
        {"studio_id": studio_id, "name": "Estúdio Agulha", "owner_staff_id": owner, "owner_name": "Marina Costa"},
    )
    store.set_desk_staff(owner)
    store.apply("studio.update", {"receipt_footer": "Obrigado e volte sempre!", "merchant_city": "São Paulo"})
    store.apply("staff.add", {"staff_id": artist, "display_name": "Rafa Lima", "role": "artist"})
    store.apply(
        "commission.set",
        {"rule_id": uuid7(), "staff_id": artist, "rate_bps": 5000, "tip_share_bps": 8000,
         "effective_from": dt.date(2026, 1, 1)},
    )  # fmt: skip
    store.apply(
        "client.create",
        {"client_id": client_id, "full_name": "Ana Souza", "document_type": "cpf",
         "document_number": "52998224725", "allergies": "Látex"},
    )  # fmt: skip
    store.apply(
        "appointment.book",
        {"appointment_id": appointment_id, "client_id": client_id, "artist_id": artist,
         "starts_at": AT - dt.timedelta(hours=3), "ends_at": AT - dt.timedelta(minutes=30), "kind": "session"},
    )  # fmt: skip
    return store, Counter(studio_id, owner, artist, client_id, appointment_id)


def ticket_for(c: Counter, **changes: object) -> TicketDraft:
    """Rafa's session (R$ 800, 10 % off "Retorno") and two aftercare creams (R$ 50 each), R$ 10
    off the ticket ("Amiga"), a R$ 20 tip for Rafa; total R$ 810, not yet paid."""
    draft = TicketDraft(
        ticket_id=uuid7(),
        client_id=c.client_id,
        appointment_id=c.appointment_id,
        lines=[
            DraftLine(uuid7(), "service", "Fechamento braço", c.artist_id, None, 1, 80_000, 0, 1_000, "Retorno"),
            DraftLine(uuid7(), "product", "Pomada cicatrizante", None, None, 2, 5_000),
        ],
        ticket_discount_amount=1_000,
        ticket_discount_reason="Amiga",
        tips=[DraftTip(uuid7(), c.artist_id, 2_000)],
        fiscal_document="52998224725",
        fiscal_name="Ana Souza",
        fiscal_address="Rua Augusta, 100, São Paulo",
        service_description="Tatuagem",
    )
    for name, value in changes.items():
        setattr(draft, name, value)
    return draft


def card_and_cash(due: int, tip: int) -> list[DraftPayment]:
    """A credit card (Visa, 3x, NSU, R$ 12,60 fee) for R$ 400 and the tip; the rest in cash, R$ 40
    more handed over than it costs."""
    card = DraftPayment(uuid7(), "credit", 40_000, tip, "visa", 3, "123456", 1_260)
    cash = DraftPayment(uuid7(), "cash", due - 40_000, 0, cash_tendered=due - 40_000 + 4_000)
    return [card, cash]


def count(store: LocalStore, table: object, *where: object) -> int:
    with store.read_engine.connect() as conn:
        query = select(func.count()).select_from(table)  # type: ignore[arg-type]
        return int(conn.execute(query.where(*where) if where else query).scalar_one())  # type: ignore[arg-type]

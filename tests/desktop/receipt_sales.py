"""Closed sales for the receipt tests, on a real desk file (tests/desktop/checkout_rows.py's
counter), and their receipts read back from PDF with pypdf."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader

from kronos_core.ids import uuid7
from kronos_core.ticket import DraftLine, DraftPayment, totals
from kronos_desktop.ops import checkout as ops
from kronos_desktop.ops import deposits as deposit_ops
from kronos_desktop.store import LocalStore
from kronos_desktop.store.queries import checkout as q
from kronos_desktop.store.queries.checkout import SaleDetail
from tests.desktop.checkout_rows import AT, DAY, Counter, ticket_for

PIX_E2E = "E18236120202612041830s0123456789a"
A4_POINTS = (595, 842)
ROLL_POINTS = 80 / 25.4 * 72  # 226.77


@dataclass(frozen=True)
class Closed:
    sale_id: uuid.UUID
    deposit_id: uuid.UUID
    card_id: uuid.UUID
    cash_id: uuid.UUID


def close_full_ticket(store: LocalStore, c: Counter) -> Closed:
    """Ana's ticket (Rafa's session R$ 800 with 10 % off "Retorno", two creams R$ 50, R$ 10 off
    the ticket "Amiga": R$ 810), her R$ 200 deposit applied, R$ 20 tip for Rafa, paid by a Visa
    in 3x (NSU 123456) R$ 400 + the tip, PIX R$ 100 (its end-to-end id) and R$ 110 in cash with
    R$ 150 handed over (R$ 40 change). Receipt A-000001."""
    deposit_id = uuid7()
    args = {
        "deposit_id": deposit_id, "client_id": c.client_id, "appointment_id": c.appointment_id, "amount": 20_000,
        "policy_text": "O sinal vale por 6 meses.", "acknowledged": True, "business_date": DAY,
    }  # fmt: skip
    deposit_ops.take_deposit(args, DraftPayment(uuid7(), "pix", 20_000)).write(store)
    draft = ticket_for(c, deposit_ids=[deposit_id])
    card = DraftPayment(uuid7(), "credit", 40_000, 2_000, "visa", 3, "123456", 1_260)
    pix = DraftPayment(uuid7(), "pix", 10_000, pix_e2e_id=PIX_E2E)
    cash = DraftPayment(uuid7(), "cash", 11_000, 0, cash_tendered=15_000)
    draft.payments = [card, pix, cash]
    sale_id = ops.sale_of(ops.close_ticket(draft, business_date=DAY, closed_at=AT).write(store))
    return Closed(sale_id, deposit_id, card.payment_id, cash.payment_id)


def close_long_ticket(store: LocalStore, c: Counter, lines: int) -> uuid.UUID:
    """A retail ticket of ``lines`` products (R$ 10,00 + n centavos each, every third 5 % off),
    no client, paid by PIX."""
    items = [
        DraftLine(uuid7(), "product", f"Produto {n:03d}", None, None, 1, 1_000 + n, 0, 500 if n % 3 == 0 else None,
                  "Promoção" if n % 3 == 0 else "")
        for n in range(lines)
    ]  # fmt: skip
    draft = ticket_for(c, lines=items, appointment_id=None, client_id=None, tips=[], ticket_discount_amount=0)
    draft.fiscal_document = draft.fiscal_name = draft.fiscal_address = draft.service_description = ""
    draft.payments = [DraftPayment(uuid7(), "pix", totals(draft, {}).due)]
    return ops.sale_of(ops.close_ticket(draft, business_date=DAY, closed_at=AT).write(store))


def detail_of(store: LocalStore, sale_id: uuid.UUID) -> SaleDetail:
    with store.read_engine.connect() as conn:
        found = q.sale_detail(conn, sale_id)
    assert found is not None
    return found


def pdf_pages(path: Path) -> tuple[list[tuple[float, float]], str]:
    """Each page's size in points and the whole text, each run of blanks one space."""
    reader = PdfReader(str(path))
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    return sizes, text


MONEY = r"([-−]?R\$\s?[\d.,]+)"  # the receipt writes the minus sign (−)


def amount_after(text: str, label: str) -> int:
    """The amount printed right after ``label`` in the receipt's text (English: R$1,234.56)."""
    found = re.search(re.escape(label) + r" " + MONEY, text)
    assert found is not None, f"{label!r} not followed by an amount in: {text}"
    return money_value(found.group(1))


def money_value(printed: str) -> int:
    sign = -1 if printed.startswith(("-", "\u2212")) else 1
    digits = re.sub(r"\D", "", printed)
    return sign * int(digits)

"""After an erase (issue 15, "Refund or void"; issue 13's retention list, kronos_core/retention.py):
a client's closed sale keeps its receipt number, totals, payments and the fiscal data its receipt
captured for the NFS-e (CPF, name and address as on the ticket, the service's description) for
the retention period, while the client's own record loses everything personal; the receipt
reprinted after the erase still shows what was kept."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from kronos_core import contact
from kronos_core.demo import DemoStudio
from kronos_core.erasure import ERASED_NAME
from kronos_core.ids import uuid7
from kronos_core.roles import Role
from kronos_core.schema import client, payment, sale, sale_line
from kronos_core.ticket import DraftLine, DraftPayment, DraftTip, TicketDraft
from kronos_desktop.app import Desk
from kronos_desktop.ops import MutationOp
from kronos_desktop.ops import checkout as checkout_ops
from kronos_desktop.ops.clients import erase_client
from kronos_desktop.ui.checkout import receipt_render
from tests.desktop.receipt_sales import amount_after, detail_of, pdf_pages

SERVICE = "Tatuagem fineline no antebraço, 12 cm"
PIX_E2E = "E18236120202612051830s0123456789b"
# What the retention list keeps of a sale and its payments (besides the rows' ids).
SALE_KEPT = (
    "number", "client_id", "status", "subtotal", "discount_total", "total", "business_date", "closed_at",
    "ticket_discount", "ticket_discount_reason", "deposit_applied", "tip_total", "card_fee_total",
    "fiscal_document", "fiscal_name", "fiscal_address", "service_description",
)  # fmt: skip
PAYMENT_KEPT = (
    "sale_id", "method", "amount", "tip", "card_brand", "instalments", "auth_code", "card_fee",
    "pix_e2e_id", "cash_tendered", "business_date", "received_at",
)  # fmt: skip


@pytest.fixture
def language() -> str:
    return "en"


def _run(qtbot, desk: Desk, op: MutationOp) -> None:  # type: ignore[no-untyped-def]
    """Through the desk's runner, on its writer thread, as a click runs it."""
    with qtbot.waitSignal(desk.ctx.runner.op_succeeded, timeout=20_000):
        desk.ctx.runner.run(op)


def _one(desk: Desk, table: Any, row_id: uuid.UUID) -> dict[str, Any]:
    with desk.store.read_engine.connect() as conn:
        return dict(conn.execute(select(table).where(table.c.id == row_id)).mappings().one())


def _rows(desk: Desk, table: Any, *where: Any) -> list[dict[str, Any]]:
    with desk.store.read_engine.connect() as conn:
        return [dict(r) for r in conn.execute(select(table).where(*where).order_by(table.c.id)).mappings()]


def _client_with_cpf_and_address(desk: Desk) -> dict[str, Any]:
    """A demo client with a CPF and an address on their record (what the ticket page fills the
    fiscal fields with), never erased."""
    c = client.c
    with desk.store.read_engine.connect() as conn:
        row = (
            conn.execute(
                select(client)
                .where(
                    c.document_type == "cpf",
                    c.document_number.is_not(None),
                    c.address.is_not(None),
                    c.erased_at.is_(None),
                    c.merged_into.is_(None),
                    c.deleted.is_(False),
                )
                .order_by(c.id)
                .limit(1)
            )
            .mappings()
            .one()
        )
    return dict(row)


def _ticket(person: dict[str, Any], artist_id: uuid.UUID) -> TicketDraft:
    """A session (R$ 900) and an aftercare cream (R$ 45), R$ 20 off "Retorno", a R$ 30 tip: R$ 925
    for the ticket, paid by a Visa in 2x (R$ 500 + the tip), PIX R$ 300 and R$ 125 in cash; the
    fiscal fields as the ticket page fills them from the client's record (CPF digits, name,
    address) and the service described for the NFS-e."""
    return TicketDraft(
        ticket_id=uuid7(),
        client_id=person["id"],
        appointment_id=None,
        lines=[
            DraftLine(uuid7(), "service", "Sessão fineline", artist_id, None, 1, 90_000),
            DraftLine(uuid7(), "product", "Pomada cicatrizante", None, None, 1, 4_500),
        ],
        ticket_discount_amount=2_000,
        ticket_discount_reason="Retorno",
        tips=[DraftTip(uuid7(), artist_id, 3_000)],
        payments=[
            DraftPayment(uuid7(), "credit", 50_000, 3_000, "visa", 2, "654321", 1_500),
            DraftPayment(uuid7(), "pix", 30_000, pix_e2e_id=PIX_E2E),
            DraftPayment(uuid7(), "cash", 12_500, cash_tendered=15_000),
        ],
        fiscal_document=contact.normalize_cpf(person["document_number"]),
        fiscal_name=person["full_name"],
        fiscal_address=person["address"],
        service_description=SERVICE,
    )


def _receipt_text(desk: Desk, sale_id: uuid.UUID, path: Path) -> str:
    """The receipt reprinted as the desk saves it (A4 PDF), its text read back with pypdf."""
    receipt_render.save_pdf(path, detail_of(desk.store, sale_id), "a4", "en")
    return pdf_pages(path)[1]


def test_an_erase_keeps_the_sale_its_payments_and_the_fiscal_data_of_its_receipt(  # type: ignore[no-untyped-def]
    qtbot, desk: Desk, demo: DemoStudio, tmp_path: Path
) -> None:
    desk.store.set_member(demo.owner_id)
    desk.ctx.who.set(demo.owner_id, Role.OWNER, "Marina Albuquerque")
    person = _client_with_cpf_and_address(desk)
    name, cpf, address = person["full_name"], person["document_number"], person["address"]
    close = checkout_ops.close_ticket(_ticket(person, demo.artist_ids[0]), business_date=desk.ctx.today())
    _run(qtbot, desk, close)
    (sale_id,) = [
        r["id"] for r in _rows(desk, sale, sale.c.client_id == person["id"], sale.c.service_description == SERVICE)
    ]
    sale_before = _one(desk, sale, sale_id)
    assert (sale_before["fiscal_name"], sale_before["fiscal_address"]) == (name, address)
    assert sale_before["fiscal_document"] == contact.normalize_cpf(cpf)
    assert sale_before["total"] == 92_500
    # Every sale and payment of the client (the demo's history too), and the new sale's lines.
    sales_before = _rows(desk, sale, sale.c.client_id == person["id"])
    sale_ids = [s["id"] for s in sales_before]
    payments_before = _rows(desk, payment, payment.c.sale_id.in_(sale_ids))
    lines_before = _rows(desk, sale_line, sale_line.c.sale_id == sale_id)
    assert len([p for p in payments_before if p["sale_id"] == sale_id]) == 3
    before = _receipt_text(desk, sale_id, tmp_path / "before.pdf")
    assert f"Client: {name}" in before

    _run(qtbot, desk, erase_client(person["id"], desk.store.now()))

    # The client's record: nothing personal left.
    erased = _one(desk, client, person["id"])
    assert erased["erased_at"] is not None
    assert erased["full_name"] == ERASED_NAME
    assert (erased["document_number"], erased["address"], erased["phone"], erased["email"]) == (None,) * 4
    # The sale and its payments: still there, the same, fiscal data included.
    assert [{k: s[k] for k in SALE_KEPT} for s in _rows(desk, sale, sale.c.client_id == person["id"])] == [
        {k: s[k] for k in SALE_KEPT} for s in sales_before
    ]
    assert [{k: p[k] for k in PAYMENT_KEPT} for p in _rows(desk, payment, payment.c.sale_id.in_(sale_ids))] == [
        {k: p[k] for k in PAYMENT_KEPT} for p in payments_before
    ]
    assert _rows(desk, sale_line, sale_line.c.sale_id == sale_id) == lines_before
    kept = _one(desk, sale, sale_id)
    assert (kept["fiscal_document"], kept["fiscal_name"], kept["fiscal_address"], kept["service_description"]) == (
        contact.normalize_cpf(cpf), name, address, SERVICE,
    )  # fmt: skip

    # The receipt reprinted after the erase: the number, the totals, the payments and the fiscal data.
    after = _receipt_text(desk, sale_id, tmp_path / "after.pdf")
    for expected in [
        f"Receipt no. {sale_before['number']}", f"Client: {name}", f"CPF {contact.format_cpf(cpf)}",
        " ".join(address.split()), f"Service: {SERVICE}", "Sessão fineline", "Ticket discount · Retorno",
        "Credit card · Visa · 2x · NSU 654321", "Received R$150.00", "Change R$25.00",
    ]:  # fmt: skip
        assert expected in after, expected
    assert PIX_E2E in after.replace(" ", "")
    for label in ("Total", "Total paid", "Pix", "Cash"):
        assert amount_after(after, label) == amount_after(before, label), label
    assert amount_after(after, "Total") == 92_500
    assert amount_after(after, "Total paid") == 95_500  # the tip on the card included

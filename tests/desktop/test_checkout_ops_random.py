"""Random tickets closed on one real desk file (hypothesis): each reads back reconciled, as the
issue's money rules say: its lines add up to its total, each line's artist and studio shares to
the line, the ticket's discount spread exactly, payments cover exactly what was due, tips split
exactly, change only from cash; and every receipt number is new."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from kronos_core import ticket
from kronos_core.ids import uuid7
from kronos_core.ticket import DraftLine, DraftPayment, DraftTip, TicketDraft
from kronos_desktop.ops import checkout as ops
from kronos_desktop.store.queries import checkout as q
from tests.desktop.checkout_rows import AT, DAY, open_counter


@st.composite
def lines(draw: st.DrawFn, artist: uuid.UUID) -> DraftLine:
    quantity = draw(st.integers(1, 3))
    price = draw(st.integers(0, 200_000))
    gross = quantity * price
    bps = draw(st.none() | st.integers(0, 10_000))
    amount = draw(st.integers(0, gross)) if bps is None else 0
    who = draw(st.sampled_from([artist, None]))
    kind: ticket.LineKind = "service" if who is not None else "product"
    return DraftLine(uuid7(), kind, "Linha", who, None, quantity, price, amount, bps, "Motivo" if amount or bps else "")


@st.composite
def tickets(draw: st.DrawFn, artist: uuid.UUID) -> TicketDraft:
    drawn = draw(st.lists(lines(artist), min_size=1, max_size=5))
    net = sum(ticket.line_gross(ln) - ticket.line_discount(ln) for ln in drawn)
    as_percent = draw(st.booleans())
    discount_bps = draw(st.integers(0, 10_000)) if as_percent else None
    discount_amount = 0 if as_percent else draw(st.integers(0, net))
    tip = draw(st.integers(0, 5_000))
    draft = TicketDraft(
        ticket_id=uuid7(),
        client_id=None,
        appointment_id=None,
        lines=drawn,
        ticket_discount_amount=discount_amount,
        ticket_discount_bps=discount_bps,
        tips=[DraftTip(uuid7(), artist, tip)] if tip else [],
    )
    due = ticket.totals(draft, {}).due
    assume(due > 0)
    cuts = sorted(draw(st.sets(st.integers(1, due - 1), max_size=min(2, due - 1)))) if due > 1 else []
    parts = [b - a for a, b in zip([0, *cuts], [*cuts, due], strict=True)]
    payments = []
    for n, part in enumerate(parts):
        method: ticket.PaymentMethod = draw(st.sampled_from(["cash", "credit", "debit", "pix"]))
        tip_here = tip if n == 0 else 0
        if method == "cash":
            extra = draw(st.integers(0, 10_000))
            payments.append(DraftPayment(uuid7(), "cash", part, tip_here, cash_tendered=part + tip_here + extra))
        elif method == "credit" or method == "debit":
            fee = draw(st.integers(0, part // 20))
            count = draw(st.integers(1, 12)) if method == "credit" else 1
            payments.append(DraftPayment(uuid7(), method, part, tip_here, "mastercard", count, "NSU1", fee))
        else:
            payments.append(DraftPayment(uuid7(), "pix", part, tip_here))
    draft.payments = payments
    return draft


@pytest.mark.parametrize("base", ["gross", "net"])
def test_random_tickets_close_reconciled_with_new_numbers(tmp_path: Path, base: str) -> None:
    store, c = open_counter(tmp_path / "data")
    store.apply("studio.update", {"commission_base": base})
    numbers: set[str] = set()

    @given(draft=tickets(c.artist_id))
    def close_one(draft: TicketDraft) -> None:
        expected = ticket.totals(draft, {})
        assert ticket.closing_problems(draft, {}) == []
        applied = ops.close_ticket(draft, business_date=DAY, closed_at=AT).write(store)
        with store.read_engine.connect() as conn:
            r = q.sale_detail(conn, ops.sale_of(applied))
        assert r is not None
        assert r.number not in numbers
        numbers.add(r.number)
        assert (r.subtotal, r.line_discounts, r.ticket_discount, r.total) == (
            expected.subtotal, expected.line_discounts, expected.ticket_discount, expected.total)  # fmt: skip
        assert sum(ln.total for ln in r.lines) == r.total
        assert sum(ln.ticket_discount_share for ln in r.lines) == r.ticket_discount
        for ln in r.lines:
            assert ln.artist_share + ln.studio_share == ln.total
            assert ln.artist_share >= 0
            assert ln.studio_share >= 0
            if ln.artist_id is None:
                assert ln.artist_share == 0
            else:  # Rafa's 50 %, on the line or on the line less its part of the card fees
                assert ln.artist_share == ticket.percent_of(ln.total - (ln.fee_share if base == "net" else 0), 5_000)
        assert sum(ln.fee_share for ln in r.lines) == r.card_fee_total == sum(p.card_fee for p in draft.payments)
        assert r.paid == r.due == expected.due
        assert sum(p.tip for p in r.payments) == r.tip_total == expected.tips
        assert all(t.artist_share + t.studio_share == t.amount for t in r.tips)
        assert r.change == expected.change
        assert all(p.change == 0 for p in r.payments if p.method != "cash")

    try:
        close_one()
    finally:
        store.close()

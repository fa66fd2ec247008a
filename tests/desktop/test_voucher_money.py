"""A gift voucher's money is counted once in the Caixa's day figures: when it is sold (its cash or
PIX), never again when it is spent on a ticket. The spent voucher has its line (what it paid),
outside the money total; the receipt names the voucher that paid. On a real desk file, through the
desk's own ops. In English."""

from __future__ import annotations

import pytest

from kronos_desktop.app import Desk
from kronos_desktop.ops import checkout as ops
from kronos_desktop.store.queries.checkout_day import day_figures
from kronos_desktop.store.queries.checkout_sales import sale_detail
from kronos_desktop.ui.checkout.receipt_rows import payment_label
from tests.desktop.checkout_rows import DAY, Counter
from tests.desktop.test_vouchers import counter, paid_with, sell, state

__all__ = ["counter"]


@pytest.fixture
def language() -> str:
    return "en"


def test_a_voucher_spent_is_not_money_received_twice(counter: tuple[Desk, Counter]) -> None:
    desk, c = counter
    code = sell(desk.store, 30_000)  # R$ 300 by PIX: money in
    voucher = state(desk.store, c.studio_id, code)
    ops.close_ticket(paid_with(c, voucher.id, 30_000), business_date=DAY).write(desk.store)  # R$ 300 of R$ 810

    with desk.store.read_engine.connect() as conn:
        figures = day_figures(conn, c.studio_id, DAY)
    lines = {m.method: m.net for m in figures.by_method}
    assert lines["voucher"] == 30_000, "the voucher's line says what it paid"
    assert lines["pix"] == 30_000, "the voucher's own sale, by PIX"
    assert lines["cash"] == 81_000 - 30_000 + 2_000, "the rest of the ticket and the tip, in cash"
    assert figures.net == lines["pix"] + lines["cash"], "money received: the voucher's sale, not its spending"


def test_the_receipt_names_the_voucher_that_paid(counter: tuple[Desk, Counter]) -> None:
    desk, c = counter
    code = sell(desk.store, 30_000)
    voucher = state(desk.store, c.studio_id, code)
    applied = ops.close_ticket(paid_with(c, voucher.id, 30_000), business_date=DAY).write(desk.store)
    with desk.store.read_engine.connect() as conn:
        detail = sale_detail(conn, ops.sale_of(applied))
    assert detail is not None
    spent = [p for p in detail.payments if p.method == "voucher"]
    assert [payment_label(p) for p in spent] == [f"Voucher · {code}"], "the card's code, as printed"

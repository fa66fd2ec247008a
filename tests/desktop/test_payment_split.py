"""A ticket paid in any number of parts, by any methods, with tips and cash over-paid: once the
dialog says "Paid in full", the payments cover the bill exactly, the tips exactly, the change
comes from cash alone and the ticket may close (hypothesis drives the dialog as a person would:
an amount at most what is left, a method, a brand for cards, what the client hands over)."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from kronos_core import ticket
from kronos_core.demo import DemoStudio
from kronos_core.schema import staff
from kronos_desktop.app import Desk
from kronos_desktop.ui.checkout.money_field import amount_text
from kronos_desktop.ui.checkout.payment_dialog import PaymentDialog
from tests.desktop.reads import settle


@pytest.fixture
def language() -> str:
    return "en"


@pytest.fixture
def artists(desk: Desk, demo: DemoStudio) -> dict[uuid.UUID, str]:
    with desk.store.read_engine.connect() as conn:
        names = dict(conn.execute(select(staff.c.id, staff.c.display_name)).all())
    return {a: names[a] for a in demo.artist_ids[:2]}


step = st.tuples(
    st.sampled_from(["cash", "credit", "debit", "transfer"]),
    st.integers(min_value=1, max_value=100),  # percent of what is left
    st.integers(min_value=0, max_value=5_000),  # cash: handed over above the amount
)


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(
    prices=st.lists(st.integers(min_value=1, max_value=500_000), min_size=1, max_size=4),
    tips=st.lists(st.integers(min_value=1, max_value=20_000), max_size=2),
    steps=st.lists(step, max_size=5),
)
def test_paid_in_full_is_exactly_the_bill_and_the_tips(
    qtbot: Any,
    desk: Desk,
    artists: dict[uuid.UUID, str],
    prices: list[int],
    tips: list[int],
    steps: list[tuple[str, int, int]],
) -> None:
    ids = list(artists)
    draft = ticket.TicketDraft(
        ticket_id=uuid.uuid4(),
        client_id=None,
        appointment_id=None,
        lines=[
            ticket.DraftLine(uuid.uuid4(), "service", f"Line {n}", ids[n % 2], None, 1, price)
            for n, price in enumerate(prices)
        ],
    )
    dialog = PaymentDialog(desk.ctx, draft, ticket.totals(draft, {}), artists)
    try:
        dialog.show()
        settle(qtbot, desk.ctx)
        for n, amount in enumerate(tips):
            dialog.tips.add_tip(ids[n % 2], amount)
        handed_over = 0
        for method, percent, extra in [*steps, ("cash", 100, 0)]:
            left = dialog.totals().to_pay - dialog.totals().paid - dialog.totals().tips_paid
            if left <= 0:
                break
            amount = max(1, left * percent // 100)
            dialog.form.method_buttons[method].click()
            dialog.form.amount.setText(amount_text(amount, "en"))
            if method in ("credit", "debit"):
                dialog.form.brand.setCurrentIndex(dialog.form.brand.findData("mastercard"))
            if method == "cash" and extra:
                dialog.form.received.setText(amount_text(amount + extra, "en"))
                handed_over += extra
            dialog.add_payment()
        t = dialog.totals()
        assert dialog.left_label.text() == "Paid in full"
        assert t.paid == t.due
        assert t.tips_paid == t.tips == sum(tips)
        assert t.change == handed_over
        assert all(p.cash_tendered is None for p in draft.payments if p.method != "cash")
        assert dialog.closing_problems() == []
        assert dialog.close_button.isEnabled()
        qtbot.waitUntil(lambda: not desk.ctx.runner.busy, timeout=10_000)  # the draft's saves
    finally:
        dialog.done(0)
        dialog.deleteLater()

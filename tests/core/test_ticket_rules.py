"""The ticket's money rules under random tickets (issue 15, "Rules"): integer centavos, one
rounding rule, parts that always add up, a ticket that reconciles before it may close."""

from __future__ import annotations

import json
import uuid
from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from kronos_core import ticket as t
from kronos_core.schema_base import CARD_BRANDS

money = st.integers(min_value=0, max_value=5_000_000)
bps = st.integers(min_value=0, max_value=t.BPS)
ARTISTS = [uuid.UUID(int=i) for i in range(1, 4)]


@st.composite
def lines(draw: st.DrawFn) -> t.DraftLine:
    quantity = draw(st.integers(min_value=1, max_value=5))
    price = draw(st.integers(min_value=0, max_value=300_000))
    gross = quantity * price
    as_percent = draw(st.booleans())
    service = draw(st.booleans())
    return t.DraftLine(
        line_id=uuid.uuid4(),
        kind="service" if service else "product",
        description="Tattoo" if service else "Aftercare balm",
        artist_id=draw(st.sampled_from(ARTISTS)) if service else None,
        product_id=None if service else uuid.uuid4(),
        quantity=quantity,
        unit_price=price,
        discount_amount=0 if as_percent else draw(st.integers(min_value=0, max_value=gross)),
        discount_bps=draw(bps) if as_percent else None,
        discount_reason="returning client",
    )


@st.composite
def paid_tickets(draw: st.DrawFn) -> tuple[t.TicketDraft, dict[uuid.UUID, int]]:
    """A ticket whose payments cover exactly what it costs, split over random methods."""
    drawn = draw(st.lists(lines(), min_size=1, max_size=6))
    net = sum(t.line_gross(ln) - t.line_discount(ln) for ln in drawn)
    percent = draw(st.booleans())
    discount_bps = draw(bps) if percent else None
    discount_amount = 0 if percent else draw(st.integers(min_value=0, max_value=net))
    total = net - t.ticket_discount_of(net, discount_amount, discount_bps)
    deposits = {uuid.uuid4(): draw(st.integers(min_value=0, max_value=total // 2 + 1)) for _ in range(2)}
    applied = [d for d in deposits if draw(st.booleans())]
    assume(sum(deposits[d] for d in applied) <= total)
    due = total - sum(deposits[d] for d in applied)
    tips = [t.DraftTip(uuid.uuid4(), a, draw(st.integers(min_value=0, max_value=20_000))) for a in ARTISTS[:2]]
    methods = draw(st.lists(st.sampled_from(["cash", "credit", "debit", "pix", "transfer"]), min_size=1, max_size=4))
    weights = draw(st.lists(st.integers(min_value=0, max_value=100), min_size=len(methods), max_size=len(methods)))
    amounts = t.spread(due, weights)
    tip_parts = t.spread(sum(x.amount for x in tips), weights)
    payments = []
    for method, amount, tip in zip(methods, amounts, tip_parts, strict=True):
        card = method in ("credit", "debit")
        payments.append(
            t.DraftPayment(
                payment_id=uuid.uuid4(),
                method=method,  # type: ignore[arg-type]
                amount=amount,
                tip=tip,
                card_brand=draw(st.sampled_from(CARD_BRANDS)) if card else None,
                instalments=draw(st.integers(min_value=1, max_value=12)) if method == "credit" else None,
                card_fee=t.card_fee(amount + tip, draw(st.integers(min_value=0, max_value=500))) if card else 0,
                cash_tendered=amount + tip + draw(st.integers(0, 10_000)) if method == "cash" else None,
            )
        )
    draft = t.TicketDraft(
        ticket_id=uuid.uuid4(),
        client_id=uuid.uuid4(),
        appointment_id=None,
        lines=drawn,
        ticket_discount_amount=discount_amount,
        ticket_discount_bps=discount_bps,
        ticket_discount_reason="promo",
        deposit_ids=applied,
        tips=tips,
        payments=payments,
    )
    return draft, deposits


@given(amount=money, rate=bps)
def test_a_percentage_is_rounded_half_up_to_the_centavo(amount: int, rate: int) -> None:
    exact = Fraction(amount * rate, t.BPS)
    got = t.percent_of(amount, rate)
    assert exact - Fraction(1, 2) < got <= exact + Fraction(1, 2)
    assert got == int(exact + Fraction(1, 2))  # half up: exactly .5 goes up


@given(amount=money, weights=st.lists(st.integers(min_value=0, max_value=1_000_000), min_size=1, max_size=8))
def test_a_spread_always_adds_up_and_stays_within_a_centavo_of_fair(amount: int, weights: list[int]) -> None:
    parts = t.spread(amount, weights)
    assert sum(parts) == amount
    assert len(parts) == len(weights)
    if sum(weights):
        for part, weight in zip(parts, weights, strict=True):
            assert abs(part - Fraction(amount * weight, sum(weights))) < 1
            if amount <= sum(weights):
                assert part <= weight  # a discount spread over lines never exceeds a line


@given(draft_deposits=paid_tickets())
def test_a_paid_ticket_reconciles_and_may_close(draft_deposits: tuple[t.TicketDraft, dict[uuid.UUID, int]]) -> None:
    draft, deposits = draft_deposits
    totals = t.totals(draft, deposits)
    assert t.closing_problems(draft, deposits) == []
    assert totals.subtotal - totals.line_discounts - totals.ticket_discount == totals.total
    assert totals.total == totals.deposit_applied + totals.paid
    assert totals.tips_paid == totals.tips
    assert totals.to_pay == totals.paid + totals.tips_paid
    assert totals.remaining == 0
    cash = [p for p in draft.payments if p.method == "cash"]
    assert totals.change == sum((p.cash_tendered or 0) - p.amount - p.tip for p in cash)


@given(draft_deposits=paid_tickets(), cut=st.integers(min_value=1, max_value=10_000), data=st.data())
def test_a_ticket_cannot_close_unpaid_or_overpaid(
    draft_deposits: tuple[t.TicketDraft, dict[uuid.UUID, int]], cut: int, data: st.DataObject
) -> None:
    draft, deposits = draft_deposits
    i = data.draw(st.integers(min_value=0, max_value=len(draft.payments) - 1))
    p = draft.payments[i]
    if p.amount >= cut:
        short = [*draft.payments[:i], _with(p, amount=p.amount - cut), *draft.payments[i + 1 :]]
        assert "unpaid" in t.closing_problems(_draft(draft, payments=short), deposits)
    over = [*draft.payments[:i], _with(p, amount=p.amount + cut), *draft.payments[i + 1 :]]
    assert "overpaid" in t.closing_problems(_draft(draft, payments=over), deposits)
    assert "unpaid" in t.closing_problems(_draft(draft, payments=[]), deposits) or t.totals(draft, deposits).due == 0


@given(draft_deposits=paid_tickets(), data=st.data())
def test_whatever_the_payments_a_closable_ticket_is_paid_exactly(
    draft_deposits: tuple[t.TicketDraft, dict[uuid.UUID, int]], data: st.DataObject
) -> None:
    draft, deposits = draft_deposits
    payments = [
        _with(
            p,
            amount=data.draw(st.sampled_from([p.amount, p.amount + 1, max(0, p.amount - 1)])),
            tip=data.draw(st.sampled_from([p.tip, p.tip + 1])),
            cash_tendered=data.draw(st.sampled_from([None, p.cash_tendered, p.amount])),
        )
        for p in draft.payments
    ]
    changed = _draft(draft, payments=payments)
    if t.closing_problems(changed, deposits) == []:
        totals = t.totals(changed, deposits)
        assert totals.paid == totals.due
        assert totals.tips_paid == totals.tips
        assert all(p.cash_tendered is None for p in payments if p.method != "cash")


@given(draft_deposits=paid_tickets(), fee=st.integers(min_value=0, max_value=200_000), net_base=st.booleans())
def test_each_lines_artist_and_studio_shares_add_up_to_its_total(
    draft_deposits: tuple[t.TicketDraft, dict[uuid.UUID, int]], fee: int, net_base: bool
) -> None:
    draft, deposits = draft_deposits
    totals = t.totals(draft, deposits)
    rates = {ARTISTS[0]: 5_000, ARTISTS[1]: 6_667, ARTISTS[2]: None}
    closed = t.close_lines(draft.lines, totals.ticket_discount, fee, rates, "net" if net_base else "gross")
    assert sum(c.total for c in closed) == totals.total
    assert sum(c.ticket_discount_share for c in closed) == totals.ticket_discount
    assert sum(c.fee_share for c in closed) == fee
    assert sum(c.discount for c in closed) == totals.line_discounts + totals.ticket_discount
    for line, c in zip(draft.lines, closed, strict=True):
        assert c.artist_share + c.studio_share == c.total
        assert 0 <= c.artist_share <= c.total
        assert c.total >= 0
        assert c.total == t.line_gross(line) - c.discount
        if line.artist_id is None or rates[line.artist_id] is None:
            assert c.artist_share == 0
            assert c.commission_bps is None


@given(amount=money, share=bps)
def test_a_tip_splits_without_losing_a_centavo(amount: int, share: int) -> None:
    artist, studio = t.tip_shares(amount, share)
    assert artist + studio == amount
    assert artist >= 0
    assert studio >= 0


@given(amount=money, n=st.integers(min_value=1, max_value=24))
def test_instalments_add_up_and_the_first_takes_the_rest(amount: int, n: int) -> None:
    parts = t.instalments(amount, n)
    assert sum(parts) == amount
    assert len(parts) == n
    assert all(p == parts[-1] for p in parts[1:])
    assert 0 <= parts[0] - parts[-1] < n


@given(paid=money, attempts=st.lists(money, max_size=6))
def test_refunds_never_exceed_what_the_payment_took(paid: int, attempts: list[int]) -> None:
    refunded = 0
    for wanted in attempts:
        allowed = t.refundable(paid, -refunded)  # refunds are stored negative
        assert allowed == t.refundable(paid, refunded) >= 0
        refunded += min(wanted, allowed)
    assert refunded <= paid
    assert t.refundable(paid, refunded) == paid - refunded


@given(remaining=st.integers(min_value=-10_000, max_value=1_000_000), typed=money)
def test_a_card_overpay_is_split_never_lost(remaining: int, typed: int) -> None:
    to_ticket, excess = t.card_overpay(remaining, typed)
    assert to_ticket + excess == typed
    assert 0 <= to_ticket <= max(0, remaining)


@given(draft_deposits=paid_tickets())
def test_a_deposit_is_applied_once(draft_deposits: tuple[t.TicketDraft, dict[uuid.UUID, int]]) -> None:
    draft, deposits = draft_deposits
    twice = _draft(draft, deposit_ids=[*draft.deposit_ids, next(iter(deposits))] * 2)
    with pytest.raises(t.TicketError) as caught:
        t.totals(twice, deposits)
    assert caught.value.code == "deposit_twice"
    assert t.closing_problems(twice, deposits) == ["deposit_twice"]


@given(draft_deposits=paid_tickets())
def test_a_draft_survives_its_json(draft_deposits: tuple[t.TicketDraft, dict[uuid.UUID, int]]) -> None:
    draft, _ = draft_deposits
    assert t.TicketDraft.from_json(json.loads(json.dumps(draft.to_json()))) == draft


def _with(p: t.DraftPayment, **changes: object) -> t.DraftPayment:
    return t.DraftPayment(**{**p.__dict__, **changes})


def _draft(d: t.TicketDraft, **changes: object) -> t.TicketDraft:
    return t.TicketDraft(**{**d.__dict__, **changes})

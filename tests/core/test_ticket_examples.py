"""A receptionist's tickets worked by hand (issue 15): the figures on the screen and the receipt."""

from __future__ import annotations

import uuid

import pytest

from kronos_core import ticket as t

ANA, BIA = uuid.UUID(int=1), uuid.UUID(int=2)
DEPOSIT = uuid.UUID(int=99)


def line(
    price: int, *, artist: uuid.UUID | None = ANA, qty: int = 1, off: int = 0, off_bps: int | None = None
) -> t.DraftLine:
    return t.DraftLine(
        line_id=uuid.uuid4(),
        kind="service" if artist else "product",
        description="Tattoo" if artist else "Balm",
        artist_id=artist,
        product_id=None if artist else uuid.uuid4(),
        quantity=qty,
        unit_price=price,
        discount_amount=off,
        discount_bps=off_bps,
    )


def pay(method: str, amount: int, **kw: object) -> t.DraftPayment:
    return t.DraftPayment(uuid.uuid4(), method, amount, **kw)  # type: ignore[arg-type]


def draft(lines: list[t.DraftLine], **kw: object) -> t.TicketDraft:
    return t.TicketDraft(uuid.uuid4(), None, None, lines, **kw)  # type: ignore[arg-type]


def test_a_tattoo_two_balms_a_deposit_a_tip_and_a_split_payment() -> None:
    tattoo = line(80_000, off_bps=1_000)  # R$ 800,00 less 10 %
    balms = line(3_990, artist=None, qty=2)  # 2 × R$ 39,90
    ticket = draft(
        [tattoo, balms],
        ticket_discount_amount=1_980,
        deposit_ids=[DEPOSIT],
        tips=[t.DraftTip(uuid.uuid4(), ANA, 5_000)],
        payments=[
            pay("pix", 40_000),
            pay("cash", 10_000, tip=5_000, cash_tendered=20_000),
            pay("credit", 2_000, card_brand="elo", instalments=2, card_fee=60),
        ],
    )
    totals = t.totals(ticket, {DEPOSIT: 20_000})
    assert (totals.subtotal, totals.line_discounts, totals.ticket_discount) == (87_980, 8_000, 1_980)
    assert (totals.total, totals.deposit_applied, totals.due) == (78_000, 20_000, 58_000)
    assert (totals.tips, totals.to_pay, totals.paid, totals.tips_paid) == (5_000, 63_000, 52_000, 5_000)
    assert (totals.change, totals.remaining) == (5_000, 6_000)
    assert t.closing_problems(ticket, {DEPOSIT: 20_000}) == ["unpaid"]
    ticket.payments.append(pay("debit", 6_000, card_brand="visa"))
    assert t.closing_problems(ticket, {DEPOSIT: 20_000}) == []

    closed = t.close_lines(ticket.lines, totals.ticket_discount, 60, {ANA: 5_000}, "net")
    # R$ 19,80 off the ticket spread over 720,00 and 79,80: 17,82|44 and 1,97|55 → 17,82 and 1,98
    assert [c.ticket_discount_share for c in closed] == [1_782, 198]
    assert [c.total for c in closed] == [70_218, 7_782]
    assert [c.fee_share for c in closed] == [54, 6]
    assert closed[0].artist_share == 35_082  # 50 % of 702,18 less its 0,54 of the fee
    assert closed[0].studio_share == 35_136
    assert (closed[1].artist_share, closed[1].studio_share, closed[1].commission_bps) == (0, 7_782, None)
    assert t.tip_shares(5_000, 10_000) == (5_000, 0)


def test_rounding_goes_half_up_and_spreads_to_the_earlier_line_on_a_tie() -> None:
    assert t.percent_of(1_005, 5_000) == 503  # 502,5 centavos → 503
    assert t.percent_of(1_004, 5_000) == 502
    assert t.card_fee(10_000, 199) == 199
    assert t.spread(100, [1, 1, 1]) == [34, 33, 33]
    assert t.spread(5, [0, 0]) == [5, 0]
    assert t.instalments(10_000, 3) == [3_334, 3_333, 3_333]


@pytest.mark.parametrize(
    ("ticket", "deposits", "problems"),
    [
        (draft([]), {}, ["no_lines"]),
        (draft([line(10_000)], ticket_discount_amount=10_001), {}, ["discount_above_total"]),
        (draft([line(10_000)], deposit_ids=[DEPOSIT]), {DEPOSIT: 10_001}, ["deposit_above_total"]),
        (draft([line(10_000)], payments=[pay("pix", 10_001)]), {}, ["overpaid"]),
        (draft([line(10_000)], payments=[pay("pix", 10_000, cash_tendered=20_000)]), {}, ["change_not_cash"]),
        (draft([line(10_000)], payments=[pay("cash", 10_000, cash_tendered=5_000)]), {}, ["cash_short"]),
        (
            draft([line(10_000)], payments=[pay("credit", 10_000, card_brand="visa", instalments=13)]),
            {},
            ["card_fields"],
        ),
        (draft([line(10_000)], payments=[pay("credit", 10_000, instalments=1)]), {}, ["card_fields"]),
        (
            draft([line(10_000)], tips=[t.DraftTip(uuid.uuid4(), BIA, 1_000)], payments=[pay("pix", 10_000)]),
            {},
            ["tips_unpaid"],
        ),
    ],
)
def test_why_a_ticket_cannot_close(ticket: t.TicketDraft, deposits: dict[uuid.UUID, int], problems: list[str]) -> None:
    assert t.closing_problems(ticket, deposits) == problems


def test_the_studio_may_offer_fewer_instalments() -> None:
    ticket = draft([line(10_000)], payments=[pay("credit", 10_000, card_brand="amex", instalments=6)])
    assert t.closing_problems(ticket, {}) == []
    assert t.closing_problems(ticket, {}, instalments_max=3) == ["card_fields"]


def test_a_discount_above_its_line_is_refused() -> None:
    with pytest.raises(t.TicketError) as caught:
        t.line_discount(line(5_000, off=5_001))
    assert caught.value.code == "discount_above_line"
    assert t.line_discount(line(5_000, off=900, off_bps=2_000)) == 1_000  # the percent wins


def test_a_card_charged_above_what_is_due_is_not_taken_silently() -> None:
    assert t.card_overpay(10_000, 12_000) == (10_000, 2_000)
    assert t.card_overpay(-500, 1_000) == (0, 1_000)


def test_a_refund_is_capped_by_what_the_payment_took() -> None:
    assert t.refundable(10_000, 0) == 10_000
    assert t.refundable(10_000, -4_000) == 6_000
    assert t.refundable(10_000, -12_000) == 0


@pytest.mark.parametrize("stored", [{}, {"ticket_id": "nope"}, {"ticket_id": str(DEPOSIT), "lines": [{"x": 1}]}, []])
def test_a_damaged_draft_says_so(stored: object) -> None:
    with pytest.raises(t.TicketError) as caught:
        t.TicketDraft.from_json(stored)  # type: ignore[arg-type]
    assert caught.value.code == "draft_json"

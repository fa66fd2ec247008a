"""The money rules of a checkout ticket (issue 15): pure functions on integer centavos, no Qt, no
database.

THE ROUNDING RULE (the only one):

- A percentage of an amount, in basis points (10 000 = 100 %), is rounded half up to the
  centavo: ``(amount * bps + 5_000) // 10_000``. Line and ticket discounts typed as a percent,
  card fees, commissions, a tip's artist share and a forfeited deposit's artist share all use it
  (:func:`percent_of`); the other party always gets the rest, so two shares add up exactly.
- An amount spread over weights (the ticket's discount over its lines, a card fee over the lines)
  is spread by the largest-remainder method: each part gets its floor, the centavos left over go
  one each to the parts with the largest remainders, ties to the earlier part; the parts always
  add up to the amount exactly (:func:`spread`).
- Instalments are the exception the card machines make: equal parts, the first one takes the
  centavos left over (:func:`instalments`), as the machine's slip prints them.

A ticket being rung up is a :class:`TicketDraft` (kept on its desk as JSON); :func:`totals`
gives what it costs and what is still to pay, :func:`closing_problems` says why it cannot close
yet, and :func:`close_lines` fixes each line's shares at close (``sale.record``).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from kronos_core.schema_base import CARD_BRANDS
from kronos_core.ticket_draft import DraftLine as DraftLine
from kronos_core.ticket_draft import DraftPayment as DraftPayment
from kronos_core.ticket_draft import DraftTip as DraftTip
from kronos_core.ticket_draft import LineKind as LineKind
from kronos_core.ticket_draft import PaymentMethod as PaymentMethod
from kronos_core.ticket_draft import TicketDraft as TicketDraft
from kronos_core.ticket_draft import TicketError as TicketError

BPS = 10_000

CommissionBase = Literal["gross", "net"]
CARD_METHODS = ("credit", "debit")


def _non_negative(value: int, what: str) -> None:
    if value < 0:
        raise TicketError("negative", f"{what} cannot be negative")


def percent_of(amount: int, bps: int) -> int:
    """``bps`` basis points of ``amount``, half up to the centavo."""
    _non_negative(amount, "an amount")
    _non_negative(bps, "a percentage")
    return (amount * bps + BPS // 2) // BPS


def spread(amount: int, weights: Sequence[int]) -> list[int]:
    """``amount`` in parts proportional to ``weights`` (largest remainder, ties to the earlier
    part); the parts add up to ``amount``. All weights 0: the first part takes it all."""
    _non_negative(amount, "an amount")
    for w in weights:
        _non_negative(w, "a weight")
    if not weights:
        if amount:
            raise TicketError("negative", "nothing to spread an amount over")
        return []
    total = sum(weights)
    if total == 0:
        return [amount] + [0] * (len(weights) - 1)
    parts = [amount * w // total for w in weights]
    remainders = [amount * w % total for w in weights]
    left = amount - sum(parts)
    order = sorted(range(len(weights)), key=lambda i: (-remainders[i], i))
    for i in order[:left]:
        parts[i] += 1
    return parts


# -- Lines ---------------------------------------------------------------------------------------
def line_gross(line: DraftLine) -> int:
    """Quantity × unit price."""
    if line.quantity < 1:
        raise TicketError("quantity", "a line's quantity is at least 1")
    _non_negative(line.unit_price, "a price")
    return line.quantity * line.unit_price


def line_discount(line: DraftLine) -> int:
    """The line's own discount in centavos (its percent of the gross when typed as one)."""
    gross = line_gross(line)
    if line.discount_bps is not None:
        if not 0 <= line.discount_bps <= BPS:
            raise TicketError("percent", "a discount is between 0 and 100%")
        return percent_of(gross, line.discount_bps)
    _non_negative(line.discount_amount, "a discount")
    if line.discount_amount > gross:
        raise TicketError("discount_above_line", "the discount is larger than the line")
    return line.discount_amount


# -- Totals ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TicketTotals:
    subtotal: int  # Σ gross
    line_discounts: int  # Σ the lines' own discounts
    ticket_discount: int  # the ticket's discount (amount, or percent of subtotal - line_discounts)
    total: int  # subtotal - line_discounts - ticket_discount (what the services/products cost)
    deposit_applied: int  # Σ deposits applied (never above total)
    due: int  # total - deposit_applied: what payments must cover
    tips: int  # Σ DraftTip.amount
    to_pay: int  # due + tips
    paid: int  # Σ payment.amount
    tips_paid: int  # Σ payment.tip
    change: int  # Σ over cash payments of (cash_tendered - amount - tip), none below 0
    remaining: int  # due - paid (negative: over-paid)


def ticket_discount_of(net: int, amount: int, bps: int | None) -> int:
    """The ticket's own discount on ``net`` (the lines after their own discounts)."""
    if bps is not None:
        if not 0 <= bps <= BPS:
            raise TicketError("percent", "a discount is between 0 and 100%")
        return percent_of(net, bps)
    _non_negative(amount, "a discount")
    if amount > net:
        raise TicketError("discount_above_total", "the discount is larger than the ticket")
    return amount


def deposits_applied(deposit_ids: Sequence[uuid.UUID], deposit_amounts: Mapping[uuid.UUID, int]) -> int:
    """Σ the deposits applied; each at most once (``deposit_twice``), each known."""
    if len(set(deposit_ids)) != len(deposit_ids):
        raise TicketError("deposit_twice", "a deposit is applied once")
    total = 0
    for deposit_id in deposit_ids:
        if deposit_id not in deposit_amounts:
            raise TicketError("deposit_unknown", "the deposit is not one of the client's held deposits")
        amount = deposit_amounts[deposit_id]
        _non_negative(amount, "a deposit")
        total += amount
    return total


def totals(draft: TicketDraft, deposit_amounts: Mapping[uuid.UUID, int]) -> TicketTotals:
    """What the ticket costs and what is left to pay. Raises :class:`TicketError` for a
    discount above its line or the ticket, a deposit applied twice or above the total, or a
    negative amount."""
    subtotal = sum(line_gross(ln) for ln in draft.lines)
    own = sum(line_discount(ln) for ln in draft.lines)
    ticket_discount = ticket_discount_of(subtotal - own, draft.ticket_discount_amount, draft.ticket_discount_bps)
    total = subtotal - own - ticket_discount
    deposit = deposits_applied(draft.deposit_ids, deposit_amounts)
    if deposit > total:
        raise TicketError("deposit_above_total", "the deposits applied are more than the ticket")
    for tip in draft.tips:
        _non_negative(tip.amount, "a tip")
    tips = sum(t.amount for t in draft.tips)
    for p in draft.payments:
        _non_negative(p.amount, "a payment")
        _non_negative(p.tip, "a tip")
    paid = sum(p.amount for p in draft.payments)
    change = sum(
        max(0, p.cash_tendered - p.amount - p.tip)
        for p in draft.payments
        if p.method == "cash" and p.cash_tendered is not None
    )
    due = total - deposit
    return TicketTotals(
        subtotal=subtotal,
        line_discounts=own,
        ticket_discount=ticket_discount,
        total=total,
        deposit_applied=deposit,
        due=due,
        tips=tips,
        to_pay=due + tips,
        paid=paid,
        tips_paid=sum(p.tip for p in draft.payments),
        change=change,
        remaining=due - paid,
    )


def payment_problems(payment: DraftPayment, *, instalments_max: int = 12) -> list[str]:
    """Why one payment is not right yet (codes of :func:`closing_problems`)."""
    problems: list[str] = []
    if payment.cash_tendered is not None:
        if payment.method != "cash":
            problems.append("change_not_cash")
        elif payment.cash_tendered < payment.amount + payment.tip:
            problems.append("cash_short")
    if payment.method in CARD_METHODS:
        n = payment.instalments
        bad_count = (n is None or not 1 <= n <= instalments_max) if payment.method == "credit" else n not in (None, 1)
        if (
            payment.card_brand not in CARD_BRANDS
            or bad_count
            or not 0 <= payment.card_fee <= payment.amount + payment.tip
        ):
            problems.append("card_fields")
    elif payment.card_brand is not None or payment.instalments is not None or payment.card_fee:
        problems.append("card_fields")
    if (payment.method == "voucher") != (payment.voucher_id is not None):
        problems.append("voucher_missing")  # a voucher payment names its voucher; no other does
    return problems


def closing_problems(
    draft: TicketDraft, deposit_amounts: Mapping[uuid.UUID, int], *, instalments_max: int = 12
) -> list[str]:
    """Why the ticket cannot close yet, as codes; ``[]`` means it may close (then paid == due,
    tips_paid == tips, and change only comes from cash). Codes: ``no_lines``, ``unpaid``,
    ``overpaid``, ``tips_unpaid``, ``change_not_cash``, ``cash_short``, ``card_fields``,
    ``voucher_missing`` (a voucher's balance is the desk's to check, in the close), or the
    code of the :class:`TicketError` :func:`totals` raises (``discount_above_total``…)."""
    problems: list[str] = []
    if not draft.lines:
        problems.append("no_lines")
    try:
        t = totals(draft, deposit_amounts)
    except TicketError as error:
        return [*problems, error.code]
    if t.paid < t.due:
        problems.append("unpaid")
    elif t.paid > t.due:
        problems.append("overpaid")
    if t.tips_paid != t.tips:
        problems.append("tips_unpaid")
    for p in draft.payments:
        problems.extend(c for c in payment_problems(p, instalments_max=instalments_max) if c not in problems)
    return problems


# -- Close -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ClosedLine:
    line_id: uuid.UUID
    total: int  # gross - discount
    discount: int  # the line's own discount + its share of the ticket's
    ticket_discount_share: int
    fee_share: int  # its share of the card machines' fees
    artist_share: int
    studio_share: int
    commission_bps: int | None


def close_lines(
    lines: Sequence[DraftLine],
    ticket_discount: int,
    card_fee_total: int,
    rates: Mapping[uuid.UUID, int | None],
    commission_base: CommissionBase,
) -> list[ClosedLine]:
    """Each line's amounts fixed at close. The ticket's discount is spread over the lines' nets
    (gross - own discount), the card fees over the lines' totals; ``rates`` are the commission
    rules in force by artist id. The artist gets ``percent_of(total, rate)`` on a "gross" base,
    ``percent_of(total - fee_share, rate)`` on "net" (never below 0); the studio the rest. A line
    with no artist, or an artist with no rule, is all the studio's."""
    _non_negative(card_fee_total, "a card fee")
    nets = [line_gross(ln) - line_discount(ln) for ln in lines]
    if ticket_discount > sum(nets):
        raise TicketError("discount_above_total", "the discount is larger than the ticket")
    shares = spread(ticket_discount, nets)
    line_totals = [n - s for n, s in zip(nets, shares, strict=True)]
    fees = spread(card_fee_total, line_totals) if lines else []
    closed: list[ClosedLine] = []
    for ln, net, share, total, fee in zip(lines, nets, shares, line_totals, fees, strict=True):
        rate = rates.get(ln.artist_id) if ln.artist_id is not None else None
        if rate is not None and not 0 <= rate <= BPS:
            raise TicketError("percent", "a commission rate is between 0 and 100%")
        base = total if commission_base == "gross" else max(0, total - fee)
        artist = 0 if rate is None else percent_of(base, rate)
        closed.append(
            ClosedLine(
                line_id=ln.line_id,
                total=total,
                discount=line_gross(ln) - net + share,
                ticket_discount_share=share,
                fee_share=fee,
                artist_share=artist,
                studio_share=total - artist,
                commission_bps=rate,
            )
        )
    return closed


def tip_shares(amount: int, tip_share_bps: int) -> tuple[int, int]:
    """(artist, studio) parts of a tip; they add up to ``amount``."""
    if not 0 <= tip_share_bps <= BPS:
        raise TicketError("percent", "a tip share is between 0 and 100%")
    artist = percent_of(amount, tip_share_bps)
    return artist, amount - artist


def card_fee(amount: int, fee_bps: int) -> int:
    """The card machine's fee on ``amount``."""
    return percent_of(amount, fee_bps)


def instalments(amount: int, n: int) -> list[int]:
    """``n`` instalments adding up to ``amount``: equal parts, the first takes the rest."""
    _non_negative(amount, "an amount")
    if n < 1:
        raise TicketError("instalments", "at least one instalment")
    part, rest = divmod(amount, n)
    return [part + rest] + [part] * (n - 1)


def card_overpay(remaining: int, typed: int) -> tuple[int, int]:
    """(to the ticket, the excess) when ``typed`` is charged on a card against ``remaining``:
    the excess is a tip only when the receptionist says so (never silently)."""
    _non_negative(typed, "an amount")
    to_ticket = min(typed, max(0, remaining))
    return to_ticket, typed - to_ticket


def refundable(paid: int, refunded_so_far: int) -> int:
    """What may still be refunded of a payment of ``paid``: never more than it took less the
    earlier refunds (``refunded_so_far`` either sign: refunds are stored negative)."""
    return max(0, paid - abs(refunded_so_far))

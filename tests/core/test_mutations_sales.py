"""Closing a ticket (totals and shares recomputed by the core) and taking payments."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest

from kronos_core.ids import uuid7
from kronos_core.mutations import InvalidArguments, NotAllowed, NotFound, get_spec
from kronos_core.roles import Role
from kronos_core.schema import payment, sale, sale_line, sync_conflict
from tests.core.harness import Desk, at


@pytest.fixture
def artist(desk: Desk) -> uuid.UUID:
    artist_id = desk.add_staff("artist", "Rafa Lima")
    for rate, since in [(4_000, "2026-01-01"), (5_000, "2026-03-01")]:
        desk.run(
            "commission.set",
            {"rule_id": str(uuid7()), "staff_id": str(artist_id), "rate_bps": rate, "effective_from": since},
        )
    return artist_id


def _line(
    artist_id: uuid.UUID | None,
    unit_price: int,
    *,
    quantity: int = 1,
    discount: int = 0,
    kind: str = "service",
    description: str = "Sessão",
) -> dict[str, Any]:
    line: dict[str, Any] = {
        "line_id": str(uuid7()),
        "kind": kind,
        "description": description,
        "quantity": quantity,
        "unit_price": unit_price,
        "discount": discount,
    }
    if artist_id is not None:
        line["artist_id"] = str(artist_id)
    return line


def _sale_args(lines: list[dict[str, Any]], business_date: str = "2026-03-10", **extra: Any) -> dict[str, Any]:
    return {
        "sale_id": str(uuid7()),
        "number": f"D1-{uuid7().hex[-6:]}",
        "business_date": business_date,
        "closed_at": at(10, 18).isoformat(),
        "lines": lines,
        **extra,
    }


def test_totals_are_recomputed_from_the_lines(desk: Desk, artist: uuid.UUID) -> None:
    args = _sale_args(
        [
            _line(artist, 80_000, discount=5_000),
            _line(None, 3_500, quantity=2, kind="product", description="Pomada cicatrizante"),
        ]
    )
    ctx = desk.run("sale.record", args)
    sale_id = uuid.UUID(args["sale_id"])
    row = desk.one(sale, sale_id)
    assert (row["subtotal"], row["discount_total"], row["total"]) == (87_000, 5_000, 82_000)
    assert (row["status"], row["business_date"], row["closed_at"]) == ("closed", dt.date(2026, 3, 10), at(10, 18))
    lines = desk.rows(sale_line, sale_id=sale_id)
    assert [ln["position"] for ln in sorted(lines, key=lambda ln: ln["position"])] == [1, 2]
    assert sum(ln["total"] for ln in lines) == row["total"]
    assert ctx.changed["sale"] == {sale_id}
    assert len(ctx.changed["sale_line"]) == 2
    assert all(u.before is None for u in ctx.undo)


@pytest.mark.parametrize(
    ("business_date", "rate", "artist_share"),
    [
        ("2025-12-31", None, 0),  # before any rule: the studio keeps it all
        ("2026-01-01", 4_000, 30_000),
        ("2026-02-28", 4_000, 30_000),
        ("2026-03-01", 5_000, 37_500),
        ("2026-12-31", 5_000, 37_500),
    ],
)
def test_artist_share_follows_the_rule_in_force_on_the_business_date(
    desk: Desk, artist: uuid.UUID, business_date: str, rate: int | None, artist_share: int
) -> None:
    args = _sale_args([_line(artist, 75_000)], business_date=business_date)
    desk.run("sale.record", args)
    (line,) = desk.rows(sale_line, sale_id=uuid.UUID(args["sale_id"]))
    assert line["commission_bps"] == rate
    assert (line["artist_share"], line["studio_share"]) == (artist_share, 75_000 - artist_share)


def test_shares_round_down_for_the_artist(desk: Desk) -> None:
    artist_id = desk.add_staff("artist")
    desk.run(
        "commission.set",
        {"rule_id": str(uuid7()), "staff_id": str(artist_id), "rate_bps": 3_333, "effective_from": "2026-01-01"},
    )
    args = _sale_args([_line(artist_id, 10_001)])
    desk.run("sale.record", args)
    (line,) = desk.rows(sale_line, sale_id=uuid.UUID(args["sale_id"]))
    assert (line["artist_share"], line["studio_share"]) == (3_333, 6_668)


def test_a_line_without_an_artist_goes_to_the_studio(desk: Desk) -> None:
    args = _sale_args([_line(None, 4_990, kind="product", description="Sabonete")])
    desk.run("sale.record", args)
    (line,) = desk.rows(sale_line, sale_id=uuid.UUID(args["sale_id"]))
    assert (line["artist_share"], line["studio_share"], line["commission_bps"]) == (0, 4_990, None)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ({"discount": 80_001}, "the discount is larger than the line"),
        ({"unit_price": -1}, "unit_price: Input should be greater than or equal to 0"),
        ({"unit_price": 100.5}, "unit_price: Input should be a valid integer"),
        ({"quantity": 0}, "quantity: Input should be greater than or equal to 1"),
        ({"description": "   "}, "a line needs a description"),
        ({"vat": 10}, "vat: Extra inputs are not permitted"),
    ],
)
def test_bad_lines_are_refused(desk: Desk, artist: uuid.UUID, line: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidArguments) as caught:
        desk.run("sale.record", _sale_args([{**_line(artist, 80_000), **line}]))
    assert message in caught.value.message
    assert caught.value.message.startswith("sale.record: lines.0")
    assert desk.rows(sale) == []


def test_a_sale_needs_lines_and_known_targets(desk: Desk, artist: uuid.UUID) -> None:
    with pytest.raises(InvalidArguments, match="lines"):
        desk.run("sale.record", _sale_args([]))
    with pytest.raises(NotFound, match="client"):
        desk.run("sale.record", _sale_args([_line(artist, 100)], client_id=str(uuid7())))
    with pytest.raises(NotFound, match="artist"):
        desk.run("sale.record", _sale_args([_line(uuid7(), 100)]))
    assert desk.rows(sale) == []
    assert desk.rows(sale_line) == []  # a refused sale leaves nothing behind


def test_receptionists_close_tickets_and_artists_do_not(desk: Desk, artist: uuid.UUID) -> None:
    receptionist = desk.add_staff("receptionist")
    desk.run("sale.record", _sale_args([_line(artist, 100)]), **desk.as_staff(receptionist))
    with pytest.raises(NotAllowed, match=r"'artist' may not run sale\.record"):
        desk.run("sale.record", _sale_args([_line(artist, 100)]), **desk.as_staff(artist))
    assert len(desk.rows(sale)) == 1


def _payment_args(sale_id: uuid.UUID | None, amount: int = 10_000, **extra: Any) -> dict[str, Any]:
    args = {
        "payment_id": str(uuid7()),
        "method": "pix",
        "amount": amount,
        "business_date": "2026-03-10",
        "received_at": at(10, 18, 5).isoformat(),
        **extra,
    }
    if sale_id is not None:
        args["sale_id"] = str(sale_id)
    return args


@pytest.mark.parametrize("role", list(Role))
def test_payments_are_never_refused_for_the_role(desk: Desk, artist: uuid.UUID, role: Role) -> None:
    sale_args = _sale_args([_line(artist, 10_000)])
    desk.run("sale.record", sale_args)
    sale_id = uuid.UUID(sale_args["sale_id"])
    taker = desk.owner_id if role is Role.OWNER else desk.add_staff(role.value)
    args = _payment_args(sale_id, tip=500, taken_by=str(taker))
    ctx = desk.run("payment.record", args, **desk.as_staff(taker))
    row = desk.one(payment, uuid.UUID(args["payment_id"]))
    assert (row["sale_id"], row["amount"], row["tip"], row["taken_by"]) == (sale_id, 10_000, 500, taker)
    assert row["device_id"] == desk.device_id
    assert row["received_at"] == at(10, 18, 5)
    assert ctx.changed == {"payment": {row["id"]}}
    assert desk.rows(sync_conflict) == []


def test_payments_skip_the_role_check() -> None:
    # Money received is stored whatever the role; what is off becomes a conflict row.
    assert get_spec("payment.record").never_refused
    assert not get_spec("sale.record").never_refused


def test_a_payment_for_an_unknown_sale_is_kept_with_a_conflict(desk: Desk) -> None:
    receptionist = desk.add_staff("receptionist")
    missing = uuid7()
    args = _payment_args(missing, 25_000, method="cash")
    ctx = desk.run("payment.record", args, **desk.as_staff(receptionist))
    payment_id = uuid.UUID(args["payment_id"])
    row = desk.one(payment, payment_id)
    assert row["sale_id"] is None  # kept without a sale
    assert row["amount"] == 25_000
    (conflict,) = desk.rows(sync_conflict)
    assert conflict["kind"] == "needs_review"  # stored for a person to look at; nothing was refused
    assert conflict["theirs"] == {
        "code": "payment_sale_missing",
        "params": {"amount": "25000", "method": "cash", "sale_id": str(missing)},
    }
    assert conflict["table_name"] == "payment"
    assert conflict["row_ids"] == [str(payment_id)]
    assert conflict["mutation_name"] == "payment.record"
    assert conflict["mine"]["sale_id"] == str(missing)  # what the desk meant is kept
    assert conflict["mine"]["amount"] == 25_000
    assert str(missing) in conflict["detail"]
    assert conflict["id"] == ctx.derived_id("conflict:1")
    assert conflict["changed_by"] == receptionist


def test_a_payment_without_a_sale(desk: Desk) -> None:
    args = _payment_args(None, 5_000, method="credit")
    desk.run("payment.record", args)
    assert desk.one(payment, uuid.UUID(args["payment_id"]))["sale_id"] is None
    assert desk.rows(sync_conflict) == []


def test_a_payment_that_is_all_tip(desk: Desk) -> None:
    """A card charged after the ticket was paid, for the artist's tip alone: nothing to the ticket."""
    args = _payment_args(None, 0, method="credit", tip=2_000, card_brand="visa", instalments=1)
    desk.run("payment.record", args)
    row = desk.one(payment, uuid.UUID(args["payment_id"]))
    assert (row["amount"], row["tip"]) == (0, 2_000)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"amount": 0}, "a payment takes some money"),
        ({"amount": -1}, "amount: Input should be greater than or equal to 0"),
        ({"amount": 10.0}, "amount: Input should be a valid integer"),
        ({"method": "cheque"}, "method: Input should be 'cash', 'credit', 'debit', 'pix', 'transfer' or 'voucher'"),
        ({"received_at": "2026-03-10T18:05:00"}, "received_at: Input should have timezone info"),
        ({"card_number": "4111"}, "card_number: Extra inputs are not permitted"),
    ],
)
def test_unreadable_payments_are_invalid(desk: Desk, extra: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidArguments) as caught:
        desk.run("payment.record", _payment_args(None, **extra))
    assert message in caught.value.message

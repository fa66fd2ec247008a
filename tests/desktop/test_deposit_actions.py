"""Forfeit… on a held deposit (ui/checkout/deposit_actions.py) on the demo desk: before anything is
kept, the dialog says who keeps how much by the studio's policy (kronos_core.deposits
forfeit_shares), and what it said is what the forfeit records; a deposit with no artist is the
studio's whole. In English (the messages are asserted in the source language)."""

from __future__ import annotations

import uuid

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kronos_core.ids import uuid7
from kronos_core.roles import Role
from kronos_core.schema import deposit, staff
from kronos_core.ticket import DraftPayment
from kronos_desktop.app import Desk
from kronos_desktop.ops import deposits as deposit_ops
from kronos_desktop.store.queries.checkout_deposits import DepositRow, held_deposits
from kronos_desktop.ui.checkout.deposit_actions import DepositActionDialog
from tests.desktop.dialog_keys_checkout import _client_booking
from tests.desktop.reads import settle

pytestmark = pytest.mark.gui


@pytest.fixture
def language() -> str:
    return "en"


def held(desk: Desk, artist_id: uuid.UUID | None) -> DepositRow:
    """A R$ 200 deposit by PIX of a demo client: for their next booking with ``artist_id``, or
    (None) for no booking and no artist yet."""
    client_id, next_booking = _client_booking(desk)
    booking_id = next_booking if artist_id is not None else None
    deposit_id = uuid7()
    args = {
        "deposit_id": deposit_id, "client_id": client_id, "appointment_id": booking_id, "artist_id": artist_id,
        "amount": 20_000, "policy_text": "O sinal vale por 6 meses.", "acknowledged": True,
        "business_date": desk.ctx.today(),
    }  # fmt: skip
    deposit_ops.take_deposit(args, DraftPayment(uuid7(), "pix", 20_000)).write(desk.store)
    with desk.store.read_engine.connect() as conn:
        return next(d for d in held_deposits(conn, client_id) if d.id == deposit_id)


def forfeit_dialog(qtbot: QtBot, desk: Desk, row: DepositRow) -> DepositActionDialog:
    dialog = DepositActionDialog(desk.ctx, row, "forfeit")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.shares.text()), timeout=10_000)
    return dialog


def an_owner(desk: Desk) -> None:
    with desk.store.read_engine.connect() as conn:
        owner = conn.execute(select(staff.c.id).where(staff.c.role == "owner")).scalars().first()
    assert owner is not None
    desk.store.set_member(owner)
    desk.ctx.who.set(owner, Role.OWNER, "Owner")


def test_forfeit_says_who_keeps_how_much_before_and_records_it(qtbot: QtBot, desk: Desk, demo) -> None:  # type: ignore[no-untyped-def]
    an_owner(desk)
    desk.store.apply("studio.update", {"forfeit_keeper": "split", "forfeit_artist_bps": 3000})
    artist_id = demo.artist_ids[0]
    row = held(desk, artist_id)
    dialog = forfeit_dialog(qtbot, desk, row)
    assert dialog.shares.text() == f"{row.artist_name} keeps R$60.00; the studio keeps R$140.00."
    assert dialog.shares.accessibleName().endswith(dialog.shares.text())

    dialog.reason.setCurrentIndex(dialog.reason.findData("reschedules"))
    with qtbot.waitSignal(dialog.done_with, timeout=10_000):
        dialog.confirm_button.click()
    with desk.store.read_engine.connect() as conn:
        kept = conn.execute(
            select(deposit.c.forfeit_artist_share, deposit.c.forfeit_studio_share).where(deposit.c.id == row.id)
        ).one()
    assert tuple(kept) == (6_000, 14_000), "what the dialog said is what was recorded"
    settle(qtbot, desk.ctx)


def test_a_deposit_with_no_artist_is_the_studios_whole(qtbot: QtBot, desk: Desk) -> None:
    an_owner(desk)
    desk.store.apply("studio.update", {"forfeit_keeper": "split", "forfeit_artist_bps": 5000})
    dialog = forfeit_dialog(qtbot, desk, held(desk, None))
    assert dialog.shares.text() == "The studio keeps all of it: R$200.00."

"""Issue 15's checkout on the server (in process; real PostgreSQL migrated to head, the app role with
RLS in force): a ticket closed offline (a product, a tip, a deposit applied, a split payment) pushed
and pulled back whole by another desk; a refund from a receptionist's desk stored and flagged, a
void from it refused; one studio's sales, deposits and products invisible to another's; the
deposit ledger and the tips never changed, whoever runs the SQL."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, pool, text
from sqlalchemy.exc import DBAPIError

from kronos_core.ids import uuid7
from kronos_core.roles import Role
from kronos_server.db import Database
from tests.server.conftest import CentralDb, MadeStudio
from tests.server.sync.conftest import T0, Desk, MakeDesk, client_create
from tests.server.sync.conftest import make_desk as make_desk  # the fixture, for this module
from tests.server.sync.test_push_pull import pull_all, push, rows

pytestmark = pytest.mark.postgres

MakeStudio = Callable[..., MadeStudio]
DAY = "2026-05-04"
CHECKOUT_TABLES = ("sale", "sale_line", "sale_tip", "payment", "deposit", "deposit_entry", "product")


def a_closed_ticket(client: TestClient, desk: Desk) -> dict[str, Any]:
    """What a desk pushes after a day's work: an artist and their rule, a product, a client's
    deposit with its money, then a ticket applying it, with a tip, paid by card and PIX."""
    artist, ana, pomada, held = uuid7(), uuid7(), uuid7(), uuid7()
    sale_id, tip_id, line_id, product_line = uuid7(), uuid7(), uuid7(), uuid7()
    sale_args = {
        "sale_id": str(sale_id), "number": "A-000001", "client_id": str(ana), "business_date": DAY,
        "closed_at": T0.isoformat(), "deposit_ids": [str(held)], "ticket_discount": 1_000,
        "ticket_discount_reason": "Cliente antiga", "card_fee_total": 990, "fiscal_document": "12345678909",
        "lines": [
            {"line_id": str(line_id), "description": "Sessão", "unit_price": 50_000, "artist_id": str(artist)},
            {"line_id": str(product_line), "kind": "product", "product_id": str(pomada), "description": "Pomada",
             "quantity": 2, "unit_price": 4_500, "discount": 900, "discount_bps": 1_000},
        ],
        "tips": [{"tip_id": str(tip_id), "artist_id": str(artist), "amount": 3_000}],
    }  # fmt: skip
    paid = {"business_date": DAY, "received_at": T0.isoformat()}
    card = {"payment_id": str(uuid7()), "sale_id": str(sale_id), "method": "credit", "amount": 30_000, "tip": 3_000,
            "card_brand": "elo", "instalments": 2, "auth_code": "123456", "card_fee": 990, **paid}  # fmt: skip
    # total: 50 000 + 8 100 - 1 000 = 57 100; the deposit 10 000; card 30 000; PIX the rest.
    pix = {"payment_id": str(uuid7()), "sale_id": str(sale_id), "method": "pix", "amount": 17_100,
           "pix_e2e_id": "E12345678202605041300abcdefghijk", **paid}  # fmt: skip
    mutations = [
        desk.mutation("staff.add", {"staff_id": str(artist), "display_name": "Rafa", "role": "artist"}),
        desk.mutation(
            "commission.set",
            {
                "rule_id": str(uuid7()),
                "staff_id": str(artist),
                "rate_bps": 5_000,
                "tip_share_bps": 9_000,
                "effective_from": "2026-01-01",
            },
        ),
        desk.mutation("product.save", {"product_id": str(pomada), "name": "Pomada", "sku": "POM", "price": 4_500}),
        desk.mutation("client.create", client_create(client_id=ana)),
        desk.mutation(
            "deposit.take",
            {
                "deposit_id": str(held),
                "client_id": str(ana),
                "amount": 10_000,
                "policy_text": "Sinal abatido na última sessão.",
                "acknowledged": True,
                "business_date": "2026-04-20",
                "taken_at": T0.isoformat(),
            },
        ),
        desk.mutation(
            "payment.record",
            {
                "payment_id": str(uuid7()),
                "deposit_id": str(held),
                "method": "pix",
                "amount": 10_000,
                "business_date": "2026-04-20",
                "received_at": T0.isoformat(),
            },
        ),
        desk.mutation("sale.record", sale_args),
        desk.mutation("payment.record", card),
        desk.mutation("payment.record", pix),
    ]
    results = push(client, desk, mutations)["results"]
    assert [(r["status"], r["conflict_id"]) for r in results] == [("applied", None)] * len(mutations)
    return {"sale": sale_args, "card": card, "pix": pix, "artist": artist, "deposit": held, "tip": tip_id}


def test_a_ticket_closed_on_a_desk_is_applied_and_pulled_back_whole(
    client: TestClient, make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    studio = make_studio()
    desk, other = make_desk(studio), make_desk(studio)
    done = a_closed_ticket(client, desk)
    pages = pull_all(client, other)
    sale_id = done["sale"]["sale_id"]
    stored = rows(pages, "sale")[sale_id]
    assert (stored["status"], stored["total"], stored["deposit_applied"], stored["tip_total"]) == (
        "closed",
        57_100,
        10_000,
        3_000,
    )
    assert (stored["fiscal_document"], stored["device_id"]) == ("12345678909", str(desk.device_id))
    lines = [ln for ln in rows(pages, "sale_line").values() if ln["sale_id"] == sale_id]
    assert sum(ln["total"] for ln in lines) == 57_100
    assert sum(ln["fee_share"] for ln in lines) == 990
    assert all(ln["artist_share"] + ln["studio_share"] == ln["total"] for ln in lines)
    tip = rows(pages, "sale_tip")[str(done["tip"])]
    assert (tip["artist_share"], tip["studio_share"]) == (2_700, 300)
    assert rows(pages, "deposit")[str(done["deposit"])]["status"] == "applied"
    entries = [e for e in rows(pages, "deposit_entry").values() if e["deposit_id"] == str(done["deposit"])]
    assert sorted(e["kind"] for e in entries) == ["applied", "taken"]
    payments = [p for p in rows(pages, "payment").values() if p["sale_id"] == sale_id]
    assert sum(p["amount"] for p in payments) == stored["total"] - stored["deposit_applied"]
    card = rows(pages, "payment")[done["card"]["payment_id"]]
    assert (card["card_brand"], card["instalments"], card["auth_code"], card["card_fee"]) == ("elo", 2, "123456", 990)


def test_a_receptionist_desk_s_refund_is_stored_and_flagged_and_its_void_refused(
    client: TestClient, make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    studio = make_studio()
    owner_desk = make_desk(studio)
    done = a_closed_ticket(client, owner_desk)
    receptionist = uuid7()
    hired = {"staff_id": str(receptionist), "display_name": "Bia", "role": "receptionist"}
    push(client, owner_desk, [owner_desk.mutation("staff.add", hired)])
    front = make_desk(studio, staff_id=receptionist, role=Role.RECEPTIONIST)
    refund = {"payment_id": str(uuid7()), "refund_of": done["pix"]["payment_id"], "amount": 5_000,
              "reason": "Cliente desistiu do produto", "business_date": DAY, "received_at": T0.isoformat()}  # fmt: skip
    void = {"sale_id": done["sale"]["sale_id"], "reason": "Erro", "voided_at": T0.isoformat()}
    given_back, voided = push(
        client, front, [front.mutation("payment.refund", refund), front.mutation("sale.void", void)]
    )["results"]
    assert given_back["status"] == "applied"
    assert given_back["conflict_id"] is not None
    assert voided["status"] == "rejected"
    pages = pull_all(client, owner_desk)
    stored = rows(pages, "payment")[refund["payment_id"]]
    assert (stored["amount"], stored["refund_of"], stored["reason"]) == (-5_000, refund["refund_of"], refund["reason"])
    conflict = rows(pages, "sync_conflict")[given_back["conflict_id"]]
    assert (conflict["kind"], conflict["theirs"]["code"]) == ("needs_review", "refund_role")
    assert rows(pages, "sale")[done["sale"]["sale_id"]]["status"] == "closed"
    # The owner's desk voids it.
    (owner_void,) = push(client, owner_desk, [owner_desk.mutation("sale.void", void)])["results"]
    assert owner_void["status"] == "applied"
    assert rows(pull_all(client, front), "sale")[done["sale"]["sale_id"]]["status"] == "void"


def test_one_studio_s_checkout_is_invisible_to_another(
    client: TestClient, app_db: Database, make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    a, b = make_studio(), make_studio()
    done = a_closed_ticket(client, make_desk(a))
    with app_db.tenant(b.studio_id) as conn:
        for table in CHECKOUT_TABLES:
            assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == 0, table
    with pytest.raises(DBAPIError), app_db.tenant(b.studio_id) as conn:  # nor can B write into A's studio
        conn.execute(
            text("INSERT INTO product (id, studio_id, created_at, changed_at, name, price) "
                 "VALUES (:id, :sid, now(), now(), 'Intrusa', 100)"),
            {"id": uuid7(), "sid": a.studio_id},
        )  # fmt: skip
    with app_db.tenant(a.studio_id) as conn:
        assert conn.execute(text("SELECT count(*) FROM sale_tip")).scalar_one() == 1
        assert conn.execute(text("SELECT count(*) FROM deposit_entry")).scalar_one() == 2
    desk_b = make_desk(b)
    pulled = {c["table"] for p in pull_all(client, desk_b) for c in p["changes"]}
    assert not pulled & set(CHECKOUT_TABLES)
    # B's desk naming A's payment or deposit reaches nothing of A's: kept in B's studio, for review.
    refund: dict[str, Any] = {
        "payment_id": str(uuid7()), "refund_of": done["card"]["payment_id"], "amount": 100, "reason": "x",
        "business_date": DAY, "received_at": T0.isoformat(),
    }  # fmt: skip
    bruno = uuid7()
    sale_b: dict[str, Any] = {
        "sale_id": str(uuid7()), "number": "A-000001", "client_id": str(bruno), "business_date": DAY,
        "closed_at": T0.isoformat(), "deposit_ids": [str(done["deposit"])],
        "lines": [{"line_id": str(uuid7()), "description": "Sessão", "unit_price": 20_000}],
    }  # fmt: skip
    results = push(client, desk_b, [desk_b.mutation("payment.refund", refund),
                                    desk_b.mutation("client.create", client_create(client_id=bruno)),
                                    desk_b.mutation("sale.record", sale_b)])["results"]  # fmt: skip
    assert [r["status"] for r in results] == ["applied"] * 3
    pages = pull_all(client, desk_b)
    assert rows(pages, "payment")[refund["payment_id"]]["refund_of"] == refund["payment_id"]
    assert rows(pages, "sale")[sale_b["sale_id"]]["deposit_applied"] == 0
    codes = {c["theirs"]["code"] for c in rows(pages, "sync_conflict").values()}
    assert {"refund_of_unknown", "deposit_not_held"} <= codes
    with app_db.tenant(a.studio_id) as conn:
        held = conn.execute(text("SELECT status, sale_id FROM deposit WHERE id = :id"), {"id": done["deposit"]}).one()
    assert (held.status, str(held.sale_id)) == ("applied", done["sale"]["sale_id"])


def test_the_ledger_and_the_tips_cannot_be_changed_by_anyone(
    client: TestClient, central_db: CentralDb, app_db: Database, make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    studio = make_studio()
    done = a_closed_ticket(client, make_desk(studio))
    statements = (
        ("UPDATE sale_tip SET artist_share = 0, studio_share = amount WHERE id = :id", done["tip"]),
        ("DELETE FROM sale_tip WHERE id = :id", done["tip"]),
        ("UPDATE deposit_entry SET amount = 1 WHERE deposit_id = :id", done["deposit"]),
        ("DELETE FROM deposit_entry WHERE deposit_id = :id", done["deposit"]),
    )
    for sql, row_id in statements:  # the app role may only add rows to them (dbroles)
        with pytest.raises(DBAPIError, match="permission denied"), app_db.tenant(studio.studio_id) as conn:
            conn.execute(text(sql), {"id": row_id})
    admin = create_engine(central_db.admin_url, poolclass=pool.NullPool)
    try:
        for sql, row_id in statements:  # not even the tables' owner (the trigger of revision 0012)
            with pytest.raises(DBAPIError, match="append_only"), admin.begin() as conn:
                conn.execute(text(sql), {"id": row_id})
        with admin.connect() as conn:
            tip = conn.execute(text("SELECT artist_share FROM sale_tip WHERE id = :id"), {"id": done["tip"]}).one()
            entries = conn.execute(text("SELECT count(*) FROM deposit_entry WHERE deposit_id = :id"),
                                   {"id": done["deposit"]}).scalar_one()  # fmt: skip
        assert (tip.artist_share, entries) == (2_700, 2)
    finally:
        admin.dispose()

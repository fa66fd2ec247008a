"""A gift voucher and the client's personal data (LGPD): the buyer's and recipient's names and the
note are the client's data. An erase takes them off the client's vouchers (and the client's name
off any other voucher that names them) and keeps the voucher and its money (retention); a merge
moves the merged record's vouchers to the kept client; the client's export holds their vouchers
with the money that bought and spent them."""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kronos_core.erasure import ERASED_NAME
from kronos_core.ids import uuid7
from kronos_core.retention import RETAINED, RETAINED_TABLES
from kronos_core.roles import Role
from kronos_core.schema import (
    TABLES_BY_NAME,
    audit_event,
    cash_count,
    cash_drawer,
    cash_movement,
    cash_session,
    client,
    payment,
    stock_movement,
    voucher,
)
from kronos_core.vouchers import new_code
from kronos_desktop.store import LocalStore
from kronos_desktop.store.queries.client_export import client_export
from tests.core.harness import Desk, at
from tests.desktop.checkout_rows import AT, DAY, open_counter

ERASED_AT = dt.datetime(2026, 4, 1, 12, 0, tzinfo=dt.UTC)
_CODES = random.Random(16)


def sell(desk: Desk, amount: int, **fields: Any) -> uuid.UUID:
    """A voucher sold at the counter and paid by PIX (the two mutations the desk batches)."""
    voucher_id = uuid7()
    args = {"voucher_id": str(voucher_id), "code": new_code(_CODES), "amount": amount, "sold_on": "2026-03-10"}
    args.update({k: str(v) if isinstance(v, uuid.UUID) else v for k, v in fields.items()})
    desk.run("voucher.sell", args, role=Role.RECEPTIONIST)
    pay(desk, voucher_id, amount, for_voucher=True)
    return voucher_id


def pay(desk: Desk, voucher_id: uuid.UUID, amount: int, *, for_voucher: bool = False) -> uuid.UUID:
    """The money that bought the voucher, or (``for_voucher`` False) a redemption of it."""
    payment_id = uuid7()
    args: dict[str, Any] = {
        "payment_id": str(payment_id),
        "amount": amount,
        "business_date": "2026-03-10",
        "received_at": at(10, 15).isoformat(),
    }
    if for_voucher:
        args.update(method="pix", for_voucher_id=str(voucher_id))
    else:
        args.update(method="voucher", voucher_id=str(voucher_id))
    desk.run("payment.record", args, role=Role.RECEPTIONIST)
    return payment_id


def everything(desk: Desk) -> str:
    return json.dumps({name: desk.rows(table) for name, table in TABLES_BY_NAME.items()}, default=str)


def test_an_erase_takes_the_names_off_her_vouchers_and_keeps_the_money(desk: Desk) -> None:
    zuleika = desk.add_client("Zuleika Wpqx", phone="+55 11 97531-8642", allergies="hemofilia leve")
    bruno = desk.add_client("Bruno Tavares")
    hers = sell(desk, 20_000, client_id=zuleika, buyer_name="Zuleika Wpqx", recipient_name="Odete Qarvalho",
                note="Para a mãe; avisar no +55 11 97531-8642", expires_on="2027-03-10")  # fmt: skip
    spent = pay(desk, hers, 5_000)
    gift = sell(desk, 15_000, client_id=bruno, recipient_name="Zuleika Wpqx", note="Aniversário da Zuleika Wpqx")
    other = sell(desk, 10_000, buyer_name="Carla Dias", recipient_name="Davi Dias", note="Natal")

    desk.run("client.erase", {"client_id": str(zuleika), "erased_at": ERASED_AT.isoformat()})

    kept = desk.one(voucher, hers)
    assert (kept["buyer_name"], kept["recipient_name"], kept["note"]) == (None, None, None)
    assert (kept["amount"], kept["client_id"], kept["sold_on"], kept["expires_on"]) == (
        20_000, zuleika, dt.date(2026, 3, 10), dt.date(2027, 3, 10),
    )  # fmt: skip
    received = desk.one(voucher, gift)
    assert (received["recipient_name"], received["note"], received["client_id"]) == (
        ERASED_NAME, f"Aniversário da {ERASED_NAME}", bruno,
    )  # fmt: skip
    untouched = desk.one(voucher, other)
    assert (untouched["buyer_name"], untouched["recipient_name"], untouched["note"]) == (
        "Carla Dias",
        "Davi Dias",
        "Natal",
    )
    # The money stays: what bought the voucher and what was spent of it, so its balance.
    money = {p["id"]: p for p in desk.rows(payment)}
    assert money[spent]["voucher_id"] == hers
    assert sum(p["amount"] for p in money.values() if p["for_voucher_id"] == hers) == 20_000
    assert desk.one(client, zuleika)["full_name"] == ERASED_NAME
    text = everything(desk)
    for words in ("Zuleika", "Wpqx", "97531", "Odete", "Qarvalho", "hemofilia"):
        assert words not in text
    (erased,) = desk.rows(audit_event, action="client.erase")
    assert erased["detail"]["vouchers"] == 2


def test_the_retention_list_keeps_vouchers_and_cash_and_stock_name_no_client() -> None:
    assert "voucher" in RETAINED_TABLES
    (item,) = [k for k in RETAINED if k.table == "voucher"]
    assert item.exists
    assert "LGPD art. 16 I" in item.why
    for table in (cash_drawer, cash_session, cash_movement, cash_count, stock_movement):
        assert "client_id" not in table.c
        assert all(fk.column.table is not client for fk in table.foreign_keys), table.name
        assert table.name not in RETAINED_TABLES


def test_a_merge_moves_the_merged_record_s_vouchers_to_the_kept_one(desk: Desk) -> None:
    ana = desk.add_client("Ana Souza")
    twin = desk.add_client("Ana S. Souza")
    other = desk.add_client("Bia Lopes")
    half = sell(desk, 20_000, client_id=twin, recipient_name="Caio Souza")
    pay(desk, half, 8_000)
    whole = sell(desk, 10_000, client_id=twin)
    anas = sell(desk, 5_000, client_id=ana)
    bias = sell(desk, 5_000, client_id=other)

    desk.run("client.merge", {"keep_id": str(ana), "merged_id": str(twin)})

    owners = {v["id"]: v["client_id"] for v in desk.rows(voucher)}
    assert owners == {half: ana, whole: ana, anas: ana, bias: other}
    moved = desk.one(voucher, half)
    assert (moved["recipient_name"], moved["amount"]) == ("Caio Souza", 20_000)
    (merged,) = desk.rows(audit_event, action="client.merge")
    assert merged["detail"]["moved"] == {"voucher": 2}
    pay(desk, half, 12_000)  # the rest, spent by the kept client: nothing is flagged
    assert [p["amount"] for p in desk.rows(payment, voucher_id=half)] == [8_000, 12_000]


def test_a_merge_from_a_record_with_no_voucher_moves_none(desk: Desk) -> None:
    ana, twin = desk.add_client("Ana Souza"), desk.add_client("Ana S. Souza")
    anas = sell(desk, 5_000, client_id=ana)
    desk.run("client.merge", {"keep_id": str(ana), "merged_id": str(twin)})
    assert desk.one(voucher, anas)["client_id"] == ana
    (merged,) = desk.rows(audit_event, action="client.merge")
    assert "voucher" not in merged["detail"]["moved"]


# -- the export (the desk's read of a client's data) ------------------------------------------------
@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    opened, _ = open_counter(tmp_path / "data")
    yield opened
    opened.close()


def test_the_export_holds_her_vouchers_with_the_money_that_bought_and_spent_them(store: LocalStore) -> None:
    with store.read_engine.connect() as conn:
        ana = conn.execute(client.select().where(client.c.full_name == "Ana Souza")).mappings().one()["id"]
    bia = uuid7()
    store.apply("client.create", {"client_id": bia, "full_name": "Bia Lopes"})
    hers, others = uuid7(), uuid7()
    store.apply("voucher.sell", {"voucher_id": hers, "code": "K7QX-M4P9", "amount": 30_000, "sold_on": DAY,
                                 "client_id": ana, "recipient_name": "Caio Souza", "note": "Aniversário"})  # fmt: skip
    bought, spent = uuid7(), uuid7()
    store.apply("payment.record", {"payment_id": bought, "method": "cash", "amount": 30_000, "cash_tendered": 30_000,
                                   "for_voucher_id": hers, "business_date": DAY, "received_at": AT})  # fmt: skip
    store.apply("payment.record", {"payment_id": spent, "method": "voucher", "amount": 12_000, "voucher_id": hers,
                                   "business_date": DAY, "received_at": AT + dt.timedelta(hours=1)})  # fmt: skip
    store.apply("voucher.sell", {"voucher_id": others, "code": "M4P9-K7QX", "amount": 10_000, "sold_on": DAY,
                                 "client_id": bia, "recipient_name": "Davi Dias"})  # fmt: skip

    with store.read_engine.connect() as conn:
        found = client_export(conn, ana)
    assert found is not None
    (card,) = found.sections["vouchers"]
    assert (card["id"], card["code"], card["amount"], card["recipient_name"], card["note"]) == (
        str(hers), "K7QX-M4P9", 30_000, "Caio Souza", "Aniversário",
    )  # fmt: skip
    assert card["sold_by_name"] == "Marina Costa"
    assert [(p["id"], p["method"], p["amount"]) for p in card["paid_with"]] == [(str(bought), "cash", 30_000)]
    assert [(p["id"], p["method"], p["amount"]) for p in card["redeemed"]] == [(str(spent), "voucher", 12_000)]
    assert str(bought) in {p["id"] for p in found.sections["payments"]}
    assert found.counts()["vouchers"] == 1
    assert "Davi Dias" not in json.dumps(found.sections, default=str)
    kept = {k.table: k for k in found.kept}
    assert kept["voucher"].rows == 1
    assert kept["voucher"].until is not None
    retained = {k["table"]: k for k in found.sections["retention"]["kept_after_an_erase"]}
    assert retained["voucher"]["rows"] == 1

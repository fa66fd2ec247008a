"""Several mutations in one transaction (LocalStore.apply_many, what closing a ticket uses): each
its own outbox entry in order, as apply writes it; one refused and nothing at all is written."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import Connection, func, select

from kronos_core.mutations import InvalidArguments
from kronos_core.schema import client
from kronos_desktop.store import LocalStore
from kronos_desktop.store.local_schema import outbox, replica


def count(store: LocalStore, table) -> int:  # type: ignore[no-untyped-def]
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def new_client(name: str) -> dict[str, str]:
    return {"client_id": str(uuid.uuid4()), "full_name": name}


def test_each_mutation_is_its_own_outbox_entry_in_order(store: LocalStore) -> None:
    ana, bia = new_client("Ana Souza"), new_client("Bia Lima")
    seen_in_build: list[int] = []

    def build(conn: Connection) -> list[tuple[str, dict[str, str]]]:
        seen_in_build.append(int(conn.execute(select(replica.c.last_seq)).scalar_one()))
        return [("client.create", ana), ("client.create", bia)]

    done = store.apply_many(build)
    assert [d.seq for d in done] == [2, 3]  # studio.setup was 1
    assert seen_in_build == [1]  # build runs first, inside the transaction
    with store.engine.connect() as conn:
        recs = conn.execute(select(outbox).order_by(outbox.c.seq)).mappings().all()[-2:]
        names = set(conn.execute(select(client.c.full_name)).scalars())
    assert [(r["seq"], r["uuid"], r["name"]) for r in recs] == [(d.seq, d.uuid, "client.create") for d in done]
    assert recs[0]["args"]["full_name"] == "Ana Souza"
    assert recs[1]["undo"] == [{"table": "client", "id": bia["client_id"], "before": None}]
    assert {"Ana Souza", "Bia Lima"} <= names
    assert done[1].changed == {"client": {uuid.UUID(bia["client_id"])}}


def test_one_refused_and_nothing_is_written(store: LocalStore) -> None:
    before = (count(store, client), count(store, outbox))
    last_seq = store.identity().last_seq  # type: ignore[union-attr]

    def build(conn: Connection) -> list[tuple[str, dict[str, str]]]:
        # A desk-only write in build is rolled back with the rest.
        conn.execute(replica.update().values(sale_counter=replica.c.sale_counter + 1))
        return [("client.create", new_client("Ana Souza")), ("client.create", {**new_client("Bia"), "phone": "12"})]

    with pytest.raises(InvalidArguments):
        store.apply_many(build)
    assert (count(store, client), count(store, outbox)) == before
    with store.engine.connect() as conn:
        assert conn.execute(select(replica.c.sale_counter, replica.c.last_seq)).one() == (0, last_seq)


def test_a_failing_build_writes_nothing(store: LocalStore) -> None:
    before = count(store, outbox)

    def build(conn: Connection) -> list[tuple[str, dict[str, str]]]:
        conn.execute(replica.update().values(sale_counter=7))
        raise LookupError("the draft is gone")

    with pytest.raises(LookupError):
        store.apply_many(build)
    assert count(store, outbox) == before
    with store.engine.connect() as conn:
        assert conn.execute(select(replica.c.sale_counter)).scalar_one() == 0

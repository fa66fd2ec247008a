"""A mutation and its outbox record are one transaction: both written, or neither."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
import uuid

import pytest
from sqlalchemy import delete, func, select

from kronos_core.mutations import InvalidArguments, NotFound
from kronos_core.schema import client
from kronos_desktop.store import LocalStore
from kronos_desktop.store.local_schema import outbox
from kronos_desktop.store.writer import Writer


def count(store: LocalStore, table) -> int:  # type: ignore[no-untyped-def]
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def new_client(name: str = "Bruna Oliveira") -> dict[str, str]:
    return {"client_id": str(uuid.uuid4()), "full_name": name, "phone": "+5511912345678"}


def test_mutation_and_outbox_record_are_written_together(store: LocalStore) -> None:
    args = new_client()
    applied = store.apply("client.create", args)
    with store.engine.connect() as conn:
        row = conn.execute(select(client).where(client.c.id == uuid.UUID(args["client_id"]))).mappings().one()
        rec = conn.execute(select(outbox).where(outbox.c.uuid == applied.uuid)).mappings().one()
    assert row["full_name"] == "Bruna Oliveira"
    assert row["version"] == 0  # not yet on a server
    assert rec["name"] == "client.create"
    assert rec["seq"] == applied.seq == 2  # studio.setup was 1
    assert rec["args"]["full_name"] == "Bruna Oliveira"
    assert rec["undo"] == [{"table": "client", "id": args["client_id"], "before": None}]
    assert applied.changed == {"client": {uuid.UUID(args["client_id"])}}


def test_refused_mutation_writes_nothing(store: LocalStore) -> None:
    before_clients, before_outbox = count(store, client), count(store, outbox)
    last_seq = store.identity().last_seq  # type: ignore[union-attr]
    with pytest.raises(InvalidArguments, match="phone"):
        store.apply("client.create", {**new_client(), "phone": "12"})
    with pytest.raises(NotFound):
        store.apply("client.update", {"client_id": str(uuid.uuid4()), "changes": {"notes": "x"}})
    assert (count(store, client), count(store, outbox)) == (before_clients, before_outbox)
    assert store.identity().last_seq == last_seq  # type: ignore[union-attr]


def test_update_keeps_the_row_as_it_was_to_take_it_back(store: LocalStore) -> None:
    args = new_client()
    store.apply("client.create", args)
    applied = store.apply(
        "client.update",
        {"client_id": args["client_id"], "changes": {"allergies": "Látex"}, "seen": {"allergies": None}},
    )
    with store.engine.connect() as conn:
        rec = conn.execute(select(outbox.c.undo).where(outbox.c.uuid == applied.uuid)).scalar_one()
    assert rec[0]["before"]["allergies"] is None
    assert rec[0]["before"]["full_name"] == "Bruna Oliveira"


def test_sequence_numbers_count_on_after_the_outbox_empties(store: LocalStore) -> None:
    store.apply("client.create", new_client())
    with store.engine.begin() as conn:
        conn.execute(delete(outbox))  # as if everything had been acknowledged and dropped
    applied = store.apply("client.create", new_client("Caio Mendes"))
    assert applied.seq == 3


def test_writes_run_on_the_writer_thread(store: LocalStore) -> None:
    writer = Writer()
    try:
        seen: list[bool] = []

        def op() -> int:
            seen.append(writer.on_writer_thread())
            return store.apply("client.create", new_client()).seq

        assert writer.submit(op).result(timeout=10) == 2
        assert seen == [True]
        assert not writer.on_writer_thread()
    finally:
        writer.shutdown()


KILL_SCRIPT = textwrap.dedent(
    """
    import os, signal, sys, uuid
    from pathlib import Path
    from kronos_desktop.store import LocalStore
    from kronos_desktop.store import store as store_module

    data, point, client_id = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    s = LocalStore.open(data)
    original = store_module.LocalStore._append_outbox

    def append_then_maybe_die(self, conn, ctx, args, seq):
        if point == "before_outbox":
            os.kill(os.getpid(), signal.SIGKILL)
        original(self, conn, ctx, args, seq)
        if point == "after_outbox":
            os.kill(os.getpid(), signal.SIGKILL)

    store_module.LocalStore._append_outbox = append_then_maybe_die
    s.apply("client.create", {"client_id": client_id, "full_name": "Killed Midway"})
    if point == "after_commit":
        os.kill(os.getpid(), signal.SIGKILL)
    """
)


@pytest.mark.parametrize(("point", "kept"), [("before_outbox", False), ("after_outbox", False), ("after_commit", True)])
def test_process_killed_mid_write_keeps_both_or_neither(store: LocalStore, point: str, kept: bool) -> None:
    data_dir = store.path.parent
    store.close()
    client_id = str(uuid.uuid4())
    proc = subprocess.run(
        [sys.executable, "-c", KILL_SCRIPT, str(data_dir), point, client_id], capture_output=True, timeout=60
    )
    assert proc.returncode == -9, proc.stderr.decode()
    reopened = LocalStore.open(data_dir)
    try:
        with reopened.engine.connect() as conn:
            has_row = conn.execute(select(client.c.id).where(client.c.id == uuid.UUID(client_id))).first() is not None
            has_record = conn.execute(select(outbox.c.seq).where(outbox.c.name == "client.create")).first() is not None
        assert has_row is kept
        assert has_record is kept
        assert reopened.identity().last_seq == (2 if kept else 1)  # type: ignore[union-attr]
    finally:
        reopened.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_data_files_are_readable_by_the_user_alone(store: LocalStore) -> None:
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.path.parent.stat().st_mode) == 0o700


def test_outbox_args_are_plain_json(store: LocalStore) -> None:
    store.apply("client.create", {**new_client(), "birth_date": "2001-02-03"})
    with store.engine.connect() as conn:
        raw = conn.exec_driver_sql("SELECT args FROM outbox ORDER BY seq DESC LIMIT 1").scalar_one()
    assert json.loads(raw)["birth_date"] == "2001-02-03"

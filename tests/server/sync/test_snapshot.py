"""A pull page's snapshot is REPEATABLE READ and READ ONLY, said in its BEGIN by the driver, and
the pooled connection goes back to READ COMMITTED, read-write for the next request (a push)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event, select, text

from kronos_core.ids import uuid7
from kronos_core.rows import decode_row, encode_row
from kronos_core.schema import SYNCED_TABLES, TABLES_BY_NAME
from kronos_server.db import Database
from kronos_server.sync.pull import read_page, snapshot
from tests.server.conftest import CentralDb, MadeStudio
from tests.server.sync.conftest import MakeDesk, client_create
from tests.server.sync.instants import same_but_fractions

pytestmark = pytest.mark.postgres


def test_a_pull_snapshot_is_repeatable_read_only_and_leaves_the_pooled_connection_as_it_was(
    central_db: CentralDb, make_studio: Callable[..., MadeStudio]
) -> None:
    db = Database(central_db.app_url, pool_size=1, max_overflow=0)  # one connection, reused
    studio = make_studio()
    show = text("SELECT current_setting('transaction_isolation'), current_setting('transaction_read_only')")
    try:
        with snapshot(db, studio.studio_id) as conn:
            assert tuple(conn.execute(show).one()) == ("repeatable read", "on")
            pid = conn.execute(text("SELECT pg_backend_pid()")).scalar()
        with db.tenant(studio.studio_id) as conn:
            assert conn.execute(text("SELECT pg_backend_pid()")).scalar() == pid  # the same connection
            assert tuple(conn.execute(show).one()) == ("read committed", "off")
    finally:
        db.dispose()


def test_a_pages_instants_are_utc_whatever_the_connections_zone(
    central_db: CentralDb,
    client: TestClient,
    make_studio: Callable[..., MadeStudio],
    make_desk: MakeDesk,
) -> None:
    """PostgreSQL writes a page's JSON itself, instants in the session's zone: the snapshot sets
    UTC, so a server whose database or role defaults to another zone still sends encode_row's."""
    studio = make_studio()
    desk = make_desk(studio)
    cid = uuid7()
    sale = {
        "sale_id": str(uuid7()), "number": "Z-1", "business_date": "2026-05-04",
        "closed_at": "2026-05-04T22:30:00.123456-03:00", "client_id": str(cid),
        "lines": [{"line_id": str(uuid7()), "description": "Sessão", "unit_price": 70000}],
    }  # fmt: skip
    body = desk.body([desk.mutation("client.create", client_create(client_id=cid)), desk.mutation("sale.record", sale)])
    assert client.post("/v1/sync/push", json=body, headers=desk.headers).status_code == 200
    db = Database(central_db.app_url, pool_size=1)

    @event.listens_for(db.engine, "connect")
    def elsewhere(dbapi_connection: Any, _record: Any) -> None:  # a server whose sessions are not in UTC
        dbapi_connection.execute("SET TimeZone = 'America/Sao_Paulo'")
        dbapi_connection.commit()

    try:
        with snapshot(db, studio.studio_id) as conn:
            page = read_page(conn, studio.studio_id, desk.device_id, None, 1000)
            stored = {
                table.name: {r["id"]: dict(r) for r in conn.execute(select(table)).mappings()}
                for table in SYNCED_TABLES
            }
    finally:
        db.dispose()
    changes = json.loads(page.body())["changes"]
    assert {c["table"] for c in changes} >= {"client", "sale"}
    for change in changes:
        table = TABLES_BY_NAME[change["table"]]
        row = stored[table.name][uuid.UUID(change["id"])]
        assert decode_row(table, change["row"]) == row
        assert same_but_fractions(change["row"], encode_row(table, row))
    (sold,) = [c["row"] for c in changes if c["table"] == "sale"]
    assert sold["closed_at"] == "2026-05-05T01:30:00.123456+00:00"  # in UTC, not São Paulo's -03:00

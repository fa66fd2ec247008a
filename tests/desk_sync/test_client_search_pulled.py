"""Pulled clients are found at once (issue 13: the index kept "by the same transaction as each
change (pulled rows too)"): a first download, a later pull applied with the rebase, and a pull
under a pending local change all leave the search index as the rows are. Real SQLite files and
the in-process fake of the wire protocol, through the desk's own sync steps."""

from __future__ import annotations

import uuid

from kronos_desktop.store.queries.client_search import count_found, search_clients
from tests.desk_sync.conftest import Desk, Studio, new_client


def found(desk: Desk, text: str) -> list[uuid.UUID]:
    with desk.store.read_engine.connect() as conn:
        ids = search_clients(conn, desk.studio_id, text, limit=200)
        assert count_found(conn, desk.studio_id, text) == len(ids)
        return ids


def test_pulled_clients_are_found_as_the_server_has_them(studio: Studio) -> None:
    a = studio.desk("a")
    cecile = new_client("Çécile Araújo", phone="+5511912345678", instagram="cecile.ink")
    bruno = new_client("Bruno Pereira", email="bruno@example.com")
    a.apply("client.create", cecile)
    a.apply("client.create", bruno)
    a.steps.sync()

    b = studio.desk("b")  # its first download, pages applied as they come
    cecile_id, bruno_id = uuid.UUID(cecile["client_id"]), uuid.UUID(bruno["client_id"])
    for typed in ("cecile", "ARAUJO", "@cecile.ink", "912345", "11 91234-5678"):
        assert found(b, typed) == [cecile_id], typed
    assert found(b, "bruno@ex") == [bruno_id]

    # A later change, pulled the kept-aside way (the take-back and rebase path).
    a.apply("client.update", {"client_id": str(cecile_id), "changes": {"full_name": "Cecília Rocha"}})
    a.steps.sync()
    mine = new_client("Bruna Local")  # pending on b while it pulls
    b.apply("client.create", mine)
    b.steps.pull()
    assert b.local.counts().pending == 1, "the local change is still waiting"
    assert found(b, "araujo") == [], "the old name is gone"
    assert found(b, "cecilia rocha") == [cecile_id]
    assert found(b, "912345") == [cecile_id], "the phone stays"
    assert found(b, "@cecile") == [cecile_id], "and the handle"
    assert set(found(b, "brun")) == {bruno_id, uuid.UUID(mine["client_id"])}, "the pending client too"

    studio.settle()
    studio.assert_converged()
    for desk in (a, b):
        assert set(found(desk, "brun")) == {bruno_id, uuid.UUID(mine["client_id"])}, desk.name
        assert found(desk, "")[:3] != [], desk.name
        with desk.store.read_engine.connect() as conn:
            live = conn.exec_driver_sql("SELECT count(*) FROM client WHERE deleted = 0").scalar_one()
            assert conn.exec_driver_sql("SELECT count(*) FROM client_search").scalar_one() == live

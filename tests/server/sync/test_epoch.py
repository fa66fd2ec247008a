"""After a restore the operator gives every studio a new epoch; desks then see ``reset``."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, pool, text

from kronos_server import migrate
from kronos_server.accounts import create_studio_with_owner
from kronos_server.cli import main
from kronos_server.db import Database
from kronos_server.studio_version import read_version
from kronos_server.sync.epoch import new_epochs
from tests.server.conftest import APP_ROLE, CHEAP_HASH, DEFAULT_PASSWORD, CentralDb, MadeStudio, unique_email
from tests.server.sync.conftest import MakeDesk, client_create
from tests.server.test_owner_role import owned_database

__all__ = ["owned_database"]  # the fixture: a database owned by an ordinary role


def test_a_new_epoch_answers_old_cursors_with_reset_and_shows_in_push_answers(
    client: TestClient,
    central_db: CentralDb,
    make_studio: Callable[..., MadeStudio],
    make_desk: MakeDesk,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    studio = make_studio()
    desk = make_desk(studio)
    body = desk.body([desk.mutation("client.create", client_create())])
    before = client.post("/v1/sync/push", json=body, headers=desk.headers).json()["epoch"]
    cursor = client.get("/v1/sync/pull", params={"device_id": str(desk.device_id)}, headers=desk.headers).json()[
        "cursor"
    ]
    monkeypatch.setenv("KRONOS_ADMIN_DATABASE_URL", central_db.admin_url)
    assert main(["new-epoch", "--all"]) == 0
    with pytest.raises(SystemExit) as refused:  # never without saying --all
        main(["new-epoch"])
    assert refused.value.code == 1
    page = client.get(
        "/v1/sync/pull", params={"device_id": str(desk.device_id), "cursor": cursor}, headers=desk.headers
    ).json()
    assert page["reset"] is True
    after = page["cursor"].split(":")[0]
    assert after != before
    answer = client.post("/v1/sync/push", json=desk.body([]), headers=desk.headers).json()
    assert answer["epoch"] == after


def test_an_ordinary_owner_can_do_it_and_rls_stays_forced(owned_database: tuple[str, str]) -> None:
    owner_url, app_url = owned_database
    migrate.upgrade(owner_url, app_role=APP_ROLE)
    app_db = Database(app_url)
    engine = create_engine(owner_url, poolclass=pool.NullPool)
    try:
        made = create_studio_with_owner(
            app_db, name="Restored", owner_email=unique_email(), owner_name="Ana", password=DEFAULT_PASSWORD,
            hasher=CHEAP_HASH,
        )  # fmt: skip
        with engine.begin() as conn:
            assert new_epochs(conn) == 1
        with engine.connect() as conn:
            forced = conn.execute(text("SELECT relforcerowsecurity FROM pg_class WHERE relname = 'studio_clock'"))
            assert forced.scalar_one() is True
            assert conn.execute(text("SELECT count(*) FROM studio_clock")).scalar_one() == 0  # RLS binds it again
        with app_db.tenant(made.studio_id) as conn:
            assert read_version(conn, made.studio_id)[0] != made.epoch
    finally:
        engine.dispose()
        app_db.dispose()

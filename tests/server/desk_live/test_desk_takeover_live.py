"""A desk that outlives its enroller, end to end: the real server in a process of its own over
PostgreSQL, a real desk database, the desk's own session signed in through the browser flow
(the browser played by httpx), the desk's HTTP transport and sync client.

The desk takes payments offline; the manager who enrolled it is deactivated (the desk is cut
off, and says why); another manager signs in on that desk; every payment then arrives once,
with its original author, and the sequence numbers continue under the same replica id, no 409.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from kronos_core.ids import uuid7
from kronos_core.roles import Role
from kronos_core.schema import payment
from kronos_desktop.auth.desk_link import DeskLink
from kronos_desktop.auth.model import KeyringKind, SessionState
from kronos_desktop.auth.session import DeskSession
from kronos_desktop.store import LocalStore
from kronos_desktop.store.local_schema import outbox
from kronos_desktop.store.local_schema import replica as local_replica
from kronos_desktop.sync.http import HttpTransport, SignInNeeded
from kronos_desktop.sync.local import LocalSync
from kronos_desktop.sync.steps import SyncSteps
from kronos_server.accounts import add_member, create_studio_with_owner
from kronos_server.db import Database
from kronos_server.tables import desk, device_seq, replica
from tests.server.auth import flow
from tests.server.conftest import CHEAP_HASH, CentralDb, unique_email
from tests.server.desk_live.server_process import ServerProcess
from tests.server.desk_signin.browser import FakeBrowser
from tests.server.desk_signin.conftest import CHEAP_ENV
from tests.server.desk_signin.keyring_daemon import SecretServiceEnv, secret_service

PASSWORD = "correct horse battery staple"
TODAY = dt.date(2026, 5, 4)


@pytest.fixture(scope="module")
def server(central_db: CentralDb) -> Iterator[ServerProcess]:
    saved = {key: os.environ.get(key) for key in CHEAP_ENV}
    os.environ.update(CHEAP_ENV)  # cheap argon2id, no sign-in throttling waits: for the child too
    try:
        process = ServerProcess(central_db)
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    process.start()
    yield process
    if process.alive:
        process.kill()


@pytest.fixture
def keyring_service(monkeypatch: pytest.MonkeyPatch) -> Iterator[SecretServiceEnv]:
    """A real Secret Service (gnome-keyring on a private D-Bus) holding the desk's refresh token."""
    with secret_service() as env:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", env.bus_address)
        yield env


def member(db: Database, studio_id: uuid.UUID, role: Role, name: str) -> tuple[uuid.UUID, str]:
    made = add_member(
        db,
        studio_id=studio_id,
        email=unique_email(role.value),
        display_name=name,
        role=role,
        password=PASSWORD,
        hasher=CHEAP_HASH,
    )
    return made.staff_id, made.email


def payment_args(amount: int, taken_by: uuid.UUID) -> dict[str, Any]:
    return {
        "payment_id": str(uuid7()),
        "method": "cash",
        "amount": amount,
        "taken_by": str(taken_by),
        "business_date": TODAY.isoformat(),
        "received_at": dt.datetime(2026, 5, 4, 15, 0, tzinfo=dt.UTC).isoformat(),
    }


def outbox_of(store: LocalStore) -> list[dict[str, Any]]:
    with store.read_engine.connect() as conn:
        return [dict(r) for r in conn.execute(select(outbox).order_by(outbox.c.seq)).mappings()]


def device_of(store: LocalStore) -> uuid.UUID:
    with store.read_engine.connect() as conn:
        found: uuid.UUID = conn.execute(select(local_replica.c.device_id)).scalar_one()
    return found


def test_a_manager_takes_over_the_desk_of_one_who_left_and_every_payment_arrives_once_with_its_author(
    server: ServerProcess, app_db: Database, tmp_path: Path, keyring_service: SecretServiceEnv
) -> None:
    owner_email = unique_email("owner")
    studio = create_studio_with_owner(
        app_db, name="Tinta Forte", owner_email=owner_email, owner_name="Ana", password=PASSWORD, hasher=CHEAP_HASH
    )
    leaving, leaving_email = member(app_db, studio.studio_id, Role.MANAGER, "Marcos")
    taking_over, taking_over_email = member(app_db, studio.studio_id, Role.MANAGER, "Bia")
    receptionist, _ = member(app_db, studio.studio_id, Role.RECEPTIONIST, "Rita")

    store = LocalStore.open(tmp_path / "recepcao")
    session = DeskSession(DeskLink(store))  # the refresh token in the OS keyring
    transport = HttpTransport(server.base_url, session, timeout=30)
    try:
        session.start()
        session.sign_in(server.base_url, opener=FakeBrowser(leaving_email, PASSWORD, desk_name="Recepção"), wait_s=30)
        first_desk = session.connection.desk_id if session.connection else None
        assert session.status().keyring is KeyringKind.SECRET_SERVICE
        sync = SyncSteps(LocalSync(store), transport)
        sync.sync()  # the studio comes down: its staff, among them who takes the payments
        device = device_of(store)

        # One payment goes up while the manager is there; four more are taken offline, two by the
        # receptionist (identified at the desk) and two with nobody identified (the enroller's).
        store.apply("payment.record", payment_args(10_000, receptionist), staff_id=receptionist)
        sync.sync()
        offline = [
            store.apply("payment.record", payment_args(20_000, receptionist), staff_id=receptionist),
            store.apply("payment.record", payment_args(30_000, leaving)),
            store.apply("payment.record", payment_args(40_000, receptionist), staff_id=receptionist),
            store.apply("payment.record", payment_args(50_000, leaving)),
        ]
        assert [a.seq for a in offline] == [2, 3, 4, 5]

        # The owner deactivates the manager who enrolled the desk: it is cut off at once.
        with httpx.Client(base_url=server.base_url, timeout=30) as http:
            owner = flow.sign_in(http, owner_email, PASSWORD, desk_name="Escritório")
            patched = http.patch(
                f"/v1/staff/{leaving}", json={"active": False}, headers=flow.bearer(owner["access_token"])
            )
            assert patched.status_code == 200, patched.text
        with pytest.raises(SignInNeeded) as cut:
            sync.sync()
        assert cut.value.code == "desk-revoked"  # what the desk's status words
        assert session.status().state is SessionState.SIGNED_OUT
        assert session.status().code == "desk-revoked"
        assert [r["status"] for r in outbox_of(store)] == ["acked"] + ["pending"] * 4  # nothing refused

        # The desk is restarted meanwhile: it still knows why it cannot sync.
        transport.close()
        session.close()
        session = DeskSession(DeskLink(store))
        transport = HttpTransport(server.base_url, session, timeout=30)
        sync = SyncSteps(LocalSync(store), transport)
        session.start()
        with pytest.raises(SignInNeeded) as cut_again:
            sync.sync()
        assert cut_again.value.code == "desk-revoked"
        assert session.status().code == "desk-revoked"

        # Another manager signs in on that desk, from the same file.
        session.sign_in(
            server.base_url, opener=FakeBrowser(taking_over_email, PASSWORD, desk_name="Recepção"), wait_s=30
        )
        new_desk = session.connection.desk_id if session.connection else None
        assert new_desk not in (None, first_desk)
        store.apply("payment.record", payment_args(60_000, taking_over))  # after the takeover: hers
        sync.sync()

        # The file kept its replica id and numbers: nothing renumbered, every change acknowledged.
        assert device_of(store) == device
        sent = outbox_of(store)
        assert [(r["seq"], r["device_id"], r["status"]) for r in sent] == [(s, device, "acked") for s in range(1, 7)]
        assert {r["result"] for r in sent} == {"applied"}
        with app_db.tenant(studio.studio_id) as conn:
            seqs = conn.execute(
                select(device_seq.c.seq, device_seq.c.uuid).where(device_seq.c.device_id == device)
            ).all()
            owner_desk = conn.execute(select(replica.c.desk_id).where(replica.c.id == device)).scalar_one()
            first_revoked = conn.execute(select(desk.c.revoked_at).where(desk.c.id == first_desk)).scalar_one()
            stored = conn.execute(
                select(payment.c.amount, payment.c.changed_by, payment.c.taken_by, payment.c.device_id).where(
                    payment.c.studio_id == studio.studio_id
                )
            ).all()
        assert sorted(s.seq for s in seqs) == [1, 2, 3, 4, 5, 6]
        assert {s.uuid for s in seqs} == {r["uuid"] for r in sent}
        assert owner_desk == new_desk
        assert first_revoked is not None

        # Every payment once, with who made it and who took it; the takeover's own is hers.
        assert sorted(p.amount for p in stored) == [10_000, 20_000, 30_000, 40_000, 50_000, 60_000]
        authors = {p.amount: (p.changed_by, p.taken_by) for p in stored}
        assert authors == {
            10_000: (receptionist, receptionist),
            20_000: (receptionist, receptionist),
            30_000: (leaving, leaving),
            40_000: (receptionist, receptionist),
            50_000: (leaving, leaving),
            60_000: (taking_over, taking_over),
        }
        assert {p.device_id for p in stored} == {device}
    finally:
        transport.close()
        session.close()
        store.close()

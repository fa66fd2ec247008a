"""Staying signed in, against the real server: the refresh scheduled from ``expires_in`` (not
from the desk's wrong wall clock), the refresh after the PC wakes, the refresh on a 401 (one
for many callers: refresh tokens rotate), and a revoked desk signed out with the server's
reason while every unsent change stays in the outbox."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import httpx
import jwt
import pytest
from sqlalchemy import select

from kronos_core.roles import Role
from kronos_desktop.auth.credentials import CredentialStore
from kronos_desktop.auth.errors import SignInRequired
from kronos_desktop.auth.model import SessionState, SignedOutReason
from kronos_desktop.auth.oauth import DeskAuth
from kronos_desktop.auth.session import DeskSession
from kronos_desktop.store import LocalStore
from kronos_desktop.store.local_schema import outbox, replica
from tests.server.auth import flow
from tests.server.conftest import MadeMember, MadeStudio
from tests.server.desk_signin.browser import FakeBrowser
from tests.server.desk_signin.conftest import Desks, Home, scan_for, wait_until


def memory_credentials(entry: str) -> CredentialStore:
    return CredentialStore(entry, None, unavailable_reason="these tests are not about the keyring")


@pytest.fixture
def signed_in(live_server: str, make_studio: Callable[..., MadeStudio], desks: Desks) -> tuple[DeskSession, MadeStudio]:
    studio = make_studio()
    session = desks.session(credentials_factory=memory_credentials)
    session.start()
    session.sign_in(live_server, opener=FakeBrowser(studio.email, studio.password), wait_s=20)
    return session, studio


def forged_token() -> str:
    """An access token the server does not accept (signed with another key: a key rotation)."""
    return jwt.encode({"sub": "x", "exp": int(time.time()) + 600}, "another-key-" + "y" * 32, algorithm="HS256")


def test_refresh_runs_on_the_schedule_from_expires_in_whatever_the_wall_clock_says(
    short_ttl_server: str, make_studio: Callable[..., MadeStudio], desks: Desks, home: Home
) -> None:
    studio = make_studio()
    # This PC's clock is three hours behind: the schedule must not care.
    session = desks.session(credentials_factory=memory_credentials, wall=lambda: time.time() - 3 * 3600)
    session.start()
    session.sign_in(short_ttl_server, opener=FakeBrowser(studio.email, studio.password), wait_s=20)
    first = session.status()
    assert first.state is SessionState.SIGNED_IN
    started = time.monotonic()

    wait_until(lambda: session.refreshes >= 2, timeout=8, what="two scheduled refreshes")

    # Two refreshes at 80% of a 2 s lifetime: about 3.2 s, never before 1.6 s per refresh.
    elapsed = time.monotonic() - started
    assert elapsed > 2.5, elapsed
    assert session.request("GET", "/v1/me").status_code == 200
    assert session.status().state is SessionState.SIGNED_IN
    assert scan_for(desks.seen, home.root) == []


def test_waking_from_sleep_refreshes_at_once(
    live_server: str, make_studio: Callable[..., MadeStudio], desks: Desks
) -> None:
    studio = make_studio()
    jump = [0.0]
    session = desks.session(
        credentials_factory=memory_credentials, wall=lambda: time.time() + jump[0], tick_s=0.05, wake_jump_s=60
    )
    session.start()
    session.sign_in(live_server, opener=FakeBrowser(studio.email, studio.password), wait_s=20)
    time.sleep(0.3)
    assert session.refreshes == 0  # a 15-minute token: nothing due

    jump[0] = 2 * 3600.0  # the wall clock ran two hours while the monotonic clock stood still

    wait_until(lambda: session.refreshes == 1, timeout=3, what="the refresh after waking")
    time.sleep(0.3)
    assert session.refreshes == 1  # once, not on every tick
    assert session.request("GET", "/v1/me").status_code == 200


def test_a_401_refreshes_once_and_retries(signed_in: tuple[DeskSession, MadeStudio], live_server: str) -> None:
    session, _studio = signed_in
    status = session.status()
    assert status.connection is not None
    assert status.keyring is not None
    creds = session._creds
    assert creds is not None
    creds.set_access_token(forged_token())  # the server rotated its signing key, say

    response = session.request("GET", "/v1/me")

    assert response.status_code == 200
    assert session.refreshes == 1

    # The same through DeskAuth, the sync engine's way: httpx with the session as its auth.
    creds.set_access_token(forged_token())
    with httpx.Client(base_url=live_server, auth=DeskAuth(session)) as http:
        assert http.get("/v1/me").status_code == 200
    assert session.refreshes == 2


def test_many_callers_hitting_401_share_one_refresh(signed_in: tuple[DeskSession, MadeStudio]) -> None:
    """Refresh tokens rotate, and a spent one presented again revokes the desk: eight threads
    that all got a 401 for the same token must cause exactly one refresh."""
    session, _studio = signed_in
    creds = session._creds
    assert creds is not None
    bad = forged_token()
    creds.set_access_token(bad)
    tokens: list[str] = []
    barrier = threading.Barrier(8)

    def call() -> None:
        barrier.wait()
        session.on_unauthorized(bad)
        tokens.append(session.get_token())

    threads = [threading.Thread(target=call) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)

    assert len(tokens) == 8
    assert len(set(tokens)) == 1
    assert session.refreshes == 1
    assert session.request("GET", "/v1/me").status_code == 200
    assert session.status().state is SessionState.SIGNED_IN


def test_a_revoked_desk_is_signed_out_with_the_reason_and_keeps_its_unsent_changes(
    signed_in: tuple[DeskSession, MadeStudio], live_server: str, store: LocalStore
) -> None:
    session, studio = signed_in
    connection = session.connection
    assert connection is not None
    state = store.ensure_identity()
    setup = {"studio_id": str(state.studio_id), "name": "Local", "owner_staff_id": str(state.device_id)}
    store.apply("studio.setup", {**setup, "owner_name": "Eu"})
    with store.read_engine.connect() as conn:
        before = conn.execute(select(outbox).order_by(outbox.c.pos)).all()
    assert before

    # The owner, at another desk, revokes this one (lost laptop).
    with httpx.Client(base_url=live_server) as other:
        owner = flow.sign_in(other, studio.email, studio.password, desk_name="Escritório")
        revoked = other.post(f"/v1/desks/{connection.desk_id}/revoke", headers=flow.bearer(owner["access_token"]))
        assert revoked.status_code == 200

    with pytest.raises(SignInRequired) as refused:
        session.request("GET", "/v1/me")  # 401 → refresh → refused

    assert "revoked" in refused.value.detail
    status = session.status()
    assert status.state is SessionState.SIGNED_OUT
    assert status.reason is SignedOutReason.REFUSED
    assert "revoked" in status.detail
    with pytest.raises(SignInRequired):
        session.get_token()
    with store.read_engine.connect() as conn:
        assert conn.execute(select(outbox).order_by(outbox.c.pos)).all() == before
        assert conn.execute(select(replica.c.server_url)).scalar_one() == live_server
    assert store.pending_count() == len(before)


def test_rename_the_desk(signed_in: tuple[DeskSession, MadeStudio], store: LocalStore) -> None:
    session, _studio = signed_in

    connection = session.rename_desk("  Caixa 2  ")

    assert connection.desk_name == "Caixa 2"
    assert session.request("GET", "/v1/me").json()["desk"]["name"] == "Caixa 2"
    with store.read_engine.connect() as conn:
        assert conn.execute(select(replica.c.desk_name)).scalar_one() == "Caixa 2"


def test_a_standalone_desk_of_another_studio_records_the_connection_only(
    live_server: str,
    make_studio: Callable[..., MadeStudio],
    make_member: Callable[..., MadeMember],
    desks: Desks,
    store: LocalStore,
) -> None:
    local = store.ensure_identity()  # a standalone desk: its own studio, acting as owner
    studio = make_studio("Estúdio Central")
    manager = make_member(studio.studio_id, Role.MANAGER, name="Bia Gerente")
    session = desks.session(credentials_factory=memory_credentials)
    session.start()

    connection = session.sign_in(live_server, opener=FakeBrowser(manager.email, manager.password), wait_s=20)

    assert connection.same_studio is False
    assert connection.server_studio_id == studio.studio_id
    assert connection.role == "manager"
    assert connection.enrolled_by == "Bia Gerente"
    with store.read_engine.connect() as conn:
        row = conn.execute(select(replica)).mappings().one()
    assert row["studio_id"] == local.studio_id  # the sync reconciles the studios, not the sign-in
    assert row["desk_role"] == "owner"
    assert row["studio_name"] == "Estúdio Central"
    assert row["device_id"] == local.device_id
    assert abs(row["clock_offset_us"]) < 2_000_000  # the server's Date, on this same machine

"""The refresh token in a real Secret Service (gnome-keyring on a private D-Bus session bus):
stored at sign-in, read at the next start, rotated, removed at sign-out; a locked keyring is a
message, not a crash; and no token is ever written to a file."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator

import httpx
import pytest

from kronos_desktop.auth.credentials import SERVICE
from kronos_desktop.auth.errors import CredentialKind, SignInRequired
from kronos_desktop.auth.model import KeyringKind, SessionState, SignedOutReason
from kronos_desktop.auth.session import keyring_entry
from kronos_desktop.store import LocalStore
from kronos_desktop.store.local_schema import replica
from tests.server.conftest import MadeStudio
from tests.server.desk_signin.browser import FakeBrowser
from tests.server.desk_signin.conftest import Desks, Home, scan_for
from tests.server.desk_signin.keyring_daemon import SecretServiceEnv, secret_service


@pytest.fixture
def keyring_service(monkeypatch: pytest.MonkeyPatch) -> Iterator[SecretServiceEnv]:
    with secret_service() as env:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", env.bus_address)
        yield env


def lookup(env: SecretServiceEnv, entry: str) -> str | None:
    """The secret as another program sees it (libsecret's secret-tool, in a child process)."""
    run = subprocess.run(
        ["secret-tool", "lookup", "service", SERVICE, "username", entry],
        env=env.env,
        capture_output=True,
        timeout=10,
        check=False,
    )
    return run.stdout.decode() if run.returncode == 0 else None


def replica_row(store: LocalStore) -> dict[str, object]:
    with store.read_engine.connect() as conn:
        return dict(conn.execute(replica.select()).mappings().one())


def test_refresh_token_lives_in_the_secret_service(
    live_server: str,
    make_studio: Callable[..., MadeStudio],
    desks: Desks,
    store: LocalStore,
    home: Home,
    keyring_service: SecretServiceEnv,
) -> None:
    studio = make_studio("Agulha de Ouro", owner_name="Marina Costa")
    store.ensure_identity(studio_id=studio.studio_id)  # the studio's own desk
    session = desks.session()
    session.start()
    browser = FakeBrowser(studio.email, studio.password, desk_name="Recepção")

    connection = session.sign_in(live_server, opener=browser, wait_s=20)

    status = session.status()
    assert status.state is SessionState.SIGNED_IN
    assert status.keyring is KeyringKind.SECRET_SERVICE
    assert status.persistent is True
    assert status.keyring_problem is None
    entry = keyring_entry(live_server, connection.desk_id)
    first_refresh = desks.seen[1]
    assert lookup(keyring_service, entry) == first_refresh
    # The connection, in the replica row.
    row = replica_row(store)
    assert row["server_url"] == live_server
    assert row["desk_id"] == connection.desk_id
    assert row["desk_name"] == "Recepção"
    assert row["studio_name"] == "Agulha de Ouro"
    assert row["enrolled_by"] == "Marina Costa"
    assert row["account"] == studio.email
    assert row["desk_role"] == "owner"
    assert connection.same_studio is True

    # The next start reads the keyring: signed in with no browser, and the token rotated.
    session.close()
    again = desks.session()
    assert again.start().state is SessionState.STARTING
    token = again.get_token()
    assert again.status().state is SessionState.SIGNED_IN
    assert httpx.get(f"{live_server}/v1/me", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    rotated = desks.seen[-1]
    assert rotated != first_refresh
    assert lookup(keyring_service, entry) == rotated

    # No token in any file: the desk's data and logs, the HOME, the keyring's own (encrypted) files.
    assert scan_for(desks.seen, home.root, keyring_service.home) == []

    # Sign out: revoked on the server, gone from the keyring, the desk no longer enrolled.
    result = again.sign_out()
    assert result.server_told is True
    assert lookup(keyring_service, entry) is None
    assert again.status().state is SessionState.SIGNED_OUT
    assert again.status().reason is SignedOutReason.SIGNED_OUT
    refused = httpx.post(
        f"{live_server}/oauth/token",
        data={"grant_type": "refresh_token", "refresh_token": rotated, "client_id": "kronos-desktop"},
    )
    assert refused.status_code == 400
    assert httpx.get(f"{live_server}/v1/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    row = replica_row(store)
    assert row["desk_id"] is None
    assert row["server_url"] == live_server  # kept: to sign in again, and for the sync's state


def test_a_locked_keyring_is_a_message_and_unlocking_resumes(
    live_server: str,
    make_studio: Callable[..., MadeStudio],
    desks: Desks,
    home: Home,
    keyring_service: SecretServiceEnv,
) -> None:
    studio = make_studio()
    session = desks.session()
    session.start()
    session.sign_in(live_server, opener=FakeBrowser(studio.email, studio.password), wait_s=20)
    session.close()

    keyring_service.lock()
    locked = desks.session()
    locked.start()
    with pytest.raises(SignInRequired):
        locked.get_token()
    status = locked.status()
    assert status.state is SessionState.SIGNED_OUT
    assert status.reason is SignedOutReason.KEYRING
    assert status.keyring_problem is not None
    assert status.keyring_problem.kind is CredentialKind.LOCKED

    keyring_service.unlock()
    locked.resume()
    assert locked.get_token()
    assert locked.status().state is SessionState.SIGNED_IN
    assert scan_for(desks.seen, home.root, keyring_service.home) == []


def test_a_keyring_locked_at_sign_in_keeps_the_tokens_in_memory_and_says_so(
    live_server: str,
    make_studio: Callable[..., MadeStudio],
    desks: Desks,
    home: Home,
    keyring_service: SecretServiceEnv,
) -> None:
    studio = make_studio()
    keyring_service.lock()
    session = desks.session()
    session.start()

    session.sign_in(live_server, opener=FakeBrowser(studio.email, studio.password), wait_s=20)

    status = session.status()
    assert status.state is SessionState.SIGNED_IN
    assert status.keyring is KeyringKind.SECRET_SERVICE
    assert status.persistent is False
    assert status.keyring_problem is not None
    assert status.keyring_problem.kind is CredentialKind.LOCKED
    assert session.request("GET", "/v1/me").status_code == 200
    assert scan_for(desks.seen, home.root, keyring_service.home) == []


def test_signing_in_again_retires_the_previous_enrolment(
    live_server: str,
    make_studio: Callable[..., MadeStudio],
    desks: Desks,
    home: Home,
    keyring_service: SecretServiceEnv,
) -> None:
    studio = make_studio()
    session = desks.session()
    session.start()
    first = session.sign_in(live_server, opener=FakeBrowser(studio.email, studio.password), wait_s=20)
    first_entry = keyring_entry(live_server, first.desk_id)
    first_refresh = lookup(keyring_service, first_entry)
    assert first_refresh is not None

    second = session.sign_in(live_server, opener=FakeBrowser(studio.email, studio.password), wait_s=20)

    assert second.desk_id != first.desk_id
    assert lookup(keyring_service, first_entry) is None
    assert lookup(keyring_service, keyring_entry(live_server, second.desk_id)) is not None
    old = httpx.post(
        f"{live_server}/oauth/token",
        data={"grant_type": "refresh_token", "refresh_token": first_refresh, "client_id": "kronos-desktop"},
    )
    assert old.status_code == 400  # the first desk was revoked on the server
    assert session.request("GET", "/v1/me").json()["desk"]["id"] == str(second.desk_id)
    assert scan_for(desks.seen, home.root, keyring_service.home) == []

"""The app role cannot read password hashes: a query injected as the server's own role gets no
hash to crack, and signing in still works (the database compares the digest itself)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, pool, text
from sqlalchemy.exc import ProgrammingError

from tests.server.auth import flow
from tests.server.auth.flow import sign_in
from tests.server.conftest import CentralDb, MadeStudio


def _as(url: str, sql: str, **params: object) -> list[tuple[object, ...]]:
    engine = create_engine(url, poolclass=pool.NullPool)
    try:
        with engine.begin() as conn:
            return [tuple(row) for row in conn.execute(text(sql), params)]
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    "injected",
    [
        "SELECT password_hash FROM app_user",
        "SELECT * FROM app_user",
        "SELECT u FROM app_user u",
        "SELECT email FROM app_user WHERE password_hash LIKE '$argon2id$%'",
    ],
)
def test_the_app_role_cannot_read_a_password_hash(
    central_db: CentralDb, make_studio: Callable[..., MadeStudio], injected: str
) -> None:
    make_studio("Tinta Forte")
    with pytest.raises(ProgrammingError, match="permission denied"):
        _as(central_db.app_url, injected)
    # What it may read of a login, through the sign-in lookup, holds no digest.
    assert _as(central_db.app_url, "SELECT count(*), count(email) FROM app_user")[0][0] >= 1


def test_the_lookup_gives_parameters_and_salt_but_no_digest(
    central_db: CentralDb, make_studio: Callable[..., MadeStudio]
) -> None:
    studio = make_studio("Tinta Forte")
    ((stored,),) = _as(central_db.admin_url, "SELECT password_hash FROM app_user WHERE id = :id", id=studio.user_id)
    ((user_id, disabled, params, digest_chars),) = _as(
        central_db.app_url, "SELECT * FROM kronos_login_lookup(:email)", email=studio.email
    )
    assert (user_id, disabled) == (studio.user_id, False)
    digest = str(stored).rsplit("$", 1)[1]
    assert params == str(stored).rsplit("$", 1)[0]
    assert digest not in str(params)
    assert digest_chars == len(digest)
    # The other function answers yes or no, never the hash.
    assert _as(central_db.app_url, "SELECT kronos_password_matches(:id, :d)", id=studio.user_id, d=digest) == [(True,)]
    assert _as(central_db.app_url, "SELECT kronos_password_matches(:id, 'x')", id=studio.user_id) == [(False,)]


def test_sign_in_still_works_and_a_wrong_password_does_not(
    client: TestClient, central_db: CentralDb, make_studio: Callable[..., MadeStudio]
) -> None:
    studio = make_studio("Tinta Forte")
    attempt = flow.start(client)
    assert flow.submit(client, attempt, studio.email, "not the password at all").status_code == 400
    tokens = sign_in(client, studio.email, studio.password)
    assert tokens["studio"]["id"] == str(studio.studio_id)
    # The owner's production-cost hash was recomputed at the configured cost on that sign-in
    # (the rehash writes the column it cannot read), and the new one signs in too.
    ((stored,),) = _as(central_db.admin_url, "SELECT password_hash FROM app_user WHERE id = :id", id=studio.user_id)
    assert "m=64," in str(stored)
    assert sign_in(client, studio.email, studio.password)["studio"]["id"] == str(studio.studio_id)

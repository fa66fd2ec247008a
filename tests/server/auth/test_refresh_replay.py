"""A replayed refresh token (issue 9, item 1), against the real server and PostgreSQL.

The rule: the parent presented again within 30 s of its rotation, while its child is unused,
answers that same child (a lost answer costs nothing, and nothing is issued or revoked); any
other use of a superseded or revoked token revokes the whole family and the desk.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import create_engine, pool, text

from kronos_server.auth.tokens import (
    CHILD_REFRESH_PURPOSE,
    REFRESH_KIND,
    child_refresh,
    derive_key,
    new_opaque,
    opaque_studio,
)
from tests.server.auth import flow
from tests.server.auth.flow import bearer, sign_in
from tests.server.conftest import CentralDb, MadeStudio

MakeStudio = Callable[..., MadeStudio]


def _tokens_in_family(central_db: CentralDb, refresh_token: str) -> int:
    """How many refresh tokens the desk's family holds (as the database's owner sees it)."""
    engine = create_engine(central_db.admin_url, poolclass=pool.NullPool)
    with engine.begin() as conn:
        count = conn.execute(
            text(
                "SELECT count(*) FROM refresh_token WHERE family_id = "
                "(SELECT family_id FROM refresh_token WHERE token_hash = encode(sha256(:t), 'hex'))"
            ),
            {"t": refresh_token.encode()},
        ).scalar_one()
    engine.dispose()
    return int(count)


def _age_rotations(central_db: CentralDb, seconds: int) -> None:
    """Every rotation happened ``seconds`` earlier (the clock moved on)."""
    engine = create_engine(central_db.admin_url, poolclass=pool.NullPool)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE refresh_token SET rotated_at = rotated_at - make_interval(secs => :s)"), {"s": seconds}
        )
    engine.dispose()


def _desk_revoked(client: TestClient, owner_access: str, desk_id: str) -> bool:
    desks = client.get("/v1/desks", headers=bearer(owner_access))
    assert desks.status_code == 200, desks.text
    return bool(next(d for d in desks.json() if d["id"] == desk_id)["revoked_at"])


def _refused(response: Any) -> None:
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["error"] == "invalid_grant"
    assert "refresh_token" not in body
    assert "access_token" not in body


def test_a_lost_answer_is_answered_again_with_the_same_child(
    client: TestClient, make_studio: MakeStudio, central_db: CentralDb
) -> None:
    studio = make_studio()
    desk = sign_in(client, studio.email, studio.password)
    lost = flow.refresh(client, desk["refresh_token"])  # committed; the desk never sees it
    assert lost.status_code == 200
    issued = _tokens_in_family(central_db, desk["refresh_token"])

    again = flow.refresh(client, desk["refresh_token"])
    assert again.status_code == 200, again.text
    assert again.json()["refresh_token"] == lost.json()["refresh_token"]  # the same child
    assert _tokens_in_family(central_db, desk["refresh_token"]) == issued  # nothing new issued
    # A third time is as good: the answer may be lost more than once.
    assert flow.refresh(client, desk["refresh_token"]).json()["refresh_token"] == lost.json()["refresh_token"]

    # Nothing was revoked: the child carries the desk on, and the desk is still enrolled.
    onward = flow.refresh(client, again.json()["refresh_token"])
    assert onward.status_code == 200, onward.text
    assert client.get("/v1/me", headers=bearer(onward.json()["access_token"])).status_code == 200
    assert not _desk_revoked(client, onward.json()["access_token"], desk["desk"]["id"])


def test_a_replay_while_the_child_is_unused_takes_nothing_over(client: TestClient, make_studio: MakeStudio) -> None:
    """The attack of the issue: a stolen token replayed right after the desk's rotation. It used
    to mint a chain of its own and silently kill the desk's child; now the replayer gets the
    desk's own child, so whichever of the two uses it second revokes everything."""
    studio = make_studio()
    owner = sign_in(client, studio.email, studio.password, desk_name="Escritório")
    desk = sign_in(client, studio.email, studio.password, desk_name="Balcão")
    stolen = desk["refresh_token"]
    rotated = flow.refresh(client, desk["refresh_token"]).json()  # the desk's own refresh

    replay = flow.refresh(client, stolen)  # the thief, within 30 s, the child still unused
    assert replay.status_code == 200
    assert replay.json()["refresh_token"] == rotated["refresh_token"]  # no chain of its own

    # The desk carries on: its child was not revoked behind its back.
    step = flow.refresh(client, rotated["refresh_token"])
    assert step.status_code == 200, step.text
    carried_on = flow.refresh(client, step.json()["refresh_token"])
    assert carried_on.status_code == 200, carried_on.text
    # The thief's copy is now a superseded token whose child was used: the family and the desk
    # are revoked, and the thief gets nothing.
    _refused(flow.refresh(client, replay.json()["refresh_token"]))
    _refused(flow.refresh(client, carried_on.json()["refresh_token"]))
    assert client.get("/v1/me", headers=bearer(carried_on.json()["access_token"])).status_code == 401
    assert client.get("/v1/me", headers=bearer(replay.json()["access_token"])).status_code == 401
    assert _desk_revoked(client, owner["access_token"], desk["desk"]["id"])


def test_a_replay_after_the_child_was_used_revokes_the_family_and_the_desk(
    client: TestClient, make_studio: MakeStudio
) -> None:
    studio = make_studio()
    owner = sign_in(client, studio.email, studio.password, desk_name="Escritório")
    desk = sign_in(client, studio.email, studio.password, desk_name="Balcão")
    stolen = desk["refresh_token"]
    child = flow.refresh(client, desk["refresh_token"]).json()
    grandchild = flow.refresh(client, child["refresh_token"]).json()  # the child is used

    _refused(flow.refresh(client, stolen))  # within the 30 s, but the child was used: the replayer gets nothing
    _refused(flow.refresh(client, grandchild["refresh_token"]))
    assert client.get("/v1/me", headers=bearer(grandchild["access_token"])).status_code == 401
    assert _desk_revoked(client, owner["access_token"], desk["desk"]["id"])
    # The owner's other desk is another family: untouched.
    assert client.get("/v1/me", headers=bearer(owner["access_token"])).status_code == 200


def test_a_replay_after_30_seconds_revokes_the_family_and_the_desk(
    client: TestClient, make_studio: MakeStudio, central_db: CentralDb
) -> None:
    studio = make_studio()
    owner = sign_in(client, studio.email, studio.password, desk_name="Escritório")
    desk = sign_in(client, studio.email, studio.password, desk_name="Balcão")
    child = flow.refresh(client, desk["refresh_token"]).json()  # unused from here on
    _age_rotations(central_db, 31)

    _refused(flow.refresh(client, desk["refresh_token"]))
    _refused(flow.refresh(client, child["refresh_token"]))
    assert client.get("/v1/me", headers=bearer(child["access_token"])).status_code == 401
    assert _desk_revoked(client, owner["access_token"], desk["desk"]["id"])


def test_within_30_seconds_the_lost_answer_still_counts(
    client: TestClient, make_studio: MakeStudio, central_db: CentralDb
) -> None:
    studio = make_studio()
    desk = sign_in(client, studio.email, studio.password)
    child = flow.refresh(client, desk["refresh_token"]).json()
    _age_rotations(central_db, 25)
    again = flow.refresh(client, desk["refresh_token"])
    assert again.status_code == 200, again.text
    assert again.json()["refresh_token"] == child["refresh_token"]


def test_a_child_is_derived_from_its_parent_and_the_server_secret_alone() -> None:
    """What lets the server answer the same child again without storing it in clear."""
    key = derive_key(b"s" * 48, CHILD_REFRESH_PURPOSE)
    parent = new_opaque(REFRESH_KIND, uuid.UUID(int=7))
    child = child_refresh(key, parent)
    assert child == child_refresh(key, parent)
    assert opaque_studio(REFRESH_KIND, child) == uuid.UUID(int=7)
    assert child != child_refresh(derive_key(b"t" * 48, CHILD_REFRESH_PURPOSE), parent)  # another server secret
    assert child != child_refresh(key, new_opaque(REFRESH_KIND, uuid.UUID(int=7)))  # another parent
    assert child_refresh(key, child) not in (child, parent)

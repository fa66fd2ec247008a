"""The core mutation ``staff.set_pin`` on PostgreSQL (the server's own role, under the studio's clock)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import select

from kronos_core.ids import uuid7
from kronos_core.mutations import Actor, InvalidArguments, NotAllowed, NotFound
from kronos_core.pins import hash_pin
from kronos_core.roles import Role
from kronos_core.schema import staff
from kronos_server.db import Database
from kronos_server.studio_version import apply_mutation
from tests.server.conftest import MadeMember, MadeStudio

NOW = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC)
PIN_HASH = hash_pin("2468")  # at the minimum argon2id cost a PIN hash may have


def _pin_hash(db: Database, studio: MadeStudio, staff_id: object) -> str | None:
    with db.tenant(studio.studio_id) as conn:
        value: str | None = conn.execute(select(staff.c.pin_hash).where(staff.c.id == staff_id)).scalar()
        return value


def _set(db: Database, actor: Actor, args: dict[str, object]) -> int:
    with db.tenant(actor.studio_id) as conn:
        return apply_mutation(conn, actor, "staff.set_pin", args, now=NOW).version


def test_management_sets_anyones_pin_and_a_member_their_own(
    app_db: Database, make_studio: Callable[..., MadeStudio], make_member: Callable[..., MadeMember]
) -> None:
    studio = make_studio()
    artist = make_member(studio.studio_id, Role.ARTIST)
    receptionist = make_member(studio.studio_id, Role.RECEPTIONIST)
    owner = Actor(studio.studio_id, Role.OWNER, studio.owner_staff_id)
    version = _set(app_db, owner, {"staff_id": artist.staff_id, "pin_hash": PIN_HASH})
    assert version > artist.version
    assert _pin_hash(app_db, studio, artist.staff_id) == PIN_HASH

    # A receptionist sets their own PIN (identified at the desk), not a colleague's.
    own = Actor(studio.studio_id, Role.RECEPTIONIST, receptionist.staff_id)
    _set(app_db, own, {"staff_id": receptionist.staff_id, "pin_hash": PIN_HASH})
    with pytest.raises(NotAllowed):
        _set(app_db, own, {"staff_id": artist.staff_id, "pin_hash": None})
    # Clearing is allowed to management.
    _set(app_db, owner, {"staff_id": artist.staff_id, "pin_hash": None})
    assert _pin_hash(app_db, studio, artist.staff_id) is None


def test_only_an_owner_sets_an_owners_pin(
    app_db: Database, make_studio: Callable[..., MadeStudio], make_member: Callable[..., MadeMember]
) -> None:
    studio = make_studio()
    manager = make_member(studio.studio_id, Role.MANAGER)
    with pytest.raises(NotAllowed):
        _set(
            app_db,
            Actor(studio.studio_id, Role.MANAGER, manager.staff_id),
            {"staff_id": studio.owner_staff_id, "pin_hash": PIN_HASH},
        )


@pytest.mark.parametrize("pin_hash", ["1234", "$argon2i$v=19$m=64,t=1,p=1$abc$def", "$argon2id$" + "x" * 300])
def test_only_an_argon2id_hash_is_accepted(
    app_db: Database, make_studio: Callable[..., MadeStudio], pin_hash: str
) -> None:
    studio = make_studio()
    with pytest.raises(InvalidArguments):
        _set(
            app_db,
            Actor(studio.studio_id, Role.OWNER, studio.owner_staff_id),
            {"staff_id": studio.owner_staff_id, "pin_hash": pin_hash},
        )


def test_unknown_staff_is_not_found(app_db: Database, make_studio: Callable[..., MadeStudio]) -> None:
    studio = make_studio()
    with pytest.raises(NotFound):
        _set(
            app_db,
            Actor(studio.studio_id, Role.OWNER, studio.owner_staff_id),
            {"staff_id": uuid7(), "pin_hash": PIN_HASH},
        )

"""Studios, users and memberships made on the server itself (the admin CLI, tests, admin pages).

A user (``app_user``) is a login identity and belongs to no studio; a membership is a ``staff``
row of a studio (synced), added with the ``staff.add`` mutation under the studio's clock, so the
desks see it like any other change.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from kronos_core.ids import uuid7
from kronos_core.instants import utcnow
from kronos_core.mutations import Actor
from kronos_core.roles import Role
from kronos_core.schema import staff
from kronos_server.db import Database
from kronos_server.studio_version import CreatedStudio, apply_mutation, create_studio
from kronos_server.tables import app_user

PasswordHashFn = Callable[[str], str]


class AccountError(ValueError):
    """A studio, user or membership that cannot be made as asked."""


def default_hasher() -> PasswordHashFn:
    """argon2id with the sign-in's parameters (``KRONOS_AUTH_*``, kronos_server.auth.config)."""
    from kronos_server.auth.config import AuthConfig
    from kronos_server.auth.passwords import Hasher

    return Hasher(AuthConfig()).hash


def normalize_email(email: str) -> str:
    email = email.strip().lower()
    if "@" not in email or len(email) > 254 or email.startswith("@") or email.endswith("@"):
        raise AccountError(f"not an email address: {email!r}")
    return email


def check_password(password: str) -> None:
    from kronos_server.auth.passwords import password_problem

    problem = password_problem(password)
    if problem is not None:
        raise AccountError(problem)


@dataclass(frozen=True)
class User:
    id: uuid.UUID
    email: str
    created: bool


def find_user(conn: Connection, email: str) -> uuid.UUID | None:
    found = conn.execute(select(app_user.c.id).where(func.lower(app_user.c.email) == normalize_email(email))).first()
    return found.id if found is not None else None


def insert_user(
    conn: Connection,
    *,
    user_id: uuid.UUID,
    email: str,
    display_name: str,
    password: str,
    hasher: PasswordHashFn | None = None,
    now: dt.datetime | None = None,
) -> None:
    check_password(password)
    stamp = now or utcnow()
    conn.execute(
        app_user.insert().values(
            id=user_id,
            email=normalize_email(email),
            display_name=display_name.strip(),
            password_hash=(hasher or default_hasher())(password),
            disabled=False,
            password_changed_at=stamp,
            created_at=stamp,
        )
    )


def plan_user(conn: Connection, *, email: str, password: str | None) -> User:
    """The user with this email, or the id a new one will get (``created``). Reads only, so that
    the studio clock's lock stays the first write of the transaction."""
    email = normalize_email(email)
    existing = find_user(conn, email)
    if existing is not None:
        return User(existing, email, created=False)
    if password is None:
        raise AccountError(f"no user {email} yet: a password is needed to create one")
    check_password(password)
    return User(uuid7(), email, created=True)


@dataclass(frozen=True)
class NewStudio:
    studio_id: uuid.UUID
    owner_staff_id: uuid.UUID
    user_id: uuid.UUID
    email: str
    version: int
    epoch: uuid.UUID


def create_studio_with_owner(
    db: Database,
    *,
    name: str,
    owner_email: str,
    owner_name: str,
    password: str | None,
    timezone: str = "America/Sao_Paulo",
    currency: str = "BRL",
    locale: str = "pt_BR",
    hasher: PasswordHashFn | None = None,
) -> NewStudio:
    """A new studio (``studio.setup`` under its clock) whose owner signs in as ``owner_email``
    (a new user, or an existing one who keeps their password). One transaction."""
    studio_id = uuid7()
    with db.tenant(studio_id) as tx:
        user = plan_user(tx, email=owner_email, password=password)
        created: CreatedStudio = create_studio(
            db,
            conn=tx,
            studio_id=studio_id,
            name=name,
            owner_name=owner_name,
            owner_user_id=user.id,
            timezone=timezone,
            currency=currency,
            locale=locale,
        )
        if user.created:
            assert password is not None
            insert_user(
                tx, user_id=user.id, email=user.email, display_name=owner_name, password=password, hasher=hasher
            )
    return NewStudio(created.studio_id, created.owner_staff_id, user.id, user.email, created.version, created.epoch)


@dataclass(frozen=True)
class Membership:
    studio_id: uuid.UUID
    staff_id: uuid.UUID
    user_id: uuid.UUID
    email: str
    role: Role
    version: int
    user_created: bool


def add_member(
    db: Database,
    *,
    studio_id: uuid.UUID,
    email: str,
    display_name: str,
    role: Role,
    password: str | None,
    color: str = "#888888",
    hasher: PasswordHashFn | None = None,
) -> Membership:
    """Add a user (created when new) to a studio's staff with ``role`` (``staff.add``). One transaction."""
    staff_id = uuid7()
    # The server's own change: an owner's authority, attributed to no member of staff.
    actor = Actor(studio_id=studio_id, role=Role.OWNER)
    with db.tenant(studio_id) as tx:
        user = plan_user(tx, email=email, password=password)
        if not user.created and _is_member(tx, studio_id, user.id):
            raise AccountError(f"{user.email} is already a member of studio {studio_id}")
        result = apply_mutation(
            tx,
            actor,
            "staff.add",
            {
                "staff_id": staff_id,
                "display_name": display_name,
                "role": role.value,
                "color": color,
                "user_id": user.id,
            },
        )
        if user.created:
            assert password is not None
            insert_user(
                tx, user_id=user.id, email=user.email, display_name=display_name, password=password, hasher=hasher
            )
    return Membership(studio_id, staff_id, user.id, user.email, role, result.version, user.created)


def _is_member(conn: Connection, studio_id: uuid.UUID, user_id: uuid.UUID) -> bool:
    query = select(staff.c.id).where(
        staff.c.studio_id == studio_id, staff.c.user_id == user_id, staff.c.deleted.is_(False)
    )
    return conn.execute(query).first() is not None

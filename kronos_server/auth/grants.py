"""Authorization codes, desks and refresh-token families in PostgreSQL (inside tenant transactions).

- A code is single use: the exchange marks it used under a row lock; a second exchange is
  refused and, per RFC 6749 §4.1.2, revokes what the first one issued (the desk it enrolled and
  that desk's refresh tokens), since the code has evidently leaked.
- A refresh token is used once: each use rotates it to a child in the same family. Presenting a
  token that was already rotated means two parties hold the family: the whole family is revoked
  (RFC 9700 §4.14.2), and the desk with it, so that access tokens already issued stop too. The
  one exception is a lost answer: the parent presented again within 30 s of its rotation while
  its child is unused gets that same child again, and nothing changes (see rotate_refresh).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Final

from sqlalchemy import Connection, and_, or_, select, update

from kronos_core.ids import uuid7
from kronos_core.roles import MANAGEMENT, Role
from kronos_core.schema import staff, studio
from kronos_server.auth.deps import DESK_REVOKED, ENROLLER_INACTIVE
from kronos_server.auth.roles import lower_role
from kronos_server.auth.tokens import CODE_KIND, REFRESH_KIND, child_refresh, new_opaque, sha256_hex
from kronos_server.tables import app_user, auth_code, desk, refresh_token

ENROLLING_ROLES: Final = MANAGEMENT


class GrantError(Exception):
    """An exchange refused with an OAuth error code (``invalid_grant`` unless said otherwise)."""

    def __init__(self, description: str, error: str = "invalid_grant", *, code: str | None = None) -> None:
        super().__init__(description)
        self.error = error
        self.description = description
        self.code = code  # why, for the desk: "desk-revoked", "enroller-inactive" (as the 401s say)


@dataclass(frozen=True)
class Member:
    """A user's membership of a studio as the login page shows it."""

    studio_id: uuid.UUID
    studio_name: str
    staff_id: uuid.UUID
    role: Role

    @property
    def may_enrol(self) -> bool:
        return self.role in ENROLLING_ROLES


@dataclass(frozen=True)
class Issued:
    """What a token response reports besides the tokens themselves."""

    studio_id: uuid.UUID
    studio_name: str
    desk_id: uuid.UUID
    desk_name: str
    staff_id: uuid.UUID
    staff_name: str
    role: Role
    refresh_token: str
    # A sign-in on a database file that was a replica of another desk: who enrolled that desk
    # (id, name). The file's unsent changes recorded with no author were theirs.
    replica_enrolled_by: tuple[uuid.UUID, str] | None = None


def create_code(
    conn: Connection,
    *,
    member: Member,
    user_id: uuid.UUID,
    client_id: str,
    redirect_uri: str,
    code_challenge: str,
    desk_name: str,
    now: dt.datetime,
    ttl_s: int,
) -> str:
    code = new_opaque(CODE_KIND, member.studio_id)
    conn.execute(
        auth_code.insert().values(
            code_hash=sha256_hex(code),
            studio_id=member.studio_id,
            user_id=user_id,
            staff_id=member.staff_id,
            client_id=client_id,
            redirect_uri=redirect_uri,
            code_challenge=code_challenge,
            desk_name=desk_name,
            desk_id=None,
            created_at=now,
            expires_at=now + dt.timedelta(seconds=ttl_s),
            used_at=None,
        )
    )
    return code


@dataclass(frozen=True)
class CodeRow:
    studio_id: uuid.UUID
    user_id: uuid.UUID
    staff_id: uuid.UUID
    client_id: str
    redirect_uri: str
    code_challenge: str
    desk_name: str


def take_code(conn: Connection, code: str, now: dt.datetime) -> CodeRow:
    """Lock and mark the code used; a used code revokes what it issued and is refused.

    The caller must commit even when this raises (the revocation must stick)."""
    row = conn.execute(select(auth_code).where(auth_code.c.code_hash == sha256_hex(code)).with_for_update()).first()
    if row is None:
        raise GrantError("unknown authorization code")
    if row.used_at is not None:
        if row.desk_id is not None:
            revoke_desk(conn, row.desk_id, now, revoked_by=None)
        raise GrantError("this authorization code was already used; what it issued is now revoked")
    conn.execute(update(auth_code).where(auth_code.c.code_hash == row.code_hash).values(used_at=now))
    if row.expires_at <= now:
        raise GrantError("the authorization code has expired")
    return CodeRow(
        row.studio_id, row.user_id, row.staff_id, row.client_id, row.redirect_uri, row.code_challenge, row.desk_name
    )


def record_code_desk(conn: Connection, code: str, desk_id: uuid.UUID) -> None:
    conn.execute(update(auth_code).where(auth_code.c.code_hash == sha256_hex(code)).values(desk_id=desk_id))


@dataclass(frozen=True)
class _Staff:
    staff_name: str
    role: Role
    studio_name: str


def _active_staff(conn: Connection, staff_id: uuid.UUID, user_id: uuid.UUID) -> _Staff | None:
    """The staff member, if active, linked to this (enabled) user."""
    row = conn.execute(
        select(staff.c.display_name, staff.c.role, studio.c.name.label("studio_name"))
        .select_from(
            staff.join(studio, studio.c.id == staff.c.studio_id).join(app_user, app_user.c.id == staff.c.user_id)
        )
        .where(
            staff.c.id == staff_id,
            staff.c.user_id == user_id,
            staff.c.active.is_(True),
            staff.c.deleted.is_(False),
            app_user.c.disabled.is_(False),
        )
    ).first()
    return _Staff(row.display_name, Role(row.role), row.studio_name) if row is not None else None


def _store_refresh(
    conn: Connection,
    token: str,
    *,
    studio_id: uuid.UUID,
    desk_id: uuid.UUID,
    user_id: uuid.UUID,
    staff_id: uuid.UUID,
    family_id: uuid.UUID,
    parent_id: uuid.UUID | None,
    now: dt.datetime,
    ttl_days: int,
) -> None:
    conn.execute(
        refresh_token.insert().values(
            id=uuid7(),
            token_hash=sha256_hex(token),
            family_id=family_id,
            parent_id=parent_id,
            studio_id=studio_id,
            desk_id=desk_id,
            user_id=user_id,
            staff_id=staff_id,
            issued_at=now,
            expires_at=now + dt.timedelta(days=ttl_days),
        )
    )


def enrol_desk(conn: Connection, code: str, row: CodeRow, now: dt.datetime, refresh_ttl_days: int) -> Issued:
    """Create the desk a code was issued for, and the first refresh token of its family."""
    member = _active_staff(conn, row.staff_id, row.user_id)
    if member is None:
        raise GrantError("the staff member is no longer active")
    if member.role not in ENROLLING_ROLES:
        raise GrantError("only owners and managers enrol desks")
    desk_id = uuid7()
    conn.execute(
        desk.insert().values(
            id=desk_id,
            studio_id=row.studio_id,
            name=row.desk_name,
            role=member.role.value,
            enrolled_by=row.staff_id,
            enrolled_at=now,
        )
    )
    record_code_desk(conn, code, desk_id)
    token = new_opaque(REFRESH_KIND, row.studio_id)  # a family's first token: random
    _store_refresh(
        conn,
        token,
        studio_id=row.studio_id,
        desk_id=desk_id,
        user_id=row.user_id,
        staff_id=row.staff_id,
        family_id=uuid7(),
        parent_id=None,
        now=now,
        ttl_days=refresh_ttl_days,
    )
    return Issued(
        row.studio_id, member.studio_name, desk_id, row.desk_name, row.staff_id, member.staff_name, member.role, token
    )


def rotate_refresh(conn: Connection, token: str, now: dt.datetime, ttl_days: int, *, child_key: bytes) -> Issued:
    """Rotate a refresh token to its child (derived from it with ``child_key``, see
    kronos_server.auth.tokens.child_refresh). The caller commits either way.

    - A current token (not rotated, not revoked): rotated; its child is answered.
    - The parent of a rotation at most :data:`LOST_ANSWER_GRACE` ago whose child is still unused:
      the answer was lost (the network dropped it), so the *same* child is answered again. Nothing
      new is issued and nothing is revoked: presenting the parent again is idempotent.
    - Any other use of a superseded or revoked token: two parties hold the family. The whole
      family is revoked, and the desk with it (the access tokens already issued stop too, since
      they are checked against the desk on every request); the caller gets nothing.
    """
    row = conn.execute(
        select(refresh_token).where(refresh_token.c.token_hash == sha256_hex(token)).with_for_update()
    ).first()
    if row is None:
        raise GrantError("unknown refresh token")
    if row.revoked_at is not None:
        desk_gone = conn.execute(select(desk.c.revoked_at).where(desk.c.id == row.desk_id)).scalar() is not None
        _revoke_family_and_desk(conn, row.family_id, row.desk_id, now)
        raise GrantError("this refresh token has been revoked", code=DESK_REVOKED if desk_gone else None)
    child = child_refresh(child_key, token)
    if row.rotated_at is not None:
        if not _answer_was_lost(conn, row.id, child, row.rotated_at, now):
            _revoke_family_and_desk(conn, row.family_id, row.desk_id, now)
            raise GrantError("this refresh token was already used; its family and its desk are now revoked")
    elif row.expires_at <= now:
        raise GrantError("the refresh token has expired")
    desk_row = conn.execute(select(desk.c.name, desk.c.role, desk.c.revoked_at).where(desk.c.id == row.desk_id)).first()
    if desk_row is None or desk_row.revoked_at is not None:
        revoke_family(conn, row.family_id, now)
        raise GrantError("this desk has been revoked", code=DESK_REVOKED)
    member = _active_staff(conn, row.staff_id, row.user_id)
    if member is None:
        # For good (committed by the caller): reactivating them later does not bring it back.
        revoke_member(conn, row.staff_id, now, revoked_by=None)
        raise GrantError("the staff member who enrolled this desk is no longer active", code=ENROLLER_INACTIVE)
    if row.rotated_at is None:
        conn.execute(update(refresh_token).where(refresh_token.c.id == row.id).values(rotated_at=now))
        _store_refresh(
            conn,
            child,
            studio_id=row.studio_id,
            desk_id=row.desk_id,
            user_id=row.user_id,
            staff_id=row.staff_id,
            family_id=row.family_id,
            parent_id=row.id,
            now=now,
            ttl_days=ttl_days,
        )
    role = lower_role(Role(desk_row.role), member.role)
    return Issued(
        row.studio_id, member.studio_name, row.desk_id, desk_row.name, row.staff_id, member.staff_name, role, child
    )


# How long after a rotation its parent may be presented again, while the child is unused.
LOST_ANSWER_GRACE = dt.timedelta(seconds=30)


def _answer_was_lost(
    conn: Connection, token_id: uuid.UUID, child_token: str, rotated_at: dt.datetime, now: dt.datetime
) -> bool:
    """A rotation at most LOST_ANSWER_GRACE ago whose one child (the derived one) is unused:
    never rotated, never revoked, not expired."""
    if not dt.timedelta(0) <= now - rotated_at <= LOST_ANSWER_GRACE:
        return False
    children = conn.execute(
        select(refresh_token.c.token_hash, refresh_token.c.rotated_at, refresh_token.c.revoked_at)
        .where(refresh_token.c.parent_id == token_id)
        .with_for_update()
    ).all()
    return (
        len(children) == 1
        and children[0].token_hash == sha256_hex(child_token)
        and children[0].rotated_at is None
        and children[0].revoked_at is None
    )


def _revoke_family_and_desk(conn: Connection, family_id: uuid.UUID, desk_id: uuid.UUID, now: dt.datetime) -> None:
    """Two parties hold the family: revoke it and its desk (the owner sees a desk revoked by
    nobody in the desk list)."""
    revoke_family(conn, family_id, now)
    revoke_desk(conn, desk_id, now, revoked_by=None)


def revoke_family(conn: Connection, family_id: uuid.UUID, now: dt.datetime) -> None:
    conn.execute(
        update(refresh_token)
        .where(refresh_token.c.family_id == family_id, refresh_token.c.revoked_at.is_(None))
        .values(revoked_at=now)
    )


def revoke_desk(conn: Connection, desk_id: uuid.UUID, now: dt.datetime, *, revoked_by: uuid.UUID | None) -> bool:
    """Revoke a desk and every refresh token it holds; False if no such desk (in this studio)."""
    found = conn.execute(select(desk.c.revoked_at).where(desk.c.id == desk_id).with_for_update()).first()
    if found is None:
        return False
    if found.revoked_at is None:
        conn.execute(update(desk).where(desk.c.id == desk_id).values(revoked_at=now, revoked_by=revoked_by))
    conn.execute(
        update(refresh_token)
        .where(and_(refresh_token.c.desk_id == desk_id, refresh_token.c.revoked_at.is_(None)))
        .values(revoked_at=now)
    )
    return True


def revoke_member(conn: Connection, staff_id: uuid.UUID, now: dt.datetime, *, revoked_by: uuid.UUID | None) -> int:
    """A member of staff left (deactivated): revoke every desk they enrolled and every refresh
    token issued to them, for good. Reactivating them later restores their login, not these:
    each of their desks must be signed in again (by them or another owner or manager, which
    takes the desk's replica over, kronos_server.auth.takeover). Returns the desks revoked."""
    revoked = conn.execute(
        update(desk)
        .where(desk.c.enrolled_by == staff_id, desk.c.revoked_at.is_(None))
        .values(revoked_at=now, revoked_by=revoked_by)
        .returning(desk.c.id)
    ).all()
    conn.execute(
        update(refresh_token)
        .where(
            refresh_token.c.revoked_at.is_(None),
            or_(
                refresh_token.c.staff_id == staff_id,
                refresh_token.c.desk_id.in_(select(desk.c.id).where(desk.c.enrolled_by == staff_id)),
            ),
        )
        .values(revoked_at=now)
    )
    return len(revoked)


def desk_of_refresh(conn: Connection, token: str) -> tuple[uuid.UUID, uuid.UUID] | None:
    """(desk id, staff id) of a refresh token of this studio, or None."""
    row = conn.execute(
        select(refresh_token.c.desk_id, refresh_token.c.staff_id).where(refresh_token.c.token_hash == sha256_hex(token))
    ).first()
    return (row.desk_id, row.staff_id) if row is not None else None

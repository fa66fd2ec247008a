"""Who is calling: the bearer token verified, then checked against the database on every request.

The JWT says which studio, desk and staff member; the database says whether that still holds:
the desk must not be revoked, the staff member (its enroller) must be active and their login not
disabled, and the role is the lower of the desk's role and the staff member's role *now*. So a
revoked desk or a demoted manager takes effect on the next request, not when the token expires.
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Annotated, Any, Final

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Connection, Select, and_, bindparam, or_, select, update

from kronos_core.instants import utcnow
from kronos_core.roles import Role
from kronos_core.schema import staff, studio
from kronos_server import metrics
from kronos_server.auth.roles import lower_role
from kronos_server.auth.state import AuthStateDep
from kronos_server.auth.tokens import AccessClaims, InvalidToken
from kronos_server.db import Database
from kronos_server.problems import ProblemError, problem_type
from kronos_server.tables import app_user, desk

LAST_SEEN_EVERY: Final = dt.timedelta(minutes=1)

bearer_scheme = HTTPBearer(
    auto_error=False,
    scheme_name="DeskToken",
    description="An access token from /oauth/token (a JWT; send it as `Authorization: Bearer <token>`).",
)


@dataclass(frozen=True)
class Principal:
    studio_id: uuid.UUID
    desk_id: uuid.UUID
    staff_id: uuid.UUID
    user_id: uuid.UUID | None
    role: Role
    studio_name: str = ""
    desk_name: str = ""
    staff_name: str = ""
    # The desk's last_seen_at is due a write (see touch_last_seen) that this check did not make
    # (it ran in a read-only transaction).
    seen_due: bool = False


# The ``code`` of a 401 whose desk can no longer sync until an owner or manager signs in on it
# again (the desk keeps its outbox, and the new sign-in takes its replica over).
DESK_REVOKED: Final = "desk-revoked"
ENROLLER_INACTIVE: Final = "enroller-inactive"


def unauthorized(detail: str, *, error: str | None = "invalid_token", code: str | None = None) -> ProblemError:
    """A 401; ``code`` (``desk-revoked``, ``enroller-inactive``) says why the desk was cut off."""
    challenge = f'Bearer error="{error}"' if error else "Bearer"
    return ProblemError(
        401,
        "Unauthorized",
        detail,
        problem_type("unauthorized"),
        headers={"WWW-Authenticate": challenge},
        extra={"code": code} if code else None,
    )


@functools.cache
def _principal_query() -> Select[Any]:
    """The token's desk, its enroller and their login, built once (every request runs it)."""
    return (
        select(
            desk.c.role.label("desk_role"),
            desk.c.name.label("desk_name"),
            desk.c.revoked_at,
            desk.c.last_seen_at,
            staff.c.role.label("staff_role"),
            staff.c.active,
            staff.c.deleted,
            staff.c.user_id,
            staff.c.display_name,
            studio.c.name.label("studio_name"),
            app_user.c.disabled,
        )
        .select_from(
            desk.join(staff, and_(staff.c.id == desk.c.enrolled_by, staff.c.studio_id == desk.c.studio_id))
            .join(studio, studio.c.id == desk.c.studio_id)
            .outerjoin(app_user, app_user.c.id == staff.c.user_id)
        )
        .where(
            desk.c.id == bindparam("desk_id"),
            desk.c.studio_id == bindparam("studio_id"),
            desk.c.enrolled_by == bindparam("staff_id"),
        )
    )


def load_principal(
    conn: Connection, claims_studio: uuid.UUID, desk_id: uuid.UUID, staff_id: uuid.UUID, *, touch: bool = True
) -> Principal:
    """Check the token's desk and staff member against the database (in a tenant transaction).
    ``touch``: also note when the desk was last seen (at most once a LAST_SEEN_EVERY); without it
    (a read-only transaction), ``seen_due`` says that the caller should (:func:`touch_last_seen`)."""
    params = {"desk_id": desk_id, "studio_id": claims_studio, "staff_id": staff_id}
    row = conn.execute(_principal_query(), params).first()
    if row is None:
        raise unauthorized("the desk or staff member of this token does not exist")
    if row.revoked_at is not None:
        raise unauthorized("this desk has been revoked", code=DESK_REVOKED)
    if not row.active or row.deleted or row.disabled:
        raise unauthorized("the staff member who enrolled this desk is no longer active", code=ENROLLER_INACTIVE)
    seen_due = row.last_seen_at is None or utcnow() - row.last_seen_at > LAST_SEEN_EVERY
    if seen_due and touch:
        touch_last_seen(conn, desk_id)
    return Principal(
        studio_id=claims_studio,
        desk_id=desk_id,
        staff_id=staff_id,
        user_id=row.user_id,
        role=lower_role(Role(row.desk_role), Role(row.staff_role)),
        studio_name=row.studio_name,
        desk_name=row.desk_name,
        staff_name=row.display_name,
        seen_due=seen_due and not touch,
    )


def touch_last_seen(conn: Connection, desk_id: uuid.UUID) -> None:
    """Note that the desk was seen now (unless another request just did)."""
    now = utcnow()
    stale = or_(desk.c.last_seen_at.is_(None), desk.c.last_seen_at < now - LAST_SEEN_EVERY)
    conn.execute(update(desk).where(desk.c.id == desk_id, stale).values(last_seen_at=now))


async def bearer_claims(
    auth: AuthStateDep, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)]
) -> AccessClaims:
    """The bearer token's claims, verified (signature, expiry, audience, issuer), not yet checked
    against the database: a route that takes these checks them with :func:`principal_in` inside
    its own transaction (the sync routes: one transaction a request, not two)."""
    if credentials is None:
        metrics.record_auth_result("bearer_missing")
        raise unauthorized("an access token is needed (Authorization: Bearer ...)", error=None)
    try:
        return auth.access_tokens.verify(credentials.credentials)
    except InvalidToken as exc:
        metrics.record_auth_result("bearer_invalid")
        raise unauthorized("the access token is invalid or expired") from exc


CurrentClaims = Annotated[AccessClaims, Depends(bearer_claims)]


def principal_in(conn: Connection, claims: AccessClaims, *, touch: bool = True) -> Principal:
    """The caller, checked against the database in ``conn``'s transaction (scoped to the token's
    studio): the first thing a route that took :data:`CurrentClaims` does."""
    try:
        return load_principal(conn, claims.studio_id, claims.desk_id, claims.staff_id, touch=touch)
    except ProblemError:
        metrics.record_auth_result("bearer_revoked")
        raise


def current_principal(request: Request, claims: CurrentClaims) -> Principal:
    """The caller (run in the thread pool: it reads the database). Every other dependency on the
    way is async, so an authenticated request takes one thread-pool hop here and none elsewhere."""
    db: Database = request.app.state.db
    with db.tenant(claims.studio_id) as conn:
        return principal_in(conn, claims)


CurrentPrincipal = Annotated[Principal, Depends(current_principal)]


def require_role(*roles: Role) -> Callable[[Principal], Coroutine[Any, Any, Principal]]:
    """A dependency: the caller, if their role (as capped by the desk) is one of ``roles``; else 403."""
    allowed = frozenset(roles)

    async def check(principal: CurrentPrincipal) -> Principal:
        if principal.role not in allowed:
            raise ProblemError(
                403,
                "Forbidden",
                f"the role {principal.role.value!r} may not do this",
                problem_type("forbidden"),
            )
        return principal

    return check


ManagementPrincipal = Annotated[Principal, Depends(require_role(Role.OWNER, Role.MANAGER))]

"""Recent failed sign-ins per account, kept for the studio's owners and managers.

Every wrong password for an existing login is recorded (``login_failure``: when, the address it
came from, and the enrolled desk the sign-in was started from, if any: kronos_server.auth.
known_desk). Rows older than :data:`KEEP` are deleted as new ones arrive; the throttle bounds
how fast they can arrive. Unknown e-mails are not recorded (there is no account to show them
on, and nothing about them is kept).

``GET /v1/staff/{staff_id}/failed-sign-ins`` (owners and managers, their own studio only: the
staff row is read under row-level security) answers the member's recent failures, newest first,
and whether the account is locked for unknown devices right now. A desk is named only when it
is one of this studio's; an attempt started from another studio's desk (a guest artist's other
studio) shows as from an enrolled desk, unnamed.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any, Final

from fastapi import APIRouter, Path
from pydantic import BaseModel, Field
from sqlalchemy import Connection, delete, select

from kronos_core.ids import uuid7
from kronos_core.instants import utcnow
from kronos_core.schema import staff
from kronos_server.auth import throttle
from kronos_server.auth.deps import ManagementPrincipal
from kronos_server.deps import DatabaseDep
from kronos_server.problems import ProblemError, problem_type
from kronos_server.tables import app_user, desk, login_failure, login_throttle

KEEP: Final = dt.timedelta(days=30)
MAX_SHOWN: Final = 100

router = APIRouter(prefix="/v1", tags=["studio"])


def record(conn: Connection, user_id: uuid.UUID, address: str, desk_id: uuid.UUID | None, now: dt.datetime) -> None:
    """A wrong password for ``user_id`` (in an unscoped transaction)."""
    conn.execute(delete(login_failure).where(login_failure.c.user_id == user_id, login_failure.c.at < now - KEEP))
    conn.execute(
        login_failure.insert().values(id=uuid7(), user_id=user_id, at=now, address=address[:64], desk_id=desk_id)
    )


class FailedSignIn(BaseModel):
    at: dt.datetime
    address: str = Field(description="The address it came from (shared by many people at some ISPs).")
    from_enrolled_desk: bool = Field(description="Started from a desk holding a valid enrolment.")
    desk_id: uuid.UUID | None = Field(None, description="That desk, when it is one of this studio's.")
    desk_name: str | None = None


class FailedSignIns(BaseModel):
    staff_id: uuid.UUID
    locked_until: dt.datetime | None = Field(
        None, description="Sign-ins from unknown devices are refused until then (enrolled desks still pass)."
    )
    attempts: list[FailedSignIn] = Field(description=f"The last {MAX_SHOWN} at most, 30 days at most, newest first.")


_PROBLEM: Final[dict[str, Any]] = {"content": {"application/problem+json": {}}}


@router.get(
    "/staff/{staff_id}/failed-sign-ins",
    response_model=FailedSignIns,
    responses={
        401: {**_PROBLEM, "description": "No valid access token (or its desk was revoked)."},
        403: {**_PROBLEM, "description": "Only owners and managers see failed sign-ins."},
        404: {**_PROBLEM, "description": "No such staff member in this studio."},
    },
)
def failed_sign_ins(
    principal: ManagementPrincipal, db: DatabaseDep, staff_id: Annotated[uuid.UUID, Path()]
) -> FailedSignIns:
    now = utcnow()
    with db.tenant(principal.studio_id) as conn:
        member = conn.execute(select(staff.c.user_id).where(staff.c.id == staff_id)).first()
        if member is None:
            raise ProblemError(404, "Not Found", "no such staff member in this studio", problem_type("not-found"))
        user_id = member.user_id
        if user_id is None:  # no login: nothing can fail
            return FailedSignIns(staff_id=staff_id, locked_until=None, attempts=[])
        rows = conn.execute(
            select(login_failure.c.at, login_failure.c.address, login_failure.c.desk_id, desk.c.name)
            .select_from(login_failure.outerjoin(desk, desk.c.id == login_failure.c.desk_id))
            .where(login_failure.c.user_id == user_id, login_failure.c.at >= now - KEEP)
            .order_by(login_failure.c.at.desc())
            .limit(MAX_SHOWN)
        ).all()
        email = conn.execute(select(app_user.c.email).where(app_user.c.id == user_id)).scalar()
        locked_until = (
            conn.execute(
                select(login_throttle.c.locked_until).where(login_throttle.c.key == throttle.user_key(email))
            ).scalar()
            if email is not None
            else None
        )
    return FailedSignIns(
        staff_id=staff_id,
        locked_until=locked_until if locked_until is not None and locked_until > now else None,
        attempts=[
            FailedSignIn(
                at=r.at,
                address=r.address,
                from_enrolled_desk=r.desk_id is not None,
                desk_id=r.desk_id if r.name is not None else None,
                desk_name=r.name,
            )
            for r in rows
        ],
    )

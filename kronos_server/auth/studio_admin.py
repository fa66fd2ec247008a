"""The studio's desks and staff, as its owner (and managers) manage them from a desk.

Every route runs in the caller's studio (a tenant transaction: row-level security hides every
other studio, so another studio's id answers 404). Desks are server rows; staff changes are
core mutations applied under the studio's clock, so every desk receives them by sync.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any, Final

from fastapi import APIRouter, Path
from fastapi.responses import Response
from sqlalchemy import Connection, and_, select, update
from sqlalchemy.exc import IntegrityError

from kronos_core.ids import uuid7
from kronos_core.instants import utcnow
from kronos_core.mutations import Actor, InvalidArguments, MutationError, NotAllowed, NotFound, StaleTarget
from kronos_core.pins import hash_pin
from kronos_core.schema import staff
from kronos_server.auth import grants, invitations
from kronos_server.auth.deps import CurrentPrincipal, ManagementPrincipal, Principal
from kronos_server.auth.invitations import InvitationOut
from kronos_server.auth.schemas import (
    DeskOut,
    DeskRef,
    DeskRename,
    Me,
    PinIn,
    StaffInvite,
    StaffOut,
    StaffPatch,
    StaffRef,
    StudioRef,
)
from kronos_server.auth.state import AuthStateDep
from kronos_server.auth.takeover import revoke_departed
from kronos_server.deps import DatabaseDep
from kronos_server.problems import ProblemError, problem_type
from kronos_server.studio_version import apply_mutation
from kronos_server.tables import app_user, desk

router = APIRouter(prefix="/v1", tags=["studio"])

_PROBLEM: Final[dict[str, Any]] = {"content": {"application/problem+json": {}}}
AUTH_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: {**_PROBLEM, "description": "No valid access token (or its desk was revoked)."},
    403: {**_PROBLEM, "description": "The desk's role does not allow this."},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {**_PROBLEM, "description": "No such item in this studio."}}
MUTATION_RESPONSES: dict[int | str, dict[str, Any]] = {
    **NOT_FOUND,
    409: {**_PROBLEM, "description": "The change conflicts with the studio's current state."},
    422: {**_PROBLEM, "description": "Invalid input."},
}

IdPath = Annotated[uuid.UUID, Path()]


def _actor(principal: Principal) -> Actor:
    return Actor(studio_id=principal.studio_id, role=principal.role, staff_id=principal.staff_id)


def _mutation_problem(exc: MutationError) -> ProblemError:
    status = 422
    if isinstance(exc, NotAllowed):
        status = 403
    elif isinstance(exc, NotFound):
        status = 404
    elif isinstance(exc, StaleTarget) or exc.code in ("constraint_violation", "duplicate_id"):
        status = 409
    elif isinstance(exc, InvalidArguments):
        status = 422
    return ProblemError(status, None, exc.message, problem_type(f"mutation/{exc.code}"))


def _not_found(what: str) -> ProblemError:
    return ProblemError(404, "Not Found", f"no such {what} in this studio", problem_type("not-found"))


# -- me ---------------------------------------------------------------------------------------
@router.get("/me", response_model=Me, responses=AUTH_RESPONSES)
async def me(principal: CurrentPrincipal) -> Me:
    """The desk making the request: its studio, its name, who enrolled it and its role now."""
    return Me(
        studio=StudioRef(id=principal.studio_id, name=principal.studio_name),
        desk=DeskRef(id=principal.desk_id, name=principal.desk_name),
        staff=StaffRef(id=principal.staff_id, display_name=principal.staff_name),
        role=principal.role.value,
    )


# -- desks ------------------------------------------------------------------------------------
def _desks(conn: Connection, principal: Principal, desk_id: uuid.UUID | None = None) -> list[DeskOut]:
    query = (
        select(desk, staff.c.display_name.label("enroller_name"))
        .select_from(desk.join(staff, and_(staff.c.id == desk.c.enrolled_by, staff.c.studio_id == desk.c.studio_id)))
        .where(desk.c.studio_id == principal.studio_id)
        .order_by(desk.c.enrolled_at, desk.c.id)
    )
    if desk_id is not None:
        query = query.where(desk.c.id == desk_id)
    return [
        DeskOut(
            id=row.id,
            name=row.name,
            role=row.role,
            enrolled_by=StaffRef(id=row.enrolled_by, display_name=row.enroller_name),
            enrolled_at=row.enrolled_at,
            last_seen_at=row.last_seen_at,
            revoked_at=row.revoked_at,
            revoked_by=row.revoked_by,
            current=row.id == principal.desk_id,
        )
        for row in conn.execute(query)
    ]


@router.get("/desks", response_model=list[DeskOut], responses=AUTH_RESPONSES)
def list_desks(principal: ManagementPrincipal, db: DatabaseDep) -> list[DeskOut]:
    """Every desk enrolled in the studio, revoked ones included."""
    with db.tenant(principal.studio_id) as conn:
        return _desks(conn, principal)


@router.post("/desks/{desk_id}/revoke", response_model=DeskOut, responses={**AUTH_RESPONSES, **NOT_FOUND})
def revoke_desk(desk_id: IdPath, principal: ManagementPrincipal, db: DatabaseDep) -> DeskOut:
    """Revoke a lost or stolen desk: its next request is refused, and it can no longer refresh."""
    with db.tenant(principal.studio_id) as conn:
        if not grants.revoke_desk(conn, desk_id, utcnow(), revoked_by=principal.staff_id):
            raise _not_found("desk")
        return _desks(conn, principal, desk_id)[0]


@router.patch("/desks/{desk_id}", response_model=DeskOut, responses={**AUTH_RESPONSES, **NOT_FOUND, 422: _PROBLEM})
def rename_desk(desk_id: IdPath, body: DeskRename, principal: ManagementPrincipal, db: DatabaseDep) -> DeskOut:
    with db.tenant(principal.studio_id) as conn:
        changed = conn.execute(
            update(desk)
            .where(desk.c.id == desk_id, desk.c.studio_id == principal.studio_id)
            .values(name=body.name)
            .returning(desk.c.id)
        ).first()
        if changed is None:
            raise _not_found("desk")
        return _desks(conn, principal, desk_id)[0]


# -- staff ------------------------------------------------------------------------------------
def _staff_rows(conn: Connection, principal: Principal, staff_id: uuid.UUID | None = None) -> list[StaffOut]:
    query = (
        select(staff, app_user.c.email)
        .select_from(staff.outerjoin(app_user, app_user.c.id == staff.c.user_id))
        .where(staff.c.studio_id == principal.studio_id, staff.c.deleted.is_(False))
        .order_by(staff.c.display_name, staff.c.id)
    )
    if staff_id is not None:
        query = query.where(staff.c.id == staff_id)
    return [
        StaffOut(
            id=row.id,
            display_name=row.display_name,
            role=row.role,
            color=row.color,
            active=row.active,
            user_id=row.user_id,
            email=row.email,
            has_pin=row.pin_hash is not None,
            version=row.version,
        )
        for row in conn.execute(query)
    ]


@router.get("/staff", response_model=list[StaffOut], responses=AUTH_RESPONSES)
def list_staff(principal: ManagementPrincipal, db: DatabaseDep) -> list[StaffOut]:
    with db.tenant(principal.studio_id) as conn:
        return _staff_rows(conn, principal)


@router.post(
    "/staff", response_model=InvitationOut, status_code=201, responses={**AUTH_RESPONSES, **MUTATION_RESPONSES}
)
def invite_staff(
    body: StaffInvite, principal: ManagementPrincipal, db: DatabaseDep, auth: AuthStateDep
) -> InvitationOut:
    """Invite a person to the staff by e-mail: an invitation is recorded, which the person accepts
    or declines on the server's page (``/invitations``) after signing in; accepting adds them to
    the staff. The answer is the same whether or not the e-mail already has a KRONOS login (in
    another studio, say): nobody learns here which e-mails exist. An e-mail without a login gets
    one with ``initial_password`` (handed over in person); an existing login keeps its own
    password and ``initial_password`` is ignored."""
    # Hashed before the transaction, and whether or not the e-mail exists (the same time).
    new_hash = auth.hasher.hash(body.initial_password) if body.initial_password else None
    now = utcnow()
    with db.tenant(principal.studio_id) as conn:
        member = conn.execute(
            select(staff.c.id)
            .select_from(staff.join(app_user, app_user.c.id == staff.c.user_id))
            .where(staff.c.studio_id == principal.studio_id, staff.c.deleted.is_(False), app_user.c.email == body.email)
        ).first()
        if member is not None:  # already on this studio's staff list, which the manager sees
            raise ProblemError(
                409,
                None,
                "this person is already on the studio's staff",
                problem_type("staff-exists"),
                extra={"staff_id": str(member.id)},
            )
        try:
            invitation = invitations.record(
                conn,
                studio_id=principal.studio_id,
                email=body.email,
                display_name=body.display_name,
                role=body.role,
                color=body.color,
                invited_by=principal.staff_id,
                inviter_role=principal.role,
                now=now,
            )
        except invitations.RoleNotGiven as exc:
            raise ProblemError(403, None, str(exc), problem_type("mutation/role_cannot_give")) from exc
        except invitations.InvitationExists as exc:
            raise ProblemError(
                409, None, "this e-mail was already invited and has not answered yet", problem_type("invitation-exists")
            ) from exc
        exists = conn.execute(select(app_user.c.id).where(app_user.c.email == body.email)).first() is not None
        if not exists and new_hash is not None:
            try:
                with conn.begin_nested():
                    conn.execute(
                        app_user.insert().values(
                            id=uuid7(),
                            email=body.email,
                            display_name=body.display_name,
                            password_hash=new_hash,
                            disabled=False,
                            password_changed_at=now,
                            created_at=now,
                        )
                    )
            except IntegrityError:
                pass  # registered meanwhile: that login answers the invitation with its own password
    return invitation


@router.patch("/staff/{staff_id}", response_model=StaffOut, responses={**AUTH_RESPONSES, **MUTATION_RESPONSES})
def update_staff(staff_id: IdPath, body: StaffPatch, principal: ManagementPrincipal, db: DatabaseDep) -> StaffOut:
    """Change a member's role, name, colour, or deactivate them (their desks stop at once)."""
    values = body.model_dump(exclude_unset=True)
    args = {"staff_id": staff_id, **values}
    now = utcnow()
    with db.tenant(principal.studio_id) as conn:
        try:
            apply_mutation(conn, _actor(principal), "staff.update", args, now=now)
        except MutationError as exc:
            raise _mutation_problem(exc) from exc
        # Deactivated: their desks and refresh tokens are revoked for good (reactivating them
        # later restores their login, not these); another manager signs in on those desks.
        revoke_departed(conn, "staff.update", args, now, revoked_by=principal.staff_id)
        (row,) = _staff_rows(conn, principal, staff_id)
    return row


@router.put(
    "/staff/{staff_id}/pin",
    status_code=204,
    response_class=Response,
    responses={**AUTH_RESPONSES, **MUTATION_RESPONSES},
)
def set_pin(
    staff_id: IdPath,
    body: PinIn,
    principal: ManagementPrincipal,
    db: DatabaseDep,
    auth: AuthStateDep,
) -> Response:
    """Set a member's desk PIN. It is hashed here (argon2id); only the hash is stored and synced."""
    pin_hash = hash_pin(body.pin)  # at kronos_core.pins.MIN_COST, whatever the sign-in's cost
    with db.tenant(principal.studio_id) as conn:
        try:
            apply_mutation(
                conn, _actor(principal), "staff.set_pin", {"staff_id": staff_id, "pin_hash": pin_hash}, now=utcnow()
            )
        except MutationError as exc:
            raise _mutation_problem(exc) from exc
    return Response(status_code=204)

"""Invitations to a studio's staff: recorded when a manager adds a person by e-mail, answered by
that person on the server's page after signing in.

A manager who adds an e-mail learns nothing about it: whether it has a KRONOS login (in another
studio, say) or not, the answer is the same, an invitation recorded. Nobody is attached to a
studio without saying yes: the person signs in at ``/invitations`` (the sign-in page points
there when a login belongs to no studio yet) and accepts (their staff row is added, ``staff.add``
under the studio's clock, so every desk receives it) or declines (nothing changes).

The page signs in like the desk's sign-in (same throttling, same password check) and then
carries a short-lived signed token in its forms, not a cookie.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import time
import uuid
from typing import Annotated, Any, Final, Literal

from fastapi import APIRouter, Form, Path, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field
from sqlalchemy import Connection, select, text, update

from kronos_core.ids import uuid7
from kronos_core.instants import utcnow
from kronos_core.mutations import Actor, MutationError
from kronos_core.roles import GRANTABLE, Role
from kronos_core.schema import staff
from kronos_server.auth.deps import ManagementPrincipal
from kronos_server.auth.pages import MESSAGES, choose_language, render
from kronos_server.auth.state import AuthState, AuthStateDep
from kronos_server.auth.tokens import derive_key
from kronos_server.db import Database
from kronos_server.deps import DatabaseDep
from kronos_server.problems import ProblemError, problem_type
from kronos_server.studio_version import apply_mutation
from kronos_server.tables import app_user, staff_invitation

router = APIRouter(tags=["invitations"])
# The studio's side: its managers list the invitations not yet answered, and cancel one.
api_router = APIRouter(prefix="/v1", tags=["studio"])

TOKEN_TTL_S: Final = 15 * 60
MAX_FIELD_CHARS: Final = 1024

TEXTS: Final[dict[str, dict[str, str]]] = {
    "pt-BR": {
        "title": "Convites para estúdios",
        "intro": "Entre com seu e-mail e senha do KRONOS para ver os convites que recebeu.",
        "none": "Nenhum convite esperando por você.",
        "invited": "{studio} convidou você para a equipe como {role} ({name}){by}.",
        "by": ", a pedido de {name}",
        "accept": "Aceitar",
        "decline": "Recusar",
        "accepted": "Você agora faz parte da equipe de {studio}. Volte ao KRONOS e entre no balcão.",
        "declined": "Convite de {studio} recusado.",
        "gone": "Este convite não está mais disponível.",
        "expired": "Sua sessão nesta página expirou. Entre de novo.",
    },
    "en": {
        "title": "Invitations to studios",
        "intro": "Sign in with your KRONOS e-mail and password to see the invitations you received.",
        "none": "No invitation is waiting for you.",
        "invited": "{studio} invited you to its staff as {role} ({name}){by}.",
        "by": ", sent by {name}",
        "accept": "Accept",
        "decline": "Decline",
        "accepted": "You are now on the staff of {studio}. Go back to KRONOS and sign in at the desk.",
        "declined": "Invitation from {studio} declined.",
        "gone": "This invitation is no longer available.",
        "expired": "Your session on this page has expired. Sign in again.",
    },
}


class InvitationOut(BaseModel):
    """An invitation recorded: the same answer whether or not the e-mail has a KRONOS login."""

    id: uuid.UUID
    email: str
    display_name: str
    role: str
    color: str
    status: Literal["invited"] = "invited"
    created_at: dt.datetime = Field(description="When it was recorded.")


class InvitationExists(Exception):
    """This studio already invited this e-mail and the person has not answered yet."""


class RoleNotGiven(Exception):
    """The inviting desk's role cannot give the role asked for."""


# -- recording (POST /v1/staff) -----------------------------------------------------------------
def record(
    conn: Connection,
    *,
    studio_id: uuid.UUID,
    email: str,
    display_name: str,
    role: str,
    color: str,
    invited_by: uuid.UUID | None,
    inviter_role: Role,
    now: dt.datetime,
) -> InvitationOut:
    """Record an invitation in the caller's tenant transaction."""
    if Role(role) not in GRANTABLE[inviter_role]:
        raise RoleNotGiven(f"a {inviter_role.value} cannot give the role {role!r}")
    pending = conn.execute(
        select(staff_invitation.c.id).where(
            staff_invitation.c.studio_id == studio_id,
            staff_invitation.c.email == email,
            staff_invitation.c.answered_at.is_(None),
        )
    ).first()
    if pending is not None:
        raise InvitationExists(str(pending.id))
    row: dict[str, Any] = {
        "id": uuid7(),
        "studio_id": studio_id,
        "email": email,
        "display_name": display_name,
        "role": role,
        "color": color.lower(),
        "invited_by": invited_by,
        "created_at": now,
    }
    conn.execute(staff_invitation.insert().values(row))
    return InvitationOut(**row)


_COLUMNS = (
    staff_invitation.c.id,
    staff_invitation.c.email,
    staff_invitation.c.display_name,
    staff_invitation.c.role,
    staff_invitation.c.color,
    staff_invitation.c.created_at,
)


@api_router.get("/invitations", response_model=list[InvitationOut])
def list_invitations(principal: ManagementPrincipal, db: DatabaseDep) -> list[InvitationOut]:
    """The studio's invitations not yet answered, oldest first."""
    with db.tenant(principal.studio_id) as conn:
        rows = conn.execute(
            select(*_COLUMNS)
            .where(staff_invitation.c.studio_id == principal.studio_id, staff_invitation.c.answered_at.is_(None))
            .order_by(staff_invitation.c.created_at, staff_invitation.c.id)
        ).mappings()
        return [InvitationOut(**row) for row in rows]


@api_router.delete("/invitations/{invitation_id}", status_code=204, response_class=Response)
def cancel_invitation(
    invitation_id: Annotated[uuid.UUID, Path()], principal: ManagementPrincipal, db: DatabaseDep
) -> Response:
    """Withdraw an invitation not yet answered: the person no longer sees it."""
    with db.tenant(principal.studio_id) as conn:
        cancelled = conn.execute(
            update(staff_invitation)
            .where(
                staff_invitation.c.id == invitation_id,
                staff_invitation.c.studio_id == principal.studio_id,
                staff_invitation.c.answered_at.is_(None),
            )
            .values(answered_at=utcnow(), answer="cancelled")
            .returning(staff_invitation.c.id)
        ).first()
    if cancelled is None:
        raise ProblemError(404, "Not Found", "no such invitation waiting in this studio", problem_type("not-found"))
    return Response(status_code=204)


# -- the page -------------------------------------------------------------------------------
def _key(auth: AuthState) -> bytes:
    return derive_key(auth.settings.secret_key.get_secret_value().encode(), "invitations-page")


def _token(auth: AuthState, user_id: uuid.UUID) -> str:
    payload = f"{user_id}.{int(time.time()) + TOKEN_TTL_S}"
    return payload + "." + hmac.new(_key(auth), payload.encode(), hashlib.sha256).hexdigest()


def _user_of(auth: AuthState, token: str | None) -> uuid.UUID | None:
    if not token or len(token) > 200:
        return None
    payload, _, signature = token.rpartition(".")
    expected = hmac.new(_key(auth), payload.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(signature, expected):
        return None
    user, _, expiry = payload.partition(".")
    try:
        return uuid.UUID(user) if int(expiry) >= time.time() else None
    except ValueError:
        return None


def _pending(db: Database, email: str) -> list[Any]:
    with db.unscoped() as conn:
        return list(conn.execute(text("SELECT * FROM kronos_invitations(:email)"), {"email": email}).mappings())


def _email_of(db: Database, user_id: uuid.UUID) -> str | None:
    with db.unscoped() as conn:
        row = conn.execute(
            select(app_user.c.email).where(app_user.c.id == user_id, app_user.c.disabled.is_(False))
        ).first()
    return row.email if row is not None else None


def _page(
    auth: AuthState,
    db: Database,
    lang: str,
    *,
    user_id: uuid.UUID | None = None,
    email: str = "",
    notice: str = "",
    error: str = "",
    status: int = 200,
    headers: dict[str, str] | None = None,
) -> Response:
    texts, roles = TEXTS[lang], MESSAGES[lang]
    invitations = []
    if user_id is not None:
        for row in _pending(db, email):
            by = texts["by"].format(name=row["invited_by_name"]) if row["invited_by_name"] else ""
            role = roles.get(f"role_{row['role']}", row["role"])
            invitations.append(
                {
                    "id": row["id"],
                    "text": texts["invited"].format(
                        studio=row["studio_name"], role=role, name=row["display_name"], by=by
                    ),
                }
            )
    response = render(
        "invitations.html",
        lang,
        status_code=status,
        m=texts,
        email=email,
        signed_in=user_id is not None,
        token=_token(auth, user_id) if user_id is not None else "",
        invitations=invitations,
        notice=notice,
        error=error,
    )
    for key, value in (headers or {}).items():
        response.headers[key] = value
    return response


def _lang(request: Request, explicit: str | None) -> str:
    return choose_language(explicit, request.headers.get("accept-language"))


@router.get("/invitations", include_in_schema=False)
def invitations_page(
    request: Request, auth: AuthStateDep, db: DatabaseDep, lang: Annotated[str | None, Query(max_length=20)] = None
) -> Response:
    return _page(auth, db, _lang(request, lang))


@router.post("/invitations", include_in_schema=False)
def invitations_sign_in(
    request: Request,
    auth: AuthStateDep,
    db: DatabaseDep,
    email: Annotated[str | None, Form(max_length=MAX_FIELD_CHARS)] = None,
    password: Annotated[str | None, Form(max_length=MAX_FIELD_CHARS)] = None,
    lang: Annotated[str | None, Form(max_length=20)] = None,
) -> Response:
    from kronos_server.auth import oauth, throttle  # the desk sign-in's own check and throttling

    chosen = _lang(request, lang)
    t = MESSAGES[chosen]
    email_value = (email or "").strip().lower()[:254]
    if not email_value or not password:
        return _page(auth, db, chosen, email=email_value, error=t["missing_fields"], status=400)
    address = request.client.host if request.client else "unknown"
    outcome = oauth._check_credentials(auth, db, email_value, password, address)
    if isinstance(outcome, throttle.Decision):
        message = (
            t["locked"].format(minutes=max(1, (outcome.retry_after_s + 59) // 60))
            if outcome.locked
            else t["slowed"].format(seconds=outcome.retry_after_s)
        )
        headers = {"Retry-After": str(outcome.retry_after_s)}
        return _page(auth, db, chosen, email=email_value, error=message, status=429, headers=headers)
    if outcome is None:
        return _page(auth, db, chosen, email=email_value, error=t["bad_credentials"], status=400)
    return _page(auth, db, chosen, user_id=outcome, email=email_value)


@router.post("/invitations/answer", include_in_schema=False)
def answer_invitation(
    request: Request,
    auth: AuthStateDep,
    db: DatabaseDep,
    token: Annotated[str | None, Form(max_length=MAX_FIELD_CHARS)] = None,
    invitation: Annotated[str | None, Form(max_length=100)] = None,
    answer: Annotated[str | None, Form(max_length=20)] = None,
    lang: Annotated[str | None, Form(max_length=20)] = None,
) -> Response:
    chosen = _lang(request, lang)
    texts = TEXTS[chosen]
    user_id = _user_of(auth, token)
    email = _email_of(db, user_id) if user_id is not None else None
    if user_id is None or email is None:
        return _page(auth, db, chosen, error=texts["expired"], status=401)
    try:
        invitation_id = uuid.UUID(invitation or "")
    except ValueError:
        invitation_id = None
    found = next((row for row in _pending(db, email) if row["id"] == invitation_id), None)
    if found is None or answer not in ("accept", "decline"):
        return _page(auth, db, chosen, user_id=user_id, email=email, error=texts["gone"], status=409)
    accepted = answer == "accept"
    try:
        _answer(db, found, user_id, email, accepted)
    except _Gone:
        return _page(auth, db, chosen, user_id=user_id, email=email, error=texts["gone"], status=409)
    notice = texts["accepted" if accepted else "declined"].format(studio=found["studio_name"])
    return _page(auth, db, chosen, user_id=user_id, email=email, notice=notice)


class _Gone(Exception):
    """Answered meanwhile, or no longer applicable: nothing was changed."""


def _answer(db: Database, found: Any, user_id: uuid.UUID, email: str, accepted: bool) -> None:
    with db.tenant(found["studio_id"]) as conn:
        now = utcnow()
        changed = conn.execute(
            update(staff_invitation)
            .where(
                staff_invitation.c.id == found["id"],
                staff_invitation.c.email == email,
                staff_invitation.c.answered_at.is_(None),
            )
            .values(answered_at=now, answer="accepted" if accepted else "declined")
            .returning(staff_invitation)
        ).first()
        if changed is None:  # answered meanwhile (another tab)
            raise _Gone()
        if accepted and not _is_member(conn, found["studio_id"], user_id):
            # The server's own change with an owner's authority: the inviter's role was checked
            # when the invitation was recorded.
            args = {
                "staff_id": uuid7(),
                "display_name": changed.display_name,
                "role": changed.role,
                "color": changed.color,
                "user_id": user_id,
            }
            try:
                apply_mutation(conn, Actor(studio_id=found["studio_id"], role=Role.OWNER), "staff.add", args, now=now)
            except MutationError as exc:
                raise _Gone() from exc  # rolls the answer back too


def _is_member(conn: Connection, studio_id: uuid.UUID, user_id: uuid.UUID) -> bool:
    query = select(staff.c.id).where(
        staff.c.studio_id == studio_id, staff.c.user_id == user_id, staff.c.deleted.is_(False)
    )
    return conn.execute(query).first() is not None

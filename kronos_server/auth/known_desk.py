"""A browser sign-in started from a desk that holds a valid enrolment: a *known desk*.

Locking an account after repeated wrong passwords must not be a way to lock its owner out: anyone
on the internet can type wrong passwords for a known e-mail. So the account's lock (and the
per-address lock: Brazilian ISPs put many customers behind one address, so an address says
nothing about who is typing) applies to *unknown* devices only. A sign-in started from a desk
that holds a valid enrolment of the studio is throttled on a key of its own (that desk and that
account), which strangers cannot fill; it still needs the right password.

How the server recognises such a sign-in, without trusting anything the browser could forge:

1. Before opening the browser the desk asks for a *desk ticket*: ``POST /oauth/desk-ticket``
   with its current access token (which only a desk whose refresh-token family is alive can
   hold: it is checked against the desk row, so a revoked desk or one whose enroller left gets a
   401) and the PKCE ``code_challenge`` of the sign-in it is about to start.
2. The server answers a short-lived ticket (15 min) signed with a key of its own derived from the
   server secret, naming the studio, the desk and that ``code_challenge``.
3. The desk puts it in the authorization request (``desk_ticket=``). The login page carries it in
   the form; when the password is posted the server checks, again: the signature, that the
   ticket names this transaction's ``code_challenge`` (so a ticket copied from a browser's
   history is good for that one sign-in only, whose code needs the desk's PKCE verifier
   anyway), that the desk is still enrolled (not revoked, its enroller active), and that the
   e-mail is an active member of the desk's studio. Only then is the attempt counted on the
   known-desk key instead of the account's and the address's.

A ticket that fails any check is ignored: the sign-in goes on as from an unknown device.
Failures from a known desk are recorded with the desk's id for the studio's managers to see
(kronos_server.auth.failed_signins).
"""

from __future__ import annotations

import datetime as dt
import hmac
import uuid
from dataclasses import dataclass
from typing import Annotated, Final

import jwt
from fastapi import APIRouter, Form
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy import text

from kronos_core.instants import utcnow
from kronos_server.auth import pkce
from kronos_server.auth.deps import CurrentPrincipal
from kronos_server.auth.state import AuthState, AuthStateDep
from kronos_server.auth.takeover import desk_retired
from kronos_server.auth.tokens import derive_key
from kronos_server.db import Database

ALGORITHM: Final = "HS256"
TICKET_TTL_S: Final = 15 * 60
MAX_TICKET_CHARS: Final = 2048
_TYP: Final = "kronos-desk-ticket+jwt"
_PURPOSE: Final = "desk-sign-in-ticket"

router = APIRouter(tags=["oauth"])


@dataclass(frozen=True)
class KnownDesk:
    studio_id: uuid.UUID
    desk_id: uuid.UUID


def _key(auth: AuthState) -> bytes:
    return derive_key(auth.settings.secret_key.get_secret_value().encode(), _PURPOSE)


def issue_ticket(auth: AuthState, desk: KnownDesk, code_challenge: str, now: dt.datetime) -> str:
    iat = int(now.timestamp())
    claims = {
        "iss": auth.settings.issuer,
        "aud": _TYP,
        "iat": iat,
        "exp": iat + TICKET_TTL_S,
        "studio": str(desk.studio_id),
        "desk": str(desk.desk_id),
        "cc": code_challenge,
    }
    return jwt.encode(claims, _key(auth), algorithm=ALGORITHM, headers={"typ": _TYP})


def read_ticket(auth: AuthState, ticket: str | None, code_challenge: str) -> KnownDesk | None:
    """The desk a ticket names, if it is ours, unexpired and for this ``code_challenge``."""
    if not ticket or len(ticket) > MAX_TICKET_CHARS:
        return None
    try:
        if jwt.get_unverified_header(ticket).get("typ") != _TYP:
            return None
        claims = jwt.decode(
            ticket,
            _key(auth),
            algorithms=[ALGORITHM],
            audience=_TYP,
            issuer=auth.settings.issuer,
            options={"require": ["exp", "iat", "iss", "aud", "studio", "desk", "cc"]},
        )
        if not hmac.compare_digest(str(claims["cc"]).encode(), code_challenge.encode()):
            return None
        return KnownDesk(uuid.UUID(str(claims["studio"])), uuid.UUID(str(claims["desk"])))
    except (jwt.PyJWTError, ValueError, TypeError, KeyError):
        return None


def still_known(db: Database, desk: KnownDesk, user_id: uuid.UUID) -> bool:
    """The desk is still enrolled (not revoked, its enroller active) and the login is an active
    member of its studio."""
    with db.tenant(desk.studio_id) as conn:
        if desk_retired(conn, desk.desk_id):
            return False
        exists = conn.execute(text("SELECT 1 FROM desk WHERE id = :d"), {"d": desk.desk_id}).first()
        if exists is None:
            return False
    with db.unscoped() as conn:
        rows = conn.execute(text("SELECT studio_id, active FROM kronos_memberships(:uid)"), {"uid": user_id}).all()
    return any(r.studio_id == desk.studio_id and r.active for r in rows)


class DeskTicket(BaseModel):
    desk_ticket: str = Field(description="Put it in the authorization request as `desk_ticket`.")
    expires_in: int


@router.post(
    "/oauth/desk-ticket",
    response_model=DeskTicket,
    responses={
        400: {"description": "No valid code_challenge."},
        401: {"description": "No valid access token (or the desk was revoked)."},
    },
)
def desk_ticket_endpoint(
    principal: CurrentPrincipal,
    auth: AuthStateDep,
    code_challenge: Annotated[str | None, Form(description="The PKCE challenge of the sign-in about to start.")] = None,
) -> JSONResponse:
    """A ticket that lets the browser sign-in this desk is about to start pass an account lock
    (meant for unknown devices) with the right password. See the module's docstring."""
    if code_challenge is None or not pkce.valid_challenge(code_challenge):
        return JSONResponse(
            {"error": "invalid_request", "error_description": "code_challenge (S256) is required"},
            status_code=400,
            headers={"Cache-Control": "no-store"},
        )
    ticket = issue_ticket(auth, KnownDesk(principal.studio_id, principal.desk_id), code_challenge, utcnow())
    return JSONResponse(
        DeskTicket(desk_ticket=ticket, expires_in=TICKET_TTL_S).model_dump(), headers={"Cache-Control": "no-store"}
    )

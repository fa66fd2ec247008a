"""The OAuth token and revocation endpoints (RFC 6749 §3.2, RFC 7009): a desk exchanges its
sign-in's code (with its PKCE verifier) for a short-lived JWT and a rotating refresh token,
refreshes, and revokes its desk when it signs out. Errors are RFC 6749 §5.2 documents that are
also problem documents (:func:`kronos_server.auth.oauth.oauth_error`)."""

from __future__ import annotations

import contextlib
import dataclasses
import uuid
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import JSONResponse, Response

from kronos_core import sale_prefixes
from kronos_core.instants import utcnow
from kronos_server import metrics
from kronos_server.auth import grants, pkce, takeover
from kronos_server.auth.deps import Principal
from kronos_server.auth.oauth import NO_STORE, OAUTH_ERROR_RESPONSES, bounded, oauth_error, uuid_or_none
from kronos_server.auth.redirects import get_client
from kronos_server.auth.schemas import DeskRef, StaffRef, StudioRef, TokenResponse
from kronos_server.auth.state import AuthState, AuthStateDep
from kronos_server.auth.tokens import (
    CHILD_REFRESH_PURPOSE,
    CODE_KIND,
    REFRESH_KIND,
    InvalidToken,
    derive_key,
    opaque_studio,
)
from kronos_server.db import Database
from kronos_server.deps import DatabaseDep
from kronos_server.sync.push import DeviceTaken, register_at_sign_in

router = APIRouter(tags=["oauth"])


# -- token ------------------------------------------------------------------------------------
def _token_response(auth: AuthState, issued: grants.Issued, sale_prefix: str | None = None) -> JSONResponse:
    access = auth.access_tokens.issue(
        staff_id=issued.staff_id,
        studio_id=issued.studio_id,
        desk_id=issued.desk_id,
        role=issued.role,
        now=utcnow(),
    )
    body = TokenResponse(
        access_token=access,
        expires_in=auth.access_tokens.ttl_s,
        refresh_token=issued.refresh_token,
        studio=StudioRef(id=issued.studio_id, name=issued.studio_name),
        desk=DeskRef(id=issued.desk_id, name=issued.desk_name),
        staff=StaffRef(id=issued.staff_id, display_name=issued.staff_name),
        role=issued.role.value,
        replica_enrolled_by=(
            StaffRef(id=issued.replica_enrolled_by[0], display_name=issued.replica_enrolled_by[1])
            if issued.replica_enrolled_by is not None
            else None
        ),
        sale_prefix=sale_prefix,
    )
    content = body.model_dump(mode="json")
    for optional in ("replica_enrolled_by", "sale_prefix"):
        if content[optional] is None:
            del content[optional]
    return JSONResponse(content, headers=NO_STORE)


def _exchange_code(
    auth: AuthState,
    db: Database,
    code: str,
    redirect_uri: str,
    verifier: str,
    client_id: str,
    device_id: uuid.UUID | None = None,
) -> grants.Issued | grants.GrantError:
    studio_id = opaque_studio(CODE_KIND, code)
    if studio_id is None:
        return grants.GrantError("unknown authorization code")
    now = utcnow()
    with db.tenant(studio_id) as conn:
        # Whatever fails below, the code is spent and the transaction commits (code reuse revokes).
        try:
            row = grants.take_code(conn, code, now)
            if row.client_id != client_id:
                raise grants.GrantError("the code was issued to another client")
            if row.redirect_uri != redirect_uri:
                raise grants.GrantError("redirect_uri differs from the authorization request's")
            if not pkce.verify(verifier, row.code_challenge):
                raise grants.GrantError("code_verifier does not match the code_challenge")
            issued = grants.enrol_desk(conn, code, row, now, auth.settings.refresh_token_ttl_days)
            if device_id is None:
                return issued
            # The desk's database file: a replica of a retired desk moves to this one now.
            previous = takeover.adopt_at_sign_in(conn, device_id, issued.desk_id)
            return dataclasses.replace(issued, replica_enrolled_by=previous)
        except grants.GrantError as exc:
            return exc


def _prefix_at_sign_in(db: Database, issued: grants.Issued, device_id: uuid.UUID, claimed: str | None) -> str | None:
    """The receipt prefix of the desk's database file ``device_id``, its replica registered with
    the new desk now (its own transaction, the studio's clock lock first, as a pull's): the desk
    stores it with the enrolment and never prints a provisional number after a join. None: the
    replica is another desk's still in use (a copy), or another studio's."""
    principal = Principal(
        studio_id=issued.studio_id, desk_id=issued.desk_id, staff_id=issued.staff_id, user_id=None, role=issued.role
    )
    claim = claimed if sale_prefixes.is_letters(claimed) else None
    with contextlib.suppress(DeviceTaken), db.tenant(issued.studio_id) as conn:
        return register_at_sign_in(conn, principal, device_id, utcnow(), claim)
    return None


def _child_key(auth: AuthState) -> bytes:
    """The key refresh tokens' children are derived with (tokens.child_refresh)."""
    return derive_key(auth.settings.secret_key.get_secret_value().encode(), CHILD_REFRESH_PURPOSE)


def _refresh(auth: AuthState, db: Database, token: str) -> grants.Issued | grants.GrantError:
    studio_id = opaque_studio(REFRESH_KIND, token)
    if studio_id is None:
        return grants.GrantError("unknown refresh token")
    with db.tenant(studio_id) as conn:
        try:
            return grants.rotate_refresh(
                conn, token, utcnow(), auth.settings.refresh_token_ttl_days, child_key=_child_key(auth)
            )
        except grants.GrantError as exc:
            return exc  # committed: a reused token's family stays revoked


@router.post("/oauth/token", response_model=TokenResponse, responses=OAUTH_ERROR_RESPONSES)
def token_endpoint(
    request: Request,
    auth: AuthStateDep,
    db: DatabaseDep,
    grant_type: Annotated[str | None, Form(description="authorization_code or refresh_token")] = None,
    code: Annotated[str | None, Form()] = None,
    redirect_uri: Annotated[str | None, Form()] = None,
    code_verifier: Annotated[str | None, Form()] = None,
    client_id: Annotated[str | None, Form()] = None,
    refresh_token: Annotated[str | None, Form()] = None,
    device_id: Annotated[
        str | None,
        Form(
            description="authorization_code: the desk's replica id (its database file), when it has one. A "
            "replica of a desk that was revoked or whose enroller left is attached to the new desk, keeping its "
            "sequence numbers; the answer's `replica_enrolled_by` says who enrolled the desk it was a replica of."
        ),
    ] = None,
    sale_prefix: Annotated[
        str | None,
        Form(
            description="authorization_code, with `device_id`: the receipt prefix the file already prints with "
            '(letters: a standalone desk\'s "A"), kept when no other replica of the studio holds it. The replica '
            "is registered at the sign-in and the answer's `sale_prefix` is its prefix."
        ),
    ] = None,
) -> Response:
    grant_type, code, redirect_uri = bounded(grant_type, 64), bounded(code, 256), bounded(redirect_uri)
    device = uuid_or_none(bounded(device_id, 64))
    code_verifier, client_id, refresh_token = (
        bounded(code_verifier, 256),
        bounded(client_id, 64),
        bounded(refresh_token, 256),
    )
    if client_id is not None and get_client(client_id) is None:
        metrics.record_auth_result("token_bad_client")
        if "authorization" in request.headers:
            return oauth_error(401, "invalid_client", "unknown client", headers={"WWW-Authenticate": "Basic"})
        return oauth_error(400, "invalid_client", "unknown client")
    if grant_type == "authorization_code":
        if not code or not redirect_uri or not code_verifier or not client_id:
            return oauth_error(400, "invalid_request", "code, redirect_uri, code_verifier and client_id are required")
        outcome = _exchange_code(auth, db, code, redirect_uri, code_verifier, client_id, device)
    elif grant_type == "refresh_token":
        if not refresh_token:
            return oauth_error(400, "invalid_request", "refresh_token is required")
        outcome = _refresh(auth, db, refresh_token)
    elif grant_type is None:
        return oauth_error(400, "invalid_request", "grant_type is required")
    else:
        return oauth_error(400, "unsupported_grant_type", "grant_type must be authorization_code or refresh_token")
    if isinstance(outcome, grants.GrantError):
        metrics.record_auth_result(f"{grant_type}_refused")
        return oauth_error(400, outcome.error, outcome.description, code=outcome.code)
    metrics.record_auth_result(f"{grant_type}_ok")
    prefix = None
    if grant_type == "authorization_code" and device is not None:
        prefix = _prefix_at_sign_in(db, outcome, device, bounded(sale_prefix, sale_prefixes.MAX_LENGTH))
    return _token_response(auth, outcome, prefix)


# -- revoke (RFC 7009) ------------------------------------------------------------------------
def _revoke(auth: AuthState, db: Database, token: str) -> None:
    """Revoke the desk a refresh or access token belongs to (a desk signing out un-enrols)."""
    now = utcnow()
    studio_id = opaque_studio(REFRESH_KIND, token)
    if studio_id is not None:
        with db.tenant(studio_id) as conn:
            found = grants.desk_of_refresh(conn, token)
            if found is not None:
                grants.revoke_desk(conn, found[0], now, revoked_by=found[1])
        return
    try:
        claims = auth.access_tokens.verify(token)
    except InvalidToken:
        return  # RFC 7009 §2.2: an invalid token is not an error
    with db.tenant(claims.studio_id) as conn:
        grants.revoke_desk(conn, claims.desk_id, now, revoked_by=claims.staff_id)


@router.post(
    "/oauth/revoke",
    responses={200: {"description": "Revoked, or the token was not valid (RFC 7009 §2.2)."}, **OAUTH_ERROR_RESPONSES},
    response_class=Response,
)
def revoke_endpoint(
    request: Request,
    auth: AuthStateDep,
    db: DatabaseDep,
    token: Annotated[str | None, Form()] = None,
    token_type_hint: Annotated[str | None, Form()] = None,
    client_id: Annotated[str | None, Form()] = None,
) -> Response:
    token = bounded(token, 4096)
    if token is None:
        return oauth_error(400, "invalid_request", "token is required")
    client_id = bounded(client_id, 64)
    if client_id is not None and get_client(client_id) is None:
        if "authorization" in request.headers:
            return oauth_error(401, "invalid_client", "unknown client", headers={"WWW-Authenticate": "Basic"})
        return oauth_error(400, "invalid_client", "unknown client")
    if token:
        _revoke(auth, db, token)
        metrics.record_auth_result("revoked")
    return Response(status_code=200, headers=NO_STORE)

"""OAuth 2.0 for native apps (RFC 8252): metadata and the sign-in pages (the token and revocation
endpoints are in :mod:`kronos_server.auth.token_endpoints`).

A desk opens the system browser at ``GET /oauth/authorize`` (PKCE S256, a loopback redirect on
any port); the person signs in on the server's page; the browser is sent to the loopback
redirect with a single-use code; the desk exchanges it at ``POST /oauth/token`` with its
``code_verifier`` and gets a short-lived JWT and a rotating refresh token. Completing the
sign-in enrols a desk, which only owners and managers may do.

Errors: before the client and redirect URI are known to be good, and when ``state`` is missing
(or not plain text, or too long), the browser gets an error page (never a redirect, RFC 6749
§4.1.2.1); after, the desk gets ``error=...`` on its redirect. The
token and revocation endpoints answer RFC 6749 §5.2 errors whose body is also a problem document.
"""

from __future__ import annotations

import functools
import uuid
from typing import Annotated, Any, Final
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from sqlalchemy import Connection, text, update

from kronos_core.instants import utcnow
from kronos_core.roles import Role
from kronos_server import metrics
from kronos_server.auth import failed_signins, grants, known_desk, passwords, pkce, throttle
from kronos_server.auth.pages import MESSAGES, choose_language, render
from kronos_server.auth.passwords import MAX_PASSWORD_CHARS
from kronos_server.auth.redirects import allowed_redirect, get_client
from kronos_server.auth.schemas import (
    OAuthErrorDocument,
    ServerMetadata,
)
from kronos_server.auth.state import AuthState, AuthStateDep
from kronos_server.auth.text import is_clean
from kronos_server.auth.transactions import AuthorizeRequest, BadTransaction, Transaction, new_binding
from kronos_server.db import Database
from kronos_server.deps import DatabaseDep
from kronos_server.problems import problem_type
from kronos_server.tables import app_user

router = APIRouter(tags=["oauth"])

COOKIE: Final = "kronos_authz"
COOKIE_PATH: Final = "/oauth/authorize"
MAX_STATE_CHARS: Final = 1024
MAX_FIELD_CHARS: Final = 2048
MAX_EMAIL_CHARS: Final = 254
NO_STORE: Final = {"Cache-Control": "no-store", "Pragma": "no-cache"}

OAUTH_ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": OAuthErrorDocument, "description": "An OAuth error (RFC 6749 §5.2)."},
    401: {"model": OAuthErrorDocument, "description": "Unknown client."},
}
HTML_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/html": {}}, "description": "The sign-in page."},
    302: {"description": "To the desk's loopback redirect, with a code or an OAuth error."},
    400: {"content": {"text/html": {}}, "description": "A request that cannot be answered to the desk."},
    403: {"content": {"text/html": {}}, "description": "This login may not enrol a desk."},
    429: {"content": {"text/html": {}}, "description": "Too many failed attempts: wait."},
}


# -- helpers ----------------------------------------------------------------------------------
def oauth_error(
    status: int, error: str, description: str, *, headers: dict[str, str] | None = None, code: str | None = None
) -> JSONResponse:
    """``code``: why a refresh was refused, for the desk (``desk-revoked``, ``enroller-inactive``)."""
    body = OAuthErrorDocument(
        error=error,
        error_description=description,
        type=problem_type(f"oauth/{error}"),
        title=error.replace("_", " ").capitalize(),
        status=status,
        detail=description,
        code=code,
    )
    content = body.model_dump()
    if code is None:
        del content["code"]
    return JSONResponse(content, status_code=status, headers={**NO_STORE, **(headers or {})})


def bounded(value: str | None, limit: int = MAX_FIELD_CHARS) -> str | None:
    """The value, or None when missing or empty; '' (which never matches anything) when it is
    absurdly long or holds what text cannot (NUL, other control characters, lone surrogates)."""
    if value is None or value == "":
        return None
    return value if len(value) <= limit and is_clean(value) else ""


def uuid_or_none(value: str | None) -> uuid.UUID | None:
    try:
        return uuid.UUID(value) if value else None
    except ValueError:
        return None


def _client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _error_page(lang: str, message_key: str, status: int) -> Response:
    messages = MESSAGES[lang]
    return render("error.html", lang, status_code=status, message=messages[message_key])


def _redirect(redirect_uri: str, params: dict[str, str | None], issuer: str) -> RedirectResponse:
    query = {key: value for key, value in params.items() if value is not None}
    query["iss"] = issuer  # RFC 9207: the desk checks who answered
    response = RedirectResponse(f"{redirect_uri}?{urlencode(query)}", status_code=302)
    response.headers["Cache-Control"] = "no-store"
    return response


# -- metadata ---------------------------------------------------------------------------------
@router.get("/.well-known/oauth-authorization-server", response_model=ServerMetadata)
def server_metadata(auth: AuthStateDep) -> ServerMetadata:
    base = auth.settings.public_url
    return ServerMetadata(
        issuer=auth.settings.issuer,
        authorization_endpoint=f"{base}/oauth/authorize",
        token_endpoint=f"{base}/oauth/token",
        revocation_endpoint=f"{base}/oauth/revoke",
        response_types_supported=["code"],
        response_modes_supported=["query"],
        grant_types_supported=["authorization_code", "refresh_token"],
        code_challenge_methods_supported=[pkce.METHOD],
        token_endpoint_auth_methods_supported=["none"],
        revocation_endpoint_auth_methods_supported=["none"],
        ui_locales_supported=["pt-BR", "en"],
        authorization_response_iss_parameter_supported=True,
    )


# -- authorize: the sign-in page --------------------------------------------------------------
@router.get("/oauth/authorize", response_class=Response, responses=HTML_RESPONSES)
def authorize_page(
    request: Request,
    auth: AuthStateDep,
    response_type: Annotated[str | None, Query()] = None,
    client_id: Annotated[str | None, Query()] = None,
    redirect_uri: Annotated[str | None, Query()] = None,
    code_challenge: Annotated[str | None, Query()] = None,
    code_challenge_method: Annotated[str | None, Query()] = None,
    state: Annotated[
        str | None, Query(description="Required: an unguessable value the desk checks on its redirect.")
    ] = None,
    scope: Annotated[str | None, Query()] = None,
    desk_name: Annotated[str | None, Query(description="A suggested name for the desk (e.g. the PC's name).")] = None,
    lang: Annotated[str | None, Query(description="pt-BR or en (else Accept-Language).")] = None,
    ui_locales: Annotated[str | None, Query()] = None,
    desk_ticket: Annotated[
        str | None,
        Query(
            description="From POST /oauth/desk-ticket, when the sign-in is started from a desk that holds a valid "
            "enrolment: an account lock (meant for unknown devices) does not stop it with the right password."
        ),
    ] = None,
) -> Response:
    chosen = choose_language(
        bounded(lang, 32) or (bounded(ui_locales, 64) or "").split(" ")[0] or None,
        request.headers.get("accept-language"),
    )
    client = get_client(bounded(client_id, 64))
    redirect_uri = bounded(redirect_uri)
    if client is None or redirect_uri is None or not allowed_redirect(client, redirect_uri):
        metrics.record_auth_result("authorize_bad_client")
        return _error_page(chosen, "bad_request", 400)
    issuer = auth.settings.issuer
    state = bounded(state, MAX_STATE_CHARS)
    if not state:
        # Required (unlike RFC 6749's "recommended"): the desk matches the redirect to its own
        # sign-in by it, and a redirect the desk cannot match is what a login-CSRF sends. So the
        # browser gets the error page; nothing goes to the loopback redirect.
        metrics.record_auth_result("authorize_no_state")
        return _error_page(chosen, "bad_request", 400)
    if response_type != "code":
        return _redirect(
            redirect_uri,
            {"error": "unsupported_response_type", "error_description": "only response_type=code", "state": state},
            issuer,
        )
    if code_challenge_method != pkce.METHOD or code_challenge is None or not pkce.valid_challenge(code_challenge):
        return _redirect(
            redirect_uri,
            {
                "error": "invalid_request",
                "error_description": "PKCE is required: code_challenge (S256) and code_challenge_method=S256",
                "state": state,
            },
            issuer,
        )
    binding = new_binding()
    tx, _ = auth.signer.sign_transaction(
        AuthorizeRequest(
            client_id=client.client_id,
            redirect_uri=redirect_uri,
            code_challenge=code_challenge,
            state=state,
            desk_name=(bounded(desk_name, 120) or "").strip(),
        ),
        binding,
        utcnow(),
    )
    ticket = bounded(desk_ticket, known_desk.MAX_TICKET_CHARS)
    if known_desk.read_ticket(auth, ticket, code_challenge) is None:
        ticket = None  # not ours, expired, or for another sign-in: as from an unknown device
    response = _login_page(chosen, tx, email="", desk_name=(bounded(desk_name, 120) or "").strip(), desk_ticket=ticket)
    response.set_cookie(
        COOKIE,
        binding,
        max_age=15 * 60,
        path=COOKIE_PATH,
        httponly=True,
        samesite="strict",
        secure=auth.settings.public_url.startswith("https://"),
    )
    return response


def _login_page(
    lang: str,
    tx: str,
    *,
    email: str,
    desk_name: str,
    error: str | None = None,
    status: int = 200,
    headers: dict[str, str] | None = None,
    desk_ticket: str | None = None,
) -> Response:
    response = render(
        "login.html",
        lang,
        status_code=status,
        action=COOKIE_PATH,
        tx=tx,
        email=email,
        desk_name=desk_name,
        error=error,
        desk_ticket=desk_ticket or "",
    )
    for key, value in (headers or {}).items():
        response.headers[key] = value
    return response


# -- authorize: the form ----------------------------------------------------------------------
class _Refused(Exception):
    def __init__(self, decision: throttle.Decision) -> None:
        self.decision = decision


def _lookup_user(conn: Connection, email: str) -> tuple[uuid.UUID, passwords.StoredPassword, bool] | None:
    return passwords.lookup_login(conn, email)  # never the hash: the app role cannot read it


def memberships(db: Database, user_id: uuid.UUID) -> list[grants.Member]:
    """The user's active memberships (through the SECURITY DEFINER lookup: no studio is set yet)."""
    with db.unscoped() as conn:
        rows = conn.execute(
            text("SELECT studio_id, studio_name, staff_id, role, active FROM kronos_memberships(:uid)"),
            {"uid": user_id},
        ).all()
    members = [grants.Member(r.studio_id, r.studio_name, r.staff_id, Role(r.role)) for r in rows if r.active]
    return sorted(members, key=lambda m: (m.studio_name.casefold(), str(m.studio_id)))


def _check_credentials(
    auth: AuthState,
    db: Database,
    email: str,
    password: str,
    address: str,
    known: known_desk.KnownDesk | None = None,
) -> uuid.UUID | throttle.Decision | None:
    """The user id if the password is right; the refusing decision if throttled; else None.

    ``known``: the desk a valid desk ticket named (known_desk.py). When it is still enrolled and
    the login is a member of its studio, the attempt is throttled on that desk's key alone: the
    account's lock and the address's, which strangers can fill, are for unknown devices."""
    now = utcnow()
    with db.unscoped() as conn:
        user = _lookup_user(conn, email)
    from_desk = (
        known
        if known is not None and user is not None and not user[2] and known_desk.still_known(db, known, user[0])
        else None
    )
    if from_desk is not None:
        keys = [(throttle.desk_key(from_desk.desk_id, email), throttle.user_policy(auth.config))]
    else:
        keys = [
            (throttle.user_key(email), throttle.user_policy(auth.config)),
            (throttle.ip_key(address), throttle.ip_policy(auth.config)),
        ]
    try:
        with db.unscoped() as conn:
            # Counted (and committed) before the password is checked: see throttle.py.
            for key, policy in keys:
                decision = throttle.begin_attempt(conn, key, policy, now)
                if not decision.allowed:
                    raise _Refused(decision)  # rolls back: a refused attempt counts nowhere
    except _Refused as refused:
        return refused.decision
    if user is None or user[2]:
        auth.hasher.dummy_verify()
        return None
    user_id, stored_hash, _ = user
    result = passwords.verify_login(auth.hasher, db, user_id, stored_hash, password)
    if not result.ok:
        with db.unscoped() as conn:
            failed_signins.record(conn, user_id, address, from_desk.desk_id if from_desk else None, utcnow())
        return None
    new_hash = auth.hasher.hash(password) if result.needs_rehash else None
    with db.unscoped() as conn:
        # An account that proved its password forgets its failures; an address uncounts one.
        for index, (key, policy) in enumerate(keys):
            throttle.succeeded(conn, key, policy, forget=index == 0)
        if new_hash is not None:
            conn.execute(update(app_user).where(app_user.c.id == user_id).values(password_hash=new_hash))
    return user_id


def _issue_code(
    auth: AuthState, db: Database, tx: Transaction, member: grants.Member, user_id: uuid.UUID, desk_name: str
) -> RedirectResponse:
    request = tx.request
    with db.tenant(member.studio_id) as conn:
        code = grants.create_code(
            conn,
            member=member,
            user_id=user_id,
            client_id=request.client_id,
            redirect_uri=request.redirect_uri,
            code_challenge=request.code_challenge,
            desk_name=desk_name,
            now=utcnow(),
            ttl_s=auth.settings.auth_code_ttl_s,
        )
    metrics.record_auth_result("login_ok")
    response = _redirect(request.redirect_uri, {"code": code, "state": request.state}, auth.settings.issuer)
    response.delete_cookie(COOKIE, path=COOKIE_PATH)
    return response


@router.post("/oauth/authorize", response_class=Response, responses=HTML_RESPONSES)
def authorize_submit(
    request: Request,
    auth: AuthStateDep,
    db: DatabaseDep,
    tx: Annotated[str | None, Form(description="The signed sign-in transaction from the page.")] = None,
    email: Annotated[str | None, Form()] = None,
    password: Annotated[str | None, Form()] = None,
    desk_name: Annotated[str | None, Form()] = None,
    lang: Annotated[str | None, Form()] = None,
    login: Annotated[str | None, Form(description="The login ticket of the studio choice step.")] = None,
    staff_id: Annotated[str | None, Form(description="The chosen membership (studio choice step).")] = None,
    desk_ticket: Annotated[str | None, Form(description="The desk ticket the page was opened with, if any.")] = None,
) -> Response:
    chosen = choose_language(bounded(lang, 32), request.headers.get("accept-language"))
    messages_lang = chosen
    try:
        transaction = auth.signer.read_transaction(bounded(tx, 8192) or "", request.cookies.get(COOKIE))
    except BadTransaction:
        metrics.record_auth_result("authorize_bad_transaction")
        return _error_page(messages_lang, "expired", 400)
    client = get_client(transaction.request.client_id)
    if client is None or not allowed_redirect(client, transaction.request.redirect_uri):
        return _error_page(messages_lang, "bad_request", 400)
    t = MESSAGES[chosen]
    name = (bounded(desk_name, 120) or "").strip() or transaction.request.desk_name
    tx_token = bounded(tx, 8192) or ""

    # Step 2 (guest artists): the studio chosen after the password.
    if login is not None:
        try:
            user_id = auth.signer.read_login(bounded(login, 8192) or "", transaction.tx_id)
        except BadTransaction:
            return _error_page(messages_lang, "expired", 400)
        members = memberships(db, user_id)
        member = next((m for m in members if str(m.staff_id) == (staff_id or "")), None)
        if member is None or not name:
            return render(
                "choose_studio.html",
                chosen,
                status_code=400,
                action=COOKIE_PATH,
                tx=tx_token,
                login=login,
                desk_name=name,
                memberships=members,
                error=t["missing_fields"],
            )
        return _complete(auth, db, transaction, member, user_id, name, chosen, tx_token, "")

    # Step 1: e-mail and password.
    ticket = bounded(desk_ticket, known_desk.MAX_TICKET_CHARS)
    known = known_desk.read_ticket(auth, ticket, transaction.request.code_challenge)
    page = functools.partial(_login_page, chosen, tx_token, desk_ticket=ticket if known is not None else None)
    email_value = (bounded(email, MAX_EMAIL_CHARS) or "").strip().lower()
    password_value = bounded(password, MAX_PASSWORD_CHARS)
    if not email_value or not password_value or not name:
        return page(email=email_value, desk_name=name, error=t["missing_fields"], status=400)
    outcome = _check_credentials(auth, db, email_value, password_value, _client_address(request), known)
    if isinstance(outcome, throttle.Decision):
        metrics.record_auth_result("locked" if outcome.locked else "slowed")
        message = (
            t["locked"].format(minutes=max(1, (outcome.retry_after_s + 59) // 60))
            if outcome.locked
            else t["slowed"].format(seconds=outcome.retry_after_s)
        )
        return page(
            email=email_value,
            desk_name=name,
            error=message,
            status=429,
            headers={"Retry-After": str(outcome.retry_after_s)},
        )
    if outcome is None:
        metrics.record_auth_result("login_bad_password")
        return page(email=email_value, desk_name=name, error=t["bad_credentials"], status=400)
    user_id = outcome
    members = memberships(db, user_id)
    if not members:
        return page(email=email_value, desk_name=name, error=t["no_studio"], status=403)
    if len(members) > 1:
        login_ticket = auth.signer.sign_login(user_id, transaction.tx_id, utcnow())
        return render(
            "choose_studio.html",
            chosen,
            action=COOKIE_PATH,
            tx=tx_token,
            login=login_ticket,
            desk_name=name,
            memberships=members,
            error=None,
        )
    return _complete(auth, db, transaction, members[0], user_id, name, chosen, tx_token, email_value)


def _complete(
    auth: AuthState,
    db: Database,
    transaction: Transaction,
    member: grants.Member,
    user_id: uuid.UUID,
    desk_name: str,
    lang: str,
    tx_token: str,
    email: str,
) -> Response:
    if not member.may_enrol:
        metrics.record_auth_result("login_not_allowed")
        return _login_page(
            lang, tx_token, email=email, desk_name=desk_name, error=MESSAGES[lang]["not_allowed"], status=403
        )
    return _issue_code(auth, db, transaction, member, user_id, desk_name)

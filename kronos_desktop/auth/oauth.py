"""The desk's OAuth 2.0 client for native apps (RFC 8252), over httpx.

Sign-in: the server's metadata (RFC 8414) → PKCE S256 and a random ``state`` → a loopback
listener on ``127.0.0.1`` → the system browser opens the server's login page (the opener is
injectable: tests drive the login form with httpx) → the browser comes back to the listener
with a code → the code is exchanged for tokens. Then: refresh (rotating refresh tokens),
revocation (RFC 7009), and plain API calls with a bearer token.

Every failure is an :class:`AuthError` of a kind the interface words: a bad address, a host
that does not resolve, a refused connection, a TLS error, a timeout, a server that is not a
KRONOS server, a login window closed (no callback in time) or cancelled, a callback with the
wrong state, the server refusing.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import email.utils
import hashlib
import ipaddress
import logging
import secrets
import socket
import ssl
import threading
import time
import uuid
import webbrowser
from collections.abc import Callable, Generator, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Final, Protocol
from urllib.parse import urlencode, urlsplit, urlunsplit

import httpx

import kronos_core
from kronos_core import sale_prefixes
from kronos_desktop.auth.errors import AuthError, ErrorKind, SignInRequired
from kronos_desktop.auth.loopback import LoopbackListener
from kronos_desktop.auth.model import TokenSet

log = logging.getLogger(__name__)

CLIENT_ID: Final = "kronos-desktop"
METADATA_PATH: Final = "/.well-known/oauth-authorization-server"
DEFAULT_WAIT_S: Final = 300.0  # the person has five minutes to sign in in the browser
DEFAULT_TIMEOUT: Final = httpx.Timeout(20.0, connect=10.0)
USER_AGENT: Final = f"KRONOS-desk/{kronos_core.__version__}"
_REFUSING_GRANT_ERRORS: Final = frozenset({"invalid_grant", "invalid_client", "unauthorized_client"})

Opener = Callable[[str], object]


# -- the server's address ---------------------------------------------------------------------
def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def normalize_server_url(text: str) -> str:
    """The server's base URL from what a person typed (``kronos.example.com`` → https).

    Plain http is accepted only for this computer (a server on loopback): anything else would
    send the tokens in the clear. Raises AuthError (BAD_ADDRESS or INSECURE_ADDRESS)."""
    value = text.strip()
    if not value or len(value) > 400 or any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in value):
        raise AuthError(ErrorKind.BAD_ADDRESS, f"not an address: {value[:80]!r}")
    if "://" not in value:
        value = f"https://{value}"
    try:
        parts = urlsplit(value)
        port = parts.port  # raises ValueError when out of range or not a number
    except ValueError as exc:
        raise AuthError(ErrorKind.BAD_ADDRESS, str(exc)) from exc
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if scheme not in ("http", "https") or not host or parts.username is not None or parts.password is not None:
        raise AuthError(ErrorKind.BAD_ADDRESS, f"not a server address: {value[:80]!r}")
    if parts.query or parts.fragment:
        raise AuthError(ErrorKind.BAD_ADDRESS, "a server address has no ?query or #fragment")
    if scheme == "http" and not _is_loopback(host):
        raise AuthError(ErrorKind.INSECURE_ADDRESS, f"http:// to {host}")
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc = f"{netloc}:{port}"
    return urlunsplit((scheme, netloc, parts.path.rstrip("/"), "", ""))


def _same_security(base: str, endpoint: str) -> bool:
    """An endpoint the metadata names must be https (or http on loopback, like the base)."""
    parts = urlsplit(endpoint)
    if parts.scheme == "https" and parts.hostname:
        return True
    return parts.scheme == "http" and _is_loopback((parts.hostname or "").lower()) and base.startswith("http://")


# -- PKCE -------------------------------------------------------------------------------------
def new_verifier() -> str:
    return secrets.token_urlsafe(64)[:96]  # 43..128 characters of [A-Za-z0-9-_]


def challenge_for(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


# -- errors -----------------------------------------------------------------------------------
def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def transport_error(exc: Exception, url: str) -> AuthError:
    """An httpx failure to reach ``url`` as an AuthError of the right kind."""
    where = urlsplit(url).netloc or url
    if isinstance(exc, httpx.TimeoutException):
        return AuthError(ErrorKind.TIMEOUT, f"{where}: {type(exc).__name__}")
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return AuthError(ErrorKind.BAD_ADDRESS, f"{where}: {exc}")
    chain = list(_chain(exc))
    text = " ".join(str(e) for e in chain)
    if any(isinstance(e, ssl.SSLError | ssl.CertificateError) for e in chain) or "SSL" in text:
        return AuthError(ErrorKind.TLS, f"{where}: {exc}")
    if any(isinstance(e, socket.gaierror) for e in chain) or "Name or service not known" in text:
        return AuthError(ErrorKind.HOST_NOT_FOUND, f"{where}: {exc}")
    if any(isinstance(e, ConnectionRefusedError) for e in chain) or "refused" in text.lower():
        return AuthError(ErrorKind.CONNECTION_REFUSED, f"{where}: {exc}")
    return AuthError(ErrorKind.NETWORK, f"{where}: {type(exc).__name__}: {exc}")


def _oauth_error(response: httpx.Response) -> tuple[str, str]:
    try:
        body = response.json()
    except ValueError:
        return "", response.text[:200]
    if not isinstance(body, dict):
        return "", ""
    return str(body.get("error") or ""), str(body.get("error_description") or body.get("detail") or "")[:500]


def problem_code(response: httpx.Response) -> str | None:
    """The ``code`` of a refusal's body (a refused refresh, a 401's problem document): why the
    desk was cut off (``desk-revoked``, ``enroller-inactive``), or None."""
    try:
        body = response.json()
    except ValueError:
        return None
    code = body.get("code") if isinstance(body, dict) else None
    return code if isinstance(code, str) and 0 < len(code) <= 64 else None


# -- metadata and tokens ----------------------------------------------------------------------
@dataclass(frozen=True)
class ServerMetadata:
    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    revocation_endpoint: str | None
    iss_parameter: bool


def _optional_id(ref: Any) -> uuid.UUID | None:
    """The ``id`` of an optional ``{"id", "display_name"}`` member."""
    return uuid.UUID(str(ref["id"])) if isinstance(ref, dict) and ref.get("id") else None


def _optional_prefix(value: Any) -> str | None:
    """A receipt prefix the server gave (letters only: anything else is ignored)."""
    return value if isinstance(value, str) and sale_prefixes.is_letters(value) else None


def _parse_tokens(body: Any, sent_at: float, server_date: dt.datetime | None, midpoint: dt.datetime) -> TokenSet:
    try:
        studio, desk, staff = body["studio"], body["desk"], body["staff"]
        expires_in = float(body["expires_in"])
        tokens = TokenSet(
            access_token=str(body["access_token"]),
            refresh_token=str(body["refresh_token"]),
            expires_in=expires_in,
            studio_id=uuid.UUID(str(studio["id"])),
            studio_name=str(studio["name"]),
            desk_id=uuid.UUID(str(desk["id"])),
            desk_name=str(desk["name"]),
            staff_id=uuid.UUID(str(staff["id"])),
            staff_name=str(staff["display_name"]),
            role=str(body["role"]),
            sent_at=sent_at,
            server_date=server_date,
            local_midpoint=midpoint,
            replica_enrolled_by=_optional_id(body.get("replica_enrolled_by")),
            sale_prefix=_optional_prefix(body.get("sale_prefix")),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise AuthError(ErrorKind.PROTOCOL, f"the token response is not as expected ({type(exc).__name__})") from exc
    if not tokens.access_token or not tokens.refresh_token or not 0 < expires_in < 10 * 365 * 86400:
        raise AuthError(ErrorKind.PROTOCOL, "the token response lacks a token or a sensible expires_in")
    return tokens


def _server_date(response: httpx.Response) -> dt.datetime | None:
    value = response.headers.get("date")
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return parsed if parsed.tzinfo is not None else None


class SignInAttempt:
    """One sign-in in progress; :meth:`cancel` (from any thread) stops the wait at once."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled


class OAuth:
    """Talks to one server. ``clock`` is the monotonic clock the session schedules with."""

    def __init__(
        self,
        server_url: str,
        *,
        http: httpx.Client | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.server_url = normalize_server_url(server_url)
        self._own_http = http is None
        self.http = http or httpx.Client(timeout=timeout, follow_redirects=False, headers={"User-Agent": USER_AGENT})
        self._clock = clock
        self._metadata: ServerMetadata | None = None
        # The desk's replica id (its database file), sent with a sign-in's code exchange, and the
        # receipt prefix the file already prints with (its letters, to keep: a standalone desk's "A").
        self.device_id: uuid.UUID | None = None
        self.sale_prefix: str | None = None

    def close(self) -> None:
        if self._own_http:
            self.http.close()

    # -- requests ----------------------------------------------------------------------------
    def _send(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        try:
            response = self.http.request(method, url, **kwargs)
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise transport_error(exc, url) from exc
        if response.status_code >= 500:
            raise AuthError(ErrorKind.SERVER_ERROR, f"{method} {urlsplit(url).path}: HTTP {response.status_code}")
        return response

    def metadata(self) -> ServerMetadata:
        """The server's metadata (fetched once per client)."""
        if self._metadata is None:
            self._metadata = self._discover()
        return self._metadata

    def _discover(self) -> ServerMetadata:
        base = urlsplit(self.server_url)
        urls = [f"{self.server_url}{METADATA_PATH}"]
        if base.path:  # RFC 8414 §3.1: the well-known part goes before the issuer's path
            urls.insert(0, urlunsplit((base.scheme, base.netloc, METADATA_PATH + base.path, "", "")))
        response: httpx.Response | None = None
        for url in urls:
            response = self._send("GET", url, headers={"Accept": "application/json"})
            if response.status_code == 200:
                break
        assert response is not None
        if response.status_code != 200:
            status = response.status_code
            raise AuthError(ErrorKind.NOT_KRONOS, f"no sign-in metadata at {self.server_url} (HTTP {status})")
        try:
            body = response.json()
            meta = ServerMetadata(
                issuer=str(body["issuer"]).rstrip("/"),
                authorization_endpoint=str(body["authorization_endpoint"]),
                token_endpoint=str(body["token_endpoint"]),
                revocation_endpoint=str(body["revocation_endpoint"]) if body.get("revocation_endpoint") else None,
                iss_parameter=bool(body.get("authorization_response_iss_parameter_supported", False)),
            )
            methods = body.get("code_challenge_methods_supported") or []
            responses = body.get("response_types_supported") or []
        except (ValueError, KeyError, TypeError) as exc:
            raise AuthError(ErrorKind.NOT_KRONOS, f"{self.server_url} answered, but not with sign-in metadata") from exc
        if "S256" not in methods or "code" not in responses:
            raise AuthError(ErrorKind.NOT_KRONOS, "the server does not offer the code flow with PKCE S256")
        if meta.issuer != self.server_url:
            # RFC 8414 §3.3: the issuer must be the address the metadata was asked of.
            raise AuthError(ErrorKind.ISSUER_MISMATCH, meta.issuer)
        endpoints = [meta.authorization_endpoint, meta.token_endpoint, meta.revocation_endpoint]
        if not all(_same_security(self.server_url, e) for e in endpoints if e is not None):
            raise AuthError(ErrorKind.NOT_KRONOS, "the server's sign-in endpoints are not secure")
        return meta

    def _token_request(self, data: Mapping[str, str]) -> tuple[httpx.Response, float, dt.datetime]:
        meta = self.metadata()
        sent_at = self._clock()
        before = dt.datetime.now(dt.UTC)
        response = self._send("POST", meta.token_endpoint, data=dict(data), headers={"Accept": "application/json"})
        after = dt.datetime.now(dt.UTC)
        return response, sent_at, before + (after - before) / 2

    # -- sign-in -----------------------------------------------------------------------------
    def desk_ticket(self, access_token: str, challenge: str) -> str | None:
        """A desk ticket for the sign-in about to start (``challenge``: its PKCE challenge), asked
        with this desk's current access token: with it the server lets the sign-in pass an
        account lock meant for unknown devices (the password is still needed). None when the
        server gives none (an older server, a revoked desk, no connection): the sign-in goes on
        without, as from an unknown device."""
        try:
            response = self._send(
                "POST",
                f"{self.server_url}/oauth/desk-ticket",
                data={"code_challenge": challenge},
                headers={"Authorization": f"Bearer {access_token}", "Accept": "application/json"},
            )
            ticket = response.json().get("desk_ticket") if response.status_code == 200 else None
        except (AuthError, ValueError, AttributeError) as exc:
            log.info("no desk ticket for this sign-in: %s", exc)
            return None
        return ticket if isinstance(ticket, str) and 0 < len(ticket) <= 2048 else None

    def authorization_url(
        self,
        *,
        redirect_uri: str,
        state: str,
        challenge: str,
        desk_name: str | None,
        lang: str | None,
        desk_ticket: str | None = None,
    ) -> str:
        params = {
            "response_type": "code",
            "client_id": CLIENT_ID,
            "redirect_uri": redirect_uri,
            "code_challenge": challenge,
            "code_challenge_method": "S256",
            "state": state,
        }
        if desk_name:
            params["desk_name"] = desk_name[:120]
        if lang:
            params["lang"] = lang
        if desk_ticket:
            params["desk_ticket"] = desk_ticket
        endpoint = self.metadata().authorization_endpoint
        return f"{endpoint}{'&' if '?' in endpoint else '?'}{urlencode(params)}"

    def sign_in(
        self,
        attempt: SignInAttempt | None = None,
        *,
        opener: Opener = webbrowser.open,
        on_url: Callable[[str], None] | None = None,
        desk_name: str | None = None,
        lang: str | None = None,
        wait_s: float = DEFAULT_WAIT_S,
        access_token: Callable[[], str | None] | None = None,
    ) -> TokenSet:
        """The whole sign-in; blocks until the browser comes back (run it off the GUI thread).

        ``access_token``: when this desk already holds an enrolment on this server, gives its
        current access token, so the sign-in carries a desk ticket (:meth:`desk_ticket`)."""
        attempt = attempt or SignInAttempt()
        meta = self.metadata()
        if attempt.cancelled:
            raise AuthError(ErrorKind.CANCELLED)
        verifier = new_verifier()
        state = secrets.token_urlsafe(24)
        ticket = self._ticket_for(access_token, challenge_for(verifier))
        listener = LoopbackListener(state, attempt._event)
        listener.start()
        try:
            url = self.authorization_url(
                redirect_uri=listener.redirect_uri,
                state=state,
                challenge=challenge_for(verifier),
                desk_name=desk_name,
                lang=lang,
                desk_ticket=ticket,
            )
            if on_url is not None:
                on_url(url)  # shown in the dialog, for when the browser does not open
            try:
                opened = opener(url)
            except Exception as exc:
                log.warning("the browser could not be opened: %s", exc)
                opened = False
            if opened is False:
                log.warning("no browser opened; the person can open the sign-in address by hand")
            attempt._event.wait(wait_s)
            callback = listener.result
        finally:
            listener.close()
        if callback is None:
            if attempt.cancelled:
                raise AuthError(ErrorKind.CANCELLED)
            raise AuthError(ErrorKind.WINDOW_CLOSED, f"no answer from the browser in {wait_s:.0f} s")
        if callback.error is not None:
            raise callback.error
        if meta.iss_parameter and callback.issuer is not None and callback.issuer.rstrip("/") != meta.issuer:
            raise AuthError(ErrorKind.ISSUER_MISMATCH, f"the callback came from {callback.issuer}")  # RFC 9207
        assert callback.code is not None
        if attempt.cancelled:
            raise AuthError(ErrorKind.CANCELLED)
        return self.exchange(callback.code, listener.redirect_uri, verifier)

    def _ticket_for(self, access_token: Callable[[], str | None] | None, challenge: str) -> str | None:
        if access_token is None:
            return None
        try:
            token = access_token()
        except AuthError as exc:  # signed out meanwhile, or the server is out of reach
            log.info("no access token for a desk ticket: %s", exc)
            return None
        return self.desk_ticket(token, challenge) if token else None

    def exchange(self, code: str, redirect_uri: str, verifier: str) -> TokenSet:
        form = {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": redirect_uri,
            "code_verifier": verifier,
            "client_id": CLIENT_ID,
        }
        if self.device_id is not None:
            form["device_id"] = str(self.device_id)  # the file's replica id: kept across a takeover
            if self.sale_prefix is not None:
                form["sale_prefix"] = self.sale_prefix  # the letters it prints with, to keep
        response, sent_at, midpoint = self._token_request(form)
        if response.status_code != 200:
            error, description = _oauth_error(response)
            kind = ErrorKind.GRANT_REFUSED if error in _REFUSING_GRANT_ERRORS else ErrorKind.PROTOCOL
            raise AuthError(kind, f"{error or response.status_code}: {description}")
        tokens = _parse_tokens(self._json(response), sent_at, _server_date(response), midpoint)
        return dataclasses.replace(tokens, device_id=self.device_id)

    # -- staying signed in -------------------------------------------------------------------
    def refresh(self, refresh_token: str) -> TokenSet:
        """New tokens for a refresh token (which is spent). A refusal raises SignInRequired."""
        response, sent_at, midpoint = self._token_request(
            {"grant_type": "refresh_token", "refresh_token": refresh_token, "client_id": CLIENT_ID}
        )
        if response.status_code != 200:
            error, description = _oauth_error(response)
            if error in _REFUSING_GRANT_ERRORS:
                raise SignInRequired(ErrorKind.GRANT_REFUSED, description or error, code=problem_code(response))
            raise AuthError(ErrorKind.PROTOCOL, f"refresh answered HTTP {response.status_code}: {error} {description}")
        return _parse_tokens(self._json(response), sent_at, _server_date(response), midpoint)

    def revoke(self, token: str, hint: str = "refresh_token") -> None:
        """RFC 7009. Raises AuthError when the server cannot be told."""
        meta = self.metadata()
        if meta.revocation_endpoint is None:
            raise AuthError(ErrorKind.NOT_KRONOS, "the server has no revocation endpoint")
        response = self._send(
            "POST", meta.revocation_endpoint, data={"token": token, "token_type_hint": hint, "client_id": CLIENT_ID}
        )
        if response.status_code != 200:
            error, description = _oauth_error(response)
            raise AuthError(ErrorKind.PROTOCOL, f"revoke answered HTTP {response.status_code}: {error} {description}")

    # -- the API -----------------------------------------------------------------------------
    def api(self, method: str, path: str, token: str, **kwargs: Any) -> httpx.Response:
        """A request to the server's API with the desk's access token (no status handling)."""
        headers = {"Authorization": f"Bearer {token}", "Accept": "application/json", **kwargs.pop("headers", {})}
        return self._send(method, f"{self.server_url}{path}", headers=headers, **kwargs)

    @staticmethod
    def _json(response: httpx.Response) -> Any:
        try:
            return response.json()
        except ValueError as exc:
            raise AuthError(ErrorKind.PROTOCOL, "the server's answer is not JSON") from exc


class TokenProvider(Protocol):
    def get_token(self) -> str: ...
    def on_unauthorized(self, token: str | None = None) -> None: ...


class DeskAuth(httpx.Auth):
    """httpx authentication with the desk's session (for the sync engine's client): the
    current access token on every request; on a 401, one refresh and one retry."""

    def __init__(self, provider: TokenProvider) -> None:
        self.provider = provider

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self.provider.get_token()
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code == 401:
            self.provider.on_unauthorized(token)
            request.headers["Authorization"] = f"Bearer {self.provider.get_token()}"
            yield request

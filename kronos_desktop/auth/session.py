"""The desk's session with its server: signing in, staying signed in, signing out.

:class:`DeskSession` is the token provider of the desk: the sync engine calls :meth:`get_token`
before a request and :meth:`on_unauthorized` on a 401 (or uses :meth:`request` /
``oauth.DeskAuth``, which do both). It keeps the desk signed in:

- the access token is refreshed in the background at 80% of the server's ``expires_in``,
  measured on this PC's monotonic clock from the moment the request was sent (the desk's
  wall clock may be wrong and decides nothing);
- after the PC wakes from sleep: the monotonic clock may have stood still while the wall clock
  ran on, or the timer fires much later than planned; either way the token is refreshed at once;
- on any 401, one refresh (concurrent callers share it: refresh tokens rotate, and presenting
  a spent one makes the server revoke the desk);
- a refused refresh (desk revoked, password reset, staff removed) signs the desk out with the
  server's reason; nothing local is touched, the outbox keeps every unsent change. When the
  server gives a reason ``code`` (``desk-revoked``, ``enroller-inactive``: an owner or manager
  must sign in on this desk) it is in the status, and it is said again after a restart;
- signing in again on the same file (another manager, after its enroller left) sends the file's
  replica id, so the server attaches it to the new desk: it keeps its sequence numbers.

Everything here may block on the network or the keyring: call it off the GUI thread.
"""

from __future__ import annotations

import dataclasses
import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from kronos_desktop.auth.credentials import CredentialStore
from kronos_desktop.auth.desk_link import DeskLink
from kronos_desktop.auth.errors import AuthError, CredentialError, ErrorKind, SignInRequired
from kronos_desktop.auth.model import (
    Connection,
    SessionState,
    SessionStatus,
    SignedOutReason,
    TokenSet,
)

if TYPE_CHECKING:
    import httpx

    from kronos_desktop.auth.oauth import OAuth, Opener, SignInAttempt

log = logging.getLogger(__name__)

REFRESH_AT: Final = 0.8  # of expires_in
TICK_S: Final = 15.0  # the scheduler looks at the clocks this often (wake detection)
WAKE_JUMP_S: Final = 60.0
RETRY_MIN_S: Final = 5.0
RETRY_MAX_S: Final = 300.0


def boottime() -> float:
    """A monotonic clock that, where the OS offers one, keeps counting while the PC sleeps."""
    return time.clock_gettime(time.CLOCK_BOOTTIME) if hasattr(time, "CLOCK_BOOTTIME") else time.monotonic()


def keyring_entry(server_url: str, desk_id: object) -> str:
    return f"{server_url} desk {desk_id}"


def _default_oauth(server_url: str) -> OAuth:
    from kronos_desktop.auth.oauth import OAuth

    return OAuth(server_url, clock=boottime)


@dataclass(frozen=True)
class SignOutResult:
    # False when the server could not be told (the tokens are gone from this PC all the same).
    server_told: bool
    server_error: AuthError | None = None
    keyring_error: CredentialError | None = None


Listener = Callable[[SessionStatus], None]


class DeskSession:
    def __init__(
        self,
        link: DeskLink,
        *,
        credentials_factory: Callable[[str], CredentialStore] = CredentialStore.open,
        oauth_factory: Callable[[str], OAuth] = _default_oauth,
        clock: Callable[[], float] = boottime,
        wall: Callable[[], float] = time.time,
        tick_s: float = TICK_S,
        wake_jump_s: float = WAKE_JUMP_S,
        retry_min_s: float = RETRY_MIN_S,
        retry_max_s: float = RETRY_MAX_S,
    ) -> None:
        self._link = link
        self._credentials_factory = credentials_factory
        self._client_factory = oauth_factory
        self._clock = clock
        self._wall = wall
        self._tick_s = tick_s
        self._wake_jump_s = wake_jump_s
        self._retry_min_s = retry_min_s
        self._retry_max_s = retry_max_s

        self._lock = threading.RLock()  # the fields below
        self._refresh_lock = threading.Lock()  # one refresh (or sign-in swap, or sign-out) at a time
        self._state = SessionState.STANDALONE
        self._reason: SignedOutReason | None = None
        self._detail = ""
        self._code: str | None = None  # the server's reason code of a refused refresh
        self._connection: Connection | None = None
        self._creds: CredentialStore | None = None
        self._oauth: OAuth | None = None
        self._keyring_error: CredentialError | None = None
        self._last_error: AuthError | None = None
        self._issued_at: float | None = None  # clock() when the current access token was asked for
        self._expires_in = 0.0
        self._skew = 0.0  # wall() - clock() when it was received (a change means sleep or a clock jump)
        self._due: float | None = None  # clock() of the next scheduled refresh
        self._retry_s = retry_min_s
        self.refreshes = 0  # refreshes that succeeded (for the log and tests)

        self._listeners: list[Listener] = []
        self._stop = threading.Event()
        self._poke = threading.Event()
        self._thread: threading.Thread | None = None

    # -- observing ---------------------------------------------------------------------------
    def add_listener(self, listener: Listener) -> None:
        """Called (from whichever thread changed it) with the new status."""
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def status(self) -> SessionStatus:
        with self._lock:
            creds = self._creds
            return SessionStatus(
                state=self._state,
                connection=self._connection,
                reason=self._reason,
                detail=self._detail,
                keyring=creds.keyring if creds is not None else None,
                persistent=creds.persistent if creds is not None else True,
                keyring_problem=(creds.problem if creds is not None else None) or self._keyring_error,
                keyring_unavailable=creds.unavailable_reason if creds is not None else "",
                last_error=self._last_error,
                code=self._code,
            )

    @property
    def connection(self) -> Connection | None:
        with self._lock:
            return self._connection

    def _notify(self) -> None:
        status = self.status()
        for listener in list(self._listeners):
            try:
                listener(status)
            except Exception:
                log.exception("session listener failed")

    # -- starting ----------------------------------------------------------------------------
    def start(self) -> SessionStatus:
        """Read the connection from the replica (quick); if the desk is enrolled, read the
        keyring and get a first access token in the background."""
        connection, _local_studio = self._link.load()
        with self._lock:
            self._connection = connection
            if connection is None:
                self._state = SessionState.STANDALONE
            elif not connection.enrolled:
                self._set_signed_out_locked(SignedOutReason.NO_SIGN_IN, "")
            else:
                self._state = SessionState.STARTING
                self._due = self._clock()
        if connection is not None and connection.enrolled:
            self._ensure_thread()
        self._notify()
        return self.status()

    def resume(self) -> None:
        """Try the saved sign-in again (after the keyring was unlocked, say), in the background."""
        with self._lock:
            if self._connection is None or not self._connection.enrolled:
                return
            self._state = SessionState.STARTING
            self._reason, self._detail, self._keyring_error, self._creds = None, "", None, None
            self._code = None
            self._due = self._clock()
        self._ensure_thread()
        self._poke.set()
        self._notify()

    def close(self) -> None:
        self._stop.set()
        self._poke.set()
        if self._thread is not None:
            self._thread.join(timeout=5)  # a refresh in flight ends with its request's timeout
        with self._lock:
            client, self._oauth = self._oauth, None
        if client is not None:
            client.close()

    # -- the token provider ------------------------------------------------------------------
    def get_token(self) -> str:
        """A valid access token, refreshing first if it is due. Raises SignInRequired when the
        desk must be signed in again, AuthError (transient) when the server cannot be reached."""
        with self._lock:
            self._check_usable_locked()
            token = self._creds.access_token if self._creds is not None else None
            if token is not None and not self._stale_locked():
                return token
        return self._refresh()

    def on_unauthorized(self, token: str | None = None) -> None:
        """The server answered 401 (to ``token``, if given): refresh, unless another caller did
        already since that token was handed out. Then :meth:`get_token` gives the new token.
        Raises SignInRequired when the server refuses the refresh (the desk is signed out)."""
        self._refresh(failed_token=token or "")  # "" matches no token: always refresh

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """An API request with the desk's token; on 401, one refresh and one retry."""
        token = self.get_token()
        client = self._require_oauth()
        response = client.api(method, path, token, **kwargs)
        if response.status_code == 401:
            self.on_unauthorized(token)
            response = client.api(method, path, self.get_token(), **kwargs)
        return response

    def _check_usable_locked(self) -> None:
        if self._state is SessionState.STANDALONE or self._connection is None:
            raise SignInRequired(ErrorKind.SIGNED_OUT, "this desk is not connected to a server")
        if self._state is SessionState.SIGNED_OUT:
            raise SignInRequired(
                ErrorKind.SIGNED_OUT, self._detail or str(self._reason or "signed out"), code=self._code
            )

    def _stale_locked(self) -> bool:
        if self._issued_at is None:
            return True
        now = self._clock()
        margin = min(30.0, 0.1 * self._expires_in)
        if now >= self._issued_at + self._expires_in - margin:
            return True
        # The wall clock ran while the monotonic one stood still: the PC slept.
        return abs((self._wall() - now) - self._skew) > self._wake_jump_s

    def _require_oauth(self) -> OAuth:
        with self._lock:
            if self._oauth is None:
                if self._connection is None:
                    raise SignInRequired(ErrorKind.SIGNED_OUT, "this desk is not connected to a server")
                self._oauth = self._client_factory(self._connection.server_url)
            return self._oauth

    def _open_credentials_locked(self) -> CredentialStore:
        if self._creds is None:
            connection = self._connection
            if connection is None or connection.desk_id is None:
                raise SignInRequired(ErrorKind.SIGNED_OUT, "this desk is not enrolled")
            self._creds = self._credentials_factory(keyring_entry(connection.server_url, connection.desk_id))
        return self._creds

    # -- refreshing --------------------------------------------------------------------------
    def _refresh(self, *, failed_token: str | None = None, scheduled: bool = False) -> str:
        """Refresh unless it is not needed any more once the refresh lock is ours: a caller that
        got a 401 for ``failed_token`` finds a newer token; a scheduled run finds it was done."""
        with self._refresh_lock:
            with self._lock:
                self._check_usable_locked()
                creds = self._open_credentials_locked()
                current = creds.access_token
                fresh = current is not None and not self._stale_locked()
                if fresh and current is not None:
                    if scheduled:
                        if self._due is not None and self._clock() < self._due:
                            return current  # someone refreshed since the schedule fired
                    elif failed_token is None:
                        return current
                    elif failed_token and current != failed_token:
                        return current  # another caller refreshed after that 401
            try:
                refresh_token = creds.refresh_token()
            except CredentialError as exc:
                log.warning("the saved sign-in could not be read: %s", exc.detail)
                with self._lock:
                    self._keyring_error = exc
                    self._set_signed_out_locked(SignedOutReason.KEYRING, exc.detail)
                self._notify()
                raise SignInRequired(ErrorKind.SIGNED_OUT, exc.detail) from exc
            if refresh_token is None:
                with self._lock:
                    self._set_signed_out_locked(SignedOutReason.NO_SIGN_IN, "")
                self._notify()
                raise SignInRequired(ErrorKind.SIGNED_OUT, "no saved sign-in")
            client = self._require_oauth()
            try:
                tokens = client.refresh(refresh_token)
            except SignInRequired as exc:
                log.warning("the server refused the refresh: %s", exc.detail)
                with self._lock:
                    self._set_signed_out_locked(SignedOutReason.REFUSED, exc.detail)
                    self._code = exc.code
                if exc.code is None:
                    try:
                        creds.clear()  # spent or revoked: of no use to anyone
                    except CredentialError as clear_error:
                        log.warning("the refused sign-in stays in the keyring: %s", clear_error.detail)
                # else (a revoked desk, an enroller who left): the revoked token stays, useless but
                # for one thing: at the next start the server says why again, so the desk still
                # asks for a manager to sign in. The next sign-in revokes and removes it.
                self._notify()
                raise
            except AuthError as exc:
                with self._lock:
                    self._last_error = exc
                    delay = self._retry_s * random.uniform(0.8, 1.2)
                    self._retry_s = min(self._retry_s * 2, self._retry_max_s)
                    self._due = self._clock() + delay
                    if self._state is SessionState.STARTING:
                        self._state = SessionState.SIGNED_IN  # signed in; the server is out of reach
                log.info("refresh failed (%s); next try in %.0f s", exc.kind, delay)
                self._notify()
                raise
            problem = creds.save(tokens.refresh_token, tokens.access_token)
            self._accept_tokens(tokens, problem)
            self.refreshes += 1
            log.info("access token refreshed (valid %s s)", tokens.expires_in)
        try:
            self._link.update_from_tokens(tokens, tokens.clock_offset_us())
        except Exception:
            log.exception("the connection details could not be updated")
        self._notify()
        return tokens.access_token

    def _accept_tokens(self, tokens: TokenSet, problem: CredentialError | None) -> None:
        with self._lock:
            self._state = SessionState.SIGNED_IN
            self._reason, self._detail, self._last_error, self._code = None, "", None, None
            if problem is None:
                self._keyring_error = None
            self._retry_s = self._retry_min_s
            self._issued_at = tokens.sent_at
            self._expires_in = tokens.expires_in
            self._skew = self._wall() - self._clock()
            self._due = tokens.sent_at + REFRESH_AT * tokens.expires_in
            if self._connection is not None:
                self._connection = dataclasses.replace(
                    self._connection,
                    desk_name=tokens.desk_name,
                    studio_name=tokens.studio_name,
                    enrolled_by=tokens.staff_name,
                    server_studio_id=tokens.studio_id,
                    role=tokens.role,
                )
        self._poke.set()  # re-plan the schedule

    def _set_signed_out_locked(self, reason: SignedOutReason, detail: str) -> None:
        self._state = SessionState.SIGNED_OUT
        self._reason, self._detail, self._code = reason, detail, None
        self._issued_at, self._due, self._last_error = None, None, None
        if self._creds is not None:
            self._creds.set_access_token(None)

    # -- the schedule ------------------------------------------------------------------------
    def _ensure_thread(self) -> None:
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="kronos-session", daemon=True)
                self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            with self._lock:
                due = self._due if self._state in (SessionState.SIGNED_IN, SessionState.STARTING) else None
            wait = self._tick_s if due is None else max(0.0, min(self._tick_s, due - self._clock()))
            mono_before, wall_before = self._clock(), self._wall()
            self._poke.wait(wait)
            self._poke.clear()
            if self._stop.is_set():
                break
            slept_mono, slept_wall = self._clock() - mono_before, self._wall() - wall_before
            if abs(slept_wall - slept_mono) > self._wake_jump_s or slept_mono - wait > self._wake_jump_s:
                log.info("the computer woke up (or its clock moved): refreshing the sign-in now")
                with self._lock:
                    if self._state is SessionState.SIGNED_IN:
                        self._due = self._clock()
            with self._lock:
                run = (
                    self._state in (SessionState.SIGNED_IN, SessionState.STARTING)
                    and self._due is not None
                    and self._clock() >= self._due
                )
            if not run:
                continue
            try:
                self._refresh(scheduled=True)
            except AuthError:
                pass  # the status says what happened; a transient failure was rescheduled
            except Exception:
                log.exception("unexpected failure refreshing the sign-in")
                with self._lock:
                    self._due = self._clock() + self._retry_max_s

    # -- signing in --------------------------------------------------------------------------
    def sign_in(
        self,
        server_text: str,
        attempt: SignInAttempt | None = None,
        *,
        opener: Opener | None = None,
        on_url: Callable[[str], None] | None = None,
        desk_name: str | None = None,
        lang: str | None = None,
        wait_s: float | None = None,
    ) -> Connection:
        """Enrol this desk: the browser step, then the tokens kept and the connection recorded.
        Blocks until done (run it in a background thread; cancel through ``attempt``)."""
        from kronos_desktop.auth.oauth import normalize_server_url

        server_url = normalize_server_url(server_text)
        client = self._client_factory(server_url)
        # The file's replica id (a takeover keeps it; a file with none yet takes it now), and the
        # letters it prints with: the server registers the replica and answers its receipt prefix.
        client.device_id, client.sale_prefix = self._link.sign_in_replica()
        options: dict[str, Any] = {"on_url": on_url, "desk_name": desk_name, "lang": lang}
        if opener is not None:
            options["opener"] = opener
        if wait_s is not None:
            options["wait_s"] = wait_s
        with self._lock:
            current = self._oauth if self._creds is not None else None
        enrolled_here = current is not None and current.server_url == server_url
        if enrolled_here:  # a desk ticket: a lock meant for unknown devices does not stop this desk
            options["access_token"] = self.get_token
        try:
            tokens = client.sign_in(attempt, **options)
        except BaseException:
            client.close()
            raise
        creds = self._credentials_factory(keyring_entry(server_url, tokens.desk_id))
        problem = creds.save(tokens.refresh_token, tokens.access_token)
        account = self._enroller_email(client, tokens)
        try:
            connection = self._link.save_sign_in(
                server_url, tokens, account=account, clock_offset_us=tokens.clock_offset_us()
            )
        except Exception:
            log.exception("the new connection could not be recorded; undoing the sign-in")
            self._forget(client, creds)
            client.close()
            raise
        with self._refresh_lock:
            with self._lock:
                previous = (self._oauth, self._creds)
                self._oauth, self._creds, self._connection = client, creds, connection
                self._keyring_error = problem
            self._accept_tokens(tokens, problem)
        old_client, old_creds = previous
        if old_creds is not None and old_creds.entry != creds.entry:
            self._forget(old_client, old_creds)  # the desk's previous enrolment
        if old_client is not None and old_client is not client:
            old_client.close()
        self._ensure_thread()
        self._notify()
        log.info("desk %s signed in to %s (studio %s)", tokens.desk_id, server_url, tokens.studio_id)
        return self.connection or connection

    @staticmethod
    def _enroller_email(client: OAuth, tokens: TokenSet) -> str | None:
        """The e-mail of who enrolled the desk (shown in Settings), when the server tells it."""
        try:
            response = client.api("GET", "/v1/staff", tokens.access_token)
            if response.status_code != 200:
                return None
            for member in response.json():
                if str(member.get("id")) == str(tokens.staff_id):
                    email = member.get("email")
                    return str(email) if email else None
        except (AuthError, ValueError, TypeError, AttributeError) as exc:
            log.info("the enroller's e-mail is not known: %s", exc)
        return None

    @staticmethod
    def _forget(client: OAuth | None, creds: CredentialStore) -> AuthError | None:
        """Revoke a sign-in on the server (best effort) and drop it from the keyring."""
        error: AuthError | None = None
        try:
            token = creds.refresh_token() or creds.access_token
        except CredentialError:
            token = creds.access_token
        if token is not None and client is not None:
            try:
                client.revoke(token, "refresh_token" if token != creds.access_token else "access_token")
            except AuthError as exc:
                log.warning("the server could not be told to revoke the sign-in: %s", exc)
                error = exc
        try:
            creds.clear()
        except CredentialError as exc:
            log.warning("the sign-in could not be removed from the keyring: %s", exc.detail)
        return error

    # -- the desk ----------------------------------------------------------------------------
    def rename_desk(self, name: str) -> Connection:
        name = name.strip()
        if not name or len(name) > 120:
            raise AuthError(ErrorKind.INVALID_INPUT, "a desk name has 1 to 120 characters")
        connection = self.connection
        if connection is None or connection.desk_id is None:
            raise SignInRequired(ErrorKind.SIGNED_OUT, "this desk is not enrolled")
        response = self.request("PATCH", f"/v1/desks/{connection.desk_id}", json={"name": name})
        if response.status_code != 200:
            kind = {
                401: ErrorKind.SIGNED_OUT,
                403: ErrorKind.FORBIDDEN,
                404: ErrorKind.NOT_FOUND,
                422: ErrorKind.INVALID_INPUT,
            }.get(response.status_code, ErrorKind.PROTOCOL)
            raise AuthError(kind, f"rename answered HTTP {response.status_code}")
        try:
            new_name = str(response.json()["name"])
        except (ValueError, KeyError, TypeError) as exc:
            raise AuthError(ErrorKind.PROTOCOL, "the rename answer is not as expected") from exc
        self._link.set_desk_name(new_name)
        with self._lock:
            if self._connection is not None:
                self._connection = dataclasses.replace(self._connection, desk_name=new_name)
        self._notify()
        return self.connection or connection

    # -- signing out -------------------------------------------------------------------------
    def sign_out(self) -> SignOutResult:
        """Revoke the desk's tokens on the server, remove them from the keyring, and record that
        the desk is no longer enrolled. Local data and unsent changes are kept."""
        with self._refresh_lock:
            with self._lock:
                connection = self._connection
                if connection is None:
                    return SignOutResult(server_told=True)
                client = self._oauth
                creds = self._creds
                if creds is None and connection.desk_id is not None:
                    creds = self._open_credentials_locked()
            if client is None and connection.enrolled:
                try:
                    client = self._require_oauth()
                except AuthError:
                    client = None
            server_error: AuthError | None = None
            keyring_error: CredentialError | None = None
            if creds is not None:
                try:
                    token = creds.refresh_token() or creds.access_token
                except CredentialError as exc:
                    keyring_error, token = exc, creds.access_token
                if token is not None and client is not None:
                    try:
                        client.revoke(token, "refresh_token" if token != creds.access_token else "access_token")
                    except AuthError as exc:
                        log.warning("sign-out: the server could not be told: %s", exc)
                        server_error = exc
                try:
                    creds.clear()
                except CredentialError as exc:
                    keyring_error = exc
            self._link.clear_enrolment()
            with self._lock:
                self._connection = dataclasses.replace(
                    connection, desk_id=None, desk_name=None, enrolled_by=None, account=None, role=None
                )
                self._creds = None
                self._keyring_error = keyring_error
                self._set_signed_out_locked(SignedOutReason.SIGNED_OUT, "")
        self._notify()
        log.info("desk signed out (server told: %s)", server_error is None)
        return SignOutResult(server_told=server_error is None, server_error=server_error, keyring_error=keyring_error)

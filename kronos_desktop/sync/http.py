"""Talking to the central server over HTTP (httpx): push, pull and the event stream.

Every request carries the desk's access token from a *session*: any object with
``get_token()`` (the current access token, or None when nobody is signed in) and
``on_unauthorized()`` (the token was refused: refresh it). A 401 calls ``on_unauthorized`` and
tries once more with the new token; a second 401 means the desk needs signing in again.

Failures become the exceptions below, which the engine turns into its states: ``Offline``
(no network, a timeout, 5xx/503: try again later, nothing was lost), ``DeviceConflict`` (409:
the file was restored or copied), ``SignInNeeded``, ``UpdateNeeded`` (426) and ``Refused``
(any other refusal of a whole request).
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Iterator
from typing import Any

import httpx

from kronos_desktop.sync.problems import DeviceConflict as DeviceConflict
from kronos_desktop.sync.problems import Offline as Offline
from kronos_desktop.sync.problems import Refused as Refused
from kronos_desktop.sync.problems import SignInNeeded as SignInNeeded
from kronos_desktop.sync.problems import SyncProblem as SyncProblem
from kronos_desktop.sync.problems import SyncTransport as SyncTransport
from kronos_desktop.sync.problems import TokenSession as TokenSession
from kronos_desktop.sync.problems import UpdateNeeded as UpdateNeeded

log = logging.getLogger(__name__)

PUSH_PATH = "/v1/sync/push"
PULL_PATH = "/v1/sync/pull"
RESULTS_PATH = "/v1/sync/results"
DESK_NAMES_PATH = "/v1/desks/names"
FAILED_SIGN_INS_PATH = "/v1/staff/{staff_id}/failed-sign-ins"
EVENTS_PATH = "/v1/sync/events"
PROBE_PATH = "/healthz"
PROBE_TIMEOUT = 3.0


def _problem_code(response: httpx.Response) -> str | None:
    """A refusal's reason ``code`` (a 401's ``desk-revoked``, ``enroller-inactive``), or None."""
    try:
        body = response.json()
    except ValueError:
        return None
    code = body.get("code") if isinstance(body, dict) else None
    return code if isinstance(code, str) else None


def _detail(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.text[:200]
    if isinstance(body, dict):
        return str(body.get("detail") or body.get("title") or body)[:300]
    return str(body)[:300]


class HttpTransport:
    """The server at ``base_url``; ``session`` gives the token."""

    def __init__(
        self,
        base_url: str,
        session: TokenSession,
        *,
        timeout: float = 30.0,
        transport: httpx.BaseTransport | None = None,
        events_read_timeout: float = 75.0,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = session
        self._client = httpx.Client(base_url=self.base_url, timeout=timeout, transport=transport)
        self._events_client = httpx.Client(
            base_url=self.base_url,
            timeout=httpx.Timeout(timeout, read=events_read_timeout),
            transport=transport,
        )
        self._lock = threading.Lock()
        self._closed = False

    def close(self) -> None:
        self._closed = True
        self._client.close()
        self._events_client.close()

    # -- requests ------------------------------------------------------------------------
    def _token(self) -> str:
        try:
            token = self.session.get_token()
        except Exception as exc:
            if getattr(exc, "transient", False):  # the server could not be reached to refresh
                raise Offline(f"refreshing the sign-in: {exc}") from exc
            log.warning("the session gave no token: %s", exc)  # keyring, refused refresh
            raise SignInNeeded(str(exc), code=getattr(exc, "code", None)) from exc
        if not token:
            raise SignInNeeded("nobody is signed in on this desk")
        return token

    def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        for attempt in (1, 2):
            headers = {"Authorization": f"Bearer {self._token()}", "Accept": "application/json"}
            try:
                response = self._client.request(method, path, headers=headers, **kwargs)
            except httpx.HTTPError as exc:
                raise Offline(f"{method} {path}: {type(exc).__name__}: {exc}") from exc
            if response.status_code == 401 and attempt == 1:
                self._refresh_after_401(_problem_code(response))
                continue
            return self._check(method, path, response)
        raise AssertionError("unreachable")  # pragma: no cover

    def _refresh_after_401(self, code: str | None = None) -> None:
        """A 401 on a first try: the session refreshes its token (once); refused, sign in again
        (with the reason code of the refusal, else of the 401)."""
        try:
            self.session.on_unauthorized()
        except Exception as exc:
            raise SignInNeeded(str(exc), status=401, code=getattr(exc, "code", None) or code) from exc

    @staticmethod
    def _check(method: str, path: str, response: httpx.Response) -> httpx.Response:
        status = response.status_code
        if status < 300:
            return response
        what = f"{method} {path}: {status} {_detail(response)}"
        if status == 401:
            raise SignInNeeded(what, status=status, code=_problem_code(response))
        if status == 409 and path in (PUSH_PATH, PULL_PATH):
            raise DeviceConflict(what, status=status)
        if status == 426:
            raise UpdateNeeded(what, status=status)
        if status >= 500 or status in (408, 429):
            raise Offline(what, status=status)
        raise Refused(what, status=status)

    @staticmethod
    def _json(response: httpx.Response) -> dict[str, Any]:
        try:
            body = response.json()
        except ValueError as exc:
            raise Offline(f"not JSON from the server: {response.text[:100]!r}") from exc
        if not isinstance(body, dict):
            raise Offline("the server's answer is not a JSON object")
        return body

    def push(self, body: dict[str, Any]) -> dict[str, Any]:
        return self._json(self._send("POST", PUSH_PATH, json=body))

    def pull(self, device_id: uuid.UUID, cursor: str | None, limit: int) -> dict[str, Any]:
        params: dict[str, Any] = {"device_id": str(device_id), "limit": limit}
        if cursor is not None:
            params["cursor"] = cursor
        return self._json(self._send("GET", PULL_PATH, params=params))

    def results(self, uuids: list[uuid.UUID]) -> dict[str, Any]:
        return self._json(self._send("POST", RESULTS_PATH, json={"uuids": [str(u) for u in uuids]}))

    def desk_names(self) -> dict[str, Any]:
        return self._json(self._send("GET", DESK_NAMES_PATH))

    def failed_sign_ins(self, staff_id: uuid.UUID) -> dict[str, Any]:
        """A member's recent failed sign-ins (owners and managers; kronos_desktop/sync/failed_signins.py)."""
        return self._json(self._send("GET", FAILED_SIGN_INS_PATH.format(staff_id=staff_id)))

    def probe(self) -> bool:
        """Whether the server answers at all: ``GET /healthz``, no token, no database; cheap
        enough to ask every few seconds while the desk is offline. A 5xx (a proxy whose server is
        down) is no answer."""
        try:
            response = self._client.get(PROBE_PATH, timeout=PROBE_TIMEOUT)
        except httpx.HTTPError:
            return False
        return response.status_code < 500

    # -- server-sent events --------------------------------------------------------------
    def events(self, stop: threading.Event) -> Iterator[str]:
        """The names of the server's events, as they come, until ``stop`` is set or the stream
        ends (raises :class:`SyncProblem` subclasses like the requests)."""
        for attempt in (1, 2):
            headers = {"Authorization": f"Bearer {self._token()}", "Accept": "text/event-stream"}
            try:
                with self._events_client.stream("GET", EVENTS_PATH, headers=headers) as response:
                    if response.status_code == 401 and attempt == 1:
                        response.read()
                        self._refresh_after_401(_problem_code(response))
                        continue
                    if response.status_code >= 300:
                        response.read()  # a refusal's problem document, for the message
                    self._check("GET", EVENTS_PATH, response)
                    yield "open"
                    event, fields = "message", False
                    for line in response.iter_lines():
                        if stop.is_set():
                            return
                        if not line:
                            if fields:  # a comment alone (a keep-alive) dispatches nothing
                                yield event
                            event, fields = "message", False
                        elif line.startswith("event:"):
                            event, fields = line[6:].strip(), True
                        elif not line.startswith(":"):
                            fields = True
                    return
            except httpx.HTTPError as exc:
                if stop.is_set() or self._closed:
                    return
                raise Offline(f"event stream: {type(exc).__name__}: {exc}") from exc

"""What can go wrong talking to the server, as the engine and the views see it, and the shape of
a transport: kept apart from kronos_desktop/sync/http.py (which re-exports them) so that naming
them does not load httpx.

``Offline`` (no network, a timeout, 5xx/503: try again later, nothing was lost),
``DeviceConflict`` (409: the file was restored or copied), ``SignInNeeded``, ``UpdateNeeded``
(426) and ``Refused`` (any other refusal of a whole request).
"""

from __future__ import annotations

import uuid
from typing import Any, Protocol


class TokenSession(Protocol):
    def get_token(self) -> str | None: ...
    def on_unauthorized(self) -> None: ...


class SyncProblem(Exception):
    """A request that did not get a usable answer."""

    def __init__(self, message: str, *, status: int | None = None, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code


class Offline(SyncProblem):
    """No answer (network down, timeout) or a transient failure (5xx): nothing was committed,
    or the same request is safe to send again."""


class DeviceConflict(SyncProblem):
    """409: this replica's sequence numbers (or its device id) belong to another file or desk."""


class SignInNeeded(SyncProblem):
    """No token, or the server refused a fresh one. ``code`` is the server's reason when it gave
    one: ``"desk-revoked"`` (the desk was revoked, or its enroller deactivated, which revokes it)
    or ``"enroller-inactive"``: an owner or manager must sign in on this desk; the outbox is kept
    and pushed after that sign-in, under the same replica id and sequence numbers."""


class UpdateNeeded(SyncProblem):
    """426: this desk's schema is outside the server's window."""


class Refused(SyncProblem):
    """The server refused the whole request (4xx other than the above)."""


class SyncTransport(Protocol):
    """The wire protocol as the sync client uses it (HTTP, or an in-process fake in tests)."""

    def push(self, body: dict[str, Any]) -> dict[str, Any]: ...
    def pull(self, device_id: uuid.UUID, cursor: str | None, limit: int) -> dict[str, Any]: ...
    def results(self, uuids: list[uuid.UUID]) -> dict[str, Any]: ...

"""A desk that cannot reach the server to refresh its sign-in is offline, not signed out."""

from __future__ import annotations

import pytest

from kronos_desktop.auth.errors import AuthError, ErrorKind
from kronos_desktop.sync.http import HttpTransport, Offline, SignInNeeded


class Session:
    def __init__(self, exc: Exception | None, token: str | None = "t") -> None:
        self.exc, self.token = exc, token

    def get_token(self) -> str | None:
        if self.exc is not None:
            raise self.exc
        return self.token

    def on_unauthorized(self) -> None:
        pass


def token_of(session: Session) -> str:
    transport = HttpTransport("http://127.0.0.1:9", session)
    try:
        return transport._token()
    finally:
        transport.close()


def test_a_refresh_that_cannot_reach_the_server_is_offline() -> None:
    unreachable = AuthError(ErrorKind.CONNECTION_REFUSED, "connection refused")
    assert unreachable.transient
    with pytest.raises(Offline):
        token_of(Session(unreachable))


def test_a_refused_refresh_needs_a_sign_in() -> None:
    refused = AuthError(ErrorKind.GRANT_REFUSED, "invalid_grant")
    assert not refused.transient
    with pytest.raises(SignInNeeded):
        token_of(Session(refused))
    with pytest.raises(SignInNeeded):
        token_of(Session(None, token=None))

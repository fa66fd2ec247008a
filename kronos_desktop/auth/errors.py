"""What can go wrong while signing in or staying signed in, as kinds the interface words.

The auth package has no Qt and no translations: an error names its kind and carries the
technical detail (for the log and the "details" line); ``kronos_desktop.ui.sync.connection_text``
turns the kind into a sentence in the person's language.
"""

from __future__ import annotations

from enum import StrEnum


class ErrorKind(StrEnum):
    # The address typed in the connection dialog.
    BAD_ADDRESS = "bad_address"
    INSECURE_ADDRESS = "insecure_address"
    # Reaching the server.
    HOST_NOT_FOUND = "host_not_found"
    CONNECTION_REFUSED = "connection_refused"
    TLS = "tls"
    TIMEOUT = "timeout"
    NETWORK = "network"
    SERVER_ERROR = "server_error"
    # A server that answers, but not as a KRONOS server does.
    NOT_KRONOS = "not_kronos"
    ISSUER_MISMATCH = "issuer_mismatch"
    PROTOCOL = "protocol"
    # The browser step.
    WINDOW_CLOSED = "window_closed"
    CANCELLED = "cancelled"
    STATE_MISMATCH = "state_mismatch"
    DENIED = "denied"
    # The server refused a grant (sign-in code or refresh token): sign in again.
    GRANT_REFUSED = "grant_refused"
    # Calls made with the desk's token.
    SIGNED_OUT = "signed_out"
    FORBIDDEN = "forbidden"
    INVALID_INPUT = "invalid_input"
    NOT_FOUND = "not_found"


# Worth trying again later, without asking anyone anything.
TRANSIENT_KINDS = frozenset(
    {
        ErrorKind.HOST_NOT_FOUND,
        ErrorKind.CONNECTION_REFUSED,
        ErrorKind.TLS,
        ErrorKind.TIMEOUT,
        ErrorKind.NETWORK,
        ErrorKind.SERVER_ERROR,
    }
)


class AuthError(Exception):
    """A sign-in or token problem of a known kind; ``detail`` is technical (logs, details line)."""

    def __init__(self, kind: ErrorKind, detail: str = "", *, code: str | None = None) -> None:
        super().__init__(f"{kind.value}: {detail}" if detail else kind.value)
        self.kind = kind
        self.detail = detail
        # The server's reason, when it gives one: "desk-revoked" or "enroller-inactive" (an owner
        # or manager must sign in on this desk; its outbox is kept and pushed after).
        self.code = code

    @property
    def transient(self) -> bool:
        """The server could not be reached (or failed): nothing to do but try again later."""
        return self.kind in TRANSIENT_KINDS


class SignInRequired(AuthError):
    """The desk has no valid sign-in (never signed in, signed out, or the server refused the
    refresh: revoked desk, password reset). Someone must sign in again; nothing local is lost."""


class CredentialKind(StrEnum):
    LOCKED = "locked"  # the keyring is locked and was not unlocked (prompt dismissed)
    REFUSED = "refused"  # the keyring refused to store, read or delete the entry
    UNAVAILABLE = "unavailable"  # the keyring service went away
    TOO_LONG = "too_long"  # bigger than the keyring can hold (Windows: ~1,280 characters)


class CredentialError(Exception):
    """The OS keyring failed; ``detail`` is technical, the kind is worded by the interface."""

    def __init__(self, kind: CredentialKind, detail: str = "") -> None:
        super().__init__(f"{kind.value}: {detail}" if detail else kind.value)
        self.kind = kind
        self.detail = detail

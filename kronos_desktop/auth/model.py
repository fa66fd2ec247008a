"""The plain values of signing in: a token response, the desk's connection, the session's status.

Kept apart from the HTTP client so that the desk can start (and show "standalone") without
importing httpx or a keyring backend.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from enum import StrEnum

from kronos_desktop.auth.errors import AuthError, CredentialError


@dataclass(frozen=True, repr=False)
class TokenSet:
    """A token response of ``POST /oauth/token`` (``repr`` never shows the tokens)."""

    access_token: str
    refresh_token: str
    expires_in: float
    studio_id: uuid.UUID
    studio_name: str
    desk_id: uuid.UUID
    desk_name: str
    staff_id: uuid.UUID
    staff_name: str
    role: str
    # The desk's monotonic clock when the request was sent: the token's lifetime counts from here.
    sent_at: float = 0.0
    # The server's ``Date`` header and this PC's clock halfway through the request (clock offset).
    server_date: dt.datetime | None = None
    local_midpoint: dt.datetime | None = None
    # A sign-in on a file that was a replica of another desk: who enrolled that desk. The file's
    # unsent changes recorded with no author were theirs (attribution survives the takeover).
    replica_enrolled_by: uuid.UUID | None = None
    # A sign-in's code exchange: the replica id it sent (the file's, or the one a new file takes)
    # and the receipt prefix the server registered that replica with (None: an older server, or
    # the replica is another desk's); the desk stores it with the enrolment (issue 15).
    device_id: uuid.UUID | None = None
    sale_prefix: str | None = None

    def __repr__(self) -> str:
        return (
            f"TokenSet(studio={self.studio_id}, desk={self.desk_id}, staff={self.staff_id}, role={self.role}, "
            f"expires_in={self.expires_in})"
        )

    def clock_offset_us(self) -> int | None:
        """Microseconds to add to this PC's clock to get the server's (±1 s: ``Date`` has seconds)."""
        if self.server_date is None or self.local_midpoint is None:
            return None
        # Date truncates to the second: the server's instant was, on average, half a second later.
        server = self.server_date + dt.timedelta(milliseconds=500)
        return round((server - self.local_midpoint) / dt.timedelta(microseconds=1))


@dataclass(frozen=True)
class Connection:
    """The desk's link to a server, as kept in its replica row (and the server's studio id,
    known from the tokens of this run)."""

    server_url: str
    desk_id: uuid.UUID | None = None
    desk_name: str | None = None
    studio_name: str | None = None
    enrolled_by: str | None = None
    account: str | None = None
    local_studio_id: uuid.UUID | None = None
    server_studio_id: uuid.UUID | None = None
    role: str | None = None

    @property
    def enrolled(self) -> bool:
        return self.desk_id is not None

    @property
    def same_studio(self) -> bool | None:
        """Whether the desk's own studio is the server's (None until the server's is known)."""
        if self.server_studio_id is None or self.local_studio_id is None:
            return None
        return self.server_studio_id == self.local_studio_id


class SessionState(StrEnum):
    STANDALONE = "standalone"  # no server: the desk is the whole studio
    STARTING = "starting"  # reading the keyring / first refresh in progress
    SIGNED_IN = "signed_in"
    SIGNED_OUT = "signed_out"  # a server is configured, but someone must sign in (again)


class SignedOutReason(StrEnum):
    NO_SIGN_IN = "no_sign_in"  # nothing saved (never signed in, or no keyring last run)
    REFUSED = "refused"  # the server refused the refresh: desk revoked, password reset, ...
    SIGNED_OUT = "signed_out"  # someone signed out on this desk
    KEYRING = "keyring"  # the saved sign-in could not be read from the keyring


class KeyringKind(StrEnum):
    SECRET_SERVICE = "secret_service"
    MACOS_KEYCHAIN = "macos_keychain"
    WINDOWS_CREDENTIAL_LOCKER = "windows_credential_locker"
    MEMORY = "memory"  # no secure keyring: tokens in memory for this run only


@dataclass(frozen=True)
class SessionStatus:
    state: SessionState
    connection: Connection | None = None
    reason: SignedOutReason | None = None
    # The server's words when it refused (e.g. "this desk has been revoked").
    detail: str = ""
    keyring: KeyringKind | None = None
    # False: the tokens live in memory only, for this run (no secure keyring, or it failed).
    persistent: bool = True
    # Why there is no usable keyring, or why it failed (tokens then kept in memory).
    keyring_problem: CredentialError | None = None
    keyring_unavailable: str = ""
    # The last refresh that could not reach the server (the desk stays signed in and retries).
    last_error: AuthError | None = field(default=None)
    # REFUSED: the server's reason code, when it gave one: "desk-revoked" or "enroller-inactive"
    # (an owner or manager must sign in on this desk; the outbox waits meanwhile).
    code: str | None = None

    @property
    def signed_in(self) -> bool:
        return self.state is SessionState.SIGNED_IN

"""The words for the sign-in's errors and states, in the person's language.

The auth package names kinds (``kronos_desktop.auth.errors``); this module says them. Every
sentence says what happened and what to do, and none blames the person.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kronos_desktop.auth.errors import AuthError, CredentialError, CredentialKind, ErrorKind
from kronos_desktop.auth.model import KeyringKind, SessionState, SessionStatus, SignedOutReason
from kronos_desktop.sync.events import MANAGER_NEEDED_CODES

translate = QCoreApplication.translate


def auth_error_text(error: AuthError) -> str:
    k = ErrorKind
    texts = {
        k.BAD_ADDRESS: translate(
            "Connection",
            "That is not a server address. Type it like kronos.yourstudio.com.br (ask whoever set up the server).",
        ),
        k.INSECURE_ADDRESS: translate(
            "Connection",
            "That address starts with http://, which would send the sign-in unprotected. "
            "Use the server's https:// address.",
        ),
        k.HOST_NOT_FOUND: translate(
            "Connection", "No server was found at that address. Check the spelling and the internet connection."
        ),
        k.CONNECTION_REFUSED: translate(
            "Connection",
            "The server did not answer at that address: it may be down, or the address may be wrong. "
            "Check it, or try again later.",
        ),
        k.TLS: translate(
            "Connection",
            "The connection is not secure: the server's certificate could not be verified. Check the address; "
            "if it is right, the server's certificate needs fixing.",
        ),
        k.TIMEOUT: translate(
            "Connection", "The server took too long to answer. Check the internet connection and try again."
        ),
        k.NETWORK: translate(
            "Connection", "The server could not be reached. Check the internet connection and try again."
        ),
        k.SERVER_ERROR: translate(
            "Connection", "The server had a problem and could not answer. Try again in a few minutes."
        ),
        k.NOT_KRONOS: translate(
            "Connection", "That address answers, but it is not a KRONOS server. Check the address."
        ),
        k.ISSUER_MISMATCH: translate(
            "Connection", "The server gives its own address as {address}. Connect using that address."
        ).format(address=error.detail),
        k.PROTOCOL: translate(
            "Connection",
            "The server's answer was not what KRONOS expected. Check that KRONOS and the server are up to date.",
        ),
        k.WINDOW_CLOSED: translate(
            "Connection", "The sign-in was not completed in the browser in time. Click Connect to try again."
        ),
        k.CANCELLED: translate("Connection", "Sign-in cancelled."),
        k.STATE_MISMATCH: translate(
            "Connection",
            "The browser came back with an answer that does not belong to this sign-in, so it was ignored "
            "for safety. Click Connect to try again.",
        ),
        k.DENIED: translate(
            "Connection",
            "The sign-in was refused in the browser. Only the studio's owner or a manager can connect a desk.",
        ),
        k.GRANT_REFUSED: translate(
            "Connection",
            "The server refused the sign-in. Try again; if it happens again, "
            "sign in with an owner's or manager's login.",
        ),
        k.SIGNED_OUT: translate("Connection", "This desk is not signed in. Sign in again."),
        k.FORBIDDEN: translate("Connection", "Only the studio's owner or a manager can do this."),
        k.INVALID_INPUT: translate("Connection", "That name cannot be used: type 1 to 120 characters."),
        k.NOT_FOUND: translate("Connection", "The server no longer knows this desk. Sign in again."),
    }
    return texts.get(error.kind, translate("Connection", "The sign-in did not work."))


def credential_error_text(error: CredentialError) -> str:
    texts = {
        CredentialKind.LOCKED: translate(
            "Connection", "The keyring is locked. Unlock it (usually with this computer's login password)."
        ),
        CredentialKind.REFUSED: translate("Connection", "The keyring refused to keep the sign-in."),
        CredentialKind.UNAVAILABLE: translate("Connection", "The keyring is not available right now."),
        CredentialKind.TOO_LONG: translate("Connection", "The sign-in is too long for this computer's keyring."),
    }
    return texts[error.kind]


def error_text(error: BaseException) -> str:
    if isinstance(error, AuthError):
        return auth_error_text(error)
    if isinstance(error, CredentialError):
        return credential_error_text(error)
    return translate("Connection", "Something went wrong. The details are in the log.")


def keyring_name(kind: KeyringKind | None) -> str:
    names = {
        KeyringKind.SECRET_SERVICE: translate("Connection", "Secret Service (GNOME Keyring, KWallet)"),
        KeyringKind.MACOS_KEYCHAIN: translate("Connection", "macOS Keychain"),
        KeyringKind.WINDOWS_CREDENTIAL_LOCKER: translate("Connection", "Windows Credential Locker"),
        KeyringKind.MEMORY: translate("Connection", "None: in memory until KRONOS closes"),
    }
    return names[kind] if kind is not None else translate("Connection", "Not in use yet")


def manager_needed(status: SessionStatus | None) -> bool:
    """The server no longer accepts this desk at all (revoked, or the manager who enrolled it was
    deactivated): an owner or a manager must sign in on it."""
    return (
        status is not None
        and status.state is SessionState.SIGNED_OUT
        and status.reason is SignedOutReason.REFUSED
        and getattr(status, "code", None) in MANAGER_NEEDED_CODES
    )


def state_text(status: SessionStatus) -> str:
    if status.state is SessionState.STANDALONE:
        return translate("Connection", "Not connected (this computer is the whole studio)")
    if status.state is SessionState.STARTING:
        return translate("Connection", "Signing in…")
    if status.state is SessionState.SIGNED_IN:
        if status.last_error is not None:
            return translate("Connection", "Signed in · the server is out of reach for now")
        return translate("Connection", "Signed in")
    return translate("Connection", "Signed out: sign in again")


def signed_out_text(status: SessionStatus) -> str:
    """Why the desk is signed out and what to do (empty when it is not)."""
    if status.state is not SessionState.SIGNED_OUT:
        return ""
    kept = translate("Connection", "Nothing on this computer was lost, and changes not yet sent are kept.")
    if manager_needed(status):
        text = translate(
            "Connection",
            "The server no longer accepts this desk: it was revoked, or whoever connected it no longer works "
            "at the studio. The desk goes on working on this computer. An owner or a manager signs in here "
            "to connect it again; its changes are then sent, each still saying who made it.",
        )
    elif status.reason is SignedOutReason.REFUSED:
        text = translate(
            "Connection",
            "The server no longer accepts this desk's sign-in ({reason}). This happens when the desk is "
            "revoked or when the password of whoever connected it changes. Sign in again to sync.",
        ).format(reason=status.detail or "—")
    elif status.reason is SignedOutReason.KEYRING:
        problem = status.keyring_problem
        text = translate(
            "Connection", "The saved sign-in could not be read from the keyring. {problem} Then click Try again."
        ).format(problem=credential_error_text(problem) if problem is not None else "")
    elif status.reason is SignedOutReason.SIGNED_OUT:
        text = translate("Connection", "This desk was signed out. Sign in again to sync.")
    else:
        text = translate("Connection", "This desk is not signed in. Sign in again to sync.")
    return f"{text} {kept}"


def memory_only_text(status: SessionStatus) -> str:
    """The warning when the tokens live in memory only (empty when they are in a keyring)."""
    if status.state is not SessionState.SIGNED_IN or status.persistent:
        return ""
    if status.keyring_problem is not None:
        return translate(
            "Connection",
            "{problem} The sign-in is kept in memory until KRONOS closes (never written to disk): "
            "sign in again next time.",
        ).format(problem=credential_error_text(status.keyring_problem))
    return translate(
        "Connection",
        "No secure keyring was found on this computer, so the sign-in is kept in memory until KRONOS "
        "closes. Nothing is written to disk; sign in again next time.",
    )


def sync_note_text(status: SessionStatus) -> str:
    connection = status.connection
    if status.state is not SessionState.SIGNED_IN or connection is None:
        return ""
    if connection.same_studio is False:
        return translate(
            "Connection",
            "Ready to sync: this desk's own records will be joined with the studio {studio} when it syncs.",
        ).format(studio=connection.studio_name or "—")
    return translate("Connection", "Ready to sync.")

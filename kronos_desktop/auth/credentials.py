"""The one class that holds the desk's tokens.

- The refresh token lives only in the operating system's keyring: Windows Credential Locker,
  the macOS Keychain, or the Secret Service on Linux (GNOME Keyring, KWallet's Secret Service,
  KeePassXC...). The access token lives in memory only.
- Only those backends are used, whatever the ``keyring`` library's configuration or plugins say
  (an allow-list: never its plaintext, "chainer", null or fail backends, nor third-party plugins).
  Each is imported by name rather than found through entry points, so a frozen build has them.
- Where no secure keyring is available, both tokens stay in memory for this run only, and
  :attr:`CredentialStore.persistent` says so; nothing is ever written to a plain file.
- Keyring failures (locked, refused, gone) become a :class:`CredentialError` whose kind the
  interface words for people.

Windows caps a credential at 2,560 bytes of UTF-16, about 1,280 characters; a refresh token is
under 100, but anything longer is refused here rather than half-stored.
"""

from __future__ import annotations

import logging
import sys
import threading
from typing import TYPE_CHECKING, Final

from kronos_desktop.auth.errors import CredentialError, CredentialKind
from kronos_desktop.auth.model import KeyringKind

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE: Final = "KRONOS desk sign-in"
UNLOCK_TIMEOUT_S: Final = 120.0  # a person answering the system's "unlock your keyring" prompt
MAX_SECRET_CHARS: Final = 1280  # Windows Credential Locker: CRED_MAX_CREDENTIAL_BLOB_SIZE / 2

# module.qualname of every backend we accept, and what it is to a person.
ALLOWED_BACKENDS: Final[dict[str, KeyringKind]] = {
    "keyring.backends.SecretService.Keyring": KeyringKind.SECRET_SERVICE,
    "keyring.backends.libsecret.Keyring": KeyringKind.SECRET_SERVICE,
    "keyring.backends.macOS.Keyring": KeyringKind.MACOS_KEYCHAIN,
    "keyring.backends.Windows.WinVaultKeyring": KeyringKind.WINDOWS_CREDENTIAL_LOCKER,
}


def backend_name(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def is_allowed(backend: object) -> bool:
    """Exactly one of the allow-listed classes (not a subclass, not a wrapper around one)."""
    return backend_name(backend) in ALLOWED_BACKENDS


def _candidate_classes() -> list[type[KeyringBackend]]:
    """The secure backends of this platform, imported by name (no entry points)."""
    if sys.platform == "win32":
        from keyring.backends import Windows

        return [Windows.WinVaultKeyring]
    if sys.platform == "darwin":
        from keyring.backends import macOS

        return [macOS.Keyring]
    from keyring.backends import SecretService, libsecret

    return [SecretService.Keyring, libsecret.Keyring]


def find_secure_backend() -> tuple[KeyringBackend | None, str]:
    """The best secure keyring available here, or None and why there is none (technical)."""
    reasons: list[str] = []
    try:
        classes = _candidate_classes()
    except Exception as exc:  # a broken install: say so, keep tokens in memory
        log.warning("no keyring backend could be imported: %s", exc)
        return None, f"the keyring backends could not be loaded ({exc})"
    viable: list[tuple[float, type[KeyringBackend]]] = []
    for cls in classes:
        try:
            priority = float(cls.priority)  # raises when the backend cannot work here
        except Exception as exc:
            reasons.append(f"{cls.__module__}: {exc}")
            continue
        if priority > 0:
            viable.append((priority, cls))
    if not viable:
        reason = "; ".join(reasons) or "no secure keyring on this system"
        log.warning("no secure keyring: %s", reason)
        return None, reason
    viable.sort(key=lambda item: item[0], reverse=True)
    backend = viable[0][1]()
    log.info("keyring in use: %s", backend_name(backend))
    return backend, ""


def credential_error(exc: BaseException, doing: str) -> CredentialError:
    """A keyring exception as an error of a kind the interface can word."""
    from keyring import errors

    detail = f"{doing}: {type(exc).__name__}: {exc}"
    if isinstance(exc, errors.KeyringLocked):
        return CredentialError(CredentialKind.LOCKED, detail)
    if isinstance(exc, errors.InitError | errors.NoKeyringError):
        return CredentialError(CredentialKind.UNAVAILABLE, detail)
    if isinstance(exc, errors.KeyringError):
        return CredentialError(CredentialKind.REFUSED, detail)
    # Below the library: a D-Bus error (service gone), an OS error (Keychain denied)...
    return CredentialError(CredentialKind.UNAVAILABLE, detail)


def _unlock_secret_service(backend: KeyringBackend) -> None:
    """Unlock the Secret Service collection first, on a D-Bus connection closed afterwards.

    keyring's backend asks to unlock too (the desktop shows its prompt), but when the prompt is
    dismissed it raises without closing its connection; doing it here keeps the prompt and
    leaks nothing."""
    if backend_name(backend) != "keyring.backends.SecretService.Keyring":
        return
    from contextlib import closing

    import secretstorage

    try:
        with closing(secretstorage.dbus_init()) as bus:
            collection = secretstorage.get_default_collection(bus)
            if collection.is_locked():
                collection.unlock(timeout=UNLOCK_TIMEOUT_S)
                if collection.is_locked():
                    raise CredentialError(CredentialKind.LOCKED, "the keyring stayed locked (unlock prompt dismissed)")
    except CredentialError:
        raise
    except TimeoutError as exc:
        raise CredentialError(CredentialKind.LOCKED, "no answer to the keyring's unlock prompt") from exc
    except Exception as exc:
        raise credential_error(exc, "opening the keyring") from exc


class CredentialStore:
    """The desk's tokens: the refresh token in the keyring entry ``entry``, the access token in
    memory. Thread-safe. Keyring calls may block (a keyring may ask to be unlocked): call them
    off the GUI thread."""

    def __init__(self, entry: str, backend: KeyringBackend | None, *, unavailable_reason: str = "") -> None:
        if backend is not None and not is_allowed(backend):
            raise ValueError(f"{backend_name(backend)} is not a secure keyring backend KRONOS accepts")
        self.entry = entry
        self._backend = backend
        self.unavailable_reason = unavailable_reason if backend is None else ""
        self._lock = threading.RLock()
        self._refresh: str | None = None
        self._access: str | None = None
        self._loaded = False
        # The keyring failed after the store was opened: the tokens are in memory for this run.
        self.problem: CredentialError | None = None

    @classmethod
    def open(cls, entry: str) -> CredentialStore:
        backend, reason = find_secure_backend()
        return cls(entry, backend, unavailable_reason=reason)

    # -- what is in use ----------------------------------------------------------------------
    @property
    def keyring(self) -> KeyringKind:
        if self._backend is None:
            return KeyringKind.MEMORY
        return ALLOWED_BACKENDS[backend_name(self._backend)]

    @property
    def persistent(self) -> bool:
        """Whether the refresh token is kept in the keyring (else in memory for this run only)."""
        return self._backend is not None and self.problem is None

    @property
    def access_token(self) -> str | None:
        with self._lock:
            return self._access

    def set_access_token(self, token: str | None) -> None:
        with self._lock:
            self._access = token

    # -- the refresh token -------------------------------------------------------------------
    def refresh_token(self) -> str | None:
        """The refresh token: from memory, else (first call) from the keyring.

        Raises CredentialError when the keyring cannot be read."""
        with self._lock:
            if self._refresh is not None or self._loaded or not self.persistent:
                return self._refresh
            assert self._backend is not None
            try:
                _unlock_secret_service(self._backend)
                value = self._backend.get_password(SERVICE, self.entry)
            except CredentialError:
                raise
            except Exception as exc:
                raise credential_error(exc, "reading the sign-in") from exc
            self._refresh = value
            self._loaded = True
            return value

    def save(self, refresh_token: str, access_token: str | None) -> CredentialError | None:
        """Keep new tokens. The refresh token goes to the keyring; if the keyring fails, both
        stay in memory for this run and the problem is returned (and kept in :attr:`problem`)."""
        if len(refresh_token) > MAX_SECRET_CHARS:
            # Not storable anywhere we accept: keep it for this run and say why.
            too_long = CredentialError(CredentialKind.TOO_LONG, f"{len(refresh_token)} characters")
            with self._lock:
                self._refresh, self._access, self._loaded, self.problem = refresh_token, access_token, True, too_long
            return too_long
        with self._lock:
            problem: CredentialError | None = None
            if self.persistent:
                assert self._backend is not None
                try:
                    _unlock_secret_service(self._backend)
                    self._backend.set_password(SERVICE, self.entry, refresh_token)
                except Exception as exc:
                    problem = exc if isinstance(exc, CredentialError) else credential_error(exc, "saving the sign-in")
                    log.warning("keyring refused the refresh token; keeping it in memory: %s", problem.detail)
                    self.problem = problem
                    self._forget_stale_entry()
            self._refresh, self._access, self._loaded = refresh_token, access_token, True
            return problem

    def _forget_stale_entry(self) -> None:
        """After a failed save the keyring may still hold an older, already rotated token: try to
        remove it (a later run would present it, and a reused token revokes the desk)."""
        assert self._backend is not None
        try:
            _unlock_secret_service(self._backend)
            self._backend.delete_password(SERVICE, self.entry)
        except Exception as exc:
            log.info("stale keyring entry not removed: %s", type(exc).__name__)

    def clear(self) -> None:
        """Forget both tokens, here and in the keyring. Raises CredentialError if the keyring
        refuses (the tokens are forgotten in memory all the same)."""
        from keyring.errors import PasswordDeleteError

        with self._lock:
            self._refresh, self._access, self._loaded = None, None, True
            if self._backend is None:
                return
            try:
                _unlock_secret_service(self._backend)
                self._backend.delete_password(SERVICE, self.entry)
            except PasswordDeleteError:
                pass  # nothing stored: that is what we want
            except CredentialError:
                raise
            except Exception as exc:
                raise credential_error(exc, "removing the sign-in") from exc

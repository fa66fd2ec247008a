"""The one class that holds the tokens: only allow-listed keyring backends, whatever keyring's
own configuration says; keyring errors as kinds a person can be told about."""

from __future__ import annotations

import pytest
from keyring import errors
from keyring.backends import SecretService, chainer, fail, null

from kronos_desktop.auth.credentials import CredentialStore, credential_error, find_secure_backend
from kronos_desktop.auth.errors import CredentialKind
from kronos_desktop.auth.model import KeyringKind


class LookAlike(SecretService.Keyring):
    """A subclass of an allowed backend (a plugin could wrap one and log what it stores)."""


@pytest.mark.parametrize("backend", [null.Keyring(), fail.Keyring(), chainer.ChainerBackend(), LookAlike()])
def test_only_allow_listed_backends(backend: object) -> None:
    with pytest.raises(ValueError, match="not a secure keyring backend"):
        CredentialStore("entry", backend)  # type: ignore[arg-type]


def test_keyrings_own_configuration_is_not_obeyed(monkeypatch: pytest.MonkeyPatch) -> None:
    """PYTHON_KEYRING_BACKEND could name a plaintext file backend: it is ignored."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/kronos-test-bus")
    backend, reason = find_secure_backend()
    assert backend is None
    assert reason
    store = CredentialStore.open("entry")
    assert store.keyring is KeyringKind.MEMORY
    assert store.persistent is False


def test_memory_only_keeps_tokens_for_the_run() -> None:
    store = CredentialStore("entry", None, unavailable_reason="none here")
    assert store.save("kr1.refresh", "access") is None
    assert store.refresh_token() == "kr1.refresh"
    assert store.access_token == "access"
    store.clear()
    assert store.refresh_token() is None
    assert store.access_token is None


def test_a_token_too_long_for_windows_is_kept_in_memory_and_said() -> None:
    store = CredentialStore("entry", None)
    problem = store.save("x" * 2000, "access")
    assert problem is not None
    assert problem.kind is CredentialKind.TOO_LONG
    assert store.persistent is False
    assert store.refresh_token() == "x" * 2000


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (errors.KeyringLocked("Failed to unlock the collection!"), CredentialKind.LOCKED),
        (errors.InitError("Failed to create the collection"), CredentialKind.UNAVAILABLE),
        (errors.PasswordSetError("refused"), CredentialKind.REFUSED),
        (errors.KeyringError("other"), CredentialKind.REFUSED),
        (OSError("D-Bus went away"), CredentialKind.UNAVAILABLE),
    ],
)
def test_keyring_errors_become_kinds(exc: Exception, kind: CredentialKind) -> None:
    error = credential_error(exc, "saving the sign-in")
    assert error.kind is kind
    assert "saving the sign-in" in error.detail

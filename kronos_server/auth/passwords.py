"""Passwords and PINs, hashed with argon2id (argon2-cffi) under explicit parameters.

``verify`` answers whether a password matches and whether the stored hash should be
recomputed with the current parameters; ``dummy_verify`` spends the same time for an unknown
account, so response times do not tell which e-mail addresses exist. A semaphore bounds how many
hashes run at once: each holds the configured memory (64 MiB by default).
"""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from kronos_server.auth.config import AuthConfig

HASH_LEN = 32
SALT_LEN = 16
MAX_PASSWORD_CHARS = 1024  # argon2 takes any length; refuse absurd inputs before hashing
MIN_PASSWORD_CHARS = 10


@dataclass(frozen=True)
class Verification:
    ok: bool
    needs_rehash: bool = False


class Hasher:
    def __init__(self, config: AuthConfig) -> None:
        self._ph = PasswordHasher(
            time_cost=config.argon2_time_cost,
            memory_cost=config.argon2_memory_kib,
            parallelism=config.argon2_parallelism,
            hash_len=HASH_LEN,
            salt_len=SALT_LEN,
            type=Type.ID,
        )
        self._slots = threading.BoundedSemaphore(config.max_concurrent_hashes)
        self._dummy: str | None = None
        self._dummy_lock = threading.Lock()

    def hash(self, secret: str) -> str:
        if len(secret) > MAX_PASSWORD_CHARS:
            raise ValueError("secret too long")
        with self._slots:
            return self._ph.hash(secret)

    def verify(self, stored_hash: str, candidate: str) -> Verification:
        """Whether ``candidate`` matches; a malformed or non-argon2id stored hash never matches."""
        if len(candidate) > MAX_PASSWORD_CHARS or not stored_hash.startswith("$argon2id$"):
            self.dummy_verify()
            return Verification(False)
        try:
            with self._slots:
                self._ph.verify(stored_hash, candidate)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return Verification(False)
        return Verification(True, self._ph.check_needs_rehash(stored_hash))

    def dummy_verify(self) -> None:
        """Spend what a real verification costs, for an account that does not exist."""
        with self._dummy_lock:
            if self._dummy is None:
                self._dummy = self.hash(secrets.token_urlsafe(16))
            dummy = self._dummy
        try:
            with self._slots:
                self._ph.verify(dummy, "not the password")
        except VerificationError:
            pass


def password_problem(password: str) -> str | None:
    """Why a new password is refused, or None."""
    if len(password) < MIN_PASSWORD_CHARS:
        return f"a password has at least {MIN_PASSWORD_CHARS} characters"
    if len(password) > MAX_PASSWORD_CHARS:
        return f"a password has at most {MAX_PASSWORD_CHARS} characters"
    return None

"""Passwords and PINs, hashed with argon2id (argon2-cffi) under explicit parameters.

``verify`` answers whether a password matches and whether the stored hash should be
recomputed with the current parameters; ``dummy_verify`` spends the same time for an unknown
account, so response times do not tell which e-mail addresses exist. A semaphore bounds how many
hashes run at once: each holds the configured memory (64 MiB by default).

Sign-in never reads a stored hash: the app role may not (kronos_server/dbroles.py). It reads the
hash's parameters and salt (``lookup_login``), computes the digest of the typed password with
them, and asks the database whether that digest is the stored one (``verify_login``).
"""

from __future__ import annotations

import base64
import secrets
import threading
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from argon2.low_level import hash_secret
from sqlalchemy import Connection, text

from kronos_server.auth.config import AuthConfig

if TYPE_CHECKING:
    from kronos_server.db import Database

HASH_LEN = 32
SALT_LEN = 16
MAX_PASSWORD_CHARS = 1024  # argon2 takes any length; refuse absurd inputs before hashing
MIN_PASSWORD_CHARS = 10


@dataclass(frozen=True)
class Verification:
    ok: bool
    needs_rehash: bool = False


@dataclass(frozen=True)
class StoredPassword:
    """What the app role sees of a stored hash: ``$argon2id$v=19$m=..,t=..,p=..$<salt>`` and the
    length of the digest it leaves out."""

    params: str
    digest_chars: int


def _b64decode(value: str) -> bytes:
    return base64.b64decode(value + "=" * (-len(value) % 4), validate=True)


def _parse(stored: StoredPassword) -> tuple[int, int, int, int, bytes, int] | None:
    """(version, memory KiB, time cost, parallelism, salt, digest bytes), or None if malformed."""
    parts = stored.params.split("$")
    try:
        _, kind, version, costs, salt = parts
        if kind != "argon2id" or not version.startswith("v="):
            return None
        cost = dict(item.split("=", 1) for item in costs.split(","))
        return (
            int(version[2:]),
            int(cost["m"]),
            int(cost["t"]),
            int(cost["p"]),
            _b64decode(salt),
            stored.digest_chars * 3 // 4,
        )
    except (ValueError, KeyError):
        return None


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

    def digest(self, stored: StoredPassword, candidate: str) -> str | None:
        """The digest of ``candidate`` under the stored parameters and salt (None: malformed)."""
        parsed = _parse(stored)
        if parsed is None or len(candidate) > MAX_PASSWORD_CHARS or not 16 <= parsed[5] <= 64:
            self.dummy_verify()
            return None
        version, memory_kib, time_cost, parallelism, salt, hash_len = parsed
        try:
            with self._slots:
                encoded = hash_secret(
                    candidate.encode(),
                    salt,
                    time_cost=time_cost,
                    memory_cost=memory_kib,
                    parallelism=parallelism,
                    hash_len=hash_len,
                    type=Type.ID,
                    version=version,
                )
        except Exception:  # argon2's own refusal of absurd parameters
            return None
        return encoded.decode().rsplit("$", 1)[1]

    def needs_rehash(self, stored: StoredPassword, digest: str) -> bool:
        return self._ph.check_needs_rehash(f"{stored.params}${digest}")

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


def lookup_login(conn: Connection, email: str) -> tuple[uuid.UUID, StoredPassword, bool] | None:
    """The login with this e-mail: its id, what may be seen of its password, whether disabled."""
    row = conn.execute(
        text("SELECT user_id, disabled, password_params, digest_chars FROM kronos_login_lookup(:email)"),
        {"email": email},
    ).first()
    if row is None:
        return None
    return row.user_id, StoredPassword(row.password_params or "", row.digest_chars or 0), row.disabled


def verify_login(
    hasher: Hasher, db: Database, user_id: uuid.UUID, stored: StoredPassword, candidate: str
) -> Verification:
    """Whether ``candidate`` is the login's password, decided by the database (the app role
    never holds the stored digest)."""
    digest = hasher.digest(stored, candidate)
    if digest is None:
        return Verification(False)
    with db.unscoped() as conn:
        matches = conn.execute(
            text("SELECT kronos_password_matches(:user_id, :digest)"), {"user_id": user_id, "digest": digest}
        ).scalar()
    if not matches:
        return Verification(False)
    return Verification(True, hasher.needs_rehash(stored, digest))

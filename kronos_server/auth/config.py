"""Tunables of sign-in that are not in the platform's ``Settings``: argon2id cost and login throttling.

Read from the environment (prefix ``KRONOS_AUTH_``) or built directly by tests. Production keeps
the defaults; the argon2id cost can only be lowered below the floor in development and tests
(``allow_weak_hashing``), so a test shortcut cannot reach a deployment by accident.
"""

from __future__ import annotations

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# RFC 9106 §4, second recommended option ("low memory"): argon2id, t=3, m=64 MiB, p=4.
ARGON2_TIME_COST = 3
ARGON2_MEMORY_KIB = 64 * 1024
ARGON2_PARALLELISM = 4
# OWASP's floor for argon2id (m=19 MiB, t=2); anything weaker is for tests only.
_FLOOR_MEMORY_KIB = 19 * 1024
_FLOOR_TIME_COST = 2


class AuthConfig(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="KRONOS_AUTH_", extra="ignore", frozen=True)

    argon2_time_cost: int = Field(default=ARGON2_TIME_COST, ge=1, le=20)
    argon2_memory_kib: int = Field(default=ARGON2_MEMORY_KIB, ge=8, le=4 * 1024 * 1024)
    argon2_parallelism: int = Field(default=ARGON2_PARALLELISM, ge=1, le=16)
    # Tests lower the cost; outside them this stays False and weak parameters are refused.
    allow_weak_hashing: bool = False
    # At most this many argon2 computations at once (each holds argon2_memory_kib of RAM).
    max_concurrent_hashes: int = Field(default=4, ge=1, le=64)

    # Failed logins per account ("user:<email>"): slowed after a few, locked after more.
    user_slow_after: int = Field(default=5, ge=1)
    user_lock_after: int = Field(default=10, ge=2)
    # Per address ("ip:<addr>"): a studio's desks may share one address, so the bar is higher.
    ip_slow_after: int = Field(default=20, ge=1)
    ip_lock_after: int = Field(default=60, ge=2)
    # The delay after the first slowed failure (doubling with each further one, up to slow_max_s).
    slow_base_s: float = Field(default=1.0, ge=0)
    slow_max_s: float = Field(default=30.0, ge=0)
    lock_s: int = Field(default=15 * 60, ge=1)
    # Failures older than this (and not locked) are forgotten.
    window_s: int = Field(default=15 * 60, ge=1)

    @model_validator(mode="after")
    def _check(self) -> AuthConfig:
        if not self.allow_weak_hashing and (
            self.argon2_memory_kib < _FLOOR_MEMORY_KIB or self.argon2_time_cost < _FLOOR_TIME_COST
        ):
            raise ValueError(
                "argon2id parameters below m=19 MiB, t=2 are for tests only (set KRONOS_AUTH_ALLOW_WEAK_HASHING)"
            )
        if self.argon2_memory_kib < 8 * self.argon2_parallelism:
            raise ValueError("argon2 memory must be at least 8 KiB per lane")
        if self.user_lock_after <= self.user_slow_after or self.ip_lock_after <= self.ip_slow_after:
            raise ValueError("the lock threshold must be above the slow-down threshold")
        return self


def cheap_config(**overrides: object) -> AuthConfig:
    """Cheap hashing and quick throttling, for tests (never used by the server itself)."""
    values: dict[str, object] = {
        "argon2_time_cost": 1,
        "argon2_memory_kib": 64,
        "argon2_parallelism": 1,
        "allow_weak_hashing": True,
        "slow_base_s": 0.0,
        "slow_max_s": 0.0,
    }
    values.update(overrides)
    return AuthConfig.model_validate(values)

"""argon2id hashing: explicit parameters, verification, rehash, unknown-user timing, test-only weakening."""

from __future__ import annotations

import os
import time

import pytest
from pydantic import ValidationError

from kronos_server.auth.config import AuthConfig, cheap_config
from kronos_server.auth.passwords import Hasher, password_problem
from kronos_server.auth.state import build_auth_state
from kronos_server.settings import Settings


def test_hash_is_argon2id_with_the_configured_parameters() -> None:
    hasher = Hasher(cheap_config(argon2_time_cost=2, argon2_memory_kib=256, argon2_parallelism=2))
    stored = hasher.hash("correct horse battery")
    assert stored.startswith("$argon2id$v=19$m=256,t=2,p=2$")
    assert hasher.verify(stored, "correct horse battery").ok
    assert not hasher.verify(stored, "correct horse batterY").ok


def test_each_hash_has_its_own_salt() -> None:
    hasher = Hasher(cheap_config())
    assert hasher.hash("same password") != hasher.hash("same password")


def test_needs_rehash_when_parameters_change() -> None:
    old = Hasher(cheap_config(argon2_memory_kib=64)).hash("a long password")
    result = Hasher(cheap_config(argon2_memory_kib=128)).verify(old, "a long password")
    assert result.ok
    assert result.needs_rehash
    assert not Hasher(cheap_config(argon2_memory_kib=64)).verify(old, "a long password").needs_rehash


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "plain text",
        "$argon2i$v=19$m=64,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA",  # argon2i: not accepted
        "$argon2id$v=19$m=64,t=1,p=1$garbage",
        "$2b$12$abcdefghijklmnopqrstuuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0",  # bcrypt
    ],
)
def test_malformed_or_foreign_hashes_never_match(stored: str) -> None:
    assert not Hasher(cheap_config()).verify(stored, "anything").ok


def test_overlong_candidate_is_refused_without_error() -> None:
    hasher = Hasher(cheap_config())
    stored = hasher.hash("short pass 123")
    assert not hasher.verify(stored, "x" * 100_000).ok


def test_dummy_verify_costs_about_what_a_real_one_costs() -> None:
    hasher = Hasher(cheap_config(argon2_memory_kib=16 * 1024, argon2_time_cost=2))
    stored = hasher.hash("a real password")
    hasher.dummy_verify()  # the first call also makes the dummy hash

    def timed(fn: object) -> float:
        samples = []
        for _ in range(7):
            start = time.perf_counter()
            fn()  # type: ignore[operator]
            samples.append(time.perf_counter() - start)
        return min(samples)  # the least disturbed by other work on the machine

    real = timed(lambda: hasher.verify(stored, "a wrong password"))
    dummy = timed(hasher.dummy_verify)
    assert 0.4 < dummy / real < 2.5


@pytest.fixture
def no_auth_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the cheap KRONOS_AUTH_* settings the other auth tests run under (conftest.py)."""
    for name in list(os.environ):
        if name.startswith("KRONOS_AUTH_"):
            monkeypatch.delenv(name)


@pytest.mark.usefixtures("no_auth_environment")
def test_production_defaults_follow_rfc9106_low_memory() -> None:
    config = AuthConfig()
    assert (config.argon2_time_cost, config.argon2_memory_kib, config.argon2_parallelism) == (3, 65536, 4)
    assert Hasher(config).hash("x" * 12).startswith("$argon2id$v=19$m=65536,t=3,p=4$")


@pytest.mark.usefixtures("no_auth_environment")
def test_weak_parameters_need_the_explicit_test_switch() -> None:
    with pytest.raises(ValidationError, match="tests only"):
        AuthConfig(argon2_memory_kib=64, argon2_time_cost=1)
    assert AuthConfig(argon2_memory_kib=64, argon2_time_cost=1, allow_weak_hashing=True).argon2_memory_kib == 64


@pytest.mark.usefixtures("no_auth_environment")
def test_weak_parameters_from_the_environment_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KRONOS_AUTH_ARGON2_MEMORY_KIB", "1024")
    with pytest.raises(ValidationError):
        AuthConfig()


def test_password_rules() -> None:
    assert password_problem("short") is not None
    assert password_problem("long enough pass") is None
    assert password_problem("x" * 2000) is not None


@pytest.mark.usefixtures("no_auth_environment")
def test_weak_hashing_is_refused_outside_development() -> None:
    production = Settings(
        env="production", secret_key="p" * 48, public_url="https://kronos.example", metrics_public=True
    )
    with pytest.raises(RuntimeError, match="refused outside development"):
        build_auth_state(production, cheap_config())
    assert build_auth_state(production, AuthConfig()).hasher is not None

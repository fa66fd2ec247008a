"""Settings: environment variables, .env, and the refusal of weak secrets outside development."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from kronos_server.settings import DEFAULT_SECRET_KEY, Settings

GOOD_SECRET = "k" * 48


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import os

    for name in list(os.environ):
        if name.startswith("KRONOS_") and not name.startswith("KRONOS_TEST_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)  # no stray .env


def test_development_runs_with_the_defaults() -> None:
    settings = Settings()
    assert settings.env == "development"
    assert settings.secret_key.get_secret_value() == DEFAULT_SECRET_KEY
    assert settings.admin_url == settings.database_url
    assert settings.access_token_ttl_s == 900
    assert settings.max_body_bytes == 1_048_576
    assert settings.jwt_audience == "kronos-desk"
    assert settings.public_url == "http://127.0.0.1:8000"


@pytest.mark.parametrize("secret", [None, DEFAULT_SECRET_KEY, "", "short-secret"])
def test_production_refuses_a_missing_default_or_short_secret(secret: str | None) -> None:
    kwargs: dict[str, object] = {"env": "production"}
    if secret is not None:
        kwargs["secret_key"] = secret
    with pytest.raises(ValidationError, match="KRONOS_SECRET_KEY"):
        Settings(**kwargs)  # type: ignore[arg-type]


def test_production_accepts_a_real_secret() -> None:
    settings = Settings(env="production", secret_key=GOOD_SECRET, metrics_token="m" * 24)  # type: ignore[arg-type]
    assert not settings.is_development
    assert GOOD_SECRET not in repr(settings)  # a SecretStr never prints


def test_environment_and_dotenv(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / ".env").write_text(
        "KRONOS_DATABASE_URL=postgresql://app@db.internal:5432/kronos\n"
        "KRONOS_PUBLIC_URL=https://kronos.example.com/\n"
        f"KRONOS_SECRET_KEY={GOOD_SECRET}\n"
        "KRONOS_METRICS_PUBLIC=true\n"
    )
    monkeypatch.setenv("KRONOS_ENV", "production")
    monkeypatch.setenv("KRONOS_ADMIN_DATABASE_URL", "postgres://owner@db.internal/kronos")
    settings = Settings()
    assert settings.env == "production"
    assert settings.database_url == "postgresql+psycopg://app@db.internal:5432/kronos"
    assert settings.admin_url == "postgresql+psycopg://owner@db.internal/kronos"
    assert settings.public_url == "https://kronos.example.com"
    assert settings.issuer == "https://kronos.example.com"


def test_bad_values_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KRONOS_ENV", "staging")
    with pytest.raises(ValidationError):
        Settings()
    monkeypatch.setenv("KRONOS_ENV", "development")
    monkeypatch.setenv("KRONOS_MAX_BODY_BYTES", "0")
    with pytest.raises(ValidationError):
        Settings()


def test_production_refuses_open_metrics_unless_told() -> None:
    with pytest.raises(ValidationError, match="KRONOS_METRICS_TOKEN"):
        Settings(env="production", secret_key=GOOD_SECRET)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="KRONOS_METRICS_TOKEN"):
        Settings(env="production", secret_key=GOOD_SECRET, metrics_token="")  # type: ignore[arg-type]
    assert Settings(env="production", secret_key=GOOD_SECRET, metrics_public=True).metrics_public  # type: ignore[arg-type]
    assert Settings().metrics_token is None  # development: open, as before

"""The server's configuration: environment variables (prefix ``KRONOS_``) or a ``.env`` file.

Outside development the server refuses to start with a missing, default or short secret key:
tokens signed with a key from a public repository would let anyone in. It also refuses an open
``/metrics`` (no ``KRONOS_METRICS_TOKEN``) unless ``KRONOS_METRICS_PUBLIC=true`` says so.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy import URL, make_url

DEFAULT_SECRET_KEY = "development-only-insecure-secret-key-change-me"
MIN_SECRET_KEY_LENGTH = 32
DEFAULT_DATABASE_URL = "postgresql+psycopg://kronos_app@127.0.0.1:5432/kronos"


class Settings(BaseSettings):
    """Every knob of the central server. Construct directly in tests; ``get_settings()`` otherwise."""

    model_config = SettingsConfigDict(
        env_prefix="KRONOS_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        frozen=True,
    )

    # The ordinary role the server runs as (neither owner, superuser nor BYPASSRLS).
    database_url: str = DEFAULT_DATABASE_URL
    # The owner role, for migrations and setup-role; defaults to database_url.
    admin_database_url: str | None = None
    # The role the migrations grant to (and setup-role creates).
    app_role: str = Field(default="kronos_app", pattern=r"^[a-z_][a-z0-9_]{0,62}$")
    secret_key: SecretStr = SecretStr(DEFAULT_SECRET_KEY)
    public_url: str = "http://127.0.0.1:8000"
    env: Literal["development", "production"] = "development"

    access_token_ttl_s: int = Field(default=900, gt=0)
    refresh_token_ttl_days: int = Field(default=90, gt=0)
    auth_code_ttl_s: int = Field(default=120, gt=0)
    max_body_bytes: int = Field(default=1_048_576, gt=0)
    jwt_audience: str = "kronos-desk"

    db_pool_size: int = Field(default=5, ge=1)
    db_max_overflow: int = Field(default=10, ge=0)
    db_connect_timeout_s: int = Field(default=5, ge=1)
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    # When set, /metrics answers only requests bearing this token (Prometheus `authorization`).
    metrics_token: SecretStr | None = None
    # Production refuses an open /metrics (no token) unless this says it is meant (e.g. the
    # proxy does not route /metrics, or only a private network reaches the server).
    metrics_public: bool = False

    # HTTP limits the server applies itself (kronos-server serve); the proxy should apply its own
    # too (deploy/README.md). Headers must arrive whole within header_timeout_s of the request's
    # first byte; a request body must not pause longer than body_timeout_s; headers larger than
    # max_header_bytes are answered 431; an idle kept-alive connection closes after
    # keep_alive_timeout_s.
    header_timeout_s: float = Field(default=10.0, gt=0)
    body_timeout_s: float = Field(default=30.0, gt=0)
    max_header_bytes: int = Field(default=16_384, ge=1024)
    keep_alive_timeout_s: int = Field(default=5, ge=1)

    @field_validator("database_url")
    @classmethod
    def _app_url(cls, value: str) -> str:
        if not value:
            raise ValueError("KRONOS_DATABASE_URL is empty")
        return normalize_database_url(value)

    @field_validator("admin_database_url")
    @classmethod
    def _admin_url(cls, value: str | None) -> str | None:
        return normalize_database_url(value) if value else None

    @field_validator("public_url")
    @classmethod
    def _no_trailing_slash(cls, value: str) -> str:
        return value.rstrip("/")

    @model_validator(mode="after")
    def _refuse_weak_secret_outside_development(self) -> Settings:
        if self.env != "development":
            secret = self.secret_key.get_secret_value()
            if not secret or secret == DEFAULT_SECRET_KEY:
                raise ValueError(
                    f"KRONOS_SECRET_KEY is missing or the development default; KRONOS_ENV={self.env} "
                    "needs a secret of its own (e.g. `python -c 'import secrets; print(secrets.token_urlsafe(48))'`)"
                )
            if len(secret) < MIN_SECRET_KEY_LENGTH:
                raise ValueError(
                    f"KRONOS_SECRET_KEY is too short ({len(secret)} characters); KRONOS_ENV={self.env} "
                    f"needs at least {MIN_SECRET_KEY_LENGTH}"
                )
            if (self.metrics_token is None or not self.metrics_token.get_secret_value()) and not self.metrics_public:
                raise ValueError(
                    f"/metrics would be open to anyone; KRONOS_ENV={self.env} needs KRONOS_METRICS_TOKEN "
                    "(Prometheus sends it as a bearer token), or KRONOS_METRICS_PUBLIC=true if /metrics is "
                    "meant to be open (the proxy does not route it, or only a private network reaches it)"
                )
        return self

    @property
    def is_development(self) -> bool:
        return self.env == "development"

    @property
    def admin_url(self) -> str:
        """The owner role's URL (migrations, setup-role); the app's URL when none is given."""
        return self.admin_database_url or self.database_url

    @property
    def issuer(self) -> str:
        """The OAuth issuer / JWT ``iss``: the public URL."""
        return self.public_url


def normalize_database_url(value: str) -> str:
    """``postgresql://`` and ``postgres://`` URLs are served by psycopg 3."""
    url: URL = make_url(value)
    if url.drivername in ("postgresql", "postgres", "postgresql+psycopg2"):
        url = url.set(drivername="postgresql+psycopg")
    return url.render_as_string(hide_password=False)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process's settings, read once from the environment and ``.env``."""
    return Settings()

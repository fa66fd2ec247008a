"""Alembic for the central PostgreSQL (``migrations/central``): upgrade, head, current revision.

Migrations run as the owner role (``Settings.admin_url``); afterwards, when the app role
exists, it is granted what it needs on every table (:mod:`kronos_server.dbroles`).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations" / "central"


def alembic_config(url: str, *, app_role: str = "kronos_app") -> Config:
    """An Alembic configuration without an ini file (the CLI builds it)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # ConfigParser interpolation: a '%' in a password must be doubled.
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    config.attributes["app_role"] = app_role
    return config


def upgrade(url: str, revision: str = "head", *, app_role: str = "kronos_app") -> None:
    command.upgrade(alembic_config(url, app_role=app_role), revision)


def downgrade(url: str, revision: str, *, app_role: str = "kronos_app") -> None:
    command.downgrade(alembic_config(url, app_role=app_role), revision)


@lru_cache(maxsize=1)
def head_revision() -> str:
    """The single head of migrations/central."""
    script = ScriptDirectory(str(MIGRATIONS_DIR))
    heads = script.get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migrations/central must have exactly one head, found {heads}")
    return heads[0]


def current_revision(conn: Connection) -> str | None:
    """The database's revision, or None when it was never migrated."""
    exists = conn.execute(text("SELECT to_regclass('public.alembic_version') IS NOT NULL")).scalar_one()
    if not exists:
        return None
    value = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return str(value) if value is not None else None

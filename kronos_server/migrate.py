"""Alembic for the central PostgreSQL (``migrations/central``): upgrade, head, current revision.

Migrations run as the owner role (``Settings.admin_url``); afterwards, when the app role
exists, it is granted what it needs on every table (:mod:`kronos_server.dbroles`).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, MetaData, text

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations" / "central"

# Objects only the migrations know (exclusion constraints, the (studio_id, version) indexes):
# autogenerate must not propose dropping them because no metadata declares them.
MIGRATION_ONLY_SUFFIXES = ("_studio_version",)
MIGRATION_ONLY_PREFIXES = ("ex_",)


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Alembic's autogenerate filter for migrations/central."""
    migration_only = name is not None and (
        name.endswith(MIGRATION_ONLY_SUFFIXES) or name.startswith(MIGRATION_ONLY_PREFIXES)
    )
    return not (reflected and compare_to is None and migration_only)


def target_metadata() -> list[MetaData]:
    """What the central database holds: the shared schema and the server's own tables."""
    import kronos_core.schema as core_schema
    import kronos_server.tables as server_tables

    return [core_schema.metadata, server_tables.server_metadata]


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

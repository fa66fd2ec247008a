"""Alembic environment of the central PostgreSQL.

Run by ``kronos-server migrate`` (kronos_server.migrate), which passes the owner role's URL and
the app role's name (``config.attributes["app_role"]``; with the alembic CLI: ``-x app_role=...``
or ``KRONOS_APP_ROLE``; default ``kronos_app``). After the migrations, in the same transaction,
the app role (when it exists) is granted what it needs on every table (kronos_server.dbroles).

Autogenerate compares with the shared schema (kronos_core.schema) and the server's tables
(kronos_server.tables). Objects that exist only in migrations (exclusion constraints, the
``(studio_id, version)`` indexes, policies) are left alone by the comparison.
"""

from __future__ import annotations

import logging
import os

from alembic import context
from sqlalchemy import create_engine, pool

from kronos_server.dbroles import check_role_name, grant_app_role, role_exists
from kronos_server.migrate import include_object, target_metadata
from kronos_server.settings import get_settings

log = logging.getLogger("alembic.env.kronos")
config = context.config


def _url() -> str:
    url = config.get_main_option("sqlalchemy.url")
    return url or get_settings().admin_url


def _app_role() -> str:
    x_args = context.get_x_argument(as_dictionary=True)
    role = (
        x_args.get("app_role") or config.attributes.get("app_role") or os.environ.get("KRONOS_APP_ROLE") or "kronos_app"
    )
    return check_role_name(str(role))


def run_migrations_offline() -> None:
    context.configure(url=_url(), target_metadata=target_metadata(), literal_binds=True, include_object=include_object)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    engine = create_engine(_url(), poolclass=pool.NullPool)
    role = _app_role()
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata(),
            include_object=include_object,
            compare_type=True,
            transaction_per_migration=False,
        )
        with context.begin_transaction():
            context.run_migrations()
            if role_exists(connection, role):
                grant_app_role(connection, role)
            else:
                log.warning("role %s does not exist yet: run `kronos-server setup-role --role %s`", role, role)
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()

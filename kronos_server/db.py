"""PostgreSQL access: one engine, and transactions that know which studio they serve.

Every query that touches studio data runs inside :meth:`Database.tenant`: one READ COMMITTED
transaction whose first statement sets ``kronos.studio_id`` for that transaction only
(``set_config(..., true)``; psycopg cannot bind a parameter in ``SET LOCAL``). Row-level
security (migrations/central) compares every row's ``studio_id`` with that setting, so a query
that forgets its own ``WHERE studio_id = ...`` still sees one studio at most, and a connection
with no studio set sees no studio rows at all. :meth:`Database.unscoped` is for the few tables
that belong to no studio (``app_user``, ``login_throttle``) and the SECURITY DEFINER lookups
that find a studio before one is known.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, text

from kronos_server.settings import Settings

_SET_STUDIO = text("select set_config('kronos.studio_id', :sid, true)")


class Database:
    """A SQLAlchemy engine on psycopg 3 (``pool_pre_ping``) and the server's transactions."""

    def __init__(
        self,
        url: str | URL,
        *,
        pool_size: int = 5,
        max_overflow: int = 10,
        connect_timeout_s: int = 5,
        application_name: str = "kronos-server",
        **engine_kwargs: Any,
    ) -> None:
        self.engine: Engine = create_engine(
            url,
            pool_pre_ping=True,
            pool_size=pool_size,
            max_overflow=max_overflow,
            isolation_level="READ COMMITTED",
            connect_args={"connect_timeout": connect_timeout_s, "application_name": application_name},
            **engine_kwargs,
        )

    @classmethod
    def from_settings(cls, settings: Settings, *, admin: bool = False) -> Database:
        """The app role's database (or, with ``admin``, the owner role's, for the CLI)."""
        return cls(
            settings.admin_url if admin else settings.database_url,
            pool_size=settings.db_pool_size,
            max_overflow=settings.db_max_overflow,
            connect_timeout_s=settings.db_connect_timeout_s,
        )

    @contextmanager
    def tenant(self, studio_id: uuid.UUID) -> Iterator[Connection]:
        """One transaction scoped to ``studio_id``; commits when the block ends, rolls back on error."""
        if not isinstance(studio_id, uuid.UUID):
            raise TypeError(f"studio_id must be a UUID, got {type(studio_id).__name__}")
        with self.engine.connect() as conn, conn.begin():
            conn.execute(_SET_STUDIO, {"sid": str(studio_id)})
            yield conn

    @contextmanager
    def unscoped(self) -> Iterator[Connection]:
        """One transaction with no studio set: only global tables and definer lookups answer."""
        with self.engine.connect() as conn, conn.begin():
            # A pooled connection forgets its transaction-local setting at the end of each
            # transaction anyway; setting '' explicitly makes "no studio" the first statement too.
            conn.execute(_SET_STUDIO, {"sid": ""})
            yield conn

    def ping(self) -> None:
        """Raise if the database does not answer."""
        with self.engine.connect() as conn:
            conn.execute(text("select 1"))

    def dispose(self) -> None:
        self.engine.dispose()


def current_studio(conn: Connection) -> uuid.UUID | None:
    """The studio the connection's transaction is scoped to, if any."""
    value = conn.execute(text("select nullif(current_setting('kronos.studio_id', true), '')")).scalar()
    return uuid.UUID(value) if value else None

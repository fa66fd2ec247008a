"""Alembic environment of the desk's SQLite file.

Run by kronos_desktop.store.migrate, which hands over a connection already inside a
transaction with foreign keys off (set before BEGIN) and checks foreign keys before commit.
Every migration here is a batch (table-rebuild) migration where SQLite needs one.
"""

from __future__ import annotations

from alembic import context

import kronos_desktop.store.local_schema as local_schema

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("local migrations are run by kronos_desktop.store.migrate, not by the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=list(local_schema.DESK_METADATA),
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()

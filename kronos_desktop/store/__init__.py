"""The desk's local store: SQLite (WAL) with the studio's rows, the outbox and sync state."""

from kronos_desktop.store.errors import (
    DamagedDatabase,
    DatabaseTooNew,
    DataFolderNotWritable,
    MigrationFailed,
    NotADatabase,
    StoreError,
)
from kronos_desktop.store.store import Applied, DeskIdentity, LocalStore

__all__ = [
    "Applied",
    "DamagedDatabase",
    "DataFolderNotWritable",
    "DatabaseTooNew",
    "DeskIdentity",
    "LocalStore",
    "MigrationFailed",
    "NotADatabase",
    "StoreError",
]

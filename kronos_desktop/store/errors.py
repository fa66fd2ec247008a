"""Errors of the local store, each with a message a person can act on."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """The desk's data could not be opened or written. ``message`` is for people."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path


class DataFolderNotWritable(StoreError):
    pass


class NotADatabase(StoreError):
    pass


class ForeignDatabase(NotADatabase):
    """An SQLite file, but another program's (or one another program has written into)."""


class DamagedDatabase(StoreError):
    pass


class DatabaseTooNew(StoreError):
    pass


class MigrationFailed(StoreError):
    pass

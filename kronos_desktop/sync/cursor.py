"""Where a replica's copy of the server's history stands (:class:`Cursor`), apart from the wire's
pydantic messages: the desk's sync state reads it at start, before any sync."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from kronos_core.cursors import parse_cursor


@dataclass(frozen=True, order=True)
class Cursor:
    """``epoch:version``: where a replica's copy of the server's history stands."""

    epoch: uuid.UUID
    version: int

    @classmethod
    def parse(cls, text: str) -> Cursor:
        epoch, version = parse_cursor(text)
        return cls(epoch, version)

    def __str__(self) -> str:
        return f"{self.epoch}:{self.version}"

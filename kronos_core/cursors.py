"""A replica's place in the server's history as the wire spells it: ``epoch:version``. Light to
import (the desk's sync state reads it at start; the wire's pydantic messages load with a sync)."""

from __future__ import annotations

import uuid


def format_cursor(epoch: uuid.UUID, version: int) -> str:
    return f"{epoch}:{version}"


def parse_cursor(cursor: str) -> tuple[uuid.UUID, int]:
    """``epoch:version``; raises ValueError on anything else."""
    epoch, sep, version = cursor.rpartition(":")
    if not sep or not version.isascii() or not version.isdigit() or len(version) > 19:
        raise ValueError(f"malformed cursor {cursor!r}")
    return uuid.UUID(epoch), int(version)

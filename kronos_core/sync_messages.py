"""The sync protocol's messages (v1), as pydantic models. Field names are fixed by DESIGN.md
so that any client can speak the protocol."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, Literal
from uuid import UUID  # a field named `uuid` shadows the module inside some models

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PushMutation(_Message):
    id: int = Field(ge=1, description="the replica's sequence number")
    uuid: uuid.UUID
    name: str = Field(max_length=64)
    args: dict[str, Any]


class PushRequest(_Message):
    device_id: uuid.UUID
    schema_version: int
    mutations: list[PushMutation] = Field(max_length=500)


class PushResult(_Message):
    id: int
    uuid: uuid.UUID
    status: Literal["applied", "conflict", "rejected"]
    version: int
    conflict_id: UUID | None = None


class PushResponse(_Message):
    last_mutation_id: int
    results: list[PushResult]


class Change(_Message):
    table: str
    id: uuid.UUID
    version: int
    deleted: bool
    row: dict[str, Any]


class PullResponse(_Message):
    cursor: str
    has_more: bool
    last_mutation_id: int
    last_mutation_uuid: uuid.UUID | None
    server_time: dt.datetime
    reset: bool = False
    changes: list[Change]


def format_cursor(epoch: uuid.UUID, version: int) -> str:
    return f"{epoch}:{version}"


def parse_cursor(cursor: str) -> tuple[uuid.UUID, int]:
    """``epoch:version``; raises ValueError on anything else."""
    epoch, sep, version = cursor.rpartition(":")
    if not sep:
        raise ValueError(f"malformed cursor {cursor!r}")
    value = int(version)
    if value < 0:
        raise ValueError(f"malformed cursor {cursor!r}")
    return uuid.UUID(epoch), value

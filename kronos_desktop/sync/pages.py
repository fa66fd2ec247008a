"""A pull's pages: as fetched (:class:`FetchedPage`), kept aside in the desk's file until the
pull ends (:func:`keep_aside`, :func:`stored_pages`), and what applying them did
(:class:`PullResult`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, func, select

from kronos_desktop.store.local_schema import pull_page
from kronos_desktop.sync.bulk import Prepared, prepare
from kronos_desktop.sync.wire import PullAnswer

Changed = dict[str, set[uuid.UUID]]


def note(changed: Changed, table: str, row_id: uuid.UUID) -> None:
    changed.setdefault(table, set()).add(row_id)


def merge(into: Changed, more: Changed) -> None:
    for table, ids in more.items():
        into.setdefault(table, set()).update(ids)


class PullApplied(enum.Enum):
    APPLIED = "applied"
    RENUMBERED = "renumbered"  # another file answers to this device id: new id, acks not applied
    STALE = "stale"  # pages that do not continue from the cursor: dropped
    NOTHING = "nothing"
    KEPT_ASIDE = "kept_aside"  # mutations are pending: the pages wait for the end of the pull


@dataclass
class PullResult:
    outcome: PullApplied
    changed: Changed = field(default_factory=dict)
    acked: int = 0
    reapplied: int = 0
    predicted: int = 0
    rows: int = 0


@dataclass(frozen=True)
class StoredPages:
    """A pull in progress, kept aside: how far it got."""

    count: int
    rows: int
    next_cursor: str | None  # where to continue (None: start from the replica's cursor)
    complete: bool  # the last page kept has has_more false: ready to apply


@dataclass(frozen=True)
class FetchedPage:
    """A page of a pull as it came: the cursor it was asked from, its body as decoded, its
    envelope read (its changes stay plain dicts in the body: a first download holds 100,000s,
    and :mod:`kronos_desktop.sync.bulk` checks each as it writes it) and when it arrived."""

    cursor_from: str | None
    body: dict[str, Any]
    answer: PullAnswer  # the envelope (no changes)
    received_at: dt.datetime
    prepared: Prepared | None = None  # its changes checked and converted ahead (bulk.prepare)

    @classmethod
    def of(cls, cursor_from: str | None, body: dict[str, Any], received_at: dt.datetime) -> FetchedPage:
        changes = body.get("changes", [])
        if not isinstance(changes, list):
            raise ValueError("a pulled page's changes are not a list")
        answer = PullAnswer.model_validate({k: v for k, v in body.items() if k != "changes"})
        return cls(cursor_from, body, answer, received_at)

    @property
    def changes(self) -> list[dict[str, Any]]:
        changes: list[dict[str, Any]] = self.body.get("changes", [])
        return changes

    def prepare(self, studio_id: uuid.UUID) -> FetchedPage:
        """This page with its changes checked and converted for the desk of ``studio_id``."""
        return dataclasses.replace(self, prepared=prepare(self.changes, str(studio_id)))


def keep_aside(conn: Connection, page: FetchedPage) -> int:
    """Keep a page aside, after the ones kept so far; its number."""
    n = int(conn.execute(select(func.coalesce(func.max(pull_page.c.n), 0))).scalar_one()) + 1
    conn.execute(
        pull_page.insert().values(n=n, cursor_from=page.cursor_from, body=page.body, fetched_at=page.received_at)
    )
    return n


def stored_pages(conn: Connection) -> StoredPages:
    """How far a pull kept aside got (read by SQLite's JSON functions: the pages can hold a
    whole studio, and only their counts and the last envelope are needed)."""
    body = pull_page.c.body
    count, rows = conn.execute(
        select(func.count(), func.coalesce(func.sum(func.json_array_length(body, "$.changes")), 0))
    ).one()
    if not count:
        return StoredPages(0, 0, None, False)
    cursor, has_more = conn.execute(
        select(func.json_extract(body, "$.cursor"), func.json_extract(body, "$.has_more"))
        .order_by(pull_page.c.n.desc())
        .limit(1)
    ).one()
    return StoredPages(count=int(count), rows=int(rows), next_cursor=str(cursor), complete=not has_more)

"""The double-booking check of a push's bookings, answered from one read.

Every booking runs the clash check (kronos_core.mutations.appointments.find_clashes), and on the
server each one was a round trip that also had to wait for the batch's inserts before it (they
go to PostgreSQL late, together: kronos_server/sync/driver.py). On the push's fast path the
batch reads, once, every active booking of its bookings' artists and stations over the span
their bookings can clash in (:meth:`ClashIndex.read`), keeps that set true as the batch's own
mutations write appointments (:meth:`ClashIndex.written`), and answers each clash check whose
artist, station and span it covers from it; any other check goes to the database as before.

It holds because nothing else writes the studio's appointments meanwhile: every transaction that
writes synced rows takes the studio's clock lock first (the push did, before reading), and every
write of a mutation goes through its ApplyContext (kronos_core.mutations.base). It is used only
on the fast path, where nothing is rolled back (any failure runs the batch again, with
savepoints and without it); the exclusion constraint stays the backstop. tests/server/sync/
test_clash_index.py holds its answers to the database's.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import AwareDatetime, BaseModel, ValidationError
from sqlalchemy import Connection, bindparam, select

from kronos_core.mutations.appointments import MAX_LENGTH, _clash_query
from kronos_core.schema import ACTIVE_APPOINTMENT_STATUSES, appointment
from kronos_core.sync_messages import PushMutation

_FIELDS = ("id", "artist_id", "station_id", "starts_at", "ends_at", "status", "deleted", "in_conflict")
CLASH_QUERIES = frozenset({_clash_query(True), _clash_query(False)})


class _Placed(BaseModel, extra="ignore"):
    """What the index needs of a pushed ``appointment.book`` (anything else: not read ahead)."""

    artist_id: uuid.UUID
    station_id: uuid.UUID | None = None
    starts_at: AwareDatetime
    ends_at: AwareDatetime


_READ = select(*(appointment.c[name] for name in _FIELDS)).where(
    appointment.c.studio_id == bindparam("studio_id"),
    appointment.c.deleted.is_(False),
    appointment.c.in_conflict.is_(False),
    appointment.c.status.in_(ACTIVE_APPOINTMENT_STATUSES),
    appointment.c.starts_at > bindparam("low"),
    appointment.c.starts_at < bindparam("high"),
    appointment.c.artist_id.in_(bindparam("artists", expanding=True))
    | appointment.c.station_id.in_(bindparam("stations", expanding=True)),
)


@dataclass
class ClashIndex:
    """The active bookings of some artists and stations whose start falls in ``(low, high)``."""

    low: dt.datetime
    high: dt.datetime
    artists: frozenset[uuid.UUID]
    stations: frozenset[uuid.UUID]
    rows: dict[uuid.UUID, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def read(cls, conn: Connection, studio_id: uuid.UUID, mutations: Sequence[PushMutation]) -> ClashIndex | None:
        """One read covering the batch's bookings (None: the batch books nothing)."""
        placed: list[_Placed] = []
        for m in mutations:
            if m.name == "appointment.book" and isinstance(m.args, dict):
                try:
                    placed.append(_Placed.model_validate(m.args))
                except ValidationError:
                    continue  # refused by the mutation itself
        if not placed:
            return None
        index = cls(
            low=min(p.starts_at for p in placed) - MAX_LENGTH,
            high=max(p.ends_at for p in placed),
            artists=frozenset(p.artist_id for p in placed),
            stations=frozenset(p.station_id for p in placed if p.station_id is not None),
        )
        params = {
            "studio_id": studio_id,
            "low": index.low,
            "high": index.high,
            "artists": sorted(index.artists),
            "stations": sorted(index.stations),
        }
        for row in conn.execute(_READ, params).mappings():
            index.rows[row["id"]] = dict(row)
        return index

    def written(self, row: Mapping[str, Any]) -> None:
        """An appointment the batch inserted or updated, as it now is."""
        self.rows[row["id"]] = {name: row[name] for name in _FIELDS}

    def answer(self, params: Mapping[str, Any]) -> list[dict[str, Any]] | None:
        """The clash check's rows (as the query gives them), or None when this read does not
        cover its artist, station and span."""
        artist, station = params["artist_id"], params.get("station_id")
        earliest, starts_at, ends_at = params["earliest"], params["starts_at"], params["ends_at"]
        if artist not in self.artists or (station is not None and station not in self.stations):
            return None
        if earliest < self.low or ends_at > self.high:
            return None
        found = [
            row
            for row in self.rows.values()
            if row["id"] != params["exclude_id"]
            and not row["deleted"]
            and not row["in_conflict"]
            and row["status"] in ACTIVE_APPOINTMENT_STATUSES
            and row["starts_at"] < ends_at
            and row["ends_at"] > starts_at
            and row["starts_at"] > earliest
            and (row["artist_id"] == artist or (station is not None and row["station_id"] == station))
        ]
        found.sort(key=lambda row: (row["starts_at"], row["id"]))
        return [{k: row[k] for k in ("id", "artist_id", "station_id", "starts_at", "ends_at")} for row in found]

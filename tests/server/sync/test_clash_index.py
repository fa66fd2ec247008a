"""The push's fast path answers its bookings' clash checks from one read (ClashIndex) and sends
its inserts late: a batch must end exactly as the slow path (one savepoint and one database clash
check per mutation) ends it — the same bookings flagged ``in_conflict``, the same double-booking
conflicts naming the same rows, the same results — whatever mix of bookings, moves and
cancellations, of artists and stations, and of bookings already in the studio."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from kronos_core.ids import uuid7
from kronos_core.instants import utcnow
from kronos_core.roles import Role
from kronos_core.schema import appointment, sync_conflict
from kronos_core.sync_messages import SCHEMA_VERSION, PushMutation, PushRequest
from kronos_server.auth.deps import Principal
from kronos_server.db import Database
from kronos_server.sync.push import push
from tests.server.conftest import MadeStudio
from tests.server.sync.conftest import Desk, MakeDesk

pytestmark = pytest.mark.postgres

DAY = dt.datetime(2026, 8, 3, 12, 0, tzinfo=dt.UTC)

# One step of a batch: (what, booking index, artist index, station index or None, start slot, length in slots)
Step = tuple[str, int, int, int | None, int, int]
steps = st.lists(
    st.tuples(
        st.sampled_from(["book", "book", "book", "reschedule", "cancel"]),
        st.integers(0, 7),
        st.integers(0, 1),
        st.one_of(st.none(), st.integers(0, 1)),
        st.integers(0, 20),  # half-hour slots from DAY
        st.integers(1, 6),
    ),
    min_size=1,
    max_size=20,
)


class Studio:
    """A studio with two artists, two stations, a client and a few bookings already stored."""

    def __init__(self, app_db: Database, made: MadeStudio, artists: list[uuid.UUID], desk: Desk) -> None:
        self.db, self.made, self.artists = app_db, made, artists
        self.stations = [uuid7(), uuid7()]
        self.client = uuid7()
        self.principal = Principal(
            studio_id=made.studio_id, desk_id=desk.desk_id, staff_id=desk.staff_id, user_id=None, role=Role.OWNER
        )

    def span(self, slot: int, length: int) -> tuple[str, str]:
        start = DAY + dt.timedelta(minutes=30 * slot)
        return start.isoformat(), (start + dt.timedelta(minutes=30 * length)).isoformat()


def _mutations(studio: Studio, plan: list[Step], ids: list[uuid.UUID], first_seq: int = 1) -> list[PushMutation]:
    made: list[PushMutation] = []

    def add(name: str, args: dict[str, Any]) -> None:
        made.append(PushMutation(id=first_seq + len(made), uuid=uuid7(), name=name, args=args))

    booked: set[int] = set()
    cancelled: set[int] = set()
    for what, which, artist, station, slot, length in plan:
        starts_at, ends_at = studio.span(slot, length)
        if what == "book" and which not in booked:
            booked.add(which)
            args = {
                "appointment_id": str(ids[which]),
                "client_id": str(studio.client),
                "artist_id": str(studio.artists[artist]),
                "starts_at": starts_at,
                "ends_at": ends_at,
            }
            if station is not None:
                args["station_id"] = str(studio.stations[station])
            add("appointment.book", args)
        elif what == "reschedule" and which in booked - cancelled:
            add(
                "appointment.reschedule",
                {
                    "appointment_id": str(ids[which]),
                    "starts_at": starts_at,
                    "ends_at": ends_at,
                    "artist_id": str(studio.artists[artist]),
                },
            )
        elif what == "cancel" and which in booked - cancelled:
            cancelled.add(which)
            add("appointment.cancel", {"appointment_id": str(ids[which]), "cancelled_at": DAY.isoformat()})
    return made


def _outcome(studio: Studio, request: PushRequest, *, savepoints: bool) -> tuple[Any, ...]:
    """Push ``request`` and read what it left, then roll it all back."""
    with studio.db.engine.connect() as conn:
        tx = conn.begin()
        try:
            conn.exec_driver_sql("select set_config('kronos.studio_id', %s, true)", (str(studio.made.studio_id),))
            pushed = push(conn, studio.principal, request, now=utcnow(), savepoints=savepoints)
            flags = {
                r.id: (r.in_conflict, r.status, r.starts_at, r.ends_at)
                for r in conn.execute(select(appointment).where(appointment.c.studio_id == studio.made.studio_id))
            }
            conflicts = sorted(
                (r.kind, tuple(sorted(r.row_ids)))
                for r in conn.execute(select(sync_conflict).where(sync_conflict.c.studio_id == studio.made.studio_id))
            )
            results = [(r.id, r.status, r.conflict_id is not None) for r in pushed.response.results]
        finally:
            tx.rollback()
    return flags, conflicts, results


@pytest.fixture
def studio(
    app_db: Database, make_studio: Callable[..., MadeStudio], make_member: Callable[..., Any], make_desk: MakeDesk
) -> Studio:
    """The studio, its client and stations, and three bookings stored before any batch (one of
    each artist, one on a station)."""
    made = make_studio()
    other = make_member(made.studio_id, Role.ARTIST)
    studio = Studio(app_db, made, [made.owner_staff_id, other.staff_id], make_desk(made))
    setup = [("client.create", {"client_id": str(studio.client), "full_name": "Ana Souza"})]
    setup += [("station.add", {"station_id": str(s), "name": f"Maca {i}"}) for i, s in enumerate(studio.stations)]
    mutations = [PushMutation(id=i + 1, uuid=uuid7(), name=n, args=a) for i, (n, a) in enumerate(setup)]
    mutations += _mutations(studio, [("book", 0, 0, None, 2, 4), ("book", 1, 1, 0, 8, 3), ("book", 2, 0, 1, 14, 2)],
                            [uuid7() for _ in range(3)], first_seq=len(mutations) + 1)  # fmt: skip
    request = PushRequest(device_id=uuid7(), schema_version=SCHEMA_VERSION, mutations=mutations)
    with app_db.tenant(made.studio_id) as conn:
        results = push(conn, studio.principal, request, now=utcnow(), savepoints=True).response.results
    assert {r.status for r in results} == {"applied"}
    return studio


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(plan=steps)
def test_a_batch_ends_as_the_slow_path_ends_it(studio: Studio, plan: list[Step]) -> None:
    ids = [uuid7() for _ in range(8)]
    request = PushRequest(device_id=uuid7(), schema_version=SCHEMA_VERSION, mutations=_mutations(studio, plan, ids))
    fast = _outcome(studio, request, savepoints=False)
    slow = _outcome(studio, request, savepoints=True)
    assert fast == slow

"""Fill the large demo desk's measured days to the issue's density: about 60 bookings a day.

The demo generator fits about 30 bookings an open day to 6 artists on 3 stations; issue 12 asks
for a day of about 60 and a week of about 400. :func:`densify` books 30-minute consultations into
each artist's free half hours of each given day (through ``appointment.book`` on the desk's own
store, so the rows are what the desk writes, clash check included) until the day holds
``target`` bookings, and returns how many it added.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select

SLOT = dt.timedelta(minutes=30)


def densify(folder: Path, days: Sequence[dt.date], target: int = 60) -> int:
    from kronos_core.ids import uuid7
    from kronos_core.mutations import MutationError
    from kronos_core.schema import appointment, client, staff
    from kronos_desktop.store import LocalStore
    from kronos_desktop.store.queries import desk as desk_q

    store = LocalStore.open(folder)
    added = 0
    try:
        with store.read_engine.connect() as conn:
            here = desk_q.here(conn)
            assert here.studio_id is not None
            zone = ZoneInfo(str(here.zone))
            st, cl = staff.c, client.c
            working = select(st.id).where(st.role == "artist", st.active.is_(True), st.deleted.is_(False))
            artists = [r.id for r in conn.execute(working)]
            bookable = select(cl.id).where(cl.blocked.is_(False), cl.merged_into.is_(None), cl.deleted.is_(False))
            clients = [r.id for r in conn.execute(bookable.limit(2000))]
        picked = 0
        for day in days:
            begin = dt.datetime.combine(day, dt.time(0), zone).astimezone(dt.UTC)
            end = begin + dt.timedelta(days=1)
            with store.read_engine.connect() as conn:
                count = conn.execute(
                    select(appointment.c.id).where(
                        appointment.c.starts_at >= begin,
                        appointment.c.starts_at < end,
                        appointment.c.deleted.is_(False),
                        appointment.c.kind != "block",
                    )
                ).all()
            have = len(count)
            minute = 9 * 60
            while have < target and minute < 20 * 60:
                for artist_id in artists:
                    if have >= target:
                        break
                    starts = dt.datetime.combine(day, dt.time(minute // 60, minute % 60), zone).astimezone(dt.UTC)
                    args = {
                        "appointment_id": uuid7(),
                        "client_id": clients[picked % len(clients)],
                        "artist_id": artist_id,
                        "starts_at": starts,
                        "ends_at": starts + SLOT,
                        "kind": "consultation",
                    }
                    picked += 1
                    try:
                        store.apply("appointment.book", args)
                    except MutationError:
                        continue  # the artist is busy then
                    have += 1
                    added += 1
                minute += 30
    finally:
        store.close()
    return added

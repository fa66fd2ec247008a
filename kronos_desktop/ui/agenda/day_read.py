"""One day of the agenda, read on the reader thread: its bookings as the person asking may see
them, its columns (artists, or stations), the studio's opening spans and the public holiday."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass, field

from sqlalchemy import Connection

from kronos_core.holidays_br import holiday_on
from kronos_core.hours import Span, spans_on
from kronos_desktop import i18n
from kronos_desktop.store.queries import agenda as agenda_q
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries import staff as staff_q
from kronos_desktop.store.queries.agenda import AgendaRow
from kronos_desktop.ui.agenda.day_layout import Column, artist_columns
from kronos_desktop.ui.common.day_view import Asker


@dataclass(frozen=True)
class DayRead:
    """One day of the agenda, as read on the reader thread."""

    day: dt.date
    rows: list[AgendaRow]
    here: desk_q.Here  # the desk and its studio: the time zone, and today by the desk's clock
    columns: list[Column] = field(default_factory=list)  # the drawn day's, an artist each
    opening: tuple[Span, ...] = ()  # the studio's opening spans of the day
    holiday: str | None = None  # the public holiday of the studio's state on the day, by name
    stations: list[agenda_q.StationRow] = field(default_factory=list)  # the columns when grouped by station

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return self.here.zone


def read_day(conn: Connection, day: dt.date, asker: Asker | None = None) -> DayRead:
    """The day as ``asker`` may see it (None: as the desk's own role sees it)."""
    here = desk_q.here(conn)
    if here.studio_id is None:
        return DayRead(day, [], here)
    who = (asker or Asker(None, None)).viewer(conn)
    rows = agenda_q.agenda(conn, here.studio_id, day, here.zone, viewer_id=who.staff_id, sees_all=who.sees_all)
    opening, state = staff_q.opening_and_state(conn, here.studio_id)
    columns = artist_columns(staff_q.members(conn, here.studio_id), opening, day, rows)
    holiday = holiday_on(state, day, i18n.current_language())
    stations = agenda_q.stations(conn, here.studio_id)
    return DayRead(day, rows, here, columns, spans_on(opening, (), day), holiday, stations)

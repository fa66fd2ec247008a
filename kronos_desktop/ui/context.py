"""What every view gets: a read-only window on the database, never the writable store.

- ``reader`` (read-only: ``query_only``, deferred ``BEGIN``) and ``reads``, which runs a view's
  reads on the reader thread and brings their answers back to the GUI thread;
- ``hub``: which rows changed, so views read again;
- ``runner``: the one way to write, a user action (``kronos_desktop.ops``) on the writer thread;
- ``who``: who is at the desk and the role the desk acts with for them (the lock sets it).

Whatever needs the writable store (the sync adapter, the sign-in bridge, the demo) gets it from
the app (:class:`kronos_desktop.app.Desk`), not from here: a view cannot reach a write.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kronos_desktop.hub import Hub
from kronos_desktop.ops import OpRunner
from kronos_desktop.store.queries import Reader
from kronos_desktop.store.queries.common import DEFAULT_TIMEZONE, zone_or_default
from kronos_desktop.store.queries.desk import DeskState, StudioInfo
from kronos_desktop.ui.common.reads import Reads
from kronos_desktop.ui.sync.adapter import SyncAdapter
from kronos_desktop.ui.who import WhoIsHere

if TYPE_CHECKING:
    from kronos_desktop.ui.lock.controller import Hold


@dataclass
class DeskContext:
    reader: Reader
    reads: Reads
    hub: Hub
    runner: OpRunner
    language: str
    sync: SyncAdapter | None = None  # the sync engine's signals (None: not wired, e.g. in some tests)
    who: WhoIsHere = field(default_factory=WhoIsHere)  # who is at the desk (the lock sets it)
    # Holds the idle lock off while a client uses the screen (the PIX code, the forms' client
    # mode): ``hold = ctx.hold_idle(view)``, then ``hold.release()`` (or ``with``). The window sets it.
    hold_idle: Callable[[QObject | None], Hold] | None = None

    # The desk's own row, read on the spot: for the window's title, a dialog's check of a date,
    # and the day navigators' "today". The views' reads go through ``reads``.
    def desk(self) -> DeskState | None:
        return self.reader.desk()

    def studio(self) -> StudioInfo | None:
        desk = self.desk()
        return self.reader.studio(desk.studio_id) if desk is not None else None

    def zone(self, studio: StudioInfo | None = None) -> zoneinfo.ZoneInfo:
        studio = studio if studio is not None else self.studio()
        return studio.zone if studio is not None else zone_or_default(DEFAULT_TIMEZONE)

    def today(self) -> dt.date:
        """Today in the studio's time zone."""
        desk = self.desk()
        return self.reader.today(self.zone(), desk)

    def currency(self) -> str:
        studio = self.studio()
        return studio.currency if studio is not None else "BRL"

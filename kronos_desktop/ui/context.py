"""What every view needs: the store (through ops), the reader, the hub, and the studio's
settings (time zone, currency) read fresh from the database."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass

from kronos_desktop.hub import Hub
from kronos_desktop.ops import OpRunner
from kronos_desktop.store import LocalStore
from kronos_desktop.store.queries import Reader
from kronos_desktop.store.queries.common import DEFAULT_TIMEZONE, zone_or_default
from kronos_desktop.store.queries.desk import DeskState, StudioInfo
from kronos_desktop.ui.sync.adapter import SyncAdapter


@dataclass
class DeskContext:
    store: LocalStore
    reader: Reader
    hub: Hub
    runner: OpRunner
    language: str
    sync: SyncAdapter | None = None  # the sync engine's signals (None: not wired, e.g. in some tests)

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

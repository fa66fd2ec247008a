"""A held deposit's expiry on the desk (issue 15, "expiry after N months unbooked"): the studio's
rule (kronos_core.deposits.expiry) worked at the desk's now, in the studio's time zone, by the
studio's policy, over the sessions each deposit holds.

What a deposit holds has one definition, kronos_core.deposit_holds (``deposit.forfeit`` reads the
same for an ``expired`` forfeit): the appointment it was taken or moved for, and every appointment
of its project (its own, else its appointment's). Blocks and deleted appointments are no sessions."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import Connection

from kronos_core import deposit_holds as holds
from kronos_core.deposit_holds import Expiry as Expiry
from kronos_core.deposit_holds import Holding as Holding
from kronos_desktop.store.queries import desk as desk_q


def expiries(conn: Connection, held: Sequence[Holding], now: dt.datetime | None = None) -> dict[uuid.UUID, Expiry]:
    """Each held deposit's expiry at ``now`` (None: the desk's clock, corrected by its offset to
    the server's), by its studio's policy and in its time zone."""
    if not held:
        return {}
    return holds.expiries(conn, held, now if now is not None else desk_q.here(conn).now())

"""The desk's identity row (the one-row ``replica`` table), and the only module that writes it.

The row says which studio this file holds, the device id its changes are numbered under, the
role the desk acts with, who is at the desk, the server it syncs with and how far it got
(cursor, epoch, what was pushed), and the clock offset to the server. Many parts of the desk
change it (the first start, the sign-in, the sync's push and pull, an epoch reset, a restored
copy taking a new id); each does it through a function here named for what it means, inside the
caller's transaction, so every write of the row can be read in one place.

``tests/desktop/test_desk_identity_owner.py`` fails when another module writes the table.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Connection, select, update

from kronos_core import sale_prefixes
from kronos_core.instants import utcnow
from kronos_core.roles import Role
from kronos_desktop.store.engine import DriverStatement
from kronos_desktop.store.local_schema import replica

_ROW = replica.c.id == 1

# Every local change takes the next sequence number and reads what the mutation needs, in one
# statement (bench: sync.local_write_us), compiled once and run on the driver's connection.
NEXT_SEQ = DriverStatement(
    update(replica)
    .where(_ROW)
    .values(last_seq=replica.c.last_seq + 1)
    .returning(
        replica.c.studio_id,
        replica.c.device_id,
        replica.c.desk_role,
        replica.c.staff_id,
        replica.c.last_seq,
        replica.c.clock_offset_us,
    )
)


def _set(conn: Connection, **values: Any) -> None:
    if values:
        conn.execute(update(replica).where(_ROW).values(**values))


def create(conn: Connection, *, studio_id: uuid.UUID, device_id: uuid.UUID, role: str, **values: Any) -> None:
    """The row of a new file: the studio it holds, a device id, the desk's role. A file made
    for a server's studio (``server_url`` given) takes the receipt prefix its enrolment answered
    (``sale_prefix``), else prints with a provisional one until the server gives it one; a
    standalone desk's is "A"."""
    if values.get("server_url") and "sale_prefix" not in values:
        values["sale_prefix"] = sale_prefixes.provisional()
    conn.execute(
        replica.insert().values(
            id=1, studio_id=studio_id, device_id=device_id, desk_role=role, created_at=utcnow(), **values
        )
    )


def set_staff(conn: Connection, staff_id: uuid.UUID | None) -> None:
    """Who is at the desk (the changes made here are attributed to them)."""
    _set(conn, staff_id=staff_id)


def connect_server(conn: Connection, server_url: str, role: Role, **names: Any) -> None:
    """Point the desk at a server with the role it acts with there (and, when known, who is at
    the desk, the desk's id and name, the studio's name)."""
    allowed = {"staff_id", "desk_id", "desk_name", "studio_name"}
    unknown = set(names) - allowed
    if unknown:
        raise TypeError(f"not a connection field: {sorted(unknown)}")
    values = {k: v for k, v in names.items() if v is not None}
    fresh = conn.execute(
        select(replica.c.id).where(
            _ROW, replica.c.last_seq == 0, replica.c.sale_counter == 0, replica.c.cursor.is_(None)
        )
    ).first()
    if fresh is not None:  # a new file joining a studio (no change of its own yet): not a standalone desk
        values["sale_prefix"] = sale_prefixes.provisional()
    _set(conn, server_url=server_url, desk_role=role.value, **values)


def save_enrolment(conn: Connection, enrolment: dict[str, Any]) -> None:
    """A sign-in's enrolment: server, desk id and name, studio name, who enrolled it, the
    account, and (when the server's studio is this file's) the role and the clock offset."""
    allowed = {
        "server_url", "desk_id", "desk_name", "studio_name", "enrolled_by", "account", "desk_role", "clock_offset_us"
    }  # fmt: skip
    unknown = set(enrolment) - allowed
    if unknown:
        raise TypeError(f"not an enrolment field: {sorted(unknown)}")
    _set(conn, **enrolment)


def refresh_enrolment(conn: Connection, desk_id: uuid.UUID, changed: dict[str, Any]) -> None:
    """Names, role and clock offset the server reported on a token refresh, for the desk
    ``desk_id`` only (a sign-out or another enrolment in between leaves the row alone)."""
    if changed:
        conn.execute(update(replica).where(_ROW, replica.c.desk_id == desk_id).values(**changed))


def rename_desk(conn: Connection, name: str) -> None:
    _set(conn, desk_name=name)


def clear_enrolment(conn: Connection) -> None:
    """Signed out: no longer enrolled. The server's address and the studio stay."""
    _set(conn, desk_id=None, desk_name=None, enrolled_by=None, account=None)


def take_device_id(conn: Connection, device_id: uuid.UUID, pending: int) -> None:
    """A new device id with the ``pending`` changes renumbered 1..pending; nothing pushed yet.
    The file was restored or copied (or the server lost its history): it prints with a fresh
    provisional receipt prefix until the server registers the new id and gives it one."""
    _set(conn, device_id=device_id, last_seq=pending, pushed_upto=0, sale_prefix=sale_prefixes.provisional())


def join_studio(conn: Connection, studio_id: uuid.UUID, role: Role) -> None:
    """This file's records now belong to the server's studio ``studio_id``."""
    _set(conn, studio_id=studio_id, desk_role=role.value)


def restart_history(conn: Connection, epoch: uuid.UUID) -> None:
    """The server's history changed epoch: the next pull downloads everything."""
    _set(conn, cursor=None, epoch=epoch)


def record_push(conn: Connection, pushed_upto: int, epoch: uuid.UUID | None = None) -> None:
    """How far the server has this desk's changes (and its epoch, learnt on the first push)."""
    values: dict[str, Any] = {"pushed_upto": pushed_upto}
    if epoch is not None:
        values["epoch"] = epoch
    _set(conn, **values)


def record_pull(
    conn: Connection,
    *,
    cursor: str,
    epoch: uuid.UUID,
    clock_offset_us: int | None = None,
    last_sync_at: Any = None,
) -> None:
    """Where the desk's copy of the server's history stands after a pull (and when it last
    reached the end, and the clock offset the page's server time gave)."""
    values: dict[str, Any] = {"cursor": cursor, "epoch": epoch}
    if clock_offset_us is not None:
        values["clock_offset_us"] = clock_offset_us
    if last_sync_at is not None:
        values["last_sync_at"] = last_sync_at
    _set(conn, **values)


# -- receipt numbers (kronos_desktop/store/sale_numbers.py) -----------------------------------
_TAKE_NUMBER = (
    update(replica)
    .where(_ROW)
    .values(sale_counter=replica.c.sale_counter + 1)
    .returning(replica.c.sale_prefix, replica.c.sale_counter)
)


def take_sale_number(conn: Connection) -> tuple[str, int]:
    """The desk's receipt prefix and its next counter value (the counter moves on)."""
    row = conn.execute(_TAKE_NUMBER).one()
    return str(row.sale_prefix), int(row.sale_counter)


def adopt_sale_prefix(conn: Connection, device_id: uuid.UUID, prefix: str) -> bool:
    """The server's prefix for this file's replica ``device_id`` (a push or pull answer): kept
    when the file still has that device id and holds another prefix. The counter goes on (a
    file's numbers never repeat, whatever its prefix). True if it changed."""
    if not sale_prefixes.is_letters(prefix):
        return False
    changed = conn.execute(
        update(replica)
        .where(_ROW, replica.c.device_id == device_id, replica.c.sale_prefix != prefix)
        .values(sale_prefix=prefix)
    ).rowcount
    return bool(changed)


def set_sale_prefix(conn: Connection, prefix: str) -> None:
    """A new receipt prefix chosen on the desk (a restored file's)."""
    _set(conn, sale_prefix=prefix)

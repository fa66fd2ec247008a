"""Receipt numbers: the desk's prefix and its counter, so a printed number is final.

:func:`take_number` runs inside the caller's write transaction (the checkout's close op takes
the number in the same transaction as ``sale.record``): ``f"{prefix}-{counter:06d}"`` from the
replica row's ``sale_prefix`` and ``sale_counter``, the counter moving on by one. A rolled-back
close gives its number back with the rest of the transaction; a committed one never repeats.

Where the prefix comes from (the rules: :mod:`kronos_core.sale_prefixes`):

- a standalone desk prints "A", and claims it when it brings its studio to a server;
- a desk enrolled on a server gets its prefix with the enrolment: the sign-in sends the file's
  device id (a new file takes it then) and the server registers the replica with a prefix of its
  own (B, C, …), answered as the token response's ``sale_prefix`` and stored with the enrolment
  (:meth:`kronos_desktop.auth.desk_link.DeskLink.save_sign_in`), so it never prints a
  provisional number after a join. Push and pull answers carry it too (an older server gives
  it at the first pull), which the desk adopts
  (:func:`kronos_desktop.store.desk_identity.adopt_sale_prefix`);
- a file under a new device id (restored, copied, or the server lost its history) prints with a
  provisional prefix ("0" and 7 hex digits) until the server registers the new id;
- a desk taken over by another enrolment keeps its replica, so its prefix;
- a file restored from a backup by :func:`kronos_desktop.store.backup.restore_backup` takes a
  new one before it numbers again (:func:`prefix_after_restore`);
- a file copied (to another folder or computer, or an older copy put back by hand) is found out
  at the app's start, before it numbers, and takes a new device id and a provisional prefix
  (:mod:`kronos_desktop.store.file_instance`).

The counter is the file's own and never goes back for a prefix change: numbers stay distinct
even if a file came back to a prefix it used before.
"""

from __future__ import annotations

from sqlalchemy import Connection, select

from kronos_core import sale_prefixes
from kronos_core.schema import sale
from kronos_desktop.store import desk_identity
from kronos_desktop.store.local_schema import replica

NUMBER_DIGITS = 6


def format_number(prefix: str, counter: int) -> str:
    """``"B-000012"``: the prefix, a hyphen, the counter on six digits (more when it grows)."""
    return f"{prefix}-{counter:0{NUMBER_DIGITS}d}"


def take_number(conn: Connection) -> str:
    """The next receipt number of this desk, in the caller's write transaction."""
    prefix, counter = desk_identity.take_sale_number(conn)
    return format_number(prefix, counter)


def current_prefix(conn: Connection) -> str:
    """The prefix the next number will have."""
    return str(conn.execute(select(replica.c.sale_prefix).where(replica.c.id == 1)).scalar_one())


def prefix_claim(conn: Connection) -> str | None:
    """The prefix this file asks the server to keep when it registers its replica: its own
    letters ("A" on a standalone desk; a server-given one, after a server restored from a
    backup), never a provisional one."""
    prefix = conn.execute(select(replica.c.sale_prefix).where(replica.c.id == 1)).scalar()
    return prefix if isinstance(prefix, str) and sale_prefixes.is_letters(prefix) else None


def used_prefixes(conn: Connection) -> set[str]:
    """The prefixes this file holds: its own, and those of the sales it recorded."""
    used = {current_prefix(conn)}
    for (number,) in conn.execute(select(sale.c.number).distinct()):
        used.add(sale_prefixes.prefix_of(str(number)))
    return {p for p in used if p}


def prefix_after_restore(conn: Connection, also_used: set[str] | None = None) -> str:
    """The prefix a restored file takes: a standalone desk's next letter after every prefix it
    (and ``also_used``: the file it replaces) printed with; a desk of a server, a provisional one
    until the server registers its new device id. Written to the replica row."""
    standalone = conn.execute(select(replica.c.server_url).where(replica.c.id == 1)).scalar() is None
    if standalone:
        prefix = sale_prefixes.next_after(used_prefixes(conn) | (also_used or set()))
    else:
        prefix = sale_prefixes.provisional()
    desk_identity.set_sale_prefix(conn, prefix)
    return prefix

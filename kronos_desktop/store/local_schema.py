"""Tables that only the desk has: its replica identity and sync state, and the outbox."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Uuid,
    false,
)

from kronos_core.instants import Instant
from kronos_core.schema import NAMING_CONVENTION
from kronos_core.schema import metadata as core_metadata

# The desk's own tables, kept out of the shared metadata (the server never has them).
metadata = MetaData(naming_convention=NAMING_CONVENTION)
# Everything in the desk's file: one Alembic history (migrations/local) describes both.
DESK_METADATA = (core_metadata, metadata)

replica = Table(
    "replica",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("studio_id", Uuid, nullable=False),
    Column("device_id", Uuid, nullable=False),
    # The role the desk may act with (at most its enroller's; owner for a standalone desk).
    Column("desk_role", String(16), nullable=False),
    # The staff member identified at the desk (attribution, not authority).
    Column("staff_id", Uuid, nullable=True),
    # The replica's sequence number of its last mutation: 1, 2, 3, ... never reused.
    Column("last_seq", BigInteger, nullable=False, server_default="0"),
    Column("server_url", String(500), nullable=True),
    Column("cursor", String(80), nullable=True),
    # Microseconds to add to this PC's clock to get the server's (0 until a server is seen).
    Column("clock_offset_us", BigInteger, nullable=False, server_default="0"),
    # The server history this desk's pushes and pulls were answered from (sync: a different
    # epoch in any answer means the server lost history: reset and push again).
    Column("epoch", Uuid, nullable=True),
    # Highest sequence number a push answer confirmed for the current device id.
    Column("pushed_upto", BigInteger, nullable=False, server_default="0"),
    Column("last_sync_at", Instant, nullable=True),
    # The enrolment (desk) on the server, and what the person who connected it should see.
    Column("desk_id", Uuid, nullable=True),
    Column("desk_name", String(120), nullable=True),
    Column("studio_name", String(200), nullable=True),
    Column("enrolled_by", String(200), nullable=True),
    Column("account", String(254), nullable=True),
    Column("sale_prefix", String(8), nullable=False, server_default="A"),
    Column("sale_counter", Integer, nullable=False, server_default="0"),
    Column("created_at", Instant, nullable=False),
    CheckConstraint("id = 1", name="single_row"),
)

outbox = Table(
    "outbox",
    metadata,
    Column("pos", Integer, primary_key=True, autoincrement=True),
    Column("seq", BigInteger, nullable=False),
    Column("uuid", Uuid, nullable=False, unique=True),
    Column("name", String(64), nullable=False),
    Column("args", JSON, nullable=False),
    # The rows as they were before: [{"table", "id", "before": row | null}], to take it back.
    Column("undo", JSON, nullable=False),
    Column("staff_id", Uuid, nullable=True),
    Column("created_at", Instant, nullable=False),
    Column("status", String(10), nullable=False, server_default="pending"),
    # The device id ``seq`` belongs to (a restored or copied file renumbers under a new one).
    Column("device_id", Uuid, nullable=True),
    # The push answer's status ("applied" | "conflict" | "rejected") and version; "applied" with a
    # conflict_id: stored, with a needs_review conflict for a person to look at.
    Column("result", String(10), nullable=True),
    Column("result_version", BigInteger, nullable=True),
    Column("conflict_id", Uuid, nullable=True),
    Column("acked_at", Instant, nullable=True),
    Column("likely_conflict", Boolean, nullable=False, server_default=false()),
    CheckConstraint("status IN ('pending', 'acked')", name="status"),
    Index("ix_outbox_status_seq", "status", "seq"),
)

# Pages of a pull in progress, kept aside (resumable) until the last one arrives, then
# applied together with the rebase in one transaction.
pull_page = Table(
    "pull_page",
    metadata,
    Column("n", Integer, primary_key=True),
    Column("cursor_from", String(80), nullable=True),
    Column("body", JSON, nullable=False),
    Column("fetched_at", Instant, nullable=False),
)

# The names of the studio's desks, by replica id, as the server last said (GET /v1/desks/names):
# the conflicts inbox names the desk a change came from, offline too. Not synced; replaced whole
# at each fetch.
desk_name = Table(
    "desk_name",
    metadata,
    Column("device_id", Uuid, primary_key=True),
    Column("desk_id", Uuid, nullable=False),
    Column("name", String(120), nullable=False),
    Column("fetched_at", Instant, nullable=False),
)

# Wrong PINs typed at this desk, per member (kronos_desktop/store/pin_lockout.py): five in a row
# lock that member on this desk for a while. Not synced: a lock is this desk's.
pin_lockout = Table(
    "pin_lockout",
    metadata,
    Column("staff_id", Uuid, primary_key=True),
    Column("failures", Integer, nullable=False, server_default="0"),
    Column("locked_until", Instant, nullable=True),
    Column("last_failure_at", Instant, nullable=True),
)

# Open checkout tickets (issue 15): a ticket is a draft on its desk until it closes (closing is
# the sale.record mutation, which syncs). ``body`` is kronos_core.ticket's draft as JSON; kept
# across restarts; deleted when the ticket closes or is discarded. Not synced.
ticket_draft = Table(
    "ticket_draft",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("appointment_id", Uuid, nullable=True, unique=True),
    Column("client_id", Uuid, nullable=True),
    Column("body", JSON, nullable=False),
    Column("staff_id", Uuid, nullable=True),
    Column("created_at", Instant, nullable=False),
    Column("changed_at", Instant, nullable=False),
)

LOCAL_TABLES = (replica, outbox, pull_page, desk_name, pin_lockout, ticket_draft)

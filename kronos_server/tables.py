"""The server's own tables (never on a desk), beside the shared schema of kronos_core.

Every row that belongs to a studio carries ``studio_id`` and is sealed by row-level security
(migrations/central). Users and login throttling are cross-studio by nature (a guest artist
works in several studios; a login is tried before a studio is known) and hold no studio data.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
    false,
    text,
)

from kronos_core.instants import Instant
from kronos_core.schema import NAMING_CONVENTION, staff, studio

server_metadata = MetaData(naming_convention=NAMING_CONVENTION)

# A login identity. Membership of a studio, and the role in it, is a `staff` row (synced).
app_user = Table(
    "app_user",
    server_metadata,
    Column("id", Uuid, primary_key=True),
    Column("email", String(254), nullable=False, unique=True),  # stored lower-case
    Column("display_name", String(120), nullable=False),
    Column("password_hash", Text, nullable=False),  # argon2id
    Column("disabled", Boolean, nullable=False, server_default=false()),
    Column("password_changed_at", Instant, nullable=False),
    Column("created_at", Instant, nullable=False),
)

# One per studio: the version clock every synced write locks first, and the history's epoch.
# The foreign key is checked at commit: a new studio's clock row is written (and locked) before
# the studio row, which `studio.setup` inserts under it (kronos_server.studio_version.create_studio).
studio_clock = Table(
    "studio_clock",
    server_metadata,
    Column("studio_id", Uuid, ForeignKey(studio.c.id, deferrable=True, initially="DEFERRED"), primary_key=True),
    Column("version", BigInteger, nullable=False, server_default=text("0")),
    Column("epoch", Uuid, nullable=False),
)

# An enrolled desk (a studio PC). Enrolled by an owner or manager; acts at most with that role.
desk = Table(
    "desk",
    server_metadata,
    Column("id", Uuid, primary_key=True),
    Column("studio_id", Uuid, ForeignKey(studio.c.id), nullable=False),
    Column("name", String(120), nullable=False),
    Column("role", String(16), nullable=False),
    Column("enrolled_by", Uuid, ForeignKey(staff.c.id), nullable=False),  # staff id
    Column("enrolled_at", Instant, nullable=False),
    Column("last_seen_at", Instant, nullable=True),
    Column("revoked_at", Instant, nullable=True),
    Column("revoked_by", Uuid, nullable=True),
    CheckConstraint("role IN ('owner', 'manager', 'receptionist', 'artist')", name="role"),
    Index("ix_desk_studio", "studio_id"),
)

# A replica id of a desk (a database file). One desk can have several over time (a restored
# or copied file takes a new one). Registered on first sync. ``sale_prefix``: its receipt
# numbers' prefix (kronos_core/sale_prefixes.py), given at registration, never reused in the
# studio (NULL: registered before prefixes; given at its next push or pull).
replica = Table(
    "replica",
    server_metadata,
    Column("id", Uuid, primary_key=True),
    Column("studio_id", Uuid, ForeignKey(studio.c.id), nullable=False),
    Column("desk_id", Uuid, ForeignKey(desk.c.id), nullable=False),
    Column("created_at", Instant, nullable=False),
    Column("sale_prefix", String(8), nullable=True),
    Index("ix_replica_studio", "studio_id"),
    UniqueConstraint("studio_id", "sale_prefix"),
)

# Authorization codes (stored hashed), single use, short-lived.
auth_code = Table(
    "auth_code",
    server_metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("studio_id", Uuid, ForeignKey(studio.c.id), nullable=False),
    Column("user_id", Uuid, ForeignKey(app_user.c.id), nullable=False),
    Column("staff_id", Uuid, ForeignKey(staff.c.id), nullable=False),
    Column("client_id", String(64), nullable=False),
    Column("redirect_uri", Text, nullable=False),
    Column("code_challenge", String(128), nullable=False),
    Column("desk_name", String(120), nullable=False),
    Column("desk_id", Uuid, nullable=True),  # re-sign-in of an enrolled desk
    Column("created_at", Instant, nullable=False),
    Column("expires_at", Instant, nullable=False),
    Column("used_at", Instant, nullable=True),
)

# Refresh tokens (stored hashed). Each use rotates to a child in the same family; a reused
# (already rotated) token revokes the whole family.
refresh_token = Table(
    "refresh_token",
    server_metadata,
    Column("id", Uuid, primary_key=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("family_id", Uuid, nullable=False),
    Column("parent_id", Uuid, nullable=True),
    Column("studio_id", Uuid, ForeignKey(studio.c.id), nullable=False),
    Column("desk_id", Uuid, ForeignKey(desk.c.id), nullable=False),
    Column("user_id", Uuid, ForeignKey(app_user.c.id), nullable=False),
    Column("staff_id", Uuid, ForeignKey(staff.c.id), nullable=False),
    Column("issued_at", Instant, nullable=False),
    Column("expires_at", Instant, nullable=False),
    Column("rotated_at", Instant, nullable=True),
    Column("revoked_at", Instant, nullable=True),
    Index("ix_refresh_token_family", "family_id"),
)

# Failed-login throttling, shared by every worker process: key is "user:<email>" or "ip:<addr>".
login_throttle = Table(
    "login_throttle",
    server_metadata,
    Column("key", String(300), primary_key=True),
    Column("failures", Integer, nullable=False, server_default=text("0")),
    Column("window_started_at", Instant, nullable=False),
    Column("locked_until", Instant, nullable=True),
)

# Recent wrong passwords per login (30 days), for the studio's owners and managers to see.
# ``desk_id``: the enrolled desk the sign-in was started from (kronos_server.auth.known_desk).
login_failure = Table(
    "login_failure",
    server_metadata,
    Column("id", Uuid, primary_key=True),
    Column("user_id", Uuid, ForeignKey(app_user.c.id, ondelete="CASCADE"), nullable=False),
    Column("at", Instant, nullable=False),
    Column("address", String(64), nullable=False),
    Column("desk_id", Uuid, nullable=True),
    Index("ix_login_failure_user_at", "user_id", "at"),
)

# Sync: per mutation UUID (per studio: a UUID pushed to two studios is two mutations, and one
# studio never learns of another's) its status and version, never its arguments.
mutation_result = Table(
    "mutation_result",
    server_metadata,
    Column("uuid", Uuid, nullable=False),
    Column("studio_id", Uuid, ForeignKey(studio.c.id), nullable=False),
    Column("status", String(10), nullable=False),
    Column("version", BigInteger, nullable=False),
    Column("conflict_id", Uuid, nullable=True),
    Column("applied_at", Instant, nullable=False),
    CheckConstraint("status IN ('applied', 'conflict', 'rejected')", name="status"),
    PrimaryKeyConstraint("studio_id", "uuid", name="pk_mutation_result"),
)

# Sync: each replica's sequence numbers mapped to mutation UUIDs (and the version answered).
device_seq = Table(
    "device_seq",
    server_metadata,
    Column("device_id", Uuid, nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("uuid", Uuid, nullable=False),
    Column("studio_id", Uuid, ForeignKey(studio.c.id), nullable=False),
    Column("version", BigInteger, nullable=False),
    PrimaryKeyConstraint("device_id", "seq", name="pk_device_seq"),
)

# A person invited by e-mail to a studio's staff, until they accept or decline after signing in
# (kronos_server/auth/invitations.py). Accepting adds the staff row (``staff.add``).
staff_invitation = Table(
    "staff_invitation",
    server_metadata,
    Column("id", Uuid, primary_key=True),
    Column("studio_id", Uuid, ForeignKey(studio.c.id), nullable=False),
    Column("email", String(254), nullable=False),  # lower-case, as app_user.email
    Column("display_name", String(120), nullable=False),
    Column("role", String(20), nullable=False),
    Column("color", String(7), nullable=False),
    Column("invited_by", Uuid, nullable=True),  # the staff member who invited
    Column("created_at", Instant, nullable=False),
    Column("answered_at", Instant, nullable=True),
    Column("answer", String(10), nullable=True),
    CheckConstraint("answer IS NULL OR answer IN ('accepted', 'declined', 'cancelled')", name="answer"),
    Index(
        "ix_staff_invitation_pending", "studio_id", "email", unique=True, postgresql_where=text("answered_at IS NULL")
    ),
    Index("ix_staff_invitation_email", "email"),
)

# Tables whose rows belong to a studio: row-level security applies (studio_clock included).
TENANT_TABLES = (studio_clock, desk, replica, auth_code, refresh_token, mutation_result, device_seq, staff_invitation)
GLOBAL_TABLES = (app_user, login_throttle, login_failure)

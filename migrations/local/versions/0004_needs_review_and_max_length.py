"""conflict kind needs_review; an appointment row lasts at most 16 hours

The same change as the central revision 0003, on the desk's SQLite file:

- ``sync_conflict.kind`` may be ``needs_review`` (something stored that a person should look at);
- ``ck_appointment_max_length``: ``ends_at - starts_at`` at most 16 hours (instants are integer
  UTC microseconds here), time-off blocks included.

SQLite cannot change a CHECK in place: both tables are rebuilt (batch, ``recreate="always"``;
their named CHECKs, foreign keys and indexes are reflected and kept). The store runs this with
foreign keys off, set before BEGIN, and checks them before commit (DESIGN.md's pitfall; a sale
references an appointment). The rows are copied as they are, so the synced tables keep what the
desk has: nothing to reload from the server (no ``reloads_synced_tables``).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 15:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

OLD_KINDS = "kind IN ('double_booking', 'field_overwrite', 'duplicate_client', 'renumbered', 'rejected')"
NEW_KINDS = (
    "kind IN ('double_booking', 'field_overwrite', 'duplicate_client', 'renumbered', 'rejected', 'needs_review')"
)
SIXTEEN_HOURS_US = 16 * 3_600_000_000


def upgrade() -> None:
    with op.batch_alter_table("sync_conflict", recreate="always") as batch_op:
        batch_op.drop_constraint("ck_sync_conflict_kind", type_="check")
        batch_op.create_check_constraint(op.f("ck_sync_conflict_kind"), NEW_KINDS)
    with op.batch_alter_table("appointment", recreate="always") as batch_op:
        batch_op.create_check_constraint(
            op.f("ck_appointment_max_length"), f"ends_at - starts_at <= {SIXTEEN_HOURS_US}"
        )


def downgrade() -> None:
    with op.batch_alter_table("appointment", recreate="always") as batch_op:
        batch_op.drop_constraint("ck_appointment_max_length", type_="check")
    with op.batch_alter_table("sync_conflict", recreate="always") as batch_op:
        batch_op.drop_constraint("ck_sync_conflict_kind", type_="check")
        batch_op.create_check_constraint(op.f("ck_sync_conflict_kind"), OLD_KINDS)

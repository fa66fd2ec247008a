"""conflict kind needs_review; an appointment row lasts at most 16 hours

- ``sync_conflict.kind`` may be ``needs_review``: something stored that a person should look at
  (a payment against a missing sale). Unlike ``rejected``, its mutation applied.
- ``ck_appointment_max_length``: no appointment row, time-off blocks included, lasts more than
  16 hours. The double-booking check reads a bounded range of ``starts_at`` and relies on it
  (kronos_core.mutations.appointments.MAX_LENGTH); every booking was already placed through that
  rule, so existing rows hold it.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 15:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

OLD_KINDS = "kind IN ('double_booking', 'field_overwrite', 'duplicate_client', 'renumbered', 'rejected')"
NEW_KINDS = (
    "kind IN ('double_booking', 'field_overwrite', 'duplicate_client', 'renumbered', 'rejected', 'needs_review')"
)


def upgrade() -> None:
    op.drop_constraint("ck_sync_conflict_kind", "sync_conflict", type_="check")
    op.create_check_constraint(op.f("ck_sync_conflict_kind"), "sync_conflict", NEW_KINDS)
    op.create_check_constraint(
        op.f("ck_appointment_max_length"), "appointment", "ends_at - starts_at <= interval '16 hours'"
    )


def downgrade() -> None:
    op.drop_constraint("ck_appointment_max_length", "appointment", type_="check")
    op.drop_constraint("ck_sync_conflict_kind", "sync_conflict", type_="check")
    op.create_check_constraint(op.f("ck_sync_conflict_kind"), "sync_conflict", OLD_KINDS)

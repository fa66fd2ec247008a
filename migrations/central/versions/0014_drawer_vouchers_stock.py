"""issue 16's cash drawer and day's close, gift vouchers and stock: the drawers, their days, cash
in and out, the counts at a close; vouchers; stock movements; a product's low-stock mark; a
payment's voucher

The desk's revision 0013 makes the same change to its file.

- ``cash_drawer``, ``cash_session``, ``cash_movement``, ``cash_count``, ``voucher``,
  ``stock_movement``: synced tables of kronos_core.schema (kronos_core/schema_drawer.py), with
  what every synced table has here: the ``(studio_id, version)`` index the pull reads by, and
  row-level security ENABLEd and FORCEd with the two policies of revision 0001. Grants: env.py's,
  after every migration run.
- ``product.low_stock_level``, ``payment.voucher_id`` and ``payment.for_voucher_id``: nullable
  columns (no row is rewritten).
- ``cash_movement``, ``cash_count`` and ``stock_movement`` are append-only: the trigger function
  ``kronos_refuse_append_only()`` of revision 0006 fires BEFORE UPDATE and BEFORE DELETE on them.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04 22:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kronos_core.instants

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

FALSE = sa.text("false")
TRUE = sa.text("true")
STUDIO_SETTING = "NULLIF(current_setting('kronos.studio_id', true), '')::uuid"
DEFINER_LOOKUP = "current_setting('kronos.definer_lookup', true) = 'on'"
FUNCTION = "kronos_refuse_append_only()"
# Frozen (this revision must not change when kronos_core's lists grow).
NEW_TABLES = ("cash_drawer", "cash_session", "cash_movement", "cash_count", "voucher", "stock_movement")
APPEND_ONLY = ("cash_movement", "cash_count", "stock_movement")
INSTANT = kronos_core.instants.Instant(timezone=True)
NEW_FKS = (("payment", "voucher_id", "voucher"), ("payment", "for_voucher_id", "voucher"))
NEW_INDEXES = (("ix_payment_voucher", "payment", "voucher_id"), ("ix_payment_for_voucher", "payment", "for_voucher_id"))


def _sync_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("studio_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.BigInteger(), server_default=sa.text("0"), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=FALSE, nullable=False),
        sa.Column("created_at", INSTANT, nullable=False),
        sa.Column("changed_at", INSTANT, nullable=False),
        sa.Column("changed_by", sa.Uuid(), nullable=True),
        sa.Column("origin_device", sa.Uuid(), nullable=True),
        sa.Column("created_by", sa.Uuid(), nullable=True),
    ]


def _fk(table: str, column: str, referred: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{referred}.id"], name=op.f(f"fk_{table}_{column}_{referred}"))


def _create_tables(true: sa.TextClause, json: sa.types.TypeEngine[object]) -> None:
    op.create_table(
        "cash_drawer",
        *_sync_columns(),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=True),
        sa.Column("active", sa.Boolean(), server_default=true, nullable=False),
        _fk("cash_drawer", "studio_id", "studio"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cash_drawer")),
    )
    op.create_table(
        "cash_session",
        *_sync_columns(),
        sa.Column("drawer_id", sa.Uuid(), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=6), server_default="open", nullable=False),
        sa.Column("opening_float", sa.BigInteger(), nullable=False),
        sa.Column("opened_at", INSTANT, nullable=False),
        sa.Column("opened_by", sa.Uuid(), nullable=True),
        sa.Column("closed_at", INSTANT, nullable=True),
        sa.Column("closed_by", sa.Uuid(), nullable=True),
        sa.Column("reopened_at", INSTANT, nullable=True),
        sa.Column("reopened_by", sa.Uuid(), nullable=True),
        sa.Column("reopen_reason", sa.Text(), nullable=True),
        sa.CheckConstraint("status IN ('open', 'closed')", name=op.f("ck_cash_session_status")),
        sa.CheckConstraint("opening_float >= 0", name=op.f("ck_cash_session_opening_float")),
        _fk("cash_session", "drawer_id", "cash_drawer"),
        _fk("cash_session", "studio_id", "studio"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cash_session")),
    )
    op.create_index("ix_cash_session_drawer_date", "cash_session", ["drawer_id", "business_date"], unique=False)
    op.create_index("ix_cash_session_studio_date", "cash_session", ["studio_id", "business_date"], unique=False)
    op.create_table(
        "cash_movement",
        *_sync_columns(),
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=3), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("moved_by", sa.Uuid(), nullable=True),
        sa.Column("moved_at", INSTANT, nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=True),
        sa.Column("confirmed_by", sa.Uuid(), nullable=True),
        sa.CheckConstraint("kind IN ('in', 'out')", name=op.f("ck_cash_movement_kind")),
        sa.CheckConstraint("amount > 0", name=op.f("ck_cash_movement_amount")),
        _fk("cash_movement", "session_id", "cash_session"),
        _fk("cash_movement", "studio_id", "studio"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cash_movement")),
    )
    op.create_index("ix_cash_movement_session", "cash_movement", ["session_id"], unique=False)
    op.create_table(
        "cash_count",
        *_sync_columns(),
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("grid", json, nullable=False),
        sa.Column("counted", sa.BigInteger(), nullable=False),
        sa.Column("expected", sa.BigInteger(), nullable=False),
        sa.Column("difference", sa.BigInteger(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("counted_by", sa.Uuid(), nullable=True),
        sa.Column("counted_at", INSTANT, nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=True),
        sa.Column("payment_ids", json, nullable=False),
        sa.Column("totals", json, nullable=False),
        sa.CheckConstraint("counted >= 0", name=op.f("ck_cash_count_counted")),
        sa.CheckConstraint("difference = counted - expected", name=op.f("ck_cash_count_difference")),
        _fk("cash_count", "session_id", "cash_session"),
        _fk("cash_count", "studio_id", "studio"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cash_count")),
    )
    op.create_index("ix_cash_count_session", "cash_count", ["session_id"], unique=False)
    op.create_table(
        "voucher",
        *_sync_columns(),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("sold_on", sa.Date(), nullable=False),
        sa.Column("sold_by", sa.Uuid(), nullable=True),
        sa.Column("client_id", sa.Uuid(), nullable=True),
        sa.Column("buyer_name", sa.String(length=120), nullable=True),
        sa.Column("recipient_name", sa.String(length=120), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("device_id", sa.Uuid(), nullable=True),
        sa.CheckConstraint("amount > 0", name=op.f("ck_voucher_amount")),
        _fk("voucher", "client_id", "client"),
        _fk("voucher", "studio_id", "studio"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_voucher")),
        sa.UniqueConstraint("studio_id", "code", name="uq_voucher_studio_code"),
    )
    op.create_table(
        "stock_movement",
        *_sync_columns(),
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=True),
        sa.Column("sale_id", sa.Uuid(), nullable=True),
        sa.Column("moved_by", sa.Uuid(), nullable=True),
        sa.Column("moved_at", INSTANT, nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('received', 'sold', 'returned', 'adjusted', 'counted')", name=op.f("ck_stock_movement_kind")
        ),
        sa.CheckConstraint("quantity <> 0", name=op.f("ck_stock_movement_quantity")),
        _fk("stock_movement", "product_id", "product"),
        _fk("stock_movement", "sale_id", "sale"),
        _fk("stock_movement", "studio_id", "studio"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_movement")),
    )
    op.create_index("ix_stock_movement_product", "stock_movement", ["product_id"], unique=False)


def upgrade() -> None:
    _create_tables(TRUE, sa.JSON())
    op.add_column("product", sa.Column("low_stock_level", sa.Integer(), nullable=True))
    op.add_column("payment", sa.Column("voucher_id", sa.Uuid(), nullable=True))
    op.add_column("payment", sa.Column("for_voucher_id", sa.Uuid(), nullable=True))
    for table, column, referred in NEW_FKS:
        op.create_foreign_key(op.f(f"fk_{table}_{column}_{referred}"), table, referred, [column], ["id"])
    for name, table, column in NEW_INDEXES:
        op.create_index(name, table, [column], unique=False)
    for table in NEW_TABLES:
        op.create_index(f"ix_{table}_studio_version", table, ["studio_id", "version"], unique=False)
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
        op.execute(
            f"CREATE POLICY tenant_isolation ON {table} "
            f"USING (studio_id = {STUDIO_SETTING}) WITH CHECK (studio_id = {STUDIO_SETTING})"
        )
        op.execute(f"CREATE POLICY definer_lookup ON {table} FOR SELECT TO CURRENT_USER USING ({DEFINER_LOOKUP})")
    for table in APPEND_ONLY:
        op.execute(
            f"CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON {table} FOR EACH ROW EXECUTE FUNCTION {FUNCTION}"
        )


def downgrade() -> None:
    for table in APPEND_ONLY:
        op.execute(f"DROP TRIGGER IF EXISTS append_only ON {table}")
    for name, table, _column in NEW_INDEXES:
        op.drop_index(name, table_name=table)
    for table, column, referred in NEW_FKS:
        op.drop_constraint(op.f(f"fk_{table}_{column}_{referred}"), table, type_="foreignkey")
    op.drop_column("payment", "for_voucher_id")
    op.drop_column("payment", "voucher_id")
    op.drop_column("product", "low_stock_level")
    for table in reversed(NEW_TABLES):
        op.execute(f"DROP POLICY IF EXISTS definer_lookup ON {table}")
        op.execute(f"DROP POLICY IF EXISTS tenant_isolation ON {table}")
        op.drop_table(table)

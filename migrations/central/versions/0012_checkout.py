"""issue 15's checkout: products, deposits and their ledger, tips; the sale, line and payment
columns a ticket, split payments, refunds, voids and a later NFS-e need; the studio's deposit and
card settings

The desk's revision 0012 makes the same change to its file (and adds its open tickets).

- ``product``, ``deposit``, ``deposit_entry``, ``sale_tip``: synced tables of
  kronos_core.schema (kronos_core/schema_checkout.py), with what every synced table has here: the
  ``(studio_id, version)`` index the pull reads by, and row-level security ENABLEd and FORCEd
  with the two policies of revision 0001 (the transaction's studio; the definer lookups'
  read-only one). Grants: env.py's, after every migration run.
- ``sale``, ``sale_line``, ``payment`` and ``studio`` gain columns, each nullable or with a
  default: no row is rewritten.
- ``deposit_entry`` and ``sale_tip`` are append-only: the trigger function
  ``kronos_refuse_append_only()`` of revision 0006 fires BEFORE UPDATE and BEFORE DELETE on them
  too (a deposit's history and a tip's split are never changed).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04 18:50:00
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

import kronos_core.instants

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

FALSE = sa.text("false")
TRUE = sa.text("true")
ZERO = sa.text("0")
STUDIO_SETTING = "NULLIF(current_setting('kronos.studio_id', true), '')::uuid"
DEFINER_LOOKUP = "current_setting('kronos.definer_lookup', true) = 'on'"
FUNCTION = "kronos_refuse_append_only()"
# Frozen (this revision must not change when kronos_core's lists grow).
NEW_TABLES = ("product", "deposit", "deposit_entry", "sale_tip")
APPEND_ONLY = ("deposit_entry", "sale_tip")
INSTANT = kronos_core.instants.Instant(timezone=True)


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


def _create_tables() -> None:
    op.create_table(
        "product",
        *_sync_columns(),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("sku", sa.String(length=40), nullable=True),
        sa.Column("price", sa.BigInteger(), nullable=False),
        sa.Column("active", sa.Boolean(), server_default=TRUE, nullable=False),
        sa.CheckConstraint("price >= 0", name=op.f("ck_product_price")),
        _fk("product", "studio_id", "studio"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product")),
    )
    op.create_index("ix_product_studio_name", "product", ["studio_id", "name"], unique=False)
    op.create_table(
        "deposit",
        *_sync_columns(),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("project_id", sa.Uuid(), nullable=True),
        sa.Column("appointment_id", sa.Uuid(), nullable=True),
        sa.Column("artist_id", sa.Uuid(), nullable=True),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(length=12), server_default="held", nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("reschedules", sa.Integer(), server_default=ZERO, nullable=False),
        sa.Column("policy_text", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("sale_id", sa.Uuid(), nullable=True),
        sa.Column("transferred_from", sa.Uuid(), nullable=True),
        sa.Column("forfeit_reason", sa.String(length=12), nullable=True),
        sa.Column("forfeit_artist_share", sa.BigInteger(), server_default=ZERO, nullable=False),
        sa.Column("forfeit_studio_share", sa.BigInteger(), server_default=ZERO, nullable=False),
        sa.CheckConstraint("amount > 0", name=op.f("ck_deposit_amount")),
        sa.CheckConstraint(
            "status IN ('held', 'applied', 'forfeited', 'refunded', 'transferred')", name=op.f("ck_deposit_status")
        ),
        _fk("deposit", "studio_id", "studio"),
        _fk("deposit", "client_id", "client"),
        _fk("deposit", "project_id", "project"),
        _fk("deposit", "appointment_id", "appointment"),
        _fk("deposit", "artist_id", "staff"),
        _fk("deposit", "sale_id", "sale"),
        _fk("deposit", "transferred_from", "deposit"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deposit")),
    )
    op.create_index("ix_deposit_client", "deposit", ["client_id"], unique=False)
    op.create_index("ix_deposit_appointment", "deposit", ["appointment_id"], unique=False)
    op.create_index("ix_deposit_project", "deposit", ["project_id"], unique=False)
    op.create_table(
        "deposit_entry",
        *_sync_columns(),
        sa.Column("deposit_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("sale_id", sa.Uuid(), nullable=True),
        sa.Column("payment_id", sa.Uuid(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("occurred_at", INSTANT, nullable=False),
        sa.CheckConstraint(
            "kind IN ('taken', 'applied', 'forfeited', 'refunded', 'transferred', 'rescheduled', 'returned')",
            name=op.f("ck_deposit_entry_kind"),
        ),
        _fk("deposit_entry", "studio_id", "studio"),
        _fk("deposit_entry", "deposit_id", "deposit"),
        _fk("deposit_entry", "sale_id", "sale"),
        _fk("deposit_entry", "payment_id", "payment"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deposit_entry")),
    )
    op.create_index("ix_deposit_entry_deposit", "deposit_entry", ["deposit_id"], unique=False)
    op.create_table(
        "sale_tip",
        *_sync_columns(),
        sa.Column("sale_id", sa.Uuid(), nullable=False),
        sa.Column("artist_id", sa.Uuid(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("artist_share", sa.BigInteger(), nullable=False),
        sa.Column("studio_share", sa.BigInteger(), nullable=False),
        sa.Column("tip_share_bps", sa.Integer(), nullable=False),
        sa.CheckConstraint("amount > 0", name=op.f("ck_sale_tip_amount")),
        sa.CheckConstraint("artist_share + studio_share = amount", name=op.f("ck_sale_tip_shares")),
        _fk("sale_tip", "studio_id", "studio"),
        _fk("sale_tip", "sale_id", "sale"),
        _fk("sale_tip", "artist_id", "staff"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sale_tip")),
    )
    op.create_index("ix_sale_tip_sale", "sale_tip", ["sale_id"], unique=False)


def _zero(name: str) -> sa.Column[int]:
    return sa.Column(name, sa.BigInteger(), server_default=ZERO, nullable=False)


def _columns() -> dict[str, list[sa.Column[Any]]]:
    return {
        "studio": [
            sa.Column("no_show_late_minutes", sa.Integer(), server_default=sa.text("30"), nullable=False),
            sa.Column("deposit_reschedules", sa.Integer(), server_default=sa.text("1"), nullable=False),
            sa.Column("deposit_applies_to", sa.String(length=5), server_default="last", nullable=False),
            sa.Column("forfeit_artist_bps", sa.Integer(), server_default=sa.text("5000"), nullable=False),
            sa.Column("deposit_policy_text", sa.Text(), nullable=True),
            sa.Column("card_instalments_max", sa.Integer(), server_default=sa.text("12"), nullable=False),
            sa.Column("card_fee_debit_bps", sa.Integer(), server_default=ZERO, nullable=False),
            sa.Column("card_fee_credit_bps", sa.Integer(), server_default=ZERO, nullable=False),
        ],
        "sale": [
            _zero("ticket_discount"),
            sa.Column("ticket_discount_reason", sa.String(length=200), nullable=True),
            _zero("deposit_applied"),
            _zero("tip_total"),
            _zero("card_fee_total"),
            sa.Column("device_id", sa.Uuid(), nullable=True),
            sa.Column("fiscal_document", sa.String(length=14), nullable=True),
            sa.Column("fiscal_name", sa.String(length=200), nullable=True),
            sa.Column("fiscal_address", sa.Text(), nullable=True),
            sa.Column("service_description", sa.Text(), nullable=True),
            sa.Column("void_reason", sa.Text(), nullable=True),
            sa.Column("voided_at", INSTANT, nullable=True),
            sa.Column("voided_by", sa.Uuid(), nullable=True),
        ],
        "sale_line": [
            sa.Column("product_id", sa.Uuid(), nullable=True),
            sa.Column("discount_bps", sa.Integer(), nullable=True),
            sa.Column("discount_reason", sa.String(length=200), nullable=True),
            _zero("ticket_discount_share"),
            _zero("fee_share"),
        ],
        "payment": [
            sa.Column("deposit_id", sa.Uuid(), nullable=True),
            sa.Column("card_brand", sa.String(length=12), nullable=True),
            sa.Column("instalments", sa.Integer(), nullable=True),
            sa.Column("auth_code", sa.String(length=40), nullable=True),
            _zero("card_fee"),
            sa.Column("pix_e2e_id", sa.String(length=64), nullable=True),
            sa.Column("cash_tendered", sa.BigInteger(), nullable=True),
            sa.Column("reason", sa.Text(), nullable=True),
        ],
    }


STUDIO_CHECKS = (
    ("ck_studio_deposit_applies_to", "deposit_applies_to IN ('first', 'last')"),
    ("ck_studio_forfeit_artist_bps", "forfeit_artist_bps BETWEEN 0 AND 10000"),
    ("ck_studio_card_instalments_max", "card_instalments_max BETWEEN 1 AND 24"),
)
NEW_FKS = (("sale_line", "product_id", "product"), ("payment", "deposit_id", "deposit"))
NEW_INDEXES = (("ix_payment_refund_of", "payment", "refund_of"), ("ix_payment_deposit", "payment", "deposit_id"))


def upgrade() -> None:
    for table, columns in _columns().items():
        for new in columns:
            op.add_column(table, new)
    for name, check in STUDIO_CHECKS:
        op.create_check_constraint(op.f(name), "studio", check)
    _create_tables()
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
    for table in reversed(NEW_TABLES):
        op.execute(f"DROP POLICY IF EXISTS definer_lookup ON {table}")
        op.execute(f"DROP POLICY IF EXISTS tenant_isolation ON {table}")
        op.drop_table(table)
    for name, _check in STUDIO_CHECKS:
        op.drop_constraint(op.f(name), "studio", type_="check")
    for table, columns in _columns().items():
        for old in columns:
            op.drop_column(table, old.name)

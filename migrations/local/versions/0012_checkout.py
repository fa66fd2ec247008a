"""issue 15's checkout: products, deposits and their ledger, tips; the sale, line and payment
columns a ticket, split payments, refunds, voids and a later NFS-e need; the studio's deposit and
card settings; the desk's open tickets; a standalone desk's receipt prefix "A"

The same change as the central revision 0012, on the desk's SQLite file:

- ``product``, ``deposit``, ``deposit_entry``, ``sale_tip``: synced tables of
  kronos_core.schema (kronos_core/schema_checkout.py);
- ``sale``, ``sale_line``, ``payment`` and ``studio`` gain columns, each nullable or with a
  default, added in place (``ALTER TABLE ... ADD COLUMN``; SQLite takes a column CHECK and a
  REFERENCES clause whose default is NULL there): nothing is rebuilt, no synced row changes,
  nothing to reload from the server;
- ``deposit_entry`` and ``sale_tip`` are append-only (kronos_core.schema.APPEND_ONLY_TABLES): the
  triggers of revision 0005 refuse their UPDATE and DELETE unless the connection is in the sync's
  own writes (``kronos_sync_write()``);
- ``ticket_draft``: the desk's open tickets (not synced);
- ``replica.sale_prefix`` defaults to "A" (SQLite cannot change a default in place: the one-row
  ``replica`` is rebuilt), and a standalone desk still on the old "D1" takes "A" (receipt
  numbers are kronos_desktop.store.sale_numbers').

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04 18:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kronos_core.instants

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

FALSE = sa.text("0")
TRUE = sa.text("1")
ZERO = sa.text("0")
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
    op.create_table(
        "ticket_draft",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("appointment_id", sa.Uuid(), nullable=True),
        sa.Column("client_id", sa.Uuid(), nullable=True),
        sa.Column("body", sa.JSON(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", INSTANT, nullable=False),
        sa.Column("changed_at", INSTANT, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket_draft")),
        sa.UniqueConstraint("appointment_id", name=op.f("uq_ticket_draft_appointment_id")),
    )


def _add_columns() -> None:
    studio = [
        "no_show_late_minutes INTEGER DEFAULT 30 NOT NULL",
        "deposit_reschedules INTEGER DEFAULT 1 NOT NULL",
        "deposit_applies_to VARCHAR(5) DEFAULT 'last' NOT NULL CONSTRAINT ck_studio_deposit_applies_to "
        "CHECK (deposit_applies_to IN ('first', 'last'))",
        "forfeit_artist_bps INTEGER DEFAULT 5000 NOT NULL CONSTRAINT ck_studio_forfeit_artist_bps "
        "CHECK (forfeit_artist_bps BETWEEN 0 AND 10000)",
        "deposit_policy_text TEXT",
        "card_instalments_max INTEGER DEFAULT 12 NOT NULL CONSTRAINT ck_studio_card_instalments_max "
        "CHECK (card_instalments_max BETWEEN 1 AND 24)",
        "card_fee_debit_bps INTEGER DEFAULT 0 NOT NULL",
        "card_fee_credit_bps INTEGER DEFAULT 0 NOT NULL",
    ]
    sale = [
        "ticket_discount BIGINT DEFAULT 0 NOT NULL",
        "ticket_discount_reason VARCHAR(200)",
        "deposit_applied BIGINT DEFAULT 0 NOT NULL",
        "tip_total BIGINT DEFAULT 0 NOT NULL",
        "card_fee_total BIGINT DEFAULT 0 NOT NULL",
        "device_id CHAR(32)",
        "fiscal_document VARCHAR(14)",
        "fiscal_name VARCHAR(200)",
        "fiscal_address TEXT",
        "service_description TEXT",
        "void_reason TEXT",
        "voided_at BIGINT",
        "voided_by CHAR(32)",
    ]
    sale_line = [
        "product_id CHAR(32) REFERENCES product (id)",
        "discount_bps INTEGER",
        "discount_reason VARCHAR(200)",
        "ticket_discount_share BIGINT DEFAULT 0 NOT NULL",
        "fee_share BIGINT DEFAULT 0 NOT NULL",
    ]
    payment = [
        "deposit_id CHAR(32) REFERENCES deposit (id)",
        "card_brand VARCHAR(12)",
        "instalments INTEGER",
        "auth_code VARCHAR(40)",
        "card_fee BIGINT DEFAULT 0 NOT NULL",
        "pix_e2e_id VARCHAR(64)",
        "cash_tendered BIGINT",
        "reason TEXT",
    ]
    for table, columns in (("studio", studio), ("sale", sale), ("sale_line", sale_line), ("payment", payment)):
        for column in columns:
            op.execute(f"ALTER TABLE {table} ADD COLUMN {column}")
    op.create_index("ix_payment_refund_of", "payment", ["refund_of"], unique=False)
    op.create_index("ix_payment_deposit", "payment", ["deposit_id"], unique=False)


def _trigger(table: str, operation: str) -> str:
    return (
        f"CREATE TRIGGER append_only_{table}_{operation.lower()} BEFORE {operation} ON {table} "
        "WHEN NOT kronos_sync_write() "
        f"BEGIN SELECT RAISE(ABORT, 'append_only: a {table} row is never changed nor deleted ({operation})'); END"
    )


def upgrade() -> None:
    _create_tables()  # first: sale_line.product_id and payment.deposit_id reference them
    _add_columns()
    for table in APPEND_ONLY:
        for operation in ("UPDATE", "DELETE"):
            op.execute(_trigger(table, operation))
    with op.batch_alter_table("replica", recreate="always") as batch_op:
        batch_op.alter_column("sale_prefix", existing_type=sa.String(length=8), server_default="A")
    op.execute("UPDATE replica SET sale_prefix = 'A' WHERE sale_prefix = 'D1' AND server_url IS NULL")


def downgrade() -> None:
    raise NotImplementedError("the desk's file is never downgraded: a backup is kept before each upgrade")

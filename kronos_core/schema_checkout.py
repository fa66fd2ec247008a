"""The checkout's tables (issue 15): products, deposits and their ledger, sales, their lines and
tips, payments. Part of the shared schema (kronos_core.schema lists them in SYNCED_TABLES)."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
    text,
)

from kronos_core.instants import Instant
from kronos_core.schema_base import (
    DEPOSIT_ENTRY_KINDS,
    DEPOSIT_STATUSES,
    PAYMENT_METHODS,
    SALE_LINE_KINDS,
    SALE_STATUSES,
    _in,
    _sync_columns,
    metadata,
)

# Issue 15: the studio's retail products (kept by managers; stock is the drawer issue's ledger).
product = Table(
    "product",
    metadata,
    *_sync_columns(),
    Column("name", String(120), nullable=False),
    Column("sku", String(40), nullable=True),
    Column("price", BigInteger, nullable=False),
    Column("active", Boolean, nullable=False, server_default=text("true")),
    # Issue 16: warn when the stock (the sum of its stock_movement rows) is at or below this.
    Column("low_stock_level", Integer, nullable=True),
    CheckConstraint("price >= 0", name="price"),
    Index("ix_product_studio_name", "studio_id", "name"),
)

# A deposit (sinal): money a client left to hold a booking or a project. Its money is a payment
# row (``payment.deposit_id``); its life is this row's status and the append-only
# ``deposit_entry`` ledger. ``transferred``: moved to another project or booking as a new
# deposit (``transferred_from`` on the new one). The forfeit shares are fixed when forfeited.
deposit = Table(
    "deposit",
    metadata,
    *_sync_columns(),
    Column("client_id", Uuid, ForeignKey("client.id"), nullable=False),
    Column("project_id", Uuid, ForeignKey("project.id"), nullable=True),
    Column("appointment_id", Uuid, ForeignKey("appointment.id"), nullable=True),
    Column("artist_id", Uuid, ForeignKey("staff.id"), nullable=True),
    Column("amount", BigInteger, nullable=False),
    Column("status", String(12), nullable=False, server_default="held"),
    Column("taken_on", Date, nullable=False),  # business date
    Column("expires_on", Date, nullable=True),
    Column("reschedules", Integer, nullable=False, server_default=text("0")),
    Column("policy_text", Text, nullable=False),  # the words the client acknowledged
    Column("note", Text, nullable=True),
    Column("sale_id", Uuid, ForeignKey("sale.id"), nullable=True),  # applied to
    Column("transferred_from", Uuid, ForeignKey("deposit.id"), nullable=True),
    Column("forfeit_reason", String(12), nullable=True),
    Column("forfeit_artist_share", BigInteger, nullable=False, server_default=text("0")),
    Column("forfeit_studio_share", BigInteger, nullable=False, server_default=text("0")),
    CheckConstraint("amount > 0", name="amount"),
    CheckConstraint(_in("status", DEPOSIT_STATUSES), name="status"),
    Index("ix_deposit_client", "client_id"),
    Index("ix_deposit_appointment", "appointment_id"),
    Index("ix_deposit_project", "project_id"),
)

deposit_entry = Table(
    "deposit_entry",
    metadata,
    *_sync_columns(),
    Column("deposit_id", Uuid, ForeignKey("deposit.id"), nullable=False),
    Column("kind", String(12), nullable=False),
    Column("amount", BigInteger, nullable=False),
    Column("sale_id", Uuid, ForeignKey("sale.id"), nullable=True),
    Column("payment_id", Uuid, ForeignKey("payment.id"), nullable=True),
    Column("note", Text, nullable=True),
    Column("business_date", Date, nullable=False),
    Column("occurred_at", Instant, nullable=False),
    CheckConstraint(_in("kind", DEPOSIT_ENTRY_KINDS), name="kind"),
    Index("ix_deposit_entry_deposit", "deposit_id"),
)

sale = Table(
    "sale",
    metadata,
    *_sync_columns(),
    Column("number", String(32), nullable=False),
    Column("client_id", Uuid, ForeignKey("client.id"), nullable=True),
    Column("appointment_id", Uuid, ForeignKey("appointment.id"), nullable=True),
    Column("status", String(8), nullable=False, server_default="open"),
    Column("subtotal", BigInteger, nullable=False, server_default=text("0")),
    Column("discount_total", BigInteger, nullable=False, server_default=text("0")),
    Column("total", BigInteger, nullable=False, server_default=text("0")),
    Column("business_date", Date, nullable=False),
    Column("closed_at", Instant, nullable=True),
    # Issue 15. The ticket's own discount (spread over the lines' ``discount`` at close, by
    # kronos_core.ticket), the deposits applied, the tips, the card machines' fees, the desk.
    Column("ticket_discount", BigInteger, nullable=False, server_default=text("0")),
    Column("ticket_discount_reason", String(200), nullable=True),
    Column("deposit_applied", BigInteger, nullable=False, server_default=text("0")),
    Column("tip_total", BigInteger, nullable=False, server_default=text("0")),
    Column("card_fee_total", BigInteger, nullable=False, server_default=text("0")),
    Column("device_id", Uuid, nullable=True),
    # What an NFS-e will need (a later server issue): the client's CPF or CNPJ (digits), name and
    # address as on the ticket, and the service's description.
    Column("fiscal_document", String(14), nullable=True),
    Column("fiscal_name", String(200), nullable=True),
    Column("fiscal_address", Text, nullable=True),
    Column("service_description", Text, nullable=True),
    # A void (owners and managers): why, when, by whom; the sale itself is never edited otherwise.
    Column("void_reason", Text, nullable=True),
    Column("voided_at", Instant, nullable=True),
    Column("voided_by", Uuid, nullable=True),
    CheckConstraint(_in("status", SALE_STATUSES), name="status"),
    UniqueConstraint("studio_id", "number", name="uq_sale_studio_number"),
    Index("ix_sale_studio_date", "studio_id", "business_date"),
    Index("ix_sale_client", "client_id"),  # a client's sales (the record, the export)
)

sale_line = Table(
    "sale_line",
    metadata,
    *_sync_columns(),
    Column("sale_id", Uuid, ForeignKey("sale.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("kind", String(8), nullable=False),
    Column("description", String(200), nullable=False),
    Column("artist_id", Uuid, ForeignKey("staff.id"), nullable=True),
    Column("quantity", Integer, nullable=False),
    Column("unit_price", BigInteger, nullable=False),
    Column("discount", BigInteger, nullable=False, server_default=text("0")),
    Column("total", BigInteger, nullable=False),
    Column("artist_share", BigInteger, nullable=False, server_default=text("0")),
    Column("studio_share", BigInteger, nullable=False, server_default=text("0")),
    Column("commission_bps", Integer, nullable=True),
    # Issue 15: the product sold, the line's own discount as typed (a percent in basis points,
    # or None for an amount) and its reason, the part of ``discount`` that is the ticket's
    # discount spread onto it, and the card fee it carries (a "net" commission's base).
    Column("product_id", Uuid, ForeignKey("product.id"), nullable=True),
    Column("discount_bps", Integer, nullable=True),
    Column("discount_reason", String(200), nullable=True),
    Column("ticket_discount_share", BigInteger, nullable=False, server_default=text("0")),
    Column("fee_share", BigInteger, nullable=False, server_default=text("0")),
    CheckConstraint(_in("kind", SALE_LINE_KINDS), name="kind"),
    CheckConstraint("quantity > 0", name="quantity"),
    CheckConstraint("unit_price >= 0 AND discount >= 0", name="amounts"),
    CheckConstraint("total = quantity * unit_price - discount", name="total"),
    CheckConstraint("artist_share + studio_share = total", name="shares"),
    Index("ix_sale_line_sale", "sale_id"),
)

# A tip on a ticket for one artist, split at close by their rule's tip share.
sale_tip = Table(
    "sale_tip",
    metadata,
    *_sync_columns(),
    Column("sale_id", Uuid, ForeignKey("sale.id"), nullable=False),
    Column("artist_id", Uuid, ForeignKey("staff.id"), nullable=False),
    Column("amount", BigInteger, nullable=False),
    Column("artist_share", BigInteger, nullable=False),
    Column("studio_share", BigInteger, nullable=False),
    Column("tip_share_bps", Integer, nullable=False),
    CheckConstraint("amount > 0", name="amount"),
    CheckConstraint("artist_share + studio_share = amount", name="shares"),
    Index("ix_sale_tip_sale", "sale_id"),
)

payment = Table(
    "payment",
    metadata,
    *_sync_columns(),
    Column("sale_id", Uuid, ForeignKey("sale.id"), nullable=True),
    Column("method", String(10), nullable=False),
    Column("amount", BigInteger, nullable=False),
    Column("tip", BigInteger, nullable=False, server_default=text("0")),
    Column("refund_of", Uuid, ForeignKey("payment.id"), nullable=True),
    Column("taken_by", Uuid, ForeignKey("staff.id"), nullable=True),
    Column("device_id", Uuid, nullable=True),
    Column("business_date", Date, nullable=False),
    Column("received_at", Instant, nullable=False),
    # Issue 15: a deposit's money (sale_id None), cards (brand, instalments, the machine's
    # authorisation code / NSU, its fee), PIX's end-to-end id when known, what a cash payer
    # handed over (change = cash_tendered - amount - tip), a refund's reason.
    Column("deposit_id", Uuid, ForeignKey("deposit.id"), nullable=True),
    Column("card_brand", String(12), nullable=True),
    Column("instalments", Integer, nullable=True),
    Column("auth_code", String(40), nullable=True),
    Column("card_fee", BigInteger, nullable=False, server_default=text("0")),
    Column("pix_e2e_id", String(64), nullable=True),
    Column("cash_tendered", BigInteger, nullable=True),
    Column("reason", Text, nullable=True),
    # Issue 16: the gift voucher redeemed (method ``voucher``), or the voucher this money bought.
    Column("voucher_id", Uuid, ForeignKey("voucher.id"), nullable=True),
    Column("for_voucher_id", Uuid, ForeignKey("voucher.id"), nullable=True),
    CheckConstraint(_in("method", PAYMENT_METHODS), name="method"),
    CheckConstraint("tip >= 0", name="tip"),
    CheckConstraint("amount >= 0 OR refund_of IS NOT NULL", name="refund_points_back"),
    Index("ix_payment_sale", "sale_id"),
    Index("ix_payment_studio_date", "studio_id", "business_date"),
    Index("ix_payment_refund_of", "refund_of"),
    Index("ix_payment_deposit", "deposit_id"),
    Index("ix_payment_voucher", "voucher_id"),
    Index("ix_payment_for_voucher", "for_voucher_id"),
)

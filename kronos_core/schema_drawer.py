"""The cash drawer and the day's close, gift vouchers, stock (issue 16). Part of the shared schema
(kronos_core.schema lists them in SYNCED_TABLES).

- ``cash_drawer``: a named drawer. ``device_id`` None: the studio's one drawer, where the cash of
  every desk goes; otherwise the drawer of that desk (its cash payments, ``payment.device_id``).
- ``cash_session``: a drawer's business day: its opening float, open or closed. Closing writes a
  ``cash_count`` (append-only: a reopen and a second close write a second one); a manager's
  reopen sets the session open again with its reason (and the audit trail keeps it).
- ``cash_movement``: cash put in (suprimento) or taken out (sangria), with a reason (append-only).
- ``cash_count``: the count at a close: the grid of notes and coins, counted, expected, the
  difference and its note, and what the desk knew when it closed (the payments it counted and
  the day's totals), so a payment arriving later shows as late and never changes a closed total.
- ``voucher``: a gift voucher, its code and value; its balance is the value less its redemptions
  (``payment.voucher_id``, method ``voucher``) plus what was given back of them. The money that
  bought it: payments with ``for_voucher_id``.
- ``stock_movement``: a product's stock is the sum of its movements (append-only), so two desks
  selling offline converge.
"""

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
    CASH_MOVEMENT_KINDS,
    CASH_SESSION_STATUSES,
    STOCK_MOVEMENT_KINDS,
    _in,
    _sync_columns,
    metadata,
)
from kronos_core.storable import StorableJSON

cash_drawer = Table(
    "cash_drawer",
    metadata,
    *_sync_columns(),
    Column("name", String(60), nullable=False),
    Column("device_id", Uuid, nullable=True),
    Column("active", Boolean, nullable=False, server_default=text("true")),
)

cash_session = Table(
    "cash_session",
    metadata,
    *_sync_columns(),
    Column("drawer_id", Uuid, ForeignKey("cash_drawer.id"), nullable=False),
    Column("business_date", Date, nullable=False),
    Column("status", String(6), nullable=False, server_default="open"),
    Column("opening_float", BigInteger, nullable=False),
    Column("opened_at", Instant, nullable=False),
    Column("opened_by", Uuid, nullable=True),
    Column("closed_at", Instant, nullable=True),
    Column("closed_by", Uuid, nullable=True),
    Column("reopened_at", Instant, nullable=True),
    Column("reopened_by", Uuid, nullable=True),
    Column("reopen_reason", Text, nullable=True),
    CheckConstraint(_in("status", CASH_SESSION_STATUSES), name="status"),
    CheckConstraint("opening_float >= 0", name="opening_float"),
    Index("ix_cash_session_drawer_date", "drawer_id", "business_date"),
    Index("ix_cash_session_studio_date", "studio_id", "business_date"),
)

cash_movement = Table(
    "cash_movement",
    metadata,
    *_sync_columns(),
    Column("session_id", Uuid, ForeignKey("cash_session.id"), nullable=False),
    Column("kind", String(3), nullable=False),
    Column("amount", BigInteger, nullable=False),
    Column("reason", String(200), nullable=False),
    Column("moved_by", Uuid, nullable=True),
    Column("moved_at", Instant, nullable=False),
    Column("device_id", Uuid, nullable=True),
    # a cash out above what the drawer holds: the manager who confirmed it
    Column("confirmed_by", Uuid, nullable=True),
    CheckConstraint(_in("kind", CASH_MOVEMENT_KINDS), name="kind"),
    CheckConstraint("amount > 0", name="amount"),
    Index("ix_cash_movement_session", "session_id"),
)

cash_count = Table(
    "cash_count",
    metadata,
    *_sync_columns(),
    Column("session_id", Uuid, ForeignKey("cash_session.id"), nullable=False),
    # {"20000": 2, "5000": 3, ...}: centavos of a note or coin -> how many (kronos_core.drawer.DENOMINATIONS)
    Column("grid", StorableJSON, nullable=False),
    Column("counted", BigInteger, nullable=False),
    Column("expected", BigInteger, nullable=False),
    Column("difference", BigInteger, nullable=False),
    Column("note", Text, nullable=True),
    Column("counted_by", Uuid, nullable=True),
    Column("counted_at", Instant, nullable=False),
    Column("device_id", Uuid, nullable=True),
    # what the close counted: the payment ids (a later one is "late") and the day's totals then
    Column("payment_ids", StorableJSON, nullable=False),
    Column("totals", StorableJSON, nullable=False),
    CheckConstraint("counted >= 0", name="counted"),
    CheckConstraint("difference = counted - expected", name="difference"),
    Index("ix_cash_count_session", "session_id"),
)

voucher = Table(
    "voucher",
    metadata,
    *_sync_columns(),
    Column("code", String(20), nullable=False),
    Column("amount", BigInteger, nullable=False),
    Column("sold_on", Date, nullable=False),
    Column("sold_by", Uuid, nullable=True),
    Column("client_id", Uuid, ForeignKey("client.id"), nullable=True),
    Column("buyer_name", String(120), nullable=True),
    Column("recipient_name", String(120), nullable=True),
    Column("expires_on", Date, nullable=True),
    Column("note", Text, nullable=True),
    Column("device_id", Uuid, nullable=True),
    CheckConstraint("amount > 0", name="amount"),
    UniqueConstraint("studio_id", "code", name="uq_voucher_studio_code"),
)

stock_movement = Table(
    "stock_movement",
    metadata,
    *_sync_columns(),
    Column("product_id", Uuid, ForeignKey("product.id"), nullable=False),
    Column("kind", String(8), nullable=False),
    Column("quantity", Integer, nullable=False),  # signed: received +, sold -, ...
    Column("reason", String(200), nullable=True),
    Column("sale_id", Uuid, ForeignKey("sale.id"), nullable=True),
    Column("moved_by", Uuid, nullable=True),
    Column("moved_at", Instant, nullable=False),
    Column("device_id", Uuid, nullable=True),
    CheckConstraint(_in("kind", STOCK_MOVEMENT_KINDS), name="kind"),
    CheckConstraint("quantity <> 0", name="quantity"),
    Index("ix_stock_movement_product", "product_id"),
)

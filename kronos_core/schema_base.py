"""The shared schema's foundations: the naming convention, the metadata, the sync columns every
synced row carries and the values its columns allow (kronos_core.schema re-exports them)."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    MetaData,
    Uuid,
    false,
    text,
)

from kronos_core.instants import Instant

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

SYNC_COLUMNS = (
    "id",
    "studio_id",
    "version",
    "deleted",
    "created_at",
    "changed_at",
    "changed_by",
    "origin_device",
    "created_by",
)

ROLES = ("owner", "manager", "receptionist", "artist")
APPOINTMENT_KINDS = ("consultation", "session", "touch_up", "walk_in", "block")
APPOINTMENT_STATUSES = ("booked", "confirmed", "checked_in", "in_progress", "completed", "cancelled", "no_show")
ACTIVE_APPOINTMENT_STATUSES = ("booked", "confirmed", "checked_in", "in_progress")
SALE_STATUSES = ("open", "closed", "void")
SALE_LINE_KINDS = ("service", "product")
PAYMENT_METHODS = ("cash", "credit", "debit", "pix", "transfer", "voucher")
# ``needs_review``: something stored that a person should look at (a payment against a missing
# sale): the mutation applied, unlike ``rejected``.
CONFLICT_KINDS = ("double_booking", "field_overwrite", "duplicate_client", "renumbered", "rejected", "needs_review")
CONFLICT_STATUSES = ("open", "resolved", "dismissed")
PROJECT_STATUSES = ("open", "finished", "cancelled")
# Issue 14: the kinds of a questionnaire's question, of a material on the studio's list, and what
# the desk does when a session starts with no signed form (the studio's ``unsigned_form_policy``).
FORM_QUESTION_KINDS = ("yes_no", "text", "choice", "date")
MATERIAL_KINDS = ("ink", "needle", "disposable", "other")
UNSIGNED_FORM_POLICIES = ("warn", "block")
# Issue 15: the checkout. A deposit's status and the kinds of its ledger entries; the card brands
# a machine reads; when a project's deposit is applied; who keeps a forfeited deposit.
DEPOSIT_STATUSES = ("held", "applied", "forfeited", "refunded", "transferred")
DEPOSIT_ENTRY_KINDS = ("taken", "applied", "forfeited", "refunded", "transferred", "rescheduled", "returned")
DEPOSIT_FORFEIT_REASONS = ("no_show", "late_cancel", "expired", "reschedules")
CARD_BRANDS = ("visa", "mastercard", "elo", "hipercard", "amex")
DEPOSIT_APPLIES_TO = ("first", "last")
FORFEIT_KEEPERS = ("studio", "artist", "split")
# Issue 16: a drawer's day, cash put in (suprimento) or taken out (sangria), a stock movement.
CASH_SESSION_STATUSES = ("open", "closed")
CASH_MOVEMENT_KINDS = ("in", "out")
STOCK_MOVEMENT_KINDS = ("received", "sold", "returned", "adjusted", "counted")
# A time-off series spans at most this many days after its first (a weekly series "at most a year").
TIME_OFF_MAX_DAYS = 366
# No appointment row (time-off blocks included) lasts longer: the clash check reads a bounded
# range of starts_at and relies on it (kronos_core.mutations.appointments.MAX_LENGTH).
APPOINTMENT_MAX_HOURS = 16
_MAX_LENGTH_SQLITE = f"ends_at - starts_at <= {APPOINTMENT_MAX_HOURS * 3_600_000_000}"
_MAX_LENGTH_POSTGRESQL = f"ends_at - starts_at <= interval '{APPOINTMENT_MAX_HOURS} hours'"
# Dates are ISO text on SQLite and date on PostgreSQL (where date - date is a number of days).
_SERIES_LENGTH_SQLITE = f"julianday(last_day) - julianday(first_day) <= {TIME_OFF_MAX_DAYS}"
_SERIES_SPAN = f"end_minute > start_minute AND end_minute - start_minute <= {APPOINTMENT_MAX_HOURS * 60}"
_SERIES_LENGTH_POSTGRESQL = f"last_day - first_day <= {TIME_OFF_MAX_DAYS}"


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _sync_columns(*, studio_fk: bool = True) -> list[Column[object]]:
    studio_args: list[ForeignKey] = [ForeignKey("studio.id")] if studio_fk else []
    return [
        Column("id", Uuid, primary_key=True),
        Column("studio_id", Uuid, *studio_args, nullable=False),
        Column("version", BigInteger, nullable=False, server_default=text("0")),
        Column("deleted", Boolean, nullable=False, server_default=false()),
        Column("created_at", Instant, nullable=False),
        Column("changed_at", Instant, nullable=False),
        Column("changed_by", Uuid, nullable=True),
        Column("origin_device", Uuid, nullable=True),
        # The staff member who created the row (changed_by is who last changed it).
        Column("created_by", Uuid, nullable=True),
    ]

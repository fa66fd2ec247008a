"""The shared schema: every synced table, defined once with SQLAlchemy Core.

Both the desk (SQLite) and the server (PostgreSQL) build their tables from this metadata
through their own Alembic migrations. Every synced row carries the sync columns below.
Later issues add their tables here *and* in a migration on each side.
"""

from __future__ import annotations

from sqlalchemy import (
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
    Uuid,
    false,
    text,
)

from kronos_core.instants import Instant
from kronos_core.schema_base import (
    _MAX_LENGTH_POSTGRESQL as _MAX_LENGTH_POSTGRESQL,
)
from kronos_core.schema_base import (
    _MAX_LENGTH_SQLITE as _MAX_LENGTH_SQLITE,
)
from kronos_core.schema_base import (
    _SERIES_LENGTH_POSTGRESQL as _SERIES_LENGTH_POSTGRESQL,
)
from kronos_core.schema_base import (
    _SERIES_LENGTH_SQLITE as _SERIES_LENGTH_SQLITE,
)
from kronos_core.schema_base import (
    _SERIES_SPAN as _SERIES_SPAN,
)
from kronos_core.schema_base import (
    ACTIVE_APPOINTMENT_STATUSES as ACTIVE_APPOINTMENT_STATUSES,
)
from kronos_core.schema_base import (
    APPOINTMENT_KINDS as APPOINTMENT_KINDS,
)
from kronos_core.schema_base import (
    APPOINTMENT_MAX_HOURS as APPOINTMENT_MAX_HOURS,
)
from kronos_core.schema_base import (
    APPOINTMENT_STATUSES as APPOINTMENT_STATUSES,
)
from kronos_core.schema_base import (
    CARD_BRANDS as CARD_BRANDS,
)
from kronos_core.schema_base import (
    CASH_MOVEMENT_KINDS as CASH_MOVEMENT_KINDS,
)
from kronos_core.schema_base import (
    CASH_SESSION_STATUSES as CASH_SESSION_STATUSES,
)
from kronos_core.schema_base import (
    CONFLICT_KINDS as CONFLICT_KINDS,
)
from kronos_core.schema_base import (
    CONFLICT_STATUSES as CONFLICT_STATUSES,
)
from kronos_core.schema_base import (
    DEPOSIT_APPLIES_TO as DEPOSIT_APPLIES_TO,
)
from kronos_core.schema_base import (
    DEPOSIT_ENTRY_KINDS as DEPOSIT_ENTRY_KINDS,
)
from kronos_core.schema_base import (
    DEPOSIT_FORFEIT_REASONS as DEPOSIT_FORFEIT_REASONS,
)
from kronos_core.schema_base import (
    DEPOSIT_STATUSES as DEPOSIT_STATUSES,
)
from kronos_core.schema_base import (
    FORFEIT_KEEPERS as FORFEIT_KEEPERS,
)
from kronos_core.schema_base import (
    FORM_QUESTION_KINDS as FORM_QUESTION_KINDS,
)
from kronos_core.schema_base import (
    MATERIAL_KINDS as MATERIAL_KINDS,
)
from kronos_core.schema_base import (
    NAMING_CONVENTION as NAMING_CONVENTION,
)
from kronos_core.schema_base import (
    PAYMENT_METHODS as PAYMENT_METHODS,
)
from kronos_core.schema_base import (
    PROJECT_STATUSES as PROJECT_STATUSES,
)
from kronos_core.schema_base import (
    ROLES as ROLES,
)
from kronos_core.schema_base import (
    SALE_LINE_KINDS as SALE_LINE_KINDS,
)
from kronos_core.schema_base import (
    SALE_STATUSES as SALE_STATUSES,
)
from kronos_core.schema_base import (
    STOCK_MOVEMENT_KINDS as STOCK_MOVEMENT_KINDS,
)
from kronos_core.schema_base import (
    SYNC_COLUMNS as SYNC_COLUMNS,
)
from kronos_core.schema_base import (
    TIME_OFF_MAX_DAYS as TIME_OFF_MAX_DAYS,
)
from kronos_core.schema_base import (
    UNSIGNED_FORM_POLICIES as UNSIGNED_FORM_POLICIES,
)
from kronos_core.schema_base import (
    _in as _in,
)
from kronos_core.schema_base import (
    _sync_columns as _sync_columns,
)
from kronos_core.schema_base import (
    metadata as metadata,
)
from kronos_core.schema_checkout import (
    deposit as deposit,
)
from kronos_core.schema_checkout import (
    deposit_entry as deposit_entry,
)
from kronos_core.schema_checkout import (
    payment as payment,
)
from kronos_core.schema_checkout import (
    product as product,
)
from kronos_core.schema_checkout import (
    sale as sale,
)
from kronos_core.schema_checkout import (
    sale_line as sale_line,
)
from kronos_core.schema_checkout import (
    sale_tip as sale_tip,
)
from kronos_core.schema_drawer import (
    cash_count as cash_count,
)
from kronos_core.schema_drawer import (
    cash_drawer as cash_drawer,
)
from kronos_core.schema_drawer import (
    cash_movement as cash_movement,
)
from kronos_core.schema_drawer import (
    cash_session as cash_session,
)
from kronos_core.schema_drawer import (
    stock_movement as stock_movement,
)
from kronos_core.schema_drawer import (
    voucher as voucher,
)
from kronos_core.storable import StorableJSON

studio = Table(
    "studio",
    metadata,
    *_sync_columns(studio_fk=False),
    Column("name", String(200), nullable=False),
    Column("timezone", String(64), nullable=False, server_default="America/Sao_Paulo"),
    Column("currency", String(3), nullable=False, server_default="BRL"),
    Column("locale", String(16), nullable=False, server_default="pt_BR"),
    Column("pix_key", String(140), nullable=True),
    Column("merchant_name", String(25), nullable=True),
    Column("merchant_city", String(15), nullable=True),
    Column("min_client_age", Integer, nullable=False, server_default=text("18")),
    Column("deposit_expiry_months", Integer, nullable=False, server_default=text("6")),
    Column("forfeit_on_no_show", Boolean, nullable=False, server_default=text("true")),
    Column("late_cancel_hours", Integer, nullable=False, server_default=text("48")),
    Column("receipt_footer", Text, nullable=True),
    # Issue 11: the studio's settings page (validated by studio.update; kronos_core.hours,
    # kronos_core.pix_keys, kronos_core.brazil).
    Column("state", String(2), nullable=True),  # UF, for the public holidays
    # A kronos_core.hours week; None: the default week.
    Column("opening_hours", StorableJSON(none_as_null=True), nullable=True),
    Column("age_of_majority", Integer, nullable=False, server_default=text("18")),
    Column("pix_key_kind", String(6), nullable=True),  # kronos_core.pix_keys.PIX_KEY_KINDS
    Column("forfeit_keeper", String(8), nullable=False, server_default="studio"),  # studio | artist | split
    Column("commission_base", String(5), nullable=False, server_default="gross"),  # gross | net (of card fees)
    Column("cleaning_buffer_minutes", Integer, nullable=False, server_default=text("15")),
    Column("retention_years", Integer, nullable=False, server_default=text("5")),
    Column("idle_lock_minutes", Integer, nullable=False, server_default=text("5")),  # 0: never
    # Issue 14: checking in or starting a session with no signed form warns, or blocks.
    Column("unsigned_form_policy", String(5), nullable=False, server_default="warn"),
    # Issue 15: the deposit policy as studios write it (with deposit_expiry_months,
    # forfeit_on_no_show, late_cancel_hours, forfeit_keeper above): minutes late that count as a
    # no-show, how many reschedules a deposit survives, whether a project's deposit is applied at
    # its first or its last session, the artist's part of a forfeit kept "split", and the policy's
    # own words (None: kronos_core.deposits.policy_text writes them from the settings).
    Column("no_show_late_minutes", Integer, nullable=False, server_default=text("30")),
    Column("deposit_reschedules", Integer, nullable=False, server_default=text("1")),
    Column("deposit_applies_to", String(5), nullable=False, server_default="last"),
    Column("forfeit_artist_bps", Integer, nullable=False, server_default=text("5000")),
    Column("deposit_policy_text", Text, nullable=True),
    # Cards: the most instalments the studio offers, and the machine's fee (basis points) the
    # payment form starts from (the receptionist types the machine's own when it differs).
    Column("card_instalments_max", Integer, nullable=False, server_default=text("12")),
    Column("card_fee_debit_bps", Integer, nullable=False, server_default=text("0")),
    Column("card_fee_credit_bps", Integer, nullable=False, server_default=text("0")),
    CheckConstraint("min_client_age >= 0", name="min_age"),
    CheckConstraint(_in("unsigned_form_policy", UNSIGNED_FORM_POLICIES), name="unsigned_form_policy"),
    CheckConstraint(_in("deposit_applies_to", DEPOSIT_APPLIES_TO), name="deposit_applies_to"),
    CheckConstraint("forfeit_artist_bps BETWEEN 0 AND 10000", name="forfeit_artist_bps"),
    CheckConstraint("card_instalments_max BETWEEN 1 AND 24", name="card_instalments_max"),
)

staff = Table(
    "staff",
    metadata,
    *_sync_columns(),
    Column("user_id", Uuid, nullable=True),
    Column("display_name", String(120), nullable=False),
    Column("role", String(16), nullable=False),
    Column("color", String(7), nullable=False, server_default="#888888"),
    Column("active", Boolean, nullable=False, server_default=text("true")),
    Column("pin_hash", String(200), nullable=True),
    # Working hours per weekday (kronos_core.hours week; None: the studio's opening hours) and
    # the days that differ ([{"date": ..., "spans": [...]}], empty spans: a day off).
    Column("working_hours", StorableJSON(none_as_null=True), nullable=True),
    Column("hours_exceptions", StorableJSON, nullable=False, server_default=text("'[]'")),
    # A guest artist works from/to these dates (both None: a member of the house).
    Column("guest_from", Date, nullable=True),
    Column("guest_to", Date, nullable=True),
    CheckConstraint(_in("role", ROLES), name="role"),
    Index("ix_staff_studio_name", "studio_id", "display_name"),
)

commission_rule = Table(
    "commission_rule",
    metadata,
    *_sync_columns(),
    Column("staff_id", Uuid, ForeignKey("staff.id"), nullable=False),
    Column("rate_bps", Integer, nullable=False),
    Column("tip_share_bps", Integer, nullable=False, server_default=text("10000")),
    Column("effective_from", Date, nullable=False),
    CheckConstraint("rate_bps BETWEEN 0 AND 10000", name="rate"),
    CheckConstraint("tip_share_bps BETWEEN 0 AND 10000", name="tip_share"),
    Index("ix_commission_rule_staff", "staff_id", "effective_from"),
)

station = Table(
    "station",
    metadata,
    *_sync_columns(),
    Column("name", String(80), nullable=False),
    Column("active", Boolean, nullable=False, server_default=text("true")),
)

client = Table(
    "client",
    metadata,
    *_sync_columns(),
    Column("full_name", String(200), nullable=False),
    Column("preferred_name", String(80), nullable=True),
    Column("birth_date", Date, nullable=True),
    Column("phone", String(20), nullable=True),
    Column("email", String(254), nullable=True),
    Column("document_type", String(16), nullable=True),
    Column("document_number", String(32), nullable=True),
    Column("address", Text, nullable=True),
    Column("allergies", Text, nullable=True),
    Column("medical_alerts", Text, nullable=True),
    Column("notes", Text, nullable=True),
    Column("tags", StorableJSON, nullable=False, server_default=text("'[]'")),
    Column("marketing_consent", Boolean, nullable=False, server_default=false()),
    Column("data_processing_consent", Boolean, nullable=False, server_default=false()),
    Column("blocked", Boolean, nullable=False, server_default=false()),
    # Issue 13: the client record.
    Column("whatsapp", Boolean, nullable=False, server_default=false()),  # the phone takes WhatsApp
    Column("instagram", String(30), nullable=True),  # the handle, without "@", lower case
    Column("referral_source", String(40), nullable=True),  # how they found the studio
    Column("medication", Text, nullable=True),  # health alerts: allergies, medical_alerts, medication
    Column("health_data_consent", Boolean, nullable=False, server_default=false()),  # LGPD art. 11
    Column("blocked_reason", String(200), nullable=True),
    # A minor's guardian (one per client, edited and merged with the record, erased with it).
    Column("guardian_name", String(200), nullable=True),
    Column("guardian_document", String(32), nullable=True),
    Column("guardian_relationship", String(40), nullable=True),
    Column("guardian_phone", String(20), nullable=True),
    # A merged record points at the one kept (a tombstone); an erased one keeps its id alone.
    Column("merged_into", Uuid, ForeignKey("client.id"), nullable=True),
    Column("erased_at", Instant, nullable=True),
    Index("ix_client_studio_name", "studio_id", "full_name"),
    Index("ix_client_phone", "studio_id", "phone"),
    # A record's merged ones (record, export, erase). Partial: "merged_into IS NULL" is nearly every
    # row, and a whole index on it led SQLite (no statistics) to scan it for every listed client.
    Index(
        "ix_client_merged_into",
        "merged_into",
        sqlite_where=text("merged_into IS NOT NULL"),
        postgresql_where=text("merged_into IS NOT NULL"),
    ),
    Index("ix_client_email", "studio_id", "email"),  # likely duplicates (kronos_core.duplicates)
    Index("ix_client_document", "studio_id", "document_number"),
)

# Issue 12: a multi-session tattoo. Its sessions are appointments pointing at it (project_id);
# the next session is searched a healing interval (healing_days) after the last.
project = Table(
    "project",
    metadata,
    *_sync_columns(),
    Column("client_id", Uuid, ForeignKey("client.id"), nullable=False),
    Column("artist_id", Uuid, ForeignKey("staff.id"), nullable=True),
    Column("title", String(120), nullable=False),
    Column("healing_days", Integer, nullable=False, server_default=text("21")),
    Column("status", String(10), nullable=False, server_default="open"),
    Column("notes", Text, nullable=True),
    CheckConstraint("healing_days BETWEEN 0 AND 365", name="healing_days"),
    CheckConstraint(_in("status", PROJECT_STATUSES), name="status"),
    Index("ix_project_client", "client_id"),
)

# Issue 12: an artist's time off, once or weekly up to a year: the series row, expanded by
# time_off.add into one appointment row of kind 'block' a day (appointment.series_id). Minutes
# are wall-clock minutes of the day in the studio's time zone (end 1440: midnight).
time_off_series = Table(
    "time_off_series",
    metadata,
    *_sync_columns(),
    Column("artist_id", Uuid, ForeignKey("staff.id"), nullable=False),
    Column("reason", String(200), nullable=False, server_default=""),
    Column("first_day", Date, nullable=False),
    Column("last_day", Date, nullable=False),
    Column("weekdays", StorableJSON, nullable=False),  # [0..6], Monday = 0
    Column("start_minute", Integer, nullable=False),
    Column("end_minute", Integer, nullable=False),
    Column("excluded_days", StorableJSON, nullable=False, server_default=text("'[]'")),  # ISO dates
    CheckConstraint("last_day >= first_day", name="days"),
    CheckConstraint(_SERIES_LENGTH_SQLITE, name="max_days").ddl_if(dialect="sqlite"),
    CheckConstraint(_SERIES_LENGTH_POSTGRESQL, name="max_days").ddl_if(dialect="postgresql"),
    CheckConstraint("start_minute BETWEEN 0 AND 1439", name="start_minute"),
    CheckConstraint("end_minute BETWEEN 1 AND 1440", name="end_minute"),
    CheckConstraint(_SERIES_SPAN, name="span"),
    Index("ix_time_off_series_artist", "artist_id", "first_day"),
)

appointment = Table(
    "appointment",
    metadata,
    *_sync_columns(),
    Column("client_id", Uuid, ForeignKey("client.id"), nullable=True),
    Column("artist_id", Uuid, ForeignKey("staff.id"), nullable=False),
    Column("station_id", Uuid, ForeignKey("station.id"), nullable=True),
    Column("starts_at", Instant, nullable=False),
    Column("ends_at", Instant, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("status", String(16), nullable=False, server_default="booked"),
    Column("in_conflict", Boolean, nullable=False, server_default=false()),
    Column("notes", Text, nullable=True),
    Column("cancellation_reason", Text, nullable=True),
    Column("cancelled_at", Instant, nullable=True),
    # Issue 12: the project a session belongs to, the time-off series a block was expanded from,
    # and whether a cancellation came later than the studio's late_cancel_hours before the start.
    Column("project_id", Uuid, ForeignKey("project.id"), nullable=True),
    Column("series_id", Uuid, ForeignKey("time_off_series.id"), nullable=True),
    Column("late_cancellation", Boolean, nullable=False, server_default=false()),
    CheckConstraint(_in("kind", APPOINTMENT_KINDS), name="kind"),
    CheckConstraint(_in("status", APPOINTMENT_STATUSES), name="status"),
    CheckConstraint("ends_at > starts_at", name="span"),
    # Instants are integer UTC microseconds on SQLite and timestamptz on PostgreSQL.
    CheckConstraint(_MAX_LENGTH_SQLITE, name="max_length").ddl_if(dialect="sqlite"),
    CheckConstraint(_MAX_LENGTH_POSTGRESQL, name="max_length").ddl_if(dialect="postgresql"),
    CheckConstraint("kind = 'block' OR client_id IS NOT NULL", name="client_unless_block"),
    Index("ix_appointment_studio_start", "studio_id", "starts_at"),
    Index("ix_appointment_artist_start", "artist_id", "starts_at"),
    Index("ix_appointment_station_start", "station_id", "starts_at"),
    Index("ix_appointment_client", "client_id"),
    Index("ix_appointment_project", "project_id"),
    Index("ix_appointment_series", "series_id"),
)

# Issue 14: consent and health forms (kronos_core.forms holds their rules and shapes).
# The studio's questionnaire: every edit is a new row (append-only), numbered 1, 2, 3 per studio;
# a signed form points at the row it was signed with. Two desks editing offline may both write
# number n: the forms keep pointing at their own row, and the newest (number, created_at) is used.
form_template = Table(
    "form_template",
    metadata,
    *_sync_columns(),
    Column("number", Integer, nullable=False),
    Column("language", String(8), nullable=False),  # pt_BR | en: the words the questions are in
    Column("title", String(200), nullable=False),
    Column("questions", StorableJSON, nullable=False),  # kronos_core.forms: a list of questions
    Column("consent_text", Text, nullable=False),
    Column("image_use_text", Text, nullable=False),  # portfolio and social media: a consent of its own
    CheckConstraint("number >= 1", name="number"),
    Index("ix_form_template_studio_number", "studio_id", "number"),
)

# A signed form: written once, complete, when it is signed (never edited; an amendment is a new
# row pointing at the one it amends). Signatures are vector strokes in the row.
consent_form = Table(
    "consent_form",
    metadata,
    *_sync_columns(),
    Column("client_id", Uuid, ForeignKey("client.id"), nullable=False),
    Column("appointment_id", Uuid, ForeignKey("appointment.id"), nullable=True),
    Column("template_id", Uuid, ForeignKey("form_template.id"), nullable=False),
    Column("answers", StorableJSON, nullable=False),  # {question id: {"value": ..., "details": str}}
    Column("alerts", StorableJSON, nullable=False, server_default=text("'[]'")),  # health alerts raised
    Column("signature", StorableJSON, nullable=False),  # kronos_core.forms strokes
    Column("client_document_type", String(16), nullable=True),  # the ID checked
    Column("client_document_number", String(32), nullable=True),
    Column("minor", Boolean, nullable=False, server_default=false()),  # below the age of majority
    Column("guardian_name", String(200), nullable=True),
    Column("guardian_relationship", String(40), nullable=True),
    Column("guardian_document_type", String(16), nullable=True),
    Column("guardian_document_number", String(32), nullable=True),
    Column("guardian_signature", StorableJSON(none_as_null=True), nullable=True),
    Column("image_use", Boolean, nullable=False, server_default=false()),
    Column("witness_id", Uuid, ForeignKey("staff.id"), nullable=False),
    Column("signed_at", Instant, nullable=False),
    Column("content_sha256", String(64), nullable=False),  # of kronos_core.forms.canonical_content
    Column("amends_id", Uuid, ForeignKey("consent_form.id"), nullable=True),
    Index("ix_consent_form_client", "client_id"),
    Index("ix_consent_form_appointment", "appointment_id"),
)

# The studio's inks and materials, with their lots and ANVISA registrations (kept by managers;
# retail products are the checkout's).
material = Table(
    "material",
    metadata,
    *_sync_columns(),
    Column("kind", String(12), nullable=False),
    Column("name", String(120), nullable=False),
    Column("manufacturer", String(120), nullable=True),
    Column("anvisa_registration", String(40), nullable=True),
    Column("colour", String(60), nullable=True),
    Column("lot", String(60), nullable=True),
    Column("manufactured_on", Date, nullable=True),
    Column("expires_on", Date, nullable=True),
    Column("opened_on", Date, nullable=True),  # the bottle's
    Column("active", Boolean, nullable=False, server_default=text("true")),
    CheckConstraint(_in("kind", MATERIAL_KINDS), name="kind"),
    Index("ix_material_studio_name", "studio_id", "name"),
)

# What the artist used and saw in a session, written after it (append-only, never inside the
# signed form; a correction is a new row pointing at the one it corrects). ``products``: each
# used ink or material as it was then (copied from the list or typed), so a later edit of the
# list never changes a record.
session_record = Table(
    "session_record",
    metadata,
    *_sync_columns(),
    Column("appointment_id", Uuid, ForeignKey("appointment.id"), nullable=False),
    Column("client_id", Uuid, ForeignKey("client.id"), nullable=True),
    Column("artist_id", Uuid, ForeignKey("staff.id"), nullable=True),
    Column("body_location", String(200), nullable=False),
    Column("adverse_reactions", Text, nullable=True),
    Column("products", StorableJSON, nullable=False, server_default=text("'[]'")),
    Column("needle_lots", StorableJSON, nullable=False, server_default=text("'[]'")),
    Column("disposable_lots", StorableJSON, nullable=False, server_default=text("'[]'")),
    Column("autoclave_cycle", String(60), nullable=True),
    Column("recorded_at", Instant, nullable=False),
    Column("corrects_id", Uuid, ForeignKey("session_record.id"), nullable=True),
    Index("ix_session_record_appointment", "appointment_id"),
    Index("ix_session_record_client", "client_id"),
)


sync_conflict = Table(
    "sync_conflict",
    metadata,
    *_sync_columns(),
    Column("kind", String(20), nullable=False),
    Column("status", String(10), nullable=False, server_default="open"),
    Column("mutation_uuid", Uuid, nullable=True),
    Column("mutation_name", String(64), nullable=True),
    Column("table_name", String(64), nullable=True),
    Column("row_ids", StorableJSON, nullable=False),
    Column("mine", StorableJSON, nullable=True),
    Column("theirs", StorableJSON, nullable=True),
    Column("detail", Text, nullable=True),
    Column("resolution", StorableJSON, nullable=True),
    Column("resolved_by", Uuid, nullable=True),
    Column("resolved_at", Instant, nullable=True),
    CheckConstraint(_in("kind", CONFLICT_KINDS), name="kind"),
    CheckConstraint(_in("status", CONFLICT_STATUSES), name="status"),
    Index("ix_sync_conflict_studio_status", "studio_id", "status"),
)

audit_event = Table(
    "audit_event",
    metadata,
    *_sync_columns(),
    # What was done: the mutation's action name (``conflict.resolve``, ``pin.reset``, ...) and a
    # short JSON detail (never a secret: a PIN's hash is not in it).
    Column("action", String(64), nullable=False),
    Column("detail", StorableJSON, nullable=True),
    # To which row.
    Column("table_name", String(64), nullable=True),
    Column("row_id", Uuid, nullable=True),
    # Who: the staff member the change is recorded as made by, and the desk's principal (the
    # enrolment's or token's member) when a PIN attributed it to someone else; which desk.
    Column("staff_id", Uuid, nullable=True),
    Column("principal_id", Uuid, nullable=True),
    Column("device_id", Uuid, nullable=True),
    Column("mutation_uuid", Uuid, nullable=False),
    # When (UTC): the mutation's time, as the desk made it.
    Column("occurred_at", Instant, nullable=False),
    Index("ix_audit_event_studio_time", "studio_id", "occurred_at"),
    Index("ix_audit_event_row", "row_id"),  # the trail of one row (a client's history, the export)
)

# Rows that are written once and never changed nor deleted (money taken, the audit trail; the
# signed forms and session records to come join them). The mutation framework refuses to update
# them (kronos_core.mutations.base, code ``append_only``), and a trigger on each database
# refuses UPDATE and DELETE except for the desk's sync writes (migrations central 0006, local
# 0005). A table added here needs a migration adding its triggers on both sides.
APPEND_ONLY_TABLES: frozenset[str] = frozenset(
    {
        "payment",
        "audit_event",
        "form_template",
        "consent_form",
        "session_record",
        "deposit_entry",
        "sale_tip",
        "cash_movement",
        "cash_count",
        "stock_movement",
    }
)

# Synced tables in dependency order (parents first): creation, demo data, full downloads.
SYNCED_TABLES: tuple[Table, ...] = (
    studio,
    staff,
    commission_rule,
    station,
    client,
    project,
    time_off_series,
    appointment,
    form_template,
    consent_form,
    material,
    session_record,
    product,
    sale,
    sale_line,
    sale_tip,
    deposit,
    voucher,
    payment,
    deposit_entry,
    stock_movement,
    cash_drawer,
    cash_session,
    cash_movement,
    cash_count,
    sync_conflict,
    audit_event,  # last: the pull orders rows by the table's place here
)
TABLES_BY_NAME: dict[str, Table] = {t.name: t for t in SYNCED_TABLES}

"""issue 14's tables: the questionnaire's versions, signed forms, the studio's inks and
materials, the session's traceability record; the studio's unsigned_form_policy

The desk's revision 0011 makes the same change to its file.

- ``form_template``, ``consent_form``, ``material``, ``session_record``: synced tables of
  kronos_core.schema, with what every synced table has here: the ``(studio_id, version)``
  index the pull reads by, and row-level security ENABLEd and FORCEd with the two policies of
  revision 0001 (the transaction's studio; the definer lookups' read-only one). Grants:
  env.py's, after every migration run.
- ``studio.unsigned_form_policy`` ('warn' | 'block', default 'warn'): no row is rewritten.
- ``form_template``, ``consent_form`` and ``session_record`` are append-only: the trigger
  function ``kronos_refuse_append_only()`` of revision 0006 fires BEFORE UPDATE and BEFORE
  DELETE on them too (a signed form or a session record is never changed: an amendment or a
  correction is a new row).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04 15:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kronos_core.instants

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

FALSE = sa.text("false")
TRUE = sa.text("true")
STUDIO_SETTING = "NULLIF(current_setting('kronos.studio_id', true), '')::uuid"
DEFINER_LOOKUP = "current_setting('kronos.definer_lookup', true) = 'on'"
FUNCTION = "kronos_refuse_append_only()"
# Frozen (this revision must not change when kronos_core's lists grow).
NEW_TABLES = ("form_template", "consent_form", "material", "session_record")
APPEND_ONLY = ("form_template", "consent_form", "session_record")


def _sync_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("studio_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.BigInteger(), server_default=sa.text("0"), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=FALSE, nullable=False),
        sa.Column("created_at", kronos_core.instants.Instant(timezone=True), nullable=False),
        sa.Column("changed_at", kronos_core.instants.Instant(timezone=True), nullable=False),
        sa.Column("changed_by", sa.Uuid(), nullable=True),
        sa.Column("origin_device", sa.Uuid(), nullable=True),
        sa.Column("created_by", sa.Uuid(), nullable=True),
    ]


def _fk(table: str, column: str, referred: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{referred}.id"], name=op.f(f"fk_{table}_{column}_{referred}"))


def _create_tables() -> None:
    op.create_table(
        "form_template",
        *_sync_columns(),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("questions", sa.JSON(), nullable=False),
        sa.Column("consent_text", sa.Text(), nullable=False),
        sa.Column("image_use_text", sa.Text(), nullable=False),
        sa.CheckConstraint("number >= 1", name=op.f("ck_form_template_number")),
        _fk("form_template", "studio_id", "studio"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_form_template")),
    )
    op.create_index("ix_form_template_studio_number", "form_template", ["studio_id", "number"], unique=False)
    op.create_table(
        "consent_form",
        *_sync_columns(),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("appointment_id", sa.Uuid(), nullable=True),
        sa.Column("template_id", sa.Uuid(), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("alerts", sa.JSON(), server_default=sa.text("'[]'"), nullable=False),
        sa.Column("signature", sa.JSON(), nullable=False),
        sa.Column("client_document_type", sa.String(length=16), nullable=True),
        sa.Column("client_document_number", sa.String(length=32), nullable=True),
        sa.Column("minor", sa.Boolean(), server_default=FALSE, nullable=False),
        sa.Column("guardian_name", sa.String(length=200), nullable=True),
        sa.Column("guardian_relationship", sa.String(length=40), nullable=True),
        sa.Column("guardian_document_type", sa.String(length=16), nullable=True),
        sa.Column("guardian_document_number", sa.String(length=32), nullable=True),
        sa.Column("guardian_signature", sa.JSON(), nullable=True),
        sa.Column("image_use", sa.Boolean(), server_default=FALSE, nullable=False),
        sa.Column("witness_id", sa.Uuid(), nullable=False),
        sa.Column("signed_at", kronos_core.instants.Instant(timezone=True), nullable=False),
        sa.Column("content_sha256", sa.String(length=64), nullable=False),
        sa.Column("amends_id", sa.Uuid(), nullable=True),
        _fk("consent_form", "studio_id", "studio"),
        _fk("consent_form", "client_id", "client"),
        _fk("consent_form", "appointment_id", "appointment"),
        _fk("consent_form", "template_id", "form_template"),
        _fk("consent_form", "witness_id", "staff"),
        _fk("consent_form", "amends_id", "consent_form"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_form")),
    )
    op.create_index("ix_consent_form_client", "consent_form", ["client_id"], unique=False)
    op.create_index("ix_consent_form_appointment", "consent_form", ["appointment_id"], unique=False)
    op.create_table(
        "material",
        *_sync_columns(),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("manufacturer", sa.String(length=120), nullable=True),
        sa.Column("anvisa_registration", sa.String(length=40), nullable=True),
        sa.Column("colour", sa.String(length=60), nullable=True),
        sa.Column("lot", sa.String(length=60), nullable=True),
        sa.Column("manufactured_on", sa.Date(), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("opened_on", sa.Date(), nullable=True),
        sa.Column("active", sa.Boolean(), server_default=TRUE, nullable=False),
        sa.CheckConstraint("kind IN ('ink', 'needle', 'disposable', 'other')", name=op.f("ck_material_kind")),
        _fk("material", "studio_id", "studio"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_material")),
    )
    op.create_index("ix_material_studio_name", "material", ["studio_id", "name"], unique=False)
    op.create_table(
        "session_record",
        *_sync_columns(),
        sa.Column("appointment_id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=True),
        sa.Column("artist_id", sa.Uuid(), nullable=True),
        sa.Column("body_location", sa.String(length=200), nullable=False),
        sa.Column("adverse_reactions", sa.Text(), nullable=True),
        sa.Column("products", sa.JSON(), server_default=sa.text("'[]'"), nullable=False),
        sa.Column("needle_lots", sa.JSON(), server_default=sa.text("'[]'"), nullable=False),
        sa.Column("disposable_lots", sa.JSON(), server_default=sa.text("'[]'"), nullable=False),
        sa.Column("autoclave_cycle", sa.String(length=60), nullable=True),
        sa.Column("recorded_at", kronos_core.instants.Instant(timezone=True), nullable=False),
        sa.Column("corrects_id", sa.Uuid(), nullable=True),
        _fk("session_record", "studio_id", "studio"),
        _fk("session_record", "appointment_id", "appointment"),
        _fk("session_record", "client_id", "client"),
        _fk("session_record", "artist_id", "staff"),
        _fk("session_record", "corrects_id", "session_record"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_record")),
    )
    op.create_index("ix_session_record_appointment", "session_record", ["appointment_id"], unique=False)
    op.create_index("ix_session_record_client", "session_record", ["client_id"], unique=False)


def upgrade() -> None:
    op.add_column(
        "studio", sa.Column("unsigned_form_policy", sa.String(length=5), server_default="warn", nullable=False)
    )
    op.create_check_constraint(
        op.f("ck_studio_unsigned_form_policy"), "studio", "unsigned_form_policy IN ('warn', 'block')"
    )
    _create_tables()
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
    for table in reversed(NEW_TABLES):
        op.execute(f"DROP POLICY IF EXISTS definer_lookup ON {table}")
        op.execute(f"DROP POLICY IF EXISTS tenant_isolation ON {table}")
        op.drop_table(table)
    op.drop_constraint(op.f("ck_studio_unsigned_form_policy"), "studio", type_="check")
    op.drop_column("studio", "unsigned_form_policy")

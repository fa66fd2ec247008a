"""Creating and updating clients. Updates merge field by field against what the desk saw."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from pydantic import Field, model_validator

from kronos_core.mutations.base import ApplyContext, InvalidArguments, MutationArgs, mutation
from kronos_core.mutations.fields import Email, LongText, Name, Phone
from kronos_core.mutations.seen import check_seen, merge_seen
from kronos_core.people import cpf_is_valid, normalise_cpf
from kronos_core.roles import EVERYONE
from kronos_core.schema import client


class ClientFields(MutationArgs):
    full_name: Name | None = None
    preferred_name: str | None = Field(default=None, max_length=80)
    birth_date: dt.date | None = None
    phone: Phone | None = None
    email: Email | None = None
    document_type: str | None = Field(default=None, max_length=16)
    document_number: str | None = Field(default=None, max_length=32)
    address: LongText | None = None
    allergies: LongText | None = None
    medical_alerts: LongText | None = None
    notes: LongText | None = None
    tags: list[str] | None = None
    marketing_consent: bool | None = None
    data_processing_consent: bool | None = None
    blocked: bool | None = None
    # Issue 13: the client record.
    whatsapp: bool | None = None  # the phone takes WhatsApp
    instagram: str | None = Field(default=None, max_length=30)  # the handle, without "@"
    referral_source: str | None = Field(default=None, max_length=40)  # how they found the studio
    medication: LongText | None = None
    health_data_consent: bool | None = None  # LGPD art. 11: sensitive data, consented separately
    blocked_reason: str | None = Field(default=None, max_length=200)
    # A minor's guardian.
    guardian_name: str | None = Field(default=None, max_length=200)
    guardian_document: str | None = Field(default=None, max_length=32)
    guardian_relationship: str | None = Field(default=None, max_length=40)
    guardian_phone: Phone | None = None

    @model_validator(mode="after")
    def _birth_date_in_past(self) -> ClientFields:
        if self.birth_date is not None and not dt.date(1900, 1, 1) <= self.birth_date <= dt.date(2200, 1, 1):
            raise ValueError("birth date is out of range")
        return self


class ClientCreate(ClientFields):
    client_id: uuid.UUID
    full_name: Name  # required on create


def _check_document(values: dict[str, Any], current: dict[str, Any] | None = None) -> None:
    """Refuse a CPF whose check digits are wrong (``invalid_cpf``), and store a valid one as its
    eleven digits. ``values``: the fields being written (changed in place); ``current``: the
    client's row, for an update that changes only the type or only the number."""
    if "document_type" not in values and "document_number" not in values:
        return
    before = current or {}
    kind = values.get("document_type", before.get("document_type"))
    number = values.get("document_number", before.get("document_number"))
    if (kind or "").lower() != "cpf" or number is None:
        return
    if not cpf_is_valid(number):
        raise InvalidArguments(f"{number!r} is not a valid CPF", code="invalid_cpf", params={"number": number})
    if "document_number" in values:
        values["document_number"] = normalise_cpf(number)


@mutation("client.create", ClientCreate, roles=EVERYONE)
def create_client(ctx: ApplyContext, args: ClientCreate) -> None:
    """Register a new client (a CPF must have the right check digits: ``invalid_cpf``)."""
    values: dict[str, Any] = args.model_dump(exclude_unset=True, exclude={"client_id"})
    _check_document(values)
    values.setdefault("tags", [])
    ctx.insert(client, {"id": args.client_id, **values})


class ClientUpdate(MutationArgs):
    client_id: uuid.UUID
    changes: ClientFields
    # The values the desk saw for each changed field, JSON-encoded as in rows.encode_value.
    seen: dict[str, Any] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _seen_matches_changes(self) -> ClientUpdate:
        changed = set(self.changes.model_fields_set)
        if not changed:
            raise ValueError("nothing to change")
        check_seen(changed, self.seen)
        return self


@mutation("client.update", ClientUpdate, roles=EVERYONE)
def update_client(ctx: ApplyContext, args: ClientUpdate) -> None:
    """Change some of a client's fields.

    A field whose current value is not what the desk saw was changed elsewhere meanwhile: the
    current value stays and a ``field_overwrite`` conflict records the desk's value. A CPF given
    (or a number made a CPF) must have the right check digits (``invalid_cpf``).
    """
    current = ctx.require(client, args.client_id, "client")
    wanted = args.changes.model_dump(exclude_unset=True)
    _check_document(wanted, current)
    merge_seen(ctx, client, args.client_id, wanted, args.seen, current=current)

"""Creating and updating clients. Updates merge field by field against what the desk saw.

Every field written is checked and stored in one form (kronos_core/mutations/client_checks.py).
An update of a merged client (``merged_into`` set) lands on the record kept (following the chain
of merges), checked field by field against what the desk saw like any other update. An update of
an erased client is refused (``client_erased``); its ``rejected`` conflict keeps the mutation's
name and code but none of its personal fields (kronos_core/retention.py, ``refused_arguments``).
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from pydantic import Field, ValidationInfo, field_validator, model_validator

from kronos_core.mutations import client_erase as client_erase  # registers client.erase
from kronos_core.mutations.base import ApplyContext, MutationArgs, NotFound, StaleTarget, mutation
from kronos_core.mutations.client_checks import _check_document as _check_document  # client_merge uses it
from kronos_core.mutations.client_checks import check_fields, tidy
from kronos_core.mutations.fields import LongText, Name
from kronos_core.mutations.seen import check_seen, merge_seen
from kronos_core.roles import EVERYONE
from kronos_core.schema import client

# Fields the arguments carry in their stored form when valid (client_checks.tidy).
TIDIED = (
    "phone",
    "guardian_phone",
    "email",
    "instagram",
    "document_number",
    "guardian_document",
    "guardian_name",
    "guardian_relationship",
    "referral_source",
    "blocked_reason",
)
# A chain of merges longer than this is a loop (a merge is refused into a merged record).
MAX_MERGE_HOPS = 64


class ClientFields(MutationArgs):
    full_name: Name | None = None
    preferred_name: str | None = Field(default=None, max_length=80)
    birth_date: dt.date | None = None
    phone: str | None = Field(default=None, max_length=40)  # as typed: stored in E.164
    email: str | None = Field(default=None, max_length=254)
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
    instagram: str | None = Field(default=None, max_length=80)  # as typed: stored as the handle
    referral_source: str | None = Field(default=None, max_length=40)  # how they found the studio
    medication: LongText | None = None
    health_data_consent: bool | None = None  # LGPD art. 11: sensitive data, consented separately
    blocked_reason: str | None = Field(default=None, max_length=200)
    # A minor's guardian.
    guardian_name: str | None = Field(default=None, max_length=200)
    guardian_document: str | None = Field(default=None, max_length=32)
    guardian_relationship: str | None = Field(default=None, max_length=40)
    guardian_phone: str | None = Field(default=None, max_length=40)

    @field_validator(*TIDIED, mode="after")
    @classmethod
    def _stored_form(cls, value: Any, info: ValidationInfo) -> Any:
        return tidy(info.field_name or "", value, info.data.get("document_type"))

    @model_validator(mode="after")
    def _birth_date_in_range(self) -> ClientFields:
        if self.birth_date is not None and not dt.date(1900, 1, 1) <= self.birth_date <= dt.date(2200, 1, 1):
            raise ValueError("birth date is out of range")
        return self


class ClientCreate(ClientFields):
    client_id: uuid.UUID
    full_name: Name  # required on create


@mutation("client.create", ClientCreate, roles=EVERYONE)
def create_client(ctx: ApplyContext, args: ClientCreate) -> None:
    """Register a new client, every field checked (kronos_core/mutations/client_checks.py)."""
    values: dict[str, Any] = args.model_dump(exclude_unset=True, exclude={"client_id"})
    check_fields(ctx, values)
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


def refuse_erased(row: dict[str, Any]) -> None:
    """Refuse (``client_erased``) a change to an erased client: nothing of theirs is kept."""
    if row["erased_at"] is not None:
        raise StaleTarget(f"client {row['id']} was erased", code="client_erased")


def live_client(ctx: ApplyContext, client_id: uuid.UUID) -> dict[str, Any]:
    """The client a change of ``client_id`` lands on: the record itself, or for a merged one the
    record kept at the end of its chain of merges. Refused: a client not in the studio
    (``not_found``, a removed one too), an erased one (``client_erased``)."""
    row = ctx.get(client, client_id, include_deleted=True)
    for _ in range(MAX_MERGE_HOPS):
        if row is None:
            break
        refuse_erased(row)
        if row["merged_into"] is None:
            if row["deleted"]:
                break
            return row
        row = ctx.get(client, row["merged_into"], include_deleted=True)
    raise NotFound(f"client {client_id} does not exist in this studio", params={"what": "client"})


@mutation("client.update", ClientUpdate, roles=EVERYONE)
def update_client(ctx: ApplyContext, args: ClientUpdate) -> None:
    """Change some of a client's fields.

    A field whose current value is not what the desk saw was changed elsewhere meanwhile: the
    current value stays and a ``field_overwrite`` conflict records the desk's value. Fields are
    checked as on create (kronos_core/mutations/client_checks.py). A merged client's change
    lands on the record kept; an erased client's is refused (``client_erased``).
    """
    current = live_client(ctx, args.client_id)
    wanted = args.changes.model_dump(exclude_unset=True)
    check_fields(ctx, wanted, current, where="changes.")
    written = merge_seen(ctx, client, current["id"], wanted, args.seen, current=current)
    if "blocked" in written and bool(written["blocked"]) != bool(current["blocked"]):
        # A block is in the trail (who, when); its reason is not: it may say something personal.
        ctx.audit("client.block" if written["blocked"] else "client.unblock", client, current["id"], detail={})

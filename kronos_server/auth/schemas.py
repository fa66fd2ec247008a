"""Request and response bodies of the auth and studio-management endpoints."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from kronos_core.mutations.fields import Color, Email, Name
from kronos_core.pins import PIN_PATTERN
from kronos_server.auth.text import refuse_unclean

RoleName = Literal["owner", "manager", "receptionist", "artist"]
Clean = AfterValidator(refuse_unclean)
DeskName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120), Clean]
StaffName = Annotated[Name, Field(max_length=120), Clean]
CleanEmail = Annotated[Email, Clean]
Password = Annotated[str, Field(min_length=10, max_length=1024), Clean]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


# -- OAuth ------------------------------------------------------------------------------------
class StudioRef(BaseModel):
    id: uuid.UUID
    name: str


class DeskRef(BaseModel):
    id: uuid.UUID
    name: str


class StaffRef(BaseModel):
    id: uuid.UUID
    display_name: str


class TokenResponse(BaseModel):
    access_token: str
    token_type: Literal["Bearer"] = "Bearer"
    expires_in: int = Field(description="Seconds the access token is valid for; refresh before then.")
    refresh_token: str = Field(description="Single use: each refresh answers a new one. Keep it in the OS keyring.")
    studio: StudioRef
    desk: DeskRef
    staff: StaffRef = Field(description="The member of staff who enrolled the desk.")
    role: RoleName = Field(description="What the desk may do: at most its enroller's current role.")
    replica_enrolled_by: StaffRef | None = Field(
        default=None,
        description="A sign-in that sent the desk's `device_id`, a replica of another desk of the studio: who "
        "enrolled that desk (its unsent changes recorded with no author are theirs). Absent otherwise.",
    )
    sale_prefix: str | None = Field(
        default=None,
        description="A sign-in that sent the desk's `device_id`: the receipt prefix of that replica, registered "
        "with the desk now (B, C, …; the `sale_prefix` it claimed when free). Absent when the replica is another "
        "desk's still in use (a copied file) or when no `device_id` was sent (the first pull then gives it).",
    )


class OAuthErrorDocument(BaseModel):
    """An OAuth error (RFC 6749 §5.2) that is also a problem document (RFC 9457)."""

    error: str
    error_description: str | None = None
    type: str
    title: str
    status: int
    detail: str | None = None
    code: str | None = None  # a refused refresh: "desk-revoked" or "enroller-inactive"


class ServerMetadata(BaseModel):
    """RFC 8414 authorization server metadata."""

    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    revocation_endpoint: str
    response_types_supported: list[str]
    response_modes_supported: list[str]
    grant_types_supported: list[str]
    code_challenge_methods_supported: list[str]
    token_endpoint_auth_methods_supported: list[str]
    revocation_endpoint_auth_methods_supported: list[str]
    ui_locales_supported: list[str]
    authorization_response_iss_parameter_supported: bool


# -- /v1 --------------------------------------------------------------------------------------
class Me(BaseModel):
    studio: StudioRef
    desk: DeskRef
    staff: StaffRef
    role: RoleName


class DeskOut(BaseModel):
    id: uuid.UUID
    name: str
    role: RoleName
    enrolled_by: StaffRef
    enrolled_at: dt.datetime
    last_seen_at: dt.datetime | None
    revoked_at: dt.datetime | None
    revoked_by: uuid.UUID | None
    current: bool = Field(description="True for the desk making this request.")


class DeskRename(_In):
    name: DeskName


class StaffOut(BaseModel):
    id: uuid.UUID
    display_name: str
    role: RoleName
    color: str
    active: bool
    user_id: uuid.UUID | None
    email: str | None
    has_pin: bool
    version: int


class StaffInvite(_In):
    """Add a person to the studio's staff by e-mail.

    A person who already has a KRONOS login (a guest artist working in another studio) is linked
    and keeps their own password: ``initial_password`` is then ignored. A new person's login is
    created with ``initial_password``, which the owner hands over in person.
    """

    email: CleanEmail
    display_name: StaffName
    role: RoleName
    color: Color = "#888888"
    initial_password: Password | None = None


class StaffInvited(StaffOut):
    user_existed: bool = Field(description="True if the e-mail already had a login (its password is unchanged).")


class StaffPatch(_In):
    display_name: StaffName | None = None
    role: RoleName | None = None
    color: Color | None = None
    active: bool | None = None


class PinIn(_In):
    pin: Annotated[str, StringConstraints(pattern=f"^{PIN_PATTERN.pattern}$")] = Field(
        description="4 to 6 digits (what a desk's PIN pad takes)."
    )

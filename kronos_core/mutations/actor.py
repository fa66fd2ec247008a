"""Who is acting on a mutation (:class:`Actor`), light to import: the desk's attribution and
its reads name the actor without loading the mutations themselves."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from kronos_core.roles import Role


@dataclass(frozen=True)
class Actor:
    """Who is acting: the studio, the staff member (PIN-identified at a shared desk), the role
    the desk or token allows, and the replica's device id.

    ``staff_id`` is who the change is recorded as made by; a PIN names them, and a PIN
    authorises nothing (DESIGN.md, "Auth"). ``desk_staff_id`` and ``desk_role`` are the token's
    principal (the enrolment's staff member and role) when it is not ``staff_id`` (None: the
    same). ``role`` is what the mutation is authorised under: the desk's role, which the
    identified member can only narrow. A rule that depends on *who* acts (one's own PIN) asks
    :attr:`principal_staff_id` and :attr:`principal_role`, never ``staff_id`` alone."""

    studio_id: uuid.UUID
    role: Role
    staff_id: uuid.UUID | None = None
    device_id: uuid.UUID | None = None
    desk_staff_id: uuid.UUID | None = None
    desk_role: Role | None = None

    @property
    def principal_staff_id(self) -> uuid.UUID | None:
        """The staff member the token or enrolment belongs to (authenticated, unlike a PIN)."""
        return self.desk_staff_id if self.desk_staff_id is not None else self.staff_id

    @property
    def principal_role(self) -> Role:
        """The desk's (or token's) own role, before a PIN-identified member narrows it."""
        return self.desk_role if self.desk_role is not None else self.role

    @property
    def attributed(self) -> bool:
        """Whether ``staff_id`` is a PIN-identified member other than the principal."""
        return self.staff_id is not None and self.staff_id != self.principal_staff_id

"""What client mode reads, in one snapshot on the reader thread: the client's record (as the
person at the desk may see it), the studio's current questionnaire in the desk's language, and
the staff who may confirm with their PIN. Composed from the features' own reads."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Connection

from kronos_core.forms import HEALTH_FIELDS, Template
from kronos_core.roles import Role
from kronos_desktop.store.queries import desk_lock
from kronos_desktop.store.queries.client_record import ClientRecord, read_record
from kronos_desktop.store.queries.desk import here
from kronos_desktop.store.queries.forms import current_template
from kronos_desktop.store.queries.viewer import viewer


@dataclass(frozen=True)
class ClientModeData:
    record: ClientRecord
    template: Template
    desk: desk_lock.Desk  # the studio's name and the staff who may confirm

    @property
    def minor(self) -> bool:
        return self.record.is_minor

    def value(self, name: str) -> str | None:
        value = self.record.value(name)
        return str(value) if value is not None else None

    def health_seen(self) -> dict[str, str | None]:
        """The client's health fields as this form saw them (the mutation merges its alerts
        into them, a change made meanwhile elsewhere becoming a conflict)."""
        return {name: self.value(name) for name in HEALTH_FIELDS}


def template_language(language: str) -> str:
    """The questionnaire's language for the desk's ("pt_BR", "en_US" -> "en")."""
    return "pt_BR" if language.lower().startswith("pt") else "en"


def read_client_mode(
    conn: Connection, client_id: uuid.UUID, language: str, staff_id: uuid.UUID | None, role: Role | None
) -> ClientModeData | None:
    """None when there is no such client (or not one the asker may see) or no studio yet."""
    record = read_record(conn, client_id, viewer(conn, staff_id, role))
    place = here(conn)
    if record is None or place.studio is None:
        return None
    template = current_template(conn, place.studio.id, template_language(language))
    return ClientModeData(record=record, template=template, desk=desk_lock.desk(conn))

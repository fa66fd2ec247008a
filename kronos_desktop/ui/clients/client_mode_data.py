"""What client mode reads, in one snapshot on the reader thread: the client's record (as the
person at the desk may see it), the studio's current questionnaire in the desk's language, and
the staff who may confirm with their PIN. Composed from the features' own reads."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from kronos_core.forms import HEALTH_FIELDS, Answers, Template
from kronos_core.roles import Role
from kronos_desktop.store.queries import desk_lock
from kronos_desktop.store.queries.client_record import ClientRecord, read_record
from kronos_desktop.store.queries.desk import here
from kronos_desktop.store.queries.forms import current_template, form_detail
from kronos_desktop.store.queries.viewer import viewer


@dataclass(frozen=True)
class ClientModeData:
    record: ClientRecord
    template: Template
    desk: desk_lock.Desk  # the studio's name and the staff who may confirm
    amended: dict[str, Any] | None = None  # the form an amendment amends (its row), to start from

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

    def previous_answers(self) -> Answers:
        """An amendment starts from the amended form's answers (to the questions still asked)."""
        if self.amended is None:
            return {}
        answers = self.amended.get("answers") or {}
        return {qid: dict(a) for qid, a in answers.items() if self.template.question(qid) is not None}


def template_language(language: str) -> str:
    """The questionnaire's language for the desk's ("pt_BR", "en_US" -> "en")."""
    return "pt_BR" if language.lower().startswith("pt") else "en"


def read_client_mode(
    conn: Connection,
    client_id: uuid.UUID,
    language: str,
    staff_id: uuid.UUID | None,
    role: Role | None,
    amends_id: uuid.UUID | None = None,
) -> ClientModeData | None:
    """None when there is no such client (or not one the asker may see) or no studio yet.
    ``amends_id``: the signed form an amendment amends (its answers to start from)."""
    record = read_record(conn, client_id, viewer(conn, staff_id, role))
    place = here(conn)
    if record is None or place.studio is None:
        return None
    template = current_template(conn, place.studio.id, template_language(language))
    amended = form_detail(conn, amends_id) if amends_id is not None else None
    return ClientModeData(
        record=record,
        template=template,
        desk=desk_lock.desk(conn),
        amended=amended.form if amended is not None and amended.form["client_id"] == client_id else None,
    )

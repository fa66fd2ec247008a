"""An export of a client's data (LGPD art. 18: the data subject's access), recorded in the trail.

An export is a read: the desk writes the file itself (kronos_desktop/ops/client_export.py). What
is written to the studio's data is only the record that it happened: one ``audit_event``
("client.export") naming the client by id and saying how many rows of each section went out,
never a value of the client's (the trail outlives an erase: kronos_core.retention).
"""

from __future__ import annotations

import re
import uuid
from typing import Annotated

from pydantic import Field

from kronos_core.mutations.base import ApplyContext, MutationArgs, mutation
from kronos_core.roles import MANAGEMENT
from kronos_core.schema import client

# A section's name, as the export's files are named ("appointments", "sales"...).
SectionName = Annotated[str, Field(min_length=1, max_length=40, pattern=re.compile(r"^[a-z][a-z0-9_]*$"))]


class ClientExportRecorded(MutationArgs):
    client_id: uuid.UUID
    # How many rows each section held (a count, never a value).
    sections: dict[SectionName, Annotated[int, Field(ge=0)]] = Field(default_factory=dict, max_length=40)


@mutation("client.export_recorded", ClientExportRecorded, roles=MANAGEMENT)
def record_export(ctx: ApplyContext, args: ClientExportRecorded) -> None:
    """Record that a client's data was exported (owners and managers answer a data subject's
    request): an audit event with the sections' row counts; nothing else changes."""
    ctx.require(client, args.client_id, "client")
    ctx.audit("client.export", client, args.client_id, detail={"sections": dict(args.sections)})

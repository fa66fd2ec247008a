"""The stored results of mutations, asked by UUID (``POST /v1/sync/results``).

A desk's file restored from a copy, or copied to another PC, can hold mutations that a pull
acknowledged but whose push answer it never heard. It asks for their results here, by UUID
alone: pushing them again would name their old device id, which may belong to another desk now.
Only the studio's own results are read (the tenant's transaction, under row-level security).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import Connection, select

from kronos_core.sync_messages import StoredResult
from kronos_server.tables import mutation_result


def stored_results(conn: Connection, studio_id: uuid.UUID, uuids: Sequence[uuid.UUID]) -> list[StoredResult]:
    mr = mutation_result.c
    rows = conn.execute(
        select(mr.uuid, mr.status, mr.version, mr.conflict_id)
        .where(mr.studio_id == studio_id, mr.uuid.in_(set(uuids)))
        .order_by(mr.version, mr.uuid)
    )
    return [StoredResult(uuid=r.uuid, status=r.status, version=int(r.version), conflict_id=r.conflict_id) for r in rows]

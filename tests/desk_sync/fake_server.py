"""An in-process fake of the sync server's wire protocol, for the engine's unit tests.

It is ``tests/sync_model/model.py``'s ``Server`` speaking the JSON of DESIGN.md, with the real
mutations of kronos_core applied to a real SQLite file (the studio's rows at their versions).
It fakes only the HTTP boundary; the stateful test and the integration tests use the real
server and PostgreSQL.

Faults are switches on :class:`FakeTransport`: offline, the push answer lost after the commit,
a push delivered several times, pages cut short.
"""

from __future__ import annotations

import collections
import copy
import functools
import itertools
import shutil
import sqlite3
import threading
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, select
from sqlalchemy.exc import IntegrityError

import kronos_core.mutations  # noqa: F401
from kronos_core.instants import utcnow
from kronos_core.mutations.base import Actor, ApplyContext, MutationError, run
from kronos_core.mutations.conflicts import outcome as conflict_outcome
from kronos_core.roles import Role
from kronos_core.rows import encode_row
from kronos_core.schema import SYNCED_TABLES, metadata
from kronos_core.sync_messages import PushRequest, ResultsRequest, format_cursor, parse_cursor
from kronos_desktop.store.engine import create_sqlite_engine
from kronos_desktop.sync.http import DeviceConflict, Offline

T = TypeVar("T")


def _serialized(method: Callable[..., T]) -> Callable[..., T]:
    """One request at a time, as the real server's studio lock and snapshots make it look: a pull
    never sees a clock that a push moved before its rows were committed."""

    @functools.wraps(method)
    def run(self: FakeServer, *args: Any, **kwargs: Any) -> T:
        with self.lock:
            return method(self, *args, **kwargs)

    return run


class FakeServer:
    def __init__(self, folder: Path, studio_id: uuid.UUID, *, send_epoch: bool = True) -> None:
        self.lock = threading.RLock()
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.path = folder / "server.db"
        self.studio_id = studio_id
        self.send_epoch = send_epoch
        self.engine = create_sqlite_engine(self.path)
        metadata.create_all(self.engine)
        self.epoch = uuid.uuid4()
        self.clock = 0
        self.results: dict[uuid.UUID, tuple[str, int, uuid.UUID | None]] = {}
        self.device_seq: dict[tuple[uuid.UUID, int], tuple[uuid.UUID, int]] = {}
        self.applied_count: collections.Counter[uuid.UUID] = collections.Counter()
        self.backups: list[tuple[Path, dict[str, Any]]] = []
        self.pushes = 0
        self.pulls = 0

    # -- applying --------------------------------------------------------------------------
    def _apply(
        self, conn: Connection, name: str, args: Any, mutation_uuid: uuid.UUID, staff_id: uuid.UUID | None,
        device_id: uuid.UUID | None,
    ) -> tuple[str, int, uuid.UUID | None]:  # fmt: skip
        version = self.clock + 1
        actor = Actor(self.studio_id, Role.OWNER, staff_id, device_id)
        now = utcnow()
        ctx = ApplyContext(conn, actor, mutation_uuid, name, now, version=version)
        try:
            with conn.begin_nested():
                run(ctx, args)
        except (MutationError, IntegrityError) as exc:
            refused = ApplyContext(conn, actor, mutation_uuid, name, now, version=version)
            refusal = {"code": exc.code, "params": exc.params} if isinstance(exc, MutationError) else None
            conflict_id = refused.conflict(
                "rejected",
                table=None,
                row_ids=[],
                mine={"name": name, "args": args},
                theirs=refusal,
                detail=str(exc)[:500],
            )
            status = "rejected"
        else:
            status, conflict_id = conflict_outcome(ctx)  # as the server decides it
        self.clock = version
        self.applied_count[mutation_uuid] += 1
        return status, version, conflict_id

    @_serialized
    def server_mutation(self, name: str, args: dict[str, Any], staff_id: uuid.UUID | None = None) -> int:
        """A change made on the server itself (the admin CLI): a mutation like any other."""
        with self.engine.begin() as conn:
            status, version, _ = self._apply(conn, name, args, uuid.uuid4(), staff_id, None)
        assert status == "applied", status
        return version

    def last_seq(self, device: uuid.UUID) -> int:
        return max((s for (d, s) in self.device_seq if d == device), default=0)

    # -- the protocol ----------------------------------------------------------------------
    @_serialized
    def push(self, body: dict[str, Any]) -> dict[str, Any]:
        request = PushRequest.model_validate(body)
        device = request.device_id
        self.pushes += 1
        for m in request.mutations:  # 409 is decided before anything is applied
            known = self.device_seq.get((device, m.id))
            if known is not None and known[0] != m.uuid:
                raise DeviceConflict(f"({device}, {m.id}) is already another mutation", status=409)
        results: list[dict[str, Any]] = []
        with self.engine.begin() as conn:
            for m in request.mutations:
                if m.uuid in self.results:  # exactly once: answer the stored result
                    status, version, conflict_id = self.results[m.uuid]
                    self.device_seq.setdefault((device, m.id), (m.uuid, version))
                elif (device, m.id) in self.device_seq:
                    continue
                elif m.id != self.last_seq(device) + 1:
                    break  # a gap stops the batch
                else:
                    staff = getattr(m, "staff_id", None)
                    status, version, conflict_id = self._apply(conn, m.name, m.args, m.uuid, staff, device)
                    self.results[m.uuid] = (status, version, conflict_id)
                    self.device_seq[(device, m.id)] = (m.uuid, version)
                results.append(
                    {
                        "id": m.id,
                        "uuid": str(m.uuid),
                        "status": status,
                        "version": version,
                        "conflict_id": str(conflict_id) if conflict_id else None,
                    }
                )
        answer: dict[str, Any] = {"last_mutation_id": self.last_seq(device), "results": results}
        if self.send_epoch:
            answer["epoch"] = str(self.epoch)
        return answer

    @_serialized
    def stored_results(self, body: dict[str, Any]) -> dict[str, Any]:
        request = ResultsRequest.model_validate(body)
        found: list[dict[str, Any]] = []
        for asked in request.uuids:
            if asked in self.results:
                status, version, conflict_id = self.results[asked]
                found.append(
                    {
                        "uuid": str(asked),
                        "status": status,
                        "version": version,
                        "conflict_id": conflict_id and str(conflict_id),
                    }
                )
        return {"results": found}

    def rows(self) -> dict[tuple[str, uuid.UUID], dict[str, Any]]:
        found: dict[tuple[str, uuid.UUID], dict[str, Any]] = {}
        with self.engine.connect() as conn:
            for table in SYNCED_TABLES:
                for row in conn.execute(select(table)).mappings():
                    found[(table.name, row["id"])] = encode_row(table, row)
        return found

    @_serialized
    def pull(self, device: uuid.UUID, cursor: str | None, limit: int) -> dict[str, Any]:
        self.pulls += 1
        since = 0
        now = utcnow().isoformat()
        if cursor is not None:
            epoch, since = parse_cursor(cursor)
            if epoch != self.epoch or since > self.clock:
                return {
                    "since": cursor, "cursor": format_cursor(self.epoch, 0), "has_more": False, "last_mutation_id": 0,
                    "last_mutation_uuid": None, "server_time": now, "reset": True, "changes": [],
                }  # fmt: skip
        newer = [(row["version"], t, i, row) for (t, i), row in self.rows().items() if row["version"] > since]
        pending = sorted(newer, key=lambda x: (x[0], x[1], str(x[2])))
        page: list[dict[str, Any]] = []
        upto = self.clock
        has_more = False
        for version, group in itertools.groupby(pending, key=lambda x: x[0]):
            items = [
                {"table": t, "id": str(i), "version": v, "deleted": bool(r["deleted"]), "row": r}
                for v, t, i, r in group
            ]
            if page and len(page) + len(items) > limit:  # a page holds whole versions
                has_more = True
                upto = page[-1]["version"]
                break
            page.extend(items)
            del version
        mine = [(s, u) for (d, s), (u, v) in self.device_seq.items() if d == device and v <= upto]
        last_id, last_uuid = max(mine, default=(0, None))
        return {
            "since": cursor,
            "cursor": format_cursor(self.epoch, upto),
            "has_more": has_more,
            "last_mutation_id": last_id,
            "last_mutation_uuid": str(last_uuid) if last_uuid else None,
            "server_time": now,
            "reset": False,
            "changes": page,
        }

    # -- disasters -------------------------------------------------------------------------
    @_serialized
    def take_backup(self) -> int:
        target = self.folder / f"backup-{len(self.backups)}.db"
        copy_sqlite(self.path, target)
        state = {
            "clock": self.clock,
            "results": dict(self.results),
            "device_seq": dict(self.device_seq),
            "applied_count": collections.Counter(self.applied_count),
        }
        self.backups.append((target, copy.deepcopy(state)))
        return len(self.backups) - 1

    @_serialized
    def restore(self, index: int) -> None:
        """The database restored from an older backup: what came after is lost; new epoch."""
        path, state = self.backups[index]
        self.engine.dispose()
        for suffix in ("-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        shutil.copy(path, self.path)
        self.engine = create_sqlite_engine(self.path)
        self.clock = state["clock"]
        self.results = dict(state["results"])
        self.device_seq = dict(state["device_seq"])
        self.applied_count = collections.Counter(state["applied_count"])
        self.epoch = uuid.uuid4()

    def close(self) -> None:
        self.engine.dispose()


def copy_sqlite(source: Path, target: Path) -> None:
    """A consistent copy of an open SQLite file (the online backup API), like a backup tool's."""
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


class FakeTransport:
    """The fake server at the HTTP boundary, with switchable faults."""

    def __init__(self, server: FakeServer) -> None:
        self.server = server
        self.offline = False
        self.lose_push_answers = 0  # the next N pushes commit but their answer is lost
        self.push_copies = 1  # each push is delivered this many times (the last answer is read)
        self.cut_pages_after: int | None = None  # the connection drops after this many pages
        self.pages_served = 0

    def push(self, body: dict[str, Any]) -> dict[str, Any]:
        if self.offline:
            raise Offline("the network is down")
        answer: dict[str, Any] = {}
        for _ in range(self.push_copies):
            answer = self.server.push(copy.deepcopy(body))
        if self.lose_push_answers:
            self.lose_push_answers -= 1
            raise Offline("the connection dropped before the answer")
        return answer

    def results(self, uuids: list[uuid.UUID]) -> dict[str, Any]:
        if self.offline:
            raise Offline("the network is down")
        return self.server.stored_results({"uuids": [str(u) for u in uuids]})

    def pull(self, device_id: uuid.UUID, cursor: str | None, limit: int) -> dict[str, Any]:
        if self.offline:
            raise Offline("the network is down")
        if self.cut_pages_after is not None and self.pages_served >= self.cut_pages_after:
            raise Offline("the connection dropped mid-pull")
        self.pages_served += 1
        return self.server.pull(device_id, cursor, limit)
